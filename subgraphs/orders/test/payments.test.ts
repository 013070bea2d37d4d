import { createDynamoClients } from '@commerce/lib';
import { startDynalite, type LocalDynamo } from '@commerce/lib/dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPaymentProvider } from '../src/adapters/payments/SandboxPaymentProvider.js';
import { openOrdersStores } from '../src/stores.js';

let dynalite: LocalDynamo;
let provider: SandboxPaymentProvider;
const amount = { centAmount: 4200, currencyCode: 'USD' };

beforeAll(async () => {
  dynalite = await startDynalite();
  const stores = await openOrdersStores({ dynamodb: { endpoint: dynalite.endpoint, region: 'us-east-1' }, table: 'payments-test' });
  provider = stores.sandboxPayments;
});
afterAll(() => dynalite?.close());

describe('the sandbox payment provider', () => {
  it('authorises once per key, captures once, and survives a new instance (state in DynamoDB)', async () => {
    const first = await provider.authorize({ idempotencyKey: 'o1:authorize', token: 'tok_approve', amount, reference: 'o1' });
    expect(first).toEqual({ kind: 'authorized', authorizationId: SandboxPaymentProvider.authorizationIdFor('o1:authorize') });
    const restarted = new SandboxPaymentProvider(createDynamoClients({ endpoint: dynalite.endpoint, region: 'us-east-1' }).doc, 'payments-test');
    expect(await restarted.authorize({ idempotencyKey: 'o1:authorize', token: 'tok_approve', amount, reference: 'o1' })).toEqual(first);
    const id = (first as { authorizationId: string }).authorizationId;
    expect(await restarted.capture({ idempotencyKey: 'o1:capture', authorizationId: id, amount })).toEqual({ kind: 'done' });
    expect(await provider.capture({ idempotencyKey: 'o1:capture', authorizationId: id, amount })).toEqual({ kind: 'done' });
    expect(await provider.void({ idempotencyKey: 'o1:void', authorizationId: id })).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/CAPTURED/) });
    expect(await provider.refund({ idempotencyKey: 'o1:refund', authorizationId: id, amount })).toEqual({ kind: 'done' });
    expect((await provider.payment(id))?.status).toBe('REFUNDED');
  });

  it('declines tok_decline and unknown tokens, the same way on every retry', async () => {
    expect(await provider.authorize({ idempotencyKey: 'o2:authorize', token: 'tok_decline', amount, reference: 'o2' })).toMatchObject({ kind: 'declined', reason: expect.stringMatching(/card_declined/) });
    expect(await provider.authorize({ idempotencyKey: 'o2:authorize', token: 'tok_approve', amount, reference: 'o2' })).toMatchObject({ kind: 'declined' });
    expect(await provider.authorize({ idempotencyKey: 'o3:authorize', token: 'tok_whatever', amount, reference: 'o3' })).toMatchObject({ kind: 'declined', reason: expect.stringMatching(/Unknown payment token/) });
  });

  it('is unavailable twice for tok_error, then authorises; tok_unavailable never answers', async () => {
    const request = { idempotencyKey: 'o4:authorize', token: 'tok_error', amount, reference: 'o4' };
    await expect(provider.authorize(request)).rejects.toThrow(/unavailable/);
    await expect(provider.authorize(request)).rejects.toThrow(/unavailable/);
    expect(await provider.authorize(request)).toMatchObject({ kind: 'authorized' });
    for (let i = 0; i < 4; i++) await expect(provider.authorize({ ...request, idempotencyKey: 'o5:authorize', token: 'tok_unavailable' })).rejects.toThrow(/unavailable/);
  });

  it('voids an authorisation once and refuses to capture it afterwards or beyond the amount', async () => {
    const { authorizationId } = (await provider.authorize({ idempotencyKey: 'o6:authorize', token: 'tok_approve', amount, reference: 'o6' })) as { authorizationId: string };
    expect(await provider.capture({ idempotencyKey: 'o6:capture', authorizationId, amount: { ...amount, centAmount: 9999 } })).toMatchObject({ kind: 'refused' });
    expect(await provider.void({ idempotencyKey: 'o6:void', authorizationId })).toEqual({ kind: 'done' });
    expect(await provider.void({ idempotencyKey: 'o6:void', authorizationId })).toEqual({ kind: 'done' });
    expect(await provider.capture({ idempotencyKey: 'o6:capture', authorizationId, amount })).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/VOIDED/) });
  });
});
