import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { enforceAuthDirectives, subgraphApp, type Principal } from '@commerce/lib';
import { parse } from 'graphql';

/**
 * A small subgraph used to test the gateway edge: fields guarded by `@authenticated` and
 * `@requiresScopes`, and a Product extension, so that authorization and partial failures can be
 * observed next to the real catalog.
 */
export const accountsTypeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes"])

  type Query {
    whoami: String @authenticated
    auditLog: [String!] @requiresScopes(scopes: [["audit:read"]])
  }

  type Product @key(fields: "id") {
    id: ID!
    internalNotes: String @requiresScopes(scopes: [["catalog:notes"], ["admin"]])
  }
`);

export async function createAccountsSubgraph(routerSecret: string) {
  const calls = { internalNotes: 0, whoami: 0 };
  const schema = enforceAuthDirectives(
    buildSubgraphSchema({
      typeDefs: accountsTypeDefs,
      resolvers: {
        Query: {
          whoami: (_: unknown, __: unknown, context: unknown) => {
            const { principal } = context as { principal: Principal };
            calls.whoami++;
            return `${principal.kind}:${principal.id}`;
          },
          auditLog: () => ['login'],
        },
        Product: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          internalNotes: ({ id }: { id: string }) => {
            calls.internalNotes++;
            return `notes for ${id}`;
          },
        },
      },
    }),
  );
  const server = new ApolloServer<{ principal: Principal }>({ schema });
  await server.start();
  return { app: subgraphApp(server, { routerSecret, context: (principal) => ({ principal }) }), server, calls };
}
