/** The `for: SECURITY` features this gateway enforces itself (see AuthorizingGateway). */
const ENFORCED = ['https://specs.apollo.dev/authenticated/v0.1', 'https://specs.apollo.dev/requiresScopes/v0.1'];

/**
 * Apollo Gateway refuses a supergraph that links security features it does not enforce — rightly.
 * We enforce `@authenticated` and `@requiresScopes`, so their links are presented to it as plain
 * links; any other security feature (e.g. `@policy`) still makes it refuse the supergraph.
 */
export function markEnforcedSecurityFeatures(supergraphSdl: string): string {
  return supergraphSdl.replace(/@link\(url: "([^"]+)", for: SECURITY\)/g, (link, url: string) =>
    ENFORCED.includes(url) ? `@link(url: "${url}")` : link,
  );
}
