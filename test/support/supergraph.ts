import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import type { DocumentNode } from 'graphql';

/** Composes subgraphs the way `npm run compose` does and writes the supergraph into `dir`. */
export async function composeToFile(dir: string, services: { name: string; url: string; typeDefs: DocumentNode }[]): Promise<string> {
  const result = composeServices(services);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const path = join(dir, 'supergraph.graphql');
  await writeFile(path, result.supergraphSdl);
  return path;
}
