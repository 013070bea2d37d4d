import { CriticalityLevel, diff } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';

export type ChangeLevel = 'breaking' | 'dangerous' | 'safe';

export interface SchemaChange {
  level: ChangeLevel;
  /** graphql-inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  message: string;
  /** Schema coordinate the change is on: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`. */
  path?: string;
  /** Why it is breaking or dangerous, when graphql-inspector says. */
  reason?: string;
}

const LEVELS: Record<CriticalityLevel, ChangeLevel> = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

/** What changes for clients between two API schemas, classified by graphql-inspector. */
export async function diffApiSchemas(before: GraphQLSchema, after: GraphQLSchema): Promise<SchemaChange[]> {
  const changes = await diff(before, after);
  return changes.map((change) => ({
    level: LEVELS[change.criticality.level],
    type: String(change.type),
    message: change.message,
    ...(change.path ? { path: change.path } : {}),
    ...(change.criticality.reason ? { reason: change.criticality.reason } : {}),
  }));
}
