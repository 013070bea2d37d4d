import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { startStack } from '../support/stack.js';

const SCREENSHOT = fileURLToPath(new URL('../../test-results/playground.png', import.meta.url));
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const QUERY = '{ categories { id name } }';

type CodeMirrorElement = Element & { CodeMirror: { getValue(): string; setValue(value: string): void } };

// Decided at collection time so a missing browser reports SKIPPED, not passed.
const launched = await launchChromium();
const skipReason = 'skip' in launched ? launched.skip : undefined;
if (skipReason) console.warn(`playground e2e skipped: ${skipReason}`);

describe.skipIf(skipReason !== undefined)('schema playground in Chromium', () => {
  const browser = launched as Browser;
  let stack: Awaited<ReturnType<typeof startStack>> | undefined;

  beforeAll(async () => {
    stack = await startStack();
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    await stack?.stop();
  });

  it('works offline: preloaded examples, and a query runs against the gateway', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The playground must not depend on a CDN: anything non-local is aborted and reported.
    const offHost: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
      offHost.push(url.href);
      return route.abort('blockedbyclient');
    });
    // CSP violations and script failures surface as console errors / page errors.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    try {
      await page.goto(stack!.gatewayUrl);
      await page.locator('.graphiql-query-editor .CodeMirror').waitFor();

      // Tab titles are the operation names of the preloaded storefront operations.
      const productTab = page.locator('.graphiql-tab-button', { hasText: /^ProductPage$/ });
      await productTab.waitFor();
      await productTab.click();
      expect(await editorValue(page, '.graphiql-query-editor')).toContain('query ProductPage');

      await page.evaluate(
        ({ selector, query }) => (document.querySelector(selector) as CodeMirrorElement).CodeMirror.setValue(query),
        { selector: '.graphiql-query-editor .CodeMirror', query: QUERY },
      );
      // GraphiQL re-derives the operation name 100 ms after an edit; executing sooner would send
      // the previous tab's operationName ("Unknown operation named ProductPage").
      await page.locator('.graphiql-tab-active', { hasText: '<untitled>' }).waitFor();
      await page.click('.graphiql-execute-button');

      await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"categories"'));
      const response = JSON.parse(await editorValue(page, '.graphiql-response')) as {
        data?: { categories: Array<{ id: string; name: string }> };
        errors?: unknown;
      };
      expect(response.errors).toBeUndefined();
      expect(response.data?.categories.length).toBeGreaterThan(0);
      expect(response.data?.categories[0]).toEqual({ id: expect.any(String), name: expect.any(String) });

      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      // For humans, on success and on failure alike.
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      await page.close();
    }
  });
});

async function editorValue(page: Page, container: string): Promise<string> {
  return page.evaluate(
    (selector) => (document.querySelector(selector) as CodeMirrorElement).CodeMirror.getValue(),
    `${container} .CodeMirror`,
  );
}
