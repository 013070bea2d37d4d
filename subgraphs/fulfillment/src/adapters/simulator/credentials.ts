/** The LWA credentials the simulator accepts unless told others; the subgraph's config defaults match. */
export const SIMULATOR_CREDENTIALS = {
  clientId: 'amzn1.application-oa2-client.simulator',
  clientSecret: 'simulator-client-secret',
  refreshToken: 'Atzr|simulator-refresh-token',
};

export const SIMULATOR_DEFAULT_PORT = 4015;
