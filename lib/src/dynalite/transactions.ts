import { createRequire } from 'node:module';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * dynalite 4 implements every single-item and batch operation of DynamoDB but not TransactWriteItems
 * or TransactGetItems, which our invariants (stock never below zero, one order per idempotency key)
 * are written against. This adds both to a dynalite server with DynamoDB's semantics: all conditions
 * are checked under the items' locks, and either every write is applied or none is, with a
 * TransactionCanceledException whose CancellationReasons line up with the request's items.
 *
 * Writes are applied through dynalite's own PutItem/UpdateItem/DeleteItem actions (so indexes stay
 * right) while the transaction holds the items' locks. Transactions run one at a time per server,
 * which rules out lock-order deadlocks between them; single-item requests still interleave freely.
 * GetItem and BatchGetItem never see a transaction half-applied (as on DynamoDB, where they are
 * serializable with transactions): they wait while one is being applied. Query and Scan do not wait
 * (on DynamoDB they are read-committed only).
 * Limits: a crash of the process hosting dynalite in the middle of applying can leave a prefix of
 * the writes applied (LevelDB writes are per item); ClientRequestToken is accepted and ignored.
 */

const require = createRequire(import.meta.url);
type Callback<T = any> = (err: any, result?: T) => void;
type Dynalite = (options: Record<string, unknown>) => Server;
interface SubDb {
  lock: (key: string | string[], exec: (release: (done?: (...args: any[]) => void) => (...args: any[]) => void) => void) => void;
  get: (key: string, cb: Callback) => void;
}
interface Store {
  getTable(name: string, cb: Callback): void;
  getItemDb(name: string): SubDb;
}

const db = require('dynalite/db') as {
  create(options: Record<string, unknown>): Store;
  createKey(key: Record<string, unknown>, table: unknown): string;
  validateKey(key: Record<string, unknown>, table: unknown): unknown;
  checkConditional(data: Record<string, unknown>, item: unknown): { body: { message: string } } | null | undefined;
  validationError(message: string): HttpError;
};
const validations = require('dynalite/validations') as {
  checkTypes(data: unknown, types: unknown): Record<string, any>;
  checkValidations(data: unknown, types: unknown, custom: unknown, store: Store): void;
};
const actionValidation = (name: string) => require(`dynalite/validations/${name}`) as { types: unknown; custom?: unknown };
const action = (name: string) => require(`dynalite/actions/${name}`) as (store: Store, data: Record<string, any>, cb: Callback) => void;

interface HttpError extends Error {
  statusCode: number;
  body: Record<string, unknown>;
}

const KINDS = {
  Put: { validation: actionValidation('putItem'), apply: action('putItem'), key: (d: Record<string, any>) => d.Item },
  Update: { validation: actionValidation('updateItem'), apply: action('updateItem'), key: (d: Record<string, any>) => d.Key },
  Delete: { validation: actionValidation('deleteItem'), apply: action('deleteItem'), key: (d: Record<string, any>) => d.Key },
  // A condition check has a key and a condition like DeleteItem, and writes nothing.
  ConditionCheck: { validation: actionValidation('deleteItem'), apply: null, key: (d: Record<string, any>) => d.Key },
  Get: { validation: actionValidation('getItem'), apply: action('getItem'), key: (d: Record<string, any>) => d.Key },
} as const;
type Kind = keyof typeof KINDS;

interface Operation {
  kind: Kind;
  data: Record<string, any>;
  returnOldOnFailure: boolean;
  table: unknown;
  key: string;
}

const MAX_ITEMS = 100;

function typed(type: string, message: string, extra: Record<string, unknown> = {}): HttpError {
  return Object.assign(new Error(message), { statusCode: 400, body: { __type: `com.amazonaws.dynamodb.v20120810#${type}`, message, ...extra } });
}

const promisify = <T>(fn: (cb: Callback<T>) => void) =>
  new Promise<T>((resolve, reject) => fn((err, result) => (err ? reject(err) : resolve(result as T))));

/** Validates each item as the matching single-item request and resolves its table and key. */
async function parseOperations(store: Store, items: unknown, allowed: Kind[]): Promise<Operation[]> {
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS) {
    throw db.validationError(`TransactItems must hold between 1 and ${MAX_ITEMS} items.`);
  }
  const operations: Operation[] = [];
  for (const item of items as Record<string, any>[]) {
    const kinds = allowed.filter((kind) => item?.[kind] != null);
    if (kinds.length !== 1) throw db.validationError(`Each TransactItem must hold exactly one of ${allowed.join(', ')}.`);
    const kind = kinds[0]!;
    const { validation } = KINDS[kind];
    const data = validations.checkTypes(structuredClone(item[kind]), validation.types);
    validations.checkValidations(data, validation.types, validation.custom, store);
    const table = await promisify((cb) => store.getTable(data.TableName, cb));
    const keyAttributes = KINDS[kind].key(data);
    const invalid = db.validateKey(kind === 'Put' ? pickKey(keyAttributes, table) : keyAttributes, table);
    if (invalid) throw invalid;
    operations.push({
      kind,
      data,
      returnOldOnFailure: item[kind].ReturnValuesOnConditionCheckFailure === 'ALL_OLD',
      table,
      key: db.createKey(keyAttributes, table),
    });
  }
  const seen = new Set<string>();
  for (const op of operations) {
    const id = `${op.data.TableName}\u0000${op.key}`;
    if (seen.has(id)) throw db.validationError('Transaction request cannot include multiple operations on one item');
    seen.add(id);
  }
  return operations;
}

function pickKey(item: Record<string, unknown>, table: any): Record<string, unknown> {
  const names = (table.KeySchema as { AttributeName: string }[]).map((k) => k.AttributeName);
  return Object.fromEntries(names.filter((n) => n in item).map((n) => [n, item[n]]));
}

/**
 * Holds the items' locks for `work`. While held, dynalite's own actions on those keys (the apply step)
 * pass straight through instead of queueing behind the transaction that is running them.
 */
async function withLocks<T>(store: Store, operations: Operation[], work: () => Promise<T>): Promise<T> {
  const byTable = new Map<string, string[]>();
  for (const op of operations) byTable.set(op.data.TableName, [...(byTable.get(op.data.TableName) ?? []), op.key]);
  const releases: (() => void)[] = [];
  const held: { db: SubDb; keys: Set<string>; original: SubDb['lock'] }[] = [];
  try {
    for (const [tableName, keys] of [...byTable].sort(([a], [b]) => a.localeCompare(b))) {
      const itemDb = store.getItemDb(tableName);
      releases.push(await new Promise<() => void>((resolve) => itemDb.lock(keys, (release) => resolve(release(() => undefined)))));
      const original = itemDb.lock;
      const keySet = new Set(keys);
      itemDb.lock = (key, exec) => (typeof key === 'string' && keySet.has(key) ? exec((done) => done ?? (() => undefined)) : original(key, exec));
      held.push({ db: itemDb, keys: keySet, original });
    }
    return await work();
  } finally {
    for (const { db: itemDb, original } of held.reverse()) itemDb.lock = original;
    for (const release of releases.reverse()) release();
  }
}

/** Item reads share it; applying a transaction's writes takes it alone. */
class ApplyBarrier {
  private readers = 0;
  private applying = false;
  private writersWaiting = 0;
  private waiting: (() => void)[] = [];

  async read(): Promise<() => void> {
    // A transaction waiting to apply goes first, so that a stream of reads cannot hold it off.
    while (this.applying || this.writersWaiting > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.readers++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.readers--;
      this.wake();
    };
  }

  async apply<T>(work: () => Promise<T>): Promise<T> {
    this.writersWaiting++;
    while (this.applying || this.readers > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.writersWaiting--;
    this.applying = true;
    try {
      return await work();
    } finally {
      this.applying = false;
      this.wake();
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

const ITEM_READS = new Set(['GetItem', 'BatchGetItem']);

async function transactWrite(store: Store, request: Record<string, any>, barrier: ApplyBarrier): Promise<Record<string, unknown>> {
  const operations = await parseOperations(store, request.TransactItems, ['Put', 'Update', 'Delete', 'ConditionCheck']);
  return withLocks(store, operations, async () => {
    const current = await Promise.all(
      operations.map((op) => promisify<unknown>((cb) => store.getItemDb(op.data.TableName).get(op.key, (err, item) => cb(err?.name === 'NotFoundError' ? null : err, item)))),
    );
    const reasons = operations.map((op, i) => {
      const failed = db.checkConditional(op.data, current[i]);
      if (!failed) return { Code: 'None' };
      return { Code: 'ConditionalCheckFailed', Message: failed.body.message, ...(op.returnOldOnFailure && current[i] ? { Item: current[i] } : {}) };
    });
    if (reasons.some((r) => r.Code !== 'None')) {
      throw typed('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`, {
        CancellationReasons: reasons,
      });
    }
    await barrier.apply(async () => {
      for (const op of operations) {
        const apply = KINDS[op.kind].apply;
        if (apply) await promisify((cb) => apply(store, op.data, cb));
      }
    });
    return {};
  });
}

async function transactGet(store: Store, request: Record<string, any>): Promise<Record<string, unknown>> {
  const operations = await parseOperations(store, request.TransactItems, ['Get']);
  return withLocks(store, operations, async () => {
    const responses: Record<string, unknown>[] = [];
    for (const op of operations) {
      const { Item } = await promisify<{ Item?: unknown }>((cb) => KINDS.Get.apply(store, op.data, cb));
      responses.push(Item ? { Item } : {});
    }
    return { Responses: responses };
  });
}

const HANDLERS: Record<string, (store: Store, request: Record<string, any>, barrier: ApplyBarrier) => Promise<Record<string, unknown>>> = {
  TransactWriteItems: transactWrite,
  TransactGetItems: transactGet,
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.0', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Creates a dynalite server that also answers TransactWriteItems and TransactGetItems. */
export function dynaliteWithTransactions(options: Record<string, unknown>): Server {
  const dynalite = require('dynalite') as Dynalite;
  // dynalite keeps its store private; capture the one it creates so transactions share its tables and locks.
  const create = db.create;
  let store: Store | undefined;
  db.create = (opts) => (store = create(opts));
  let server: Server;
  try {
    server = dynalite(options);
  } finally {
    db.create = create;
  }
  const captured = store!;
  const [handle] = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');

  let queue: Promise<unknown> = Promise.resolve();
  const barrier = new ApplyBarrier();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
    if (ITEM_READS.has(operation)) {
      // Held from before the body is read until the answer is sent: the read sees all of a transaction or none.
      void barrier.read().then((release) => {
        res.once('close', release);
        handle!(req, res);
      });
      return;
    }
    const handler = HANDLERS[operation];
    if (!handler || req.method !== 'POST') return handle!(req, res);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let request: Record<string, any>;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      } catch {
        return send(res, 400, { __type: 'com.amazon.coral.service#SerializationException' });
      }
      const run = queue.then(() => handler(captured, request, barrier));
      queue = run.catch(() => undefined);
      run.then(
        (body) => send(res, 200, body),
        (err: Partial<HttpError>) => {
          if (err.statusCode && err.body) return send(res, err.statusCode, err.body);
          send(res, 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: String(err.message ?? err) });
        },
      );
    });
  });
  return server;
}
