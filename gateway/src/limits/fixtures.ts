/**
 * Test fixtures for the limits: a tiny subgraph composed into a real supergraph (so `@cost` and
 * `@listSize` arrive the way composition writes them), a stand-in for ApolloGateway whose executor is
 * where the real gateway would plan and call subgraphs, and an express app on a loopback port.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { composeServices } from '@apollo/composition';
import { ApolloServer, type ApolloServerOptionsWithGateway, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger, maskErrors } from '@commerce/lib';
import express, { type Express, type RequestHandler } from 'express';
import { parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { bodyErrors, jsonBody } from './bodyLimit.js';
import { loadLimitsConfig } from './config.js';
import type { TrustedDocuments } from './manifest.js';
import { operationLimits } from './operationLimits.js';
import { rateLimit } from './rateLimit.js';
import { trustedDocuments } from './trustedDocuments.js';

export const subgraphSdl = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize", "@shareable"])

  type Query {
    products(first: Int = 10, after: String): ProductConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
    product(id: ID!): Product
    categories: [Category!]! @listSize(assumedSize: 20)
    search(text: String! @cost(weight: 10)): [Product!]! @listSize(assumedSize: 5)
  }
  type ProductConnection { totalCount: Int! edges: [ProductEdge!]! pageInfo: PageInfo! }
  type ProductEdge { cursor: String! node: Product! }
  type PageInfo @shareable { hasNextPage: Boolean! endCursor: String }
  type Product @key(fields: "id") {
    id: ID!
    name: String!
    price: Int! @cost(weight: 2)
    variants: [Variant!]!
    reviews(first: Int = 5): ReviewConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"])
  }
  type Variant { sku: String! }
  type ReviewConnection { edges: [ReviewEdge!]! }
  type ReviewEdge { node: Review! }
  type Review { id: ID! body: String! }
  type Category { id: ID! name: String! parent: Category children: [Category!]! }
`;

export function composeFixture(sdl = subgraphSdl): { supergraphSdl: string; apiSchema: GraphQLSchema } {
  const result = composeServices([{ name: 'shop', url: 'http://shop.invalid/graphql', typeDefs: parse(sdl) }]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { supergraphSdl: result.supergraphSdl, apiSchema: result.schema.toAPISchema().toGraphQLJSSchema() };
}

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** Hands Apollo Server the API schema and routes execution to `executor`, as ApolloGateway does. */
export function fakeGateway(apiSchema: GraphQLSchema, supergraphSdl: string, executor: () => Promise<ExecutionResult>): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema, coreSupergraphSdl: supergraphSdl });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

export interface Running {
  url: string;
  close(): Promise<void>;
}

export async function listen(app: Express, path = '/graphql'): Promise<Running> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLBody };
}

/**
 * The limits mounted the way the gateway mounts them, over the fixture supergraph. `x-test-customer`
 * stands in for the authentication middleware that sets `res.locals.principal`.
 */
export async function startLimitedGateway(options: {
  env?: Record<string, string>;
  documents?: TrustedDocuments;
  executor: () => Promise<ExecutionResult>;
}): Promise<Running> {
  const config = loadLimitsConfig({ RATE_LIMIT_ANONYMOUS: '0', RATE_LIMIT_AUTHENTICATED: '0', ...options.env });
  const { supergraphSdl, apiSchema } = composeFixture();
  const limits = operationLimits(supergraphSdl, config.operations);
  const server = new ApolloServer({
    gateway: fakeGateway(apiSchema, supergraphSdl, options.executor),
    parseOptions: limits.parseOptions,
    plugins: [limits.plugin],
    formatError: maskErrors(createLogger('limits-test', 'silent')),
  });
  await server.start();
  const app = express();
  app.use(
    '/graphql',
    ((req, res, next) => {
      const customer = req.get('x-test-customer');
      res.locals.principal = customer
        ? { kind: 'customer', id: customer, scopes: [], requestId: 'test' }
        : { kind: 'anonymous', scopes: [], requestId: 'test' };
      next();
    }) satisfies RequestHandler,
    rateLimit({ limits: config.rateLimits }),
    jsonBody(config.maxBodyBytes),
    bodyErrors(config.maxBodyBytes),
    trustedDocuments({ mode: config.trustedDocuments, documents: options.documents ?? new Map() }),
    expressMiddleware(server),
  );
  const running = await listen(app);
  return {
    url: running.url,
    async close() {
      await running.close();
      await server.stop();
    },
  };
}
