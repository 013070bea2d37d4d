import { createHash } from 'node:crypto';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Price } from '../../domain/money.js';
import { PaymentUnavailableError, type AuthorizeOutcome, type PaymentProvider, type SettleOutcome } from '../../ports/PaymentProvider.js';
import { isConditionFailure } from '../dynamodb/keys.js';

/**
 * The sandbox's test tokens. Any other token is declined as unknown.
 * - `tok_approve`: authorised.
 * - `tok_decline`: declined (card_declined).
 * - `tok_error`: the provider is unavailable for the first 2 attempts of a payment, then authorises.
 * - `tok_unavailable`: the provider is always unavailable (exercises retries running out).
 */
export const SANDBOX_TOKENS = { approve: 'tok_approve', decline: 'tok_decline', error: 'tok_error', unavailable: 'tok_unavailable' } as const;
export const TRANSIENT_FAILURES = 2;

type Status = 'AUTHORIZED' | 'DECLINED' | 'CAPTURED' | 'VOIDED' | 'REFUNDED';

export interface SandboxPayment {
  authorizationId: string;
  reference: string;
  token: string;
  centAmount: number;
  currencyCode: string;
  status?: Status;
  declineReason?: string;
  attempts: number;
}

const key = (authorizationId: string) => ({ PK: `SANDBOXPAY#${authorizationId}`, SK: 'AUTHORIZATION' });

/**
 * A payment provider that moves no money, with a provider's semantics: authorise holds, capture takes,
 * void releases, refund returns, every call idempotent by its key. Its state lives in DynamoDB (the
 * orders table, `SANDBOXPAY#` items) so it survives restarts like a real provider's would.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The authorisation a key creates; the same key always names the same one. */
  static authorizationIdFor(idempotencyKey: string): string {
    return `auth_${createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 24)}`;
  }

  async authorize({ idempotencyKey, token, amount, reference }: { idempotencyKey: string; token: string; amount: Price; reference: string }): Promise<AuthorizeOutcome> {
    const authorizationId = SandboxPaymentProvider.authorizationIdFor(idempotencyKey);
    const out = await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: key(authorizationId),
        UpdateExpression:
          'SET #id = :id, #ref = if_not_exists(#ref, :ref), #token = if_not_exists(#token, :token), #cents = if_not_exists(#cents, :cents), #cur = if_not_exists(#cur, :cur) ADD #attempts :one',
        ExpressionAttributeNames: { '#id': 'authorizationId', '#ref': 'reference', '#token': 'token', '#cents': 'centAmount', '#cur': 'currencyCode', '#attempts': 'attempts' },
        ExpressionAttributeValues: { ':id': authorizationId, ':ref': reference, ':token': token, ':cents': amount.centAmount, ':cur': amount.currencyCode, ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const payment = out.Attributes as SandboxPayment;
    if (payment.status) return outcomeOf(payment);
    if (payment.token === SANDBOX_TOKENS.unavailable || (payment.token === SANDBOX_TOKENS.error && payment.attempts <= TRANSIENT_FAILURES)) {
      throw new PaymentUnavailableError(`Sandbox provider unavailable (token ${payment.token}, attempt ${payment.attempts}).`);
    }
    const declineReason =
      payment.token === SANDBOX_TOKENS.decline ? 'The card was declined (card_declined).' : payment.token === SANDBOX_TOKENS.approve || payment.token === SANDBOX_TOKENS.error ? null : `Unknown payment token ${JSON.stringify(payment.token)}.`;
    const status: Status = declineReason ? 'DECLINED' : 'AUTHORIZED';
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key(authorizationId),
          UpdateExpression: declineReason ? 'SET #status = :status, declineReason = :reason' : 'SET #status = :status',
          ConditionExpression: 'attribute_not_exists(#status)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status, ...(declineReason ? { ':reason': declineReason } : {}) },
        }),
      );
      return outcomeOf({ ...payment, status, ...(declineReason ? { declineReason } : {}) });
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      return outcomeOf((await this.payment(authorizationId))!);
    }
  }

  capture({ authorizationId, amount }: { idempotencyKey: string; authorizationId: string; amount: Price }): Promise<SettleOutcome> {
    return this.transition(authorizationId, 'AUTHORIZED', 'CAPTURED', amount);
  }

  void({ authorizationId }: { idempotencyKey: string; authorizationId: string }): Promise<SettleOutcome> {
    return this.transition(authorizationId, 'AUTHORIZED', 'VOIDED');
  }

  refund({ authorizationId, amount }: { idempotencyKey: string; authorizationId: string; amount: Price }): Promise<SettleOutcome> {
    return this.transition(authorizationId, 'CAPTURED', 'REFUNDED', amount);
  }

  async payment(authorizationId: string): Promise<SandboxPayment | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: key(authorizationId), ConsistentRead: true }));
    return (out.Item as SandboxPayment | undefined) ?? null;
  }

  /** from → to once; being in `to` already is success (a repeated call), anything else is refused. */
  private async transition(authorizationId: string, from: Status, to: Status, amount?: Price): Promise<SettleOutcome> {
    const current = await this.payment(authorizationId);
    if (!current) return { kind: 'refused', reason: `No authorisation ${authorizationId}.` };
    if (current.status === to) return { kind: 'done' };
    if (amount && (amount.currencyCode !== current.currencyCode || amount.centAmount > current.centAmount)) {
      return { kind: 'refused', reason: `${amount.centAmount} ${amount.currencyCode} exceeds the authorised ${current.centAmount} ${current.currencyCode}.` };
    }
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key(authorizationId),
          UpdateExpression: 'SET #status = :to',
          ConditionExpression: '#status = :from',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':to': to, ':from': from },
        }),
      );
      return { kind: 'done' };
    } catch (err) {
      if (!isConditionFailure(err)) throw err;
      const now = await this.payment(authorizationId);
      return now?.status === to ? { kind: 'done' } : { kind: 'refused', reason: `The payment is ${now?.status ?? 'gone'}; it cannot become ${to}.` };
    }
  }
}

function outcomeOf(payment: SandboxPayment): AuthorizeOutcome {
  return payment.status === 'DECLINED' ? { kind: 'declined', reason: payment.declineReason ?? 'Declined.' } : { kind: 'authorized', authorizationId: payment.authorizationId };
}
