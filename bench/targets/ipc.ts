import type { TargetCounters } from '../lib/processes.js';

/**
 * Targets the bench starts as child processes report how many subgraph fetches they made and how many
 * requests they answered over the IPC channel, so that no extra route sits in the measured HTTP path.
 */
export function answerCounters(): TargetCounters {
  const counters: TargetCounters = { fetches: 0, answered: 0 };
  process.on('message', (message: { type?: string; id?: number }) => {
    if (message?.type === 'counters') process.send?.({ type: 'counters', id: message.id, ...counters });
  });
  // A bench that dies closes the channel: its targets go with it instead of holding their ports.
  process.on('disconnect', () => process.exit(0));
  return counters;
}
