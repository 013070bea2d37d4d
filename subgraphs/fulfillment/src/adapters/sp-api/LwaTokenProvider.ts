import type { Clock } from '../../ports/Clock.js';

export interface LwaSettings {
  /** https://api.amazon.com/auth/o2/token in production. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** Renew this long before the token expires, so that no request goes out with a dying token. */
  renewBeforeMs?: number;
  timeoutMs?: number;
}

export class LwaError extends Error {
  override name = 'LwaError';
}

interface Cached {
  token: string;
  expiresAt: number;
}

/**
 * Login with Amazon access tokens for SP-API (refresh_token grant). A token lasts an hour; it is cached
 * and renewed early, one refresh at a time however many requests ask. When renewal fails while the old
 * token is still valid, the old token is used.
 */
export class LwaTokenProvider {
  private cached: Cached | undefined;
  private refreshing: Promise<Cached> | undefined;
  private readonly renewBeforeMs: number;

  constructor(
    private readonly settings: LwaSettings,
    private readonly clock: Clock,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.renewBeforeMs = settings.renewBeforeMs ?? 5 * 60_000;
  }

  async accessToken(): Promise<string> {
    const now = this.clock.now();
    const cached = this.cached;
    if (cached && now < cached.expiresAt - this.renewBeforeMs) return cached.token;
    try {
      return (await this.refresh()).token;
    } catch (err) {
      if (cached && now < cached.expiresAt) return cached.token;
      throw err;
    }
  }

  /** Amazon refused the token (401/403): forget it so that the next request gets a new one. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  private refresh(): Promise<Cached> {
    this.refreshing ??= this.requestToken().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async requestToken(): Promise<Cached> {
    const { tokenUrl, clientId, clientSecret, refreshToken, timeoutMs = 10_000 } = this.settings;
    const requestedAt = this.clock.now();
    let response: Response;
    try {
      response = await this.fetchImpl(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
          client_id: clientId,
          client_secret: clientSecret,
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new LwaError(`Login with Amazon token endpoint unreachable: ${(err as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown; error?: unknown };
    if (!response.ok || typeof body.access_token !== 'string') {
      // The body names the reason (invalid_grant, invalid_client); it never contains the secret.
      throw new LwaError(`Login with Amazon refused the token refresh: HTTP ${response.status} ${String(body.error ?? '')}`.trim());
    }
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    // Count the lifetime from when we asked, not when the answer came: errs on the early side.
    this.cached = { token: body.access_token, expiresAt: requestedAt + expiresIn * 1000 };
    return this.cached;
  }
}
