import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fieldCoordinates, type OperationUsage } from '@commerce/lib/registry';
import { Kind, parse, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';

/** An operation clients are known to send, from any of the sources below, merged by name. */
export interface KnownOperation {
  name: string;
  /** Where it is known from: an operations file, the trusted-documents manifest, recorded usage. */
  sources: string[];
  /** `Type.field` coordinates it selects. */
  fields: string[];
  /** Recorded requests (usage only). */
  count?: number;
  lastSeen?: string;
}

export interface OperationSources {
  /** `.graphql` files of named operations (the repository's `test/operations/`). */
  operationsDir?: string;
  /** The trusted-documents manifest (`schema/trusted-documents.json`): hash → document. */
  trustedDocumentsPath?: string;
  /** Usage the gateways recorded, and how recent it must be to count. */
  usage?: readonly OperationUsage[];
  usageSince?: Date;
}

const isMissing = (err: unknown) => (err as { code?: string }).code === 'ENOENT';

async function fromOperationFiles(schema: GraphQLSchema, dir: string): Promise<KnownOperation[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
  } catch (err) {
    if (isMissing(err)) return [];
    throw err;
  }
  // Fragments may live in another file than the operations that spread them.
  const definitions: { definition: DefinitionNode; file: string }[] = [];
  for (const file of files) {
    const path = join(dir, file);
    for (const definition of parse(await readFile(path, 'utf8')).definitions) definitions.push({ definition, file: relative(process.cwd(), path) });
  }
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: definitions.map((d) => d.definition) };
  return definitions.flatMap(({ definition, file }) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name
      ? [{ name: definition.name.value, sources: [file], fields: fieldCoordinates(schema, document, definition.name.value) }]
      : [],
  );
}

async function fromTrustedDocuments(schema: GraphQLSchema, path: string): Promise<KnownOperation[]> {
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
  } catch (err) {
    if (isMissing(err)) return [];
    throw err;
  }
  return Object.entries(manifest).flatMap(([hash, text]) => {
    const document = parse(text);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const name = operation?.kind === Kind.OPERATION_DEFINITION ? (operation.name?.value ?? '') : '';
    return [{ name: name || `(anonymous ${hash.slice(0, 12)})`, sources: [`trusted document ${hash.slice(0, 12)}`], fields: fieldCoordinates(schema, document) }];
  });
}

function fromUsage(usage: readonly OperationUsage[], since: Date | undefined): KnownOperation[] {
  return usage
    .filter((u) => !since || new Date(u.lastSeen) >= since)
    .map((u) => ({
      name: u.name || `(anonymous ${u.hash.slice(0, 12)})`,
      sources: [`recorded usage ${u.hash.slice(0, 12)}`],
      fields: u.fields,
      count: u.count,
      lastSeen: u.lastSeen,
    }));
}

/**
 * Every operation known to be in use, with the fields it selects in `schema` (the API schema in service
 * now). Operations with the same name are merged: their fields unite, so the check errs on the safe side.
 */
export async function loadKnownOperations(schema: GraphQLSchema, sources: OperationSources): Promise<KnownOperation[]> {
  const all = [
    ...(sources.operationsDir ? await fromOperationFiles(schema, sources.operationsDir) : []),
    ...(sources.trustedDocumentsPath ? await fromTrustedDocuments(schema, sources.trustedDocumentsPath) : []),
    ...fromUsage(sources.usage ?? [], sources.usageSince),
  ];
  const byName = new Map<string, KnownOperation>();
  for (const operation of all) {
    const known = byName.get(operation.name);
    if (!known) {
      byName.set(operation.name, { ...operation, fields: [...operation.fields], sources: [...operation.sources] });
      continue;
    }
    known.sources.push(...operation.sources);
    known.fields = [...new Set([...known.fields, ...operation.fields])].sort();
    if (operation.count !== undefined) known.count = (known.count ?? 0) + operation.count;
    if (operation.lastSeen && (!known.lastSeen || operation.lastSeen > known.lastSeen)) known.lastSeen = operation.lastSeen;
  }
  return [...byName.values()];
}
