import { randomBytes, randomUUID } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import { OPERATIONS, type UsedOperation } from '../sp-api/operations.js';
import type { ModelValidator } from './modelSchema.js';
import type { Reply, SimulatedNetwork } from './SimulatedNetwork.js';

export interface Credentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface Fault {
  /** An operation id, or `*` for every SP-API operation. */
  operation: string;
  status: number;
  /** How many more requests fail. */
  remaining: number;
}

/** What the admin API and tests can see and steer. */
export interface SimulatorControls {
  calls: Map<string, number>;
  /** Request bodies that broke the model's schema, with the reasons. */
  invalidRequests: { operation: string; errors: string[] }[];
  faults: Fault[];
  /** Every SP-API operation answers 503 while true (the token endpoint stays up). */
  outage: boolean;
  /** Issued access token → expiry (wall clock: token lifetimes are not part of the simulated business). */
  tokens: Map<string, number>;
  /** Called after a successful cancel, so the Cancelled notification goes out at once. */
  onCancelled: (orderId: string) => void;
}

const TOKEN_LIFETIME_S = 3600;

/**
 * The SP-API surface of the simulator: the Login-with-Amazon token endpoint and the Fulfillment Outbound
 * operations this subgraph uses, at the model's paths. Request bodies are checked against the model's
 * schema (400 InvalidInput otherwise), and every answer carries `x-amzn-RateLimit-Limit`.
 */
export function spApiRoutes(network: SimulatedNetwork, validator: ModelValidator, credentials: Credentials, controls: SimulatorControls): Router {
  const router = express.Router();

  router.post('/auth/o2/token', express.urlencoded({ extended: false }), (req, res) => {
    const form = req.body as Record<string, string | undefined>;
    if (form.grant_type !== 'refresh_token') return void res.status(400).json({ error: 'unsupported_grant_type', error_description: 'Only refresh_token is simulated.' });
    if (form.client_id !== credentials.clientId || form.client_secret !== credentials.clientSecret) {
      return void res.status(401).json({ error: 'invalid_client', error_description: 'Client authentication failed.' });
    }
    if (form.refresh_token !== credentials.refreshToken) return void res.status(400).json({ error: 'invalid_grant', error_description: 'The refresh token is invalid.' });
    const token = `Atza|sim-${randomBytes(16).toString('base64url')}`;
    controls.tokens.set(token, Date.now() + TOKEN_LIFETIME_S * 1000);
    res.json({ access_token: token, refresh_token: credentials.refreshToken, token_type: 'bearer', expires_in: TOKEN_LIFETIME_S });
  });

  const handle = (operation: UsedOperation, run: (req: Request) => Reply) => {
    const spec = OPERATIONS[operation];
    const method = spec.method.toLowerCase() as 'get' | 'post' | 'put';
    const path = spec.path.replace(/\{(\w+)\}/g, ':$1');
    router[method](path, express.json({ limit: '1mb' }), (req: Request, res: Response) => {
      controls.calls.set(operation, (controls.calls.get(operation) ?? 0) + 1);
      res.setHeader('x-amzn-RequestId', randomUUID());
      res.setHeader('x-amzn-RateLimit-Limit', String(spec.rate));
      const reply = gate(operation, req, controls) ?? validate(operation, req, validator, controls) ?? run(req);
      res.status(reply.status).json(reply.body);
    });
  };

  handle('deliveryOffers', (req) => network.deliveryOffers(req.body));
  handle('createFulfillmentOrder', (req) => network.create(req.body));
  handle('getFulfillmentOrder', (req) => network.get(String(req.params.sellerFulfillmentOrderId)));
  handle('listAllFulfillmentOrders', (req) => network.list(req.query as { queryStartDate?: string; nextToken?: string }));
  handle('cancelFulfillmentOrder', (req) => {
    const orderId = String(req.params.sellerFulfillmentOrderId);
    const wasCancelled = network.orders.get(orderId)?.cancelledAt != null;
    const reply = network.cancel(orderId);
    if (reply.status === 200 && !wasCancelled) controls.onCancelled(orderId);
    return reply;
  });
  handle('getPackageTrackingDetails', (req) => network.tracking(Number(req.query.packageNumber)));
  handle('listReturnReasonCodes', (req) => network.reasonCodes(req.query as Record<string, string>));
  handle('createFulfillmentReturn', (req) => network.createReturn(String(req.params.sellerFulfillmentOrderId), req.body));
  return router;
}

/** Outages, injected faults and access tokens, before the operation runs. */
function gate(operation: string, req: Request, controls: SimulatorControls): Reply | undefined {
  if (controls.outage) return { status: 503, body: { errors: [{ code: 'ServiceUnavailable', message: 'Simulated outage.' }] } };
  const fault = controls.faults.find((f) => (f.operation === operation || f.operation === '*') && f.remaining > 0);
  if (fault) {
    fault.remaining -= 1;
    const code = fault.status === 429 ? 'QuotaExceeded' : fault.status >= 500 ? 'InternalFailure' : 'InvalidInput';
    return { status: fault.status, body: { errors: [{ code, message: `Simulated HTTP ${fault.status}.` }] } };
  }
  const token = req.header('x-amz-access-token');
  const expiresAt = token ? controls.tokens.get(token) : undefined;
  if (expiresAt === undefined || expiresAt < Date.now()) {
    return { status: 403, body: { errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.', details: 'The access token you provided is revoked, malformed or invalid.' }] } };
  }
  return undefined;
}

function validate(operation: string, req: Request, validator: ModelValidator, controls: SimulatorControls): Reply | undefined {
  // Without a body the JSON parser leaves `req.body` undefined, which the model accepts only where no body is defined.
  const errors = validator.requestBody(operation, req.method === 'GET' ? undefined : req.body);
  if (errors.length === 0) return undefined;
  controls.invalidRequests.push({ operation, errors });
  return { status: 400, body: { errors: [{ code: 'InvalidInput', message: `Request body does not match the model: ${errors.join('; ')}` }] } };
}
