/**
 * `node --import tsx subgraphs/orders/src/cli/deadLetters.ts [list | redrive <orderId> | redrive --all]`:
 * what the orders worker gave up on, and putting it back to work once the cause is fixed (a parked saga
 * resumes its compensation; an undelivered event is delivered again). Uses the service's own environment.
 */
import { loadConfig } from '../config.js';
import { openOrdersStores } from '../stores.js';

const [command = 'list', target] = process.argv.slice(2);
const config = loadConfig(process.env);
const { work, dynamo } = await openOrdersStores(config);
try {
  const letters = await work.deadLetters();
  if (command === 'list') {
    if (letters.length === 0) console.log('No dead letters.');
    for (const l of letters) console.log(`${l.at}  ${l.orderId}  ${l.kind} ${l.what}  after ${l.attempts} attempts: ${l.error}`);
  } else if (command === 'redrive' && target) {
    const chosen = target === '--all' ? letters : letters.filter((l) => l.orderId === target);
    if (chosen.length === 0) console.log(`No dead letters for ${target}.`);
    for (const letter of chosen) console.log(`${letter.orderId} ${letter.kind} ${letter.what}: ${await work.redrive(letter, Date.now())}`);
  } else {
    console.error('usage: deadLetters.ts [list | redrive <orderId> | redrive --all]');
    process.exitCode = 2;
  }
} finally {
  dynamo.client.destroy();
}
