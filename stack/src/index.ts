import { loadConfig } from './config.js';
import { startStack } from './stack.js';

// Our AWS SDK versions are pinned and support Node 20; the SDK's notice about its future releases is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const config = loadConfig(process.env, process.argv.slice(2));
const interactive = process.stderr.isTTY;

let progressShown = false;
let stack: Awaited<ReturnType<typeof startStack>> | undefined;
stack = await startStack(config, {
  info: (line) => {
    // Progress lines redraw in place; end the last one before printing anything else.
    if (progressShown) process.stderr.write('\n');
    progressShown = false;
    console.log(line);
  },
  progress: (line) => {
    if (!interactive) return;
    process.stderr.write(`\r${line}\x1b[K`);
    progressShown = true;
  },
  crashed: (name, code, log) => {
    console.error(`\n${name} exited unexpectedly (code ${code}); stopping the stack. Last log lines:\n${log}`);
    // During start-up startStack itself stops what it started and rejects.
    if (stack) void stack.stop().then(() => process.exit(1));
  },
}).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

const running = stack!;
console.log(`Started in ${(running.timings.total! / 1000).toFixed(1)} s (${JSON.stringify(stack.timings)} ms)`);
console.log(`Gateway ready at ${running.gatewayUrl}`);
console.log('Open it in a browser for the playground. Ctrl-C stops everything.');

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await running.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
