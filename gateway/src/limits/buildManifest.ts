/**
 * `npm run manifest`: writes the trusted-documents manifest (sha256 hex of the document text → document)
 * from `test/operations/*.graphql`, after checking every operation against the client schema so a
 * stale operation fails here rather than at a client.
 *
 *   node --import tsx gateway/src/limits/buildManifest.ts [--operations DIR] [--schema FILE] [--out FILE]
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSchema, parse, validate } from 'graphql';
import { manifestEntries } from './manifest.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { values } = parseArgs({
  options: {
    operations: { type: 'string', default: join(root, 'test/operations') },
    schema: { type: 'string', default: join(root, 'schema/api.graphql') },
    out: { type: 'string', default: join(root, 'schema/trusted-documents.json') },
  },
});
const { operations: dir, schema: schemaPath, out } = values as { operations: string; schema: string; out: string };

const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
const sources = await Promise.all(files.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
const entries = manifestEntries(sources);

const schema = buildSchema(await readFile(schemaPath, 'utf8'));
const invalid = entries.flatMap(({ operationName, document }) =>
  validate(schema, parse(document)).map((e) => `${operationName}: ${e.message}`),
);
if (invalid.length > 0) {
  for (const message of invalid) console.error(`invalid operation: ${message}`);
  process.exit(1);
}

const manifest = Object.fromEntries(entries.map(({ hash, document }) => [hash, document]));
await writeFile(out, JSON.stringify(manifest, null, 2) + '\n');
for (const { operationName, hash } of entries) console.log(`${hash}  ${operationName}`);
console.log(`wrote ${entries.length} trusted document(s) to ${relative(root, out)}`);
