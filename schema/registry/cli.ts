/**
 * `npm run schema -- check|publish|init|history|rollback ...`: the schema registry from a terminal or a
 * subgraph's CI (`node --import tsx schema/registry/cli.ts publish --subgraph catalog ...`).
 */
import { runCli } from './commands.js';

const { code, lines } = await runCli(process.argv.slice(2), process.env);
for (const line of lines) (code === 2 ? console.error : console.log)(line);
process.exitCode = code;
