/**
 * What fulfillment's FulfillmentStatusChanged means for the order. `status` is Amazon MCF's
 * FulfillmentOrderStatus: New, Received, Planning and Processing change nothing we show; Complete and
 * CompletePartialled mean Amazon has shipped (with `delivered` once the carrier has delivered every
 * package); Cancelled, Unfulfillable and Invalid mean it never will.
 */
export type FulfillmentMeaning =
  | { kind: 'none' }
  | { kind: 'shipped'; trackingNumbers: string[]; delivered: boolean }
  | { kind: 'cancelled'; reason: string };

const CANCELLED: Record<string, string> = {
  Cancelled: 'Fulfillment cancelled the order.',
  Unfulfillable: 'Amazon cannot fulfil the order (an item is out of stock in its network).',
  Invalid: 'Amazon found the fulfillment order invalid.',
};

export function meaningOf(data: { status: string; trackingNumbers: readonly string[]; delivered?: boolean }): FulfillmentMeaning {
  if (data.status === 'Complete' || data.status === 'CompletePartialled') {
    return { kind: 'shipped', trackingNumbers: [...data.trackingNumbers], delivered: data.delivered === true };
  }
  const reason = CANCELLED[data.status];
  return reason ? { kind: 'cancelled', reason } : { kind: 'none' };
}
