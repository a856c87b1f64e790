import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, as .ci/run installs it (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';
const DOCS = join(__dirname, '..', '..', 'docs', 'portal');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A headless Chromium tab that may reach `origin` only, recording what it tried elsewhere and what went wrong. */
export interface PortalBrowser {
  page: Page;
  /** URLs of other hosts the page tried (all refused). */
  external: string[];
  /** Page errors and console errors, in order. */
  problems: string[];
  /** The GraphQL operations the page POSTed to the gateway, by name, in the order sent. */
  operations: string[];
  /** CSP violations the page reported (directive and blocked URI). */
  cspViolations(): Promise<string[]>;
  /** Serious or critical axe-core violations of the page as it is now, as `id: target` lines. */
  seriousViolations(): Promise<string[]>;
  /** Writes docs/portal/<name>.png when missing or when PORTAL_SCREENSHOTS=update. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Launches Debian's chromium headless on a fresh profile, every host but `origin` blocked. */
export async function openPortalBrowser(origin: string): Promise<PortalBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tg-portal-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const external: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    external.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  `);
  const operations: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/graphql'))
      operations.push(String((request.postDataJSON() as { operationName?: string } | null)?.operationName));
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    page,
    external,
    problems,
    operations,
    cspViolations: () => page.evaluate<string[]>('window.__cspViolations'),
    async seriousViolations() {
      // Evaluated through the DevTools protocol, so the page's CSP (which rightly refuses inline scripts) is not involved.
      await page.evaluate(AXE);
      const results = await page.evaluate<Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>>(
        `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
      );
      return results
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    },
    async shot(name) {
      if (!existsSync(join(DOCS, `${name}.png`)) || process.env.PORTAL_SCREENSHOTS === 'update')
        writeFileSync(join(DOCS, `${name}.png`), await page.screenshot({ fullPage: false }));
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in on the portal's first page with `credential` (empty: a gateway that checks none). */
export async function signIn(page: Page, url: string, credential: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel(/API key or bearer token/).fill(credential);
  await page.getByRole('button', { name: 'Continue' }).click();
}
