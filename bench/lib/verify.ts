import type { QueryPlan } from '../floor/executor.js';
import type { Operation, Scenario } from '../scenarios.js';
import { isFailedBody, type FlowContext, type Requests } from './load.js';

export interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: Record<string, unknown> };
}

export async function ask(url: string, operation: Operation, headers: Record<string, string> = {}): Promise<Answer> {
  return post(url, operation.body, headers);
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

/**
 * A scenario's answer as the load gets it: its own request, or for a flow one walk through it (a new
 * cart, its lines, the order), whose last answer counts unless an earlier step failed.
 */
export async function answer(url: string, scenario: Scenario, requests: Requests): Promise<Answer> {
  if (!('flow' in requests)) return ask(url, scenario);
  const context: FlowContext = {};
  let last: Answer | undefined;
  for (const step of requests.flow) {
    last = await post(url, step.body(context));
    if (last.status !== 200 || !last.body.data || isFailedBody(JSON.stringify(last.body))) return last;
    step.keep?.(last.body.data as Record<string, unknown>, context);
  }
  return last!;
}

/** The query plan our gateway made for an operation (it answers with it outside production). */
export async function queryPlan(oursUrl: string, operation: Operation): Promise<QueryPlan> {
  const { status, body } = await ask(oursUrl, operation, {
    'apollo-query-plan-experimental': '1',
    'apollo-query-plan-experimental-format': 'internal',
  });
  const plan = body.extensions?.__queryPlanExperimental as QueryPlan | undefined;
  if (status !== 200 || !plan) throw new Error(`no query plan for ${operation.operationName} (HTTP ${status}): ${JSON.stringify(body.errors)}`);
  return plan;
}

/**
 * What a correct answer must hold: no errors, and the same data as our gateway's. The floor's data is
 * not shaped to the operation (it keeps `__typename` and key fields the client did not ask for), so it
 * is compared after projecting it onto the reference's shape.
 */
export function checkAnswer(answer: Answer, reference: unknown, projected: boolean, changesState = false): string | undefined {
  if (answer.status !== 200) return `HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`;
  if (answer.body.errors?.length) return `errors: ${JSON.stringify(answer.body.errors).slice(0, 300)}`;
  // A mutation's answer moves on (the cart grew); it must still be the same kind of answer.
  if (changesState) return sameTypename(answer.body.data, reference);
  const data = projected ? project(answer.body.data, reference) : answer.body.data;
  if (JSON.stringify(data) !== JSON.stringify(reference)) return `data differs from our gateway's: ${firstDifference(data, reference)}`;
  return undefined;
}

function project(value: unknown, shape: unknown): unknown {
  if (Array.isArray(shape) && Array.isArray(value)) return value.map((item, i) => project(item, shape[i] ?? shape[0]));
  if (shape && typeof shape === 'object' && value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(shape).map((key) => [key, project((value as Record<string, unknown>)[key], (shape as Record<string, unknown>)[key])]));
  }
  return value;
}

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

function sameTypename(data: unknown, reference: unknown): string | undefined {
  const typename = (value: unknown) => Object.values((value ?? {}) as Record<string, { __typename?: string } | null>).map((v) => v?.__typename);
  const [got, want] = [typename(data), typename(reference)];
  if (JSON.stringify(got) === JSON.stringify(want)) return undefined;
  return `answered ${JSON.stringify(got)} where our gateway answered ${JSON.stringify(want)}: ${JSON.stringify(data).slice(0, 200)}`;
}
