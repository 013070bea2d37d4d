import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, parseUsagePlan } from './operations.js';

interface Model {
  paths: Record<string, Record<string, { operationId?: string; description?: string }>>;
}
const model = JSON.parse(readFileSync(new URL('../../../spec/fulfillmentOutbound_2020-07-01.json', import.meta.url), 'utf8')) as Model;

function fromModel(operationId: string) {
  for (const [path, methods] of Object.entries(model.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (op?.operationId === operationId) return { method: method.toUpperCase(), path, plan: parseUsagePlan(op.description ?? '') };
    }
  }
  return undefined;
}

describe('the SP-API operation table', () => {
  it.each(Object.entries(OPERATIONS))('%s matches the model (method, path, rate and burst)', (operationId, spec) => {
    const model = fromModel(operationId);
    expect(model).toEqual({ method: spec.method, path: spec.path, plan: { rate: spec.rate, burst: spec.burst } });
  });

  it('reads a usage plan table', () => {
    const description = 'Returns things.\n\n**Usage Plan:**\n\n| Rate (requests per second) | Burst |\n| ---- | ---- |\n| 0.5 | 10 |\n\nMore.';
    expect(parseUsagePlan(description)).toEqual({ rate: 0.5, burst: 10 });
    expect(parseUsagePlan('no table here')).toBeNull();
  });
});
