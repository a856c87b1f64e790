import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPortalBrowser, signIn, type PortalBrowser } from '../support/browser';
import { spawnBuiltGateway, type BuiltGateway } from '../support/built-gateway';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const BUILT = join(__dirname, '..', '..', 'dist', 'portal', 'index.html');

// The built entry point as users run it (node dist/src/main.js, NODE_ENV=production): its production defaults and
// query limits apply to every request the portal makes.
describe('the portal through the built entry point (node dist/src/main.js, NODE_ENV=production), one region, AUTH_MODE=none', () => {
  let emulator: TestEmulator;
  let gateway: BuiltGateway;
  let b: PortalBrowser;
  const post = async (query: string) => {
    const res = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data: any };
  };

  beforeAll(async () => {
    emulator = await startTestEmulator({ seed: 'demo' });
    gateway = await spawnBuiltGateway(emulator.endpoint);
    b = await openPortalBrowser(new URL(gateway.url).origin);
    await signIn(b.page, `${gateway.url}/portal/`, '');
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await gateway?.stop();
    await emulator?.close();
  });

  it('shows the overview with the agreements each due certificate breaks (one region: within the default query cost limit)', async () => {
    await b.page.locator('[data-ready="overview"]').waitFor({ timeout: 20_000 });
    const api = await post('{ attention(withinDays: 30) { certificate { id } agreements { agreementId } } }');
    const cell = (row: number) => b.page.locator('[data-ready="overview"] tbody tr').nth(row).locator('td').nth(5);
    await b.page.locator('[data-ready="overview"] tbody td', { hasText: /^a-/ }).first().waitFor({ timeout: 20_000 });
    const shown: string[] = [];
    for (let row = 0; row < api.data.attention.length; row++) shown.push(await cell(row).innerText());
    expect(shown).toEqual(api.data.attention.map((a: any) => a.agreements.map((g: any) => g.agreementId).join(', ')));
    expect(await b.page.locator('.note').count()).toBe(0);
    expect(await b.page.getByLabel('Region').locator('option').allInnerTexts()).toEqual(['us-east-1']);
  });

  it.each([
    ['graph', 'Partner graph'],
    ['partners', 'Partners'],
    ['onboarding', 'Onboarding'],
  ])('renders the %s page from the API under the production defaults', async (page, link) => {
    await b.page.getByRole('link', { name: link }).click();
    await b.page.locator(`[data-ready="${page}"]`).waitFor({ timeout: 20_000 });
    expect(await b.page.getByRole('alert').count()).toBe(0);
  });

  it('loaded nothing from elsewhere, logged no console error and broke no CSP rule', async () => {
    expect({ external: b.external, problems: b.problems, cspViolations: await b.cspViolations() }).toEqual({
      external: [],
      problems: [],
      cspViolations: [],
    });
  });
});

describe('the portal through the built entry point, two regions (TRANSFER_REGIONS=us-east-1,eu-west-1), production defaults', () => {
  let emulator: TestEmulator;
  let gateway: BuiltGateway;
  let b: PortalBrowser;
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data: any };
  };

  beforeAll(async () => {
    emulator = await startTestEmulator({ seed: 'demo' });
    gateway = await spawnBuiltGateway(emulator.endpoint, { TRANSFER_REGIONS: 'us-east-1,eu-west-1' });
    b = await openPortalBrowser(new URL(gateway.url).origin);
    await signIn(b.page, `${gateway.url}/portal/`, '');
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await gateway?.stop();
    await emulator?.close();
  });

  it('shows the agreements each due certificate breaks in every region, asking a region a request within the default query cost limit and budget', async () => {
    await b.page.locator('[data-ready="overview"][data-regions="us-east-1 eu-west-1"]').waitFor({ timeout: 20_000 });
    const query =
      'query($region: String!) { attention(withinDays: 30, region: $region) { certificate { id } agreements { agreementId } } }';
    const east = await post(query, { region: 'us-east-1' });
    const west = await post(query, { region: 'eu-west-1' });
    const agreements = new Map(
      [...east.data.attention, ...west.data.attention].map((a: any) => [
        a.certificate.id,
        a.agreements.map((g: any) => g.agreementId).join(', '),
      ]),
    );
    const shown = await b.page.locator('[data-ready="overview"] tbody tr td:nth-child(6)').allInnerTexts();
    expect(shown.length).toBe(agreements.size);
    expect(shown.filter((cell) => cell !== '').length).toBeGreaterThan(0);
    expect(shown.sort()).toEqual([...agreements.values()].sort());
    expect(await b.page.getByRole('alert').count()).toBe(0);
    expect({ external: b.external, problems: b.problems }).toEqual({ external: [], problems: [] });
  });
});

describe('PORTAL=false on the built entry point', () => {
  let emulator: TestEmulator;
  let gateway: BuiltGateway;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    gateway = await spawnBuiltGateway(emulator.endpoint, { PORTAL: 'false' });
  }, 30_000);
  afterAll(async () => {
    await gateway?.stop();
    await emulator?.close();
  });

  it('serves no portal page and none of its built files (404), while /graphql answers', async () => {
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(readFileSync(BUILT, 'utf8'))![1];
    const paths = ['/portal', '/portal/', '/portal/index.html', `/portal/${asset}`];
    const statuses = await Promise.all(paths.map(async (p) => [p, (await fetch(`${gateway.url}${p}`, { redirect: 'manual' })).status]));
    expect(statuses).toEqual(paths.map((p) => [p, 404]));
    const res = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { canWrite } }' }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ viewer: { canWrite: true } });
  });
});
