import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, as .ci/run installs it (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';

export interface GatedBrowser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for outside the allowed origin (each refused). */
  external: string[];
  /** Page errors and console errors, as lines. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium in a profile of its own, where every request but those to `origin` is refused and recorded,
 * page and console errors are recorded, and Content-Security-Policy violations collect in `window.__cspViolations`.
 * A machine without Debian's chromium fails the browser specs, as CI would: they never skip.
 */
export async function gatedChromium(origin: string): Promise<GatedBrowser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no chromium at ${CHROMIUM}, and the browser specs need it: .ci/run installs it (apt-get install chromium)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'tg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const external: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  // Runs in the page (a string: the project's TypeScript has no DOM types).
  await context.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  `);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    external,
    problems,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
