import type { OutboxRecord, SagaRecord } from '../../ports/OrderStore.js';
import { dueIndex, outboxKey, sagaKey } from './keys.js';

export function sagaItem(saga: SagaRecord): Record<string, unknown> {
  const key = sagaKey(saga.orderId);
  return { ...key, ...dueIndex(key, saga.dueAt), kind: 'saga', ...saga };
}

export function outboxItem(record: OutboxRecord): Record<string, unknown> {
  const key = outboxKey(record.orderId, record.event.type);
  return { ...key, ...dueIndex(key, record.dueAt), kind: 'outbox', ...record };
}
