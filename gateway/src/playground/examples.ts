import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Kind, parse, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

export interface PlaygroundExample {
  name: string;
  query: string;
  variables?: string;
}

interface SourcedOperation {
  file: string;
  node: OperationDefinitionNode;
  text: string;
}

/**
 * One example per operation of every `*.graphql` file in `dir` (files sorted, operations
 * in file order). Fragments are shared across the whole directory and appended to each
 * operation that (transitively) spreads them, so every example runs on its own in a tab.
 * `<dir>/variables.json` (`{ [operationName]: variables }`) supplies example variables.
 */
export async function loadPlaygroundExamples(dir: string): Promise<PlaygroundExample[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    // The gateway is generic: running without an examples directory is a valid setup.
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  const files = entries.filter((entry) => entry.endsWith('.graphql')).sort();

  const operations: SourcedOperation[] = [];
  const fragments = new Map<string, { file: string; text: string; node: FragmentDefinitionNode }>();
  for (const name of files) {
    const file = path.join(dir, name);
    const source = await readFile(file, 'utf8');
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      throw new Error(`playground examples: cannot parse ${file}: ${messageOf(error)}`, { cause: error });
    }
    for (const definition of document.definitions) {
      // Source slices (not `print`) keep the author's comments and layout inside the operation.
      const text = definition.loc ? source.slice(definition.loc.start, definition.loc.end) : '';
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        operations.push({ file, node: definition, text });
      } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        const previous = fragments.get(definition.name.value);
        if (previous) {
          throw new Error(`playground examples: fragment ${definition.name.value} is defined in both ${previous.file} and ${file}`);
        }
        fragments.set(definition.name.value, { file, text, node: definition });
      }
    }
  }

  const variables = await readVariables(path.join(dir, 'variables.json'));
  const seen = new Map<string, string>();
  return operations.map(({ file, node, text }, index) => {
    const name = node.name?.value ?? `${path.basename(file, '.graphql')}#${index + 1}`;
    const previousFile = seen.get(name);
    if (previousFile !== undefined) {
      // Tabs are titled and variables keyed by operation name, so duplicates would be ambiguous.
      throw new Error(`playground examples: operation ${name} is defined in both ${previousFile} and ${file}`);
    }
    seen.set(name, file);

    const used = fragmentClosure(node, fragments, file);
    const query = [text, ...used.map((fragment) => fragments.get(fragment)!.text)].join('\n\n');
    const example: PlaygroundExample = { name, query };
    // hasOwn: an operation named e.g. `constructor` must not pick up Object.prototype members.
    if (Object.hasOwn(variables, name)) example.variables = JSON.stringify(variables[name], null, 2);
    return example;
  });
}

function fragmentClosure(
  root: OperationDefinitionNode,
  fragments: ReadonlyMap<string, { node: FragmentDefinitionNode }>,
  file: string,
): string[] {
  const found: string[] = [];
  const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (found.includes(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`playground examples: fragment ${name} used in ${file} is not defined`);
        found.push(name);
        pending.push(fragment.node);
      },
    });
  }
  return found;
}

async function readVariables(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return {};
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`playground examples: cannot parse ${file}: ${messageOf(error)}`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`playground examples: ${file} must be an object keyed by operation name`);
  }
  return parsed as Record<string, unknown>;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
