import type { CancelOutcome, CreateOutcome, Fulfillment, FulfillmentRequest } from '../../ports/Fulfillment.js';
import { ServiceRejectedError, type GraphqlCall } from './serviceClient.js';

export const CREATE = /* GraphQL */ `
  mutation OrdersCreateFulfillmentOrder($order: FulfillmentOrderInput!) {
    createFulfillmentOrder(order: $order) {
      __typename
      ... on Fulfillment { status }
      ... on FulfillmentCommandError { code message }
    }
  }
`;
export const CANCEL = /* GraphQL */ `
  mutation OrdersCancelFulfillmentOrder($orderId: ID!) {
    cancelFulfillmentOrder(orderId: $orderId) {
      __typename
      ... on Fulfillment { status }
      ... on FulfillmentCommandError { code message }
    }
  }
`;

type CommandResult = { __typename: 'Fulfillment'; status: string } | { __typename: 'FulfillmentCommandError'; code: string; message: string };

/** The fulfillment subgraph's service mutations (`@inaccessible`, service principal only). */
export class HttpFulfillment implements Fulfillment {
  constructor(private readonly call: GraphqlCall) {}

  async create(request: FulfillmentRequest): Promise<CreateOutcome> {
    let result: CommandResult;
    try {
      ({ createFulfillmentOrder: result } = await this.call<{ createFulfillmentOrder: CommandResult }>(CREATE, { order: request }));
    } catch (err) {
      // Fulfillment checks the order against Amazon's rules first; a refusal there is final.
      if (err instanceof ServiceRejectedError) return { kind: 'rejected', reason: err.message };
      throw err;
    }
    return result.__typename === 'Fulfillment' ? { kind: 'accepted', status: result.status } : { kind: 'rejected', reason: result.message };
  }

  async cancel(orderId: string): Promise<CancelOutcome> {
    const { cancelFulfillmentOrder: result } = await this.call<{ cancelFulfillmentOrder: CommandResult }>(CANCEL, { orderId });
    if (result.__typename === 'Fulfillment') return { kind: 'cancelled' };
    if (result.code === 'NOT_FOUND') return { kind: 'not_found' };
    if (result.code === 'NOT_CANCELLABLE') return { kind: 'not_cancellable', reason: result.message };
    throw new Error(`fulfillment: unexpected ${result.code}: ${result.message}`);
  }
}
