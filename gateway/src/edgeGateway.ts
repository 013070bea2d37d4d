import { ApolloGateway, type GatewayConfig as ApolloGatewayConfig } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type { GatewayExecutor, GatewayInterface, GatewayLoadResult } from '@apollo/server-gateway-interface';
import type { Principal } from '@commerce/lib';
import { applyDenials, stripPlaceholders } from './auth/applyDenials.js';
import { createOperationFilter } from './auth/filterOperation.js';
import { readAuthRequirements } from './auth/requirements.js';
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
  private filter: ReturnType<typeof createOperationFilter> | undefined;

  constructor(config: ApolloGatewayConfig) {
    this.inner = new ApolloGateway({
      ...config,
      experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => {
        this.plans.set(requestContext, queryPlan);
      },
    });
    this.inner.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      this.filter = createOperationFilter(apiSchema, readAuthRequirements(coreSupergraphSdl));
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
      const filtered = this.filter?.(requestContext.document, principal);
      if (filtered?.dataIsNull) return { data: null, errors: applyDenials(null, filtered.denials) };

      let context = requestContext;
      if (filtered) {
        // The plan cache is keyed by the hash: a filtered operation must not share a plan with the full one.
        context = { ...requestContext, document: filtered.document, source: filtered.source, queryHash: filtered.queryHash };
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
