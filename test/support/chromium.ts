import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The system Chromium (Debian's package, or `CHROMIUM_PATH`), or a reason to skip.
 * playwright-core never downloads a browser, which is the point: tests must run offline.
 */
export async function launchChromium(): Promise<Browser | { skip: string }> {
  const executablePath = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    return {
      skip: `no Chromium at ${executablePath} (install Debian's chromium or set CHROMIUM_PATH)`,
    };
  }
  return chromium.launch({
    executablePath,
    // Keep the browser quiet on the network so only the page under test makes requests.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
