import { createHash } from 'node:crypto';
import { ApolloGateway, type GatewayConfig as ApolloGatewayConfig } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type { GatewayExecutor, GatewayInterface, GatewayLoadResult } from '@apollo/server-gateway-interface';
import type { Principal } from '@commerce/lib';
import { print, type GraphQLSchema } from 'graphql';
import { applyDenials, stripPlaceholders } from './auth/applyDenials.js';
import { filterOperation } from './auth/filterOperation.js';
import { readAuthRequirements, type AuthRequirements } from './auth/requirements.js';
import { attributeUpstreamErrors } from './resilience/upstreamErrorPaths.js';

/**
 * Apollo Gateway with what it leaves to its users, around its executor:
 * - `@authenticated` / `@requiresScopes` enforced: denied fields are removed before planning, so no
 *   subgraph is asked for them, and come back as null with UNAUTHENTICATED / FORBIDDEN on their paths;
 * - a failed subgraph fetch reported on the paths it would have filled, not as one pathless error.
 */
export class EdgeGateway implements GatewayInterface {
  private readonly inner: ApolloGateway;
  private readonly plans = new WeakMap<object, QueryPlan>();
  private requirements: AuthRequirements = { fields: new Map(), types: new Map() };
  private schema: GraphQLSchema | undefined;

  constructor(config: ApolloGatewayConfig) {
    this.inner = new ApolloGateway({
      ...config,
      experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => {
        this.plans.set(requestContext, queryPlan);
      },
    });
    this.inner.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      this.schema = apiSchema;
      this.requirements = readAuthRequirements(coreSupergraphSdl);
    });
  }

  async load(options: Parameters<GatewayInterface['load']>[0]): Promise<GatewayLoadResult> {
    const { executor } = await this.inner.load(options);
    return { executor: executor && this.wrap(executor) };
  }

  onSchemaLoadOrUpdate(callback: Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]) {
    return this.inner.onSchemaLoadOrUpdate(callback);
  }

  stop() {
    return this.inner.stop();
  }

  private wrap(executor: GatewayExecutor): GatewayExecutor {
    return async (requestContext) => {
      const principal = (requestContext.context as { principal?: Principal }).principal ?? { kind: 'anonymous', scopes: [] };
      const filtered = this.schema && filterOperation(this.schema, requestContext.document, this.requirements, principal);
      if (filtered?.dataIsNull) return { data: null, errors: applyDenials(null, filtered.denials) };

      let context = requestContext;
      if (filtered) {
        const source = print(filtered.document);
        // The plan cache is keyed by this hash: a filtered operation must not share a plan with the full one.
        const queryHash = createHash('sha256').update(source).digest('hex');
        context = { ...requestContext, document: filtered.document, source, queryHash };
      }
      const result = await executor(context);
      const data = result.data as Record<string, unknown> | null | undefined;
      const errors = attributeUpstreamErrors(data, result.errors ?? [], this.plans.get(context));
      if (filtered) {
        stripPlaceholders(data);
        errors.push(...applyDenials(data, filtered.denials));
      }
      return errors.length > 0 ? { ...result, errors } : { ...result, errors: undefined };
    };
  }
}
