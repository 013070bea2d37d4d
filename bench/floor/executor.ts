/**
 * The floor: a query plan executed with nothing else — no parsing, validation, planning or response
 * shaping. Supports what Apollo's planner emits for our scenarios: Sequence, Parallel, Flatten over
 * absolute paths (`@` = each list item) and Fetch, with `_entities` representations built from the
 * `requires` selection of the entities already fetched (deduplicated, as Apollo Gateway does).
 */

export interface Selection {
  kind: 'Field' | 'InlineFragment';
  name?: string;
  typeCondition?: string;
  selections?: Selection[];
}

export interface FetchNode {
  kind: 'Fetch';
  serviceName: string;
  operation: string;
  operationName?: string;
  variableUsages?: string[];
  requires?: Selection[];
  inputRewrites?: unknown[];
  outputRewrites?: unknown[];
}

export type PlanNode =
  | FetchNode
  | { kind: 'Sequence' | 'Parallel'; nodes: PlanNode[] }
  | { kind: 'Flatten'; path: (string | number)[]; node: PlanNode };

export interface QueryPlan {
  kind: 'QueryPlan';
  node?: PlanNode;
}

type Json = Record<string, unknown>;
export interface SubgraphResult {
  data?: Json | null;
  errors?: unknown[];
}
/** Sends one GraphQL request to a subgraph (signed, keep-alive) and returns its parsed body. */
export type SendToSubgraph = (service: string, body: { query: string; operationName?: string; variables: Json }) => Promise<SubgraphResult>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export async function executePlan(plan: QueryPlan, variables: Json, send: SendToSubgraph): Promise<{ data: Json; errors?: unknown[] }> {
  const data: Json = {};
  const errors: unknown[] = [];

  const run = async (node: PlanNode, entities: Json[]): Promise<void> => {
    switch (node.kind) {
      case 'Sequence':
        for (const child of node.nodes) await run(child, entities);
        return;
      case 'Parallel':
        await Promise.all(node.nodes.map((child) => run(child, entities)));
        return;
      case 'Flatten':
        return run(node.node, collect([data], node.path));
      case 'Fetch':
        return fetchInto(node, entities);
    }
  };

  const fetchInto = async (fetch: FetchNode, entities: Json[]): Promise<void> => {
    if (fetch.inputRewrites?.length || fetch.outputRewrites?.length) throw new Error(`${fetch.operationName}: rewrites are not supported by the floor executor`);
    const vars: Json = {};
    for (const name of fetch.variableUsages ?? []) if (name in variables) vars[name] = variables[name];
    const body = { query: fetch.operation, operationName: fetch.operationName, variables: vars };
    if (!fetch.requires) {
      const result = await send(fetch.serviceName, body);
      if (result.errors) errors.push(...result.errors);
      if (result.data) for (const entity of entities) merge(entity, result.data);
      return;
    }
    const representations: Json[] = [];
    const byKey = new Map<string, number>();
    const targets: Json[][] = [];
    for (const entity of entities) {
      const representation = select(entity, fetch.requires);
      if (!representation) continue;
      const key = JSON.stringify(representation);
      let index = byKey.get(key);
      if (index === undefined) {
        index = representations.push(representation) - 1;
        byKey.set(key, index);
        targets.push([]);
      }
      targets[index]!.push(entity);
    }
    if (representations.length === 0) return;
    const result = await send(fetch.serviceName, { ...body, variables: { ...vars, representations } });
    if (result.errors) errors.push(...result.errors);
    const found = (result.data?._entities ?? []) as unknown[];
    found.forEach((value, i) => {
      if (isObject(value)) for (const entity of targets[i] ?? []) merge(entity, value);
    });
  };

  if (plan.node) await run(plan.node, [data]);
  return errors.length ? { data, errors } : { data };
}

/** The objects at `path` from the roots; `@` steps into each item of a list. */
function collect(roots: Json[], path: (string | number)[]): Json[] {
  let current: unknown[] = roots;
  for (const step of path) {
    if (typeof step === 'string' && step.startsWith('...')) throw new Error(`type conditions in paths are not supported: ${step}`);
    const next: unknown[] = [];
    for (const value of current) {
      if (step === '@') {
        if (Array.isArray(value)) next.push(...value);
      } else if (isObject(value)) {
        next.push(value[String(step)]);
      }
    }
    current = next;
  }
  return current.filter(isObject);
}

/** The representation of `entity` for a `requires` selection, or null when no type condition matches. */
function select(entity: Json, selections: Selection[]): Json | null {
  const out: Json = {};
  let matched = false;
  for (const selection of selections) {
    if (selection.kind === 'InlineFragment') {
      if (selection.typeCondition && selection.typeCondition !== entity.__typename) continue;
      const inner = select(entity, selection.selections ?? []);
      if (inner) Object.assign(out, inner);
      matched = true;
    } else {
      const value = entity[selection.name!];
      out[selection.name!] = selection.selections && isObject(value) ? select(value, selection.selections) : value;
      matched = true;
    }
  }
  return matched ? out : null;
}

function merge(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isObject(existing) && isObject(value)) merge(existing, value);
    else if (Array.isArray(existing) && Array.isArray(value)) mergeLists(existing, value);
    else target[key] = value;
  }
}

function mergeLists(target: unknown[], source: unknown[]): void {
  source.forEach((value, i) => {
    const existing = target[i];
    if (isObject(existing) && isObject(value)) merge(existing, value);
    else if (Array.isArray(existing) && Array.isArray(value)) mergeLists(existing, value);
    else target[i] = value;
  });
}
