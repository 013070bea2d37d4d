import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Kind, buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadLimitsConfig } from './config.js';
import { createOperationChecker } from './operationLimits.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

describe('default limits against the real supergraph', () => {
  it('accept every storefront operation in test/operations', async () => {
    const check = createOperationChecker(await readFile(repo('schema/supergraph.graphql'), 'utf8'), loadLimitsConfig({}).operations);
    const schema = buildSchema(await readFile(repo('schema/api.graphql'), 'utf8'));
    const variables = JSON.parse(await readFile(repo('test/operations/variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    const files = (await readdir(repo('test/operations'))).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const document = parse(await readFile(repo(`test/operations/${file}`), 'utf8'));
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const request = { variables: variables[operation.name!.value] ?? {}, http: undefined, query: undefined };
        expect(() => check({ schema, document, operation, request }), `${file} ${operation.name?.value}`).not.toThrow();
      }
    }
  });
});
