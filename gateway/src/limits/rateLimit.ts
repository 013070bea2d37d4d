import { rateLimited, type Principal } from '@commerce/lib';
import type { Request, RequestHandler, Response } from 'express';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes, type IRateLimiterOptions, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitClass, RateLimits } from './config.js';
import { sendGraphQLError } from './httpError.js';

export interface PrincipalKey {
  /** One bucket per key: `customer:<id>`, `partner:<key id>`, `ip:<address>`. */
  key: string;
  authenticated: boolean;
}

/**
 * The principal an earlier middleware left in `res.locals.principal`, else the client address.
 * `req.ip` is the socket peer unless express `trust proxy` is set to the proxies in front of the
 * gateway; behind a load balancer without it, every anonymous client shares the balancer's bucket.
 */
export function defaultPrincipalKey(req: Request, res: Response): PrincipalKey {
  const principal = res.locals.principal as Principal | undefined;
  if (principal && principal.kind !== 'anonymous' && principal.id) {
    return { key: `${principal.kind}:${principal.id}`, authenticated: true };
  }
  return { key: `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`, authenticated: false };
}

/** Builds one counter; swap in `RateLimiterRedis` (same options plus `storeClient`) to share buckets across instances. */
export type LimiterFactory = (options: IRateLimiterOptions) => RateLimiterAbstract;

export interface RateLimitOptions {
  limits: RateLimits;
  principalKey?: (req: Request, res: Response) => PrincipalKey;
  createLimiter?: LimiterFactory;
}

interface Bucket {
  limiter: BurstyRateLimiter;
  describe: string;
}

/**
 * A token bucket per principal, approximated the way rate-limiter-flexible recommends: `perSecond`
 * requests in every second, and when those run out, up to `burst` more per burst window.
 */
function bucket(name: string, limit: RateLimitClass, burstWindowSeconds: number, create: LimiterFactory): Bucket | undefined {
  if (limit.perSecond === 0) return undefined;
  const steady = create({ keyPrefix: `rl:${name}`, points: limit.perSecond, duration: 1 });
  const burst = create({ keyPrefix: `rl:${name}:burst`, points: limit.burst, duration: burstWindowSeconds });
  const describe = `${limit.perSecond} requests per second with a burst of ${limit.burst} per ${burstWindowSeconds} s for ${name} clients`;
  return { limiter: new BurstyRateLimiter(steady, burst), describe };
}

/**
 * Express middleware answering 429 with `Retry-After` (seconds) and a GraphQL-shaped RATE_LIMITED
 * error once a principal's bucket is empty. Mount after the middleware that sets
 * `res.locals.principal` and before the body parser, so a throttled client costs no parsing.
 */
export function rateLimit({ limits, principalKey = defaultPrincipalKey, createLimiter = (o) => new RateLimiterMemory(o) }: RateLimitOptions): RequestHandler {
  const buckets = {
    anonymous: bucket('anonymous', limits.anonymous, limits.burstWindowSeconds, createLimiter),
    authenticated: bucket('authenticated', limits.authenticated, limits.burstWindowSeconds, createLimiter),
  };
  return async (req, res, next) => {
    // CORS preflights are the browser's, not the client's; counting them would halve a browser's rate.
    if (req.method === 'OPTIONS') return next();
    const { key, authenticated } = principalKey(req, res);
    const target = authenticated ? buckets.authenticated : buckets.anonymous;
    if (!target) return next();
    try {
      await target.limiter.consume(key);
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      sendGraphQLError(res, 429, rateLimited(`Rate limit of ${target.describe} exceeded; retry after ${retryAfter} s.`, retryAfter), {
        'retry-after': String(retryAfter),
      });
    }
  };
}
