import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/** sha256 hex of the exact document text: what APQ clients send as `persistedQuery.sha256Hash`. */
export function hashDocument(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface SourceFile {
  name: string;
  text: string;
}

export interface ManifestEntry {
  operationName: string;
  hash: string;
  document: string;
}

function fragmentsUsed(root: OperationDefinitionNode | FragmentDefinitionNode, all: Map<string, FragmentDefinitionNode>, found = new Map<string, FragmentDefinitionNode>()) {
  visit(root, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (found.has(name)) return;
      const fragment = all.get(name);
      if (!fragment) throw new Error(`Operation uses fragment ${name}, which no operations file defines.`);
      found.set(name, fragment);
      fragmentsUsed(fragment, all, found);
    },
  });
  return found;
}

/**
 * One entry per named operation across `sources`: the printed operation followed by the fragments it
 * uses (from any file), sorted by name so the text, and so the hash, is stable.
 */
export function manifestEntries(sources: readonly SourceFile[]): ManifestEntry[] {
  const operations: { op: OperationDefinitionNode; file: string }[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { name, text } of sources) {
    for (const definition of parse(text, { noLocation: true }).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        if (fragments.has(definition.name.value)) throw new Error(`Fragment ${definition.name.value} is defined twice (${name}).`);
        fragments.set(definition.name.value, definition);
      } else if (definition.kind === Kind.OPERATION_DEFINITION) {
        if (!definition.name) throw new Error(`${name}: every trusted operation needs a name.`);
        operations.push({ op: definition, file: name });
      }
    }
  }
  const seen = new Set<string>();
  return operations
    .map(({ op, file }) => {
      const operationName = op.name!.value;
      if (seen.has(operationName)) throw new Error(`Operation ${operationName} is defined twice (${file}).`);
      seen.add(operationName);
      const used = [...fragmentsUsed(op, fragments).values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
      const document = print({ kind: Kind.DOCUMENT, definitions: [op, ...used] } satisfies DocumentNode);
      return { operationName, hash: hashDocument(document), document };
    })
    .sort((a, b) => a.operationName.localeCompare(b.operationName));
}

export type TrustedDocuments = ReadonlyMap<string, string>;

/** Loads `schema/trusted-documents.json`; an entry whose text does not hash to its key fails start-up. */
export async function loadTrustedDocuments(path: string): Promise<TrustedDocuments> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new Error(`Trusted documents manifest ${path} cannot be read; run \`npm run manifest\` or set TRUSTED_DOCUMENTS=off.`);
  }
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(JSON.parse(raw) as Record<string, unknown>)) {
    if (typeof document !== 'string' || hashDocument(document) !== hash) {
      throw new Error(`Trusted documents manifest ${path}: entry ${hash} does not hash to its key; regenerate it with \`npm run manifest\`.`);
    }
    documents.set(hash, document);
  }
  return documents;
}
