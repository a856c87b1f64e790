import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PORTAL_CSP } from '../../src/gateway/http/portal';
import { certificateFactory } from '../support/certificates';
import { gatedChromium, type GatedBrowser } from '../support/chromium';
import { startStack, type TestStack } from '../support/stack';

const BUILT = join(__dirname, '..', '..', 'dist', 'portal', 'index.html');
const DOCS = join(__dirname, '..', '..', 'docs', 'portal');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

describe('the portal over HTTP (built by npm run build)', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(() => s.close());

  it('redirects /portal to /portal/ and serves the built page under a strict Content-Security-Policy', async () => {
    const redirect = await fetch(`${s.gateway.url}/portal`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([308, '/portal/']);
    const res = await fetch(`${s.gateway.url}/portal/`);
    const html = await res.text();
    expect({ status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy') }).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    expect(PORTAL_CSP).toBe(res.headers.get('content-security-policy'));
    expect(html).toBe(readFileSync(BUILT, 'utf8'));
    const assets = html.match(/(?:src|href)="\.\/assets\/[^"]+"/g) ?? [];
    expect(assets.length).toBe(2);
    for (const ref of assets) {
      const asset = await fetch(`${s.gateway.url}/portal/${/"\.\/(.+)"/.exec(ref)![1]}`);
      expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
    }
  });

  it('serves nothing but the built files', async () => {
    const statuses = await Promise.all(
      ['/portal/../package.json', '/portal/assets/', '/portal/vite.config.ts', '/portal/src/main.tsx'].map(async (p) => [
        p,
        (await fetch(`${s.gateway.url}${p}`)).status,
      ]),
    );
    expect(statuses).toEqual([
      ['/portal/../package.json', 404],
      ['/portal/assets/', 404],
      ['/portal/vite.config.ts', 404],
      ['/portal/src/main.tsx', 404],
    ]);
  });
});

describe('PORTAL=false', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { portal: false });
  });
  afterAll(() => s.close());

  it('serves no portal page', async () => {
    const statuses = await Promise.all(
      ['/portal', '/portal/'].map(async (p) => [p, (await fetch(`${s.gateway.url}${p}`, { redirect: 'manual' })).status]),
    );
    expect(statuses).toEqual([
      ['/portal', 404],
      ['/portal/', 404],
    ]);
  });
});

describe('the portal in headless Chromium on the demo data, every host but the gateway blocked', () => {
  let s: TestStack;
  let browser: GatedBrowser;
  let page: Page;
  let external: string[];
  let problems: string[];

  beforeAll(async () => {
    s = await startStack({ seed: 'demo' });
    browser = await gatedChromium(new URL(s.gateway.url).origin);
    ({ page, external, problems } = browser);
    await page.goto(`${s.gateway.url}/portal/`);
    await page.getByLabel(/API key or bearer token/).fill('');
    await page.getByRole('button', { name: 'Continue' }).click();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  /** Serious or critical axe-core violations of the page as it is now, as `id: target` lines. */
  async function seriousViolations(): Promise<string[]> {
    // Evaluated through the DevTools protocol, so the page's CSP (which rightly refuses inline scripts) is not involved.
    await page.evaluate(AXE);
    const results = await page.evaluate<Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>>(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
    );
    return results
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }

  async function shot(name: string): Promise<void> {
    if (!existsSync(join(DOCS, `${name}.png`)) || process.env.PORTAL_SCREENSHOTS === 'update')
      writeFileSync(join(DOCS, `${name}.png`), await page.screenshot({ fullPage: false }));
  }

  it('shows what needs attention and every certificate of the demo on the expiry timeline', async () => {
    await page.locator('[data-ready="overview"]').waitFor({ timeout: 15_000 });
    const attention = await s.gql(
      '{ attention(withinDays: 30) { certificate { certificateId } } certificates(first: 100) { totalCount } }',
    );
    const rows = await page.locator('[data-ready="overview"] table tbody tr').count();
    const bars = await page.locator('svg.timeline g[data-certificate]').count();
    expect({ rows, bars }).toEqual({ rows: attention.data.attention.length, bars: attention.data.certificates.totalCount });
    expect(rows).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
    await shot('overview');
  });

  it('draws the partner graph of the demo: one node per server, agreement and profile, filtered by server', async () => {
    await page.getByRole('link', { name: 'Partner graph' }).click();
    await page.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
    const graph = await s.gql(
      '{ servers(first: 10) { edges { node { id serverId agreements(first: 100) { edges { node { id localProfile { id } partnerProfile { id } } } } } } } }',
    );
    const ids = new Set<string>();
    for (const { node: server } of graph.data.servers.edges) {
      if (server.agreements.edges.length) ids.add(server.id);
      for (const { node: a } of server.agreements.edges)
        [a.id, a.localProfile?.id, a.partnerProfile?.id].filter(Boolean).forEach((id) => ids.add(id));
    }
    expect(await page.locator('.react-flow__node').count()).toBe(ids.size);
    expect(await seriousViolations()).toEqual([]);
    await shot('graph');
    await page.locator('.react-flow__node').first().click();
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/ — id /);
  });

  it('lists every partner profile sorted by days until expiry, filtered by search', async () => {
    await page.getByRole('link', { name: 'Partners' }).click();
    await page.locator('[data-ready="partners"]').waitFor({ timeout: 15_000 });
    const partners = await s.gql('{ profiles(first: 50, profileType: PARTNER) { totalCount edges { node { as2Id } } } }');
    const shown = await page.locator('[data-ready="partners"] tbody tr td:first-child').allInnerTexts();
    expect(shown.sort()).toEqual(partners.data.profiles.edges.map((e: any) => e.node.as2Id).sort());
    const days = (await page.locator('[data-ready="partners"] tbody tr td:nth-child(4)').allInnerTexts())
      .map(Number)
      .filter(Number.isFinite);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(await seriousViolations()).toEqual([]);
    await shot('partners');
    const first = partners.data.profiles.edges[0].node.as2Id as string;
    await page.getByLabel('Search').fill(first);
    expect(await page.locator('[data-ready="partners"] tbody tr td:first-child').allInnerTexts()).toEqual(
      partners.data.profiles.edges.map((e: any) => e.node.as2Id).filter((a: string) => a.includes(first)),
    );
  });

  it('opens a partner from the table and follows a transfer it starts live over the subscription until COMPLETED', async () => {
    const partners = await s.gql(
      '{ profiles(first: 50, profileType: PARTNER) { edges { node { id as2Id connectors { edges { node { id connectorId url } } } } } } }',
    );
    const withAs2 = partners.data.profiles.edges
      .map((e: any) => e.node)
      .find((p: any) => p.connectors.edges.some((c: any) => c.node.url?.startsWith('https://')));
    const connector = withAs2.connectors.edges.find((c: any) => c.node.url.startsWith('https://')).node;
    await page.getByRole('link', { name: 'Partners' }).click();
    await page.getByLabel('Search').fill('');
    await page.getByRole('link', { name: withAs2.as2Id, exact: true }).click();
    await page.locator('[data-ready="partner"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-ready="partner"] h2').innerText()).toContain(withAs2.as2Id);
    expect(await seriousViolations()).toEqual([]);
    const socket = page.waitForEvent('websocket', (ws) => ws.url() === s.graphqlUrl.replace(/^http/, 'ws'));
    await page.getByRole('button', { name: `Send over ${connector.connectorId}` }).click();
    await socket;
    await page.locator('[data-transfer-status="COMPLETED"]').waitFor({ timeout: 20_000 });
    expect((await s.stats()).requests.StartFileTransfer).toBe(1);
    await shot('partner');
  });

  it('deletes a partner only after listing the agreements and connectors that use it', async () => {
    const partners = await s.gql(
      '{ profiles(first: 50, profileType: PARTNER) { edges { node { id as2Id agreements { edges { node { agreementId } } } connectors { edges { node { connectorId } } } } } } }',
    );
    const victim = partners.data.profiles.edges.map((e: any) => e.node).find((p: any) => p.agreements.edges.length > 0);
    await page.goto(`${s.gateway.url}/portal/#partner/${encodeURIComponent(victim.id)}`);
    await page.locator('[data-ready="partner"]').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: `Delete ${victim.as2Id}…` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${victim.as2Id}` });
    expect(await dialog.locator('[data-dependents] li').allInnerTexts()).toEqual([
      ...victim.agreements.edges.map((e: any) => `agreement ${e.node.agreementId}`),
      ...victim.connectors.edges.map((e: any) => `connector ${e.node.connectorId}`),
    ]);
    expect(await seriousViolations()).toEqual([]);
    expect((await s.stats()).requests.DeleteProfile).toBeUndefined();
    await page.getByRole('button', { name: `Delete ${victim.as2Id} now` }).click();
    await page.locator('[data-ready="partners"]').waitFor({ timeout: 15_000 });
    expect((await s.stats()).requests.DeleteProfile).toBe(1);
    expect((await s.gql('query($id: ID!) { node(id: $id) { id } }', { id: victim.id })).data).toEqual({ node: null });
    expect(await page.locator('[data-ready="partners"] tbody tr td:first-child').allInnerTexts()).not.toContain(victim.as2Id);
  });

  it('onboards a partner end to end: PEM files dropped, profile, agreement and connector created', async () => {
    const certs = await certificateFactory();
    const [signing, encryption] = await Promise.all([certs.generate('CN=ONBOARDED signing'), certs.generate('CN=ONBOARDED encryption')]);
    await page.goto(`${s.gateway.url}/portal/#onboarding`);
    await page.locator('[data-ready="onboarding"]').waitFor({ timeout: 15_000 });
    expect(await seriousViolations()).toEqual([]);
    await page
      .getByLabel('Signing certificate (PEM)')
      .setInputFiles({ name: 'signing.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(signing.certificatePem) });
    await page
      .getByLabel('Encryption certificate (PEM)')
      .setInputFiles({ name: 'encryption.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(encryption.certificatePem) });
    await page.getByLabel('Partner AS2 id').fill('ONBOARDED-PARTNER');
    const servers = await s.gql(
      '{ servers(first: 50) { edges { node { serverId protocols } } } profiles(first: 100, profileType: LOCAL) { edges { node { as2Id } } } }',
    );
    const as2Server = servers.data.servers.edges.map((e: any) => e.node).find((n: any) => n.protocols.includes('AS2')).serverId;
    const local = servers.data.profiles.edges[0].node.as2Id;
    await page.getByLabel('AS2 server').selectOption({ label: as2Server });
    await page.getByLabel('Local profile').selectOption({ label: local });
    await page.getByLabel('Access role ARN').fill('arn:aws:iam::123456789012:role/portal-onboarding');
    await page.getByLabel('Base directory (where received files land)').fill('/inbox/onboarded');
    await page.getByLabel('Partner URL').fill('https://as2.onboarded.example/receive');
    await shot('onboarding');
    await page.getByRole('button', { name: 'Onboard' }).click();
    await page.locator('[data-created] li', { hasText: 'created connector' }).waitFor({ timeout: 15_000 });
    const created = await page.locator('[data-created] li').allInnerTexts();
    expect(created.map((line) => line.replace(/ \S+$/, ''))).toEqual([
      'created certificate',
      'created certificate',
      'created profile',
      'created agreement',
      'created connector',
    ]);
    const after = await s.gql(
      '{ profiles(first: 100, profileType: PARTNER) { edges { node { as2Id certificates { totalCount } agreements { edges { node { localProfile { as2Id } } } } connectors { edges { node { url } } } } } } }',
    );
    const onboarded = after.data.profiles.edges.map((e: any) => e.node).find((p: any) => p.as2Id === 'ONBOARDED-PARTNER');
    expect(onboarded).toEqual({
      as2Id: 'ONBOARDED-PARTNER',
      certificates: { totalCount: 2 },
      agreements: { edges: [{ node: { localProfile: { as2Id: local } } }] },
      connectors: { edges: [{ node: { url: 'https://as2.onboarded.example/receive' } }] },
    });
  });

  it('loaded nothing from elsewhere, logged no console error and broke no CSP rule', async () => {
    const cspViolations = await page.evaluate<string[]>('window.__cspViolations');
    expect({ external, problems, cspViolations }).toEqual({ external: [], problems: [], cspViolations: [] });
  });
});
