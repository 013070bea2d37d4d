import type { RegistryVersionInfo } from '@commerce/lib/registry';
import type { Assessment, CheckResult } from './check.js';
import type { CompositionProblem } from './compose.js';
import type { KnownOperation } from './operations.js';
import type { PublishOutcome } from './publish.js';

export function formatProblems(errors: readonly CompositionProblem[]): string[] {
  const lines = [`Composition failed with ${errors.length} error(s):`];
  for (const e of errors) {
    const where = [e.subgraphs.length ? `subgraph ${e.subgraphs.join(', ')}` : '', e.coordinates.length ? e.coordinates.join(', ') : '']
      .filter(Boolean)
      .join(' · ');
    lines.push(`  ${e.code}${where ? ` (${where})` : ''}: ${e.message}${e.locations.length ? ` [${e.locations.join(', ')}]` : ''}`);
  }
  return lines;
}

function describeOperation(op: KnownOperation): string {
  const seen = op.count !== undefined ? `, ${Math.round(op.count)} request(s), last seen ${op.lastSeen}` : '';
  return `${op.name} (${op.sources.join('; ')}${seen})`;
}

export function formatAssessment(assessment: Assessment): string[] {
  const { changes } = assessment;
  if (changes.length === 0) return ['No changes to the API schema.'];
  const count = (level: string) => changes.filter((c) => c.level === level).length;
  const lines = [`${changes.length} change(s) to the API schema: ${count('breaking')} breaking, ${count('dangerous')} dangerous, ${count('safe')} safe.`];
  for (const level of ['breaking', 'dangerous', 'safe'] as const) {
    for (const change of changes.filter((c) => c.level === level)) {
      lines.push(`  ${level.padEnd(9)} ${change.message}${change.path ? ` (${change.path})` : ''}`);
      if (level === 'breaking') {
        lines.push(
          change.operations.length > 0
            ? `            used by ${change.operations.map(describeOperation).join(', ')}`
            : '            no known operation uses it',
        );
      }
    }
  }
  return lines;
}

export function formatCheck(result: CheckResult): string[] {
  const lines = [`Subgraph ${result.subgraph} checked against registry version ${result.baseVersion}.`];
  if (!result.composition.ok) return [...lines, ...formatProblems(result.composition.errors)];
  if (result.unchanged) return [...lines, 'The SDL is the one in service: nothing changes.'];
  return [...lines, ...formatAssessment(result)];
}

export function formatRefusal(assessment: Assessment): string {
  const n = assessment.blocking.length;
  return `Refused: ${n} breaking change(s) used by known operations. To publish anyway, add --force --message "<why>" (the override is recorded).`;
}

export function formatOutcome(outcome: PublishOutcome): string {
  switch (outcome.status) {
    case 'published': {
      const v = outcome.version;
      return `Published registry version ${v.version} (${v.action}${v.subgraph ? ` ${v.subgraph}@${v.subgraphVersions[v.subgraph]}` : ''}${v.forced ? ', forced' : ''}) by ${v.author}.`;
    }
    case 'unchanged':
      return `Nothing to publish: registry version ${outcome.version} already serves this.`;
    case 'refused':
      return 'Nothing was published.';
  }
}

export function formatHistory(history: readonly RegistryVersionInfo[]): string[] {
  if (history.length === 0) return ['The registry is empty: run `npm run schema -- init`.'];
  return history.map((v) => {
    const what =
      v.action === 'rollback' ? `rollback to ${v.rollbackTo}` : v.action === 'publish' ? `publish ${v.subgraph}@${v.subgraph ? v.subgraphVersions[v.subgraph] : '?'}` : 'init';
    const subgraphs = Object.entries(v.subgraphVersions).map(([name, n]) => `${name}@${n}`).join(' ');
    const forced = v.forced ? ` FORCED over ${v.forced.operations.join(', ')}` : '';
    return `${String(v.version).padStart(4)}  ${v.createdAt}  ${v.author}  ${what}${forced}  [${subgraphs}]${v.message ? `  "${v.message}"` : ''}`;
  });
}
