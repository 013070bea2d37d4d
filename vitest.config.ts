import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Test tiers by location and suffix: unit tests beside the code, subgraph tests against real embedded
 * stores, federation tests through a real gateway, end-to-end tests against the stack as `npm start` runs it.
 */
export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds without an exports map; Node loads the CJS one for everybody,
    // so tests must too, or Apollo's CJS packages and ESM code would hold two `graphql` instances.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Pinned AWS SDK versions support Node 20; their notice about future releases is noise in test output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', APOLLO_TELEMETRY_DISABLED: 'true' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['{lib,gateway,stack}/src/**/*.test.ts', 'subgraphs/*/src/**/*.test.ts', 'bench/**/*.test.ts'] } },
      { extends: true, test: { name: 'subgraph', include: ['subgraphs/*/test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      { extends: true, test: { name: 'deploy', include: ['test/deploy/**/*.test.ts'] } },
      { extends: true, test: { name: 'federation', include: ['test/federation/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      // The schema registry: check and publish logic, and the gateway following it over real subgraphs.
      { extends: true, test: { name: 'registry', include: ['schema/**/*.test.ts', 'test/registry/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One stack at a time: each starts every service and seeds its own data.
          fileParallelism: false,
        },
      },
    ],
  },
});
