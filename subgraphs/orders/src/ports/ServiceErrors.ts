/** Another service could not answer now (network, timeout, 5xx, an error it did not explain); retry later. */
export class ServiceUnavailableError extends Error {
  override name = 'ServiceUnavailableError';
  constructor(
    readonly service: string,
    message: string,
    /** Set when the service did not answer in time. */
    readonly timeoutMs?: number,
  ) {
    super(message);
  }
}

/** Another service refused the request itself (BAD_USER_INPUT): the same request will be refused again. */
export class ServiceRejectedError extends Error {
  override name = 'ServiceRejectedError';
}
