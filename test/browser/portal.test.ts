import 'reflect-metadata'; // the certificate generator needs it
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PORTAL_CSP } from '../../src/gateway/http/portal';
import { openPortalBrowser, signIn, type PortalBrowser } from '../support/browser';
import { certificateFactory } from '../support/certificates';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const BUILT = join(__dirname, '..', '..', 'dist', 'portal', 'index.html');
// A browser page per step, on a machine that may be busy: each step waits for conditions, bounded by this.
jest.setTimeout(90_000);

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

const ACCESS_ROLE = 'arn:aws:iam::123456789012:role/portal-onboarding';

describe('the portal in headless Chromium: demo data in us-east-1, eu-west-1 served too, API keys, every other host blocked', () => {
  const { file, keys } = writeApiKeys([
    { name: 'ops', role: 'operator' },
    { name: 'auditor', role: 'reader' },
  ]);
  const asOperator = { 'x-api-key': keys.ops };
  let s: TestStack;
  let b: PortalBrowser;
  let portal: string;
  const gql = (query: string, variables?: Record<string, unknown>) => s.gql(query, variables, asOperator);
  /** The page's rows as their cells' text. */
  const rows = (selector: string) =>
    b.page
      .locator(`${selector} tbody tr`)
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from((tr as unknown as { children: ArrayLike<unknown> }).children).map((td) => (td as { innerText: string }).innerText),
        ),
      );

  beforeAll(async () => {
    s = await startStack(
      { seed: 'demo' },
      { security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file }), regions: ['us-east-1', 'eu-west-1'] },
    );
    portal = `${s.gateway.url}/portal/`;
    b = await openPortalBrowser(new URL(s.gateway.url).origin);
    await signIn(b.page, portal, keys.ops);
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await s?.close();
  });

  describe('overview and region picker', () => {
    it('shows what needs attention in both regions, with the agreements it would break, asked one region a request, and every certificate on the expiry timeline', async () => {
      await b.page.locator('[data-ready="overview"][data-regions="us-east-1 eu-west-1"]').waitFor({ timeout: 15_000 });
      const api = await gql(
        '{ attention(withinDays: 30) { certificate { certificateId description } } certificates(first: 100) { totalCount } }',
      );
      const agreements = new Map<string, string>();
      for (const region of ['us-east-1', 'eu-west-1']) {
        const one = await gql(
          'query($region: String!) { attention(withinDays: 30, region: $region) { certificate { certificateId } agreements { agreementId } } }',
          { region },
        );
        for (const a of one.data.attention)
          agreements.set(a.certificate.certificateId, a.agreements.map((g: { agreementId: string }) => g.agreementId).join(', '));
      }
      const shown = await rows('[data-ready="overview"] table');
      const bars = await b.page.locator('svg.timeline g[data-certificate]').count();
      expect({ rows: shown.length, bars }).toEqual({ rows: api.data.attention.length, bars: api.data.certificates.totalCount });
      // In the gateway's order across both regions, with each certificate's agreements as its region answers them.
      expect(shown.map((cells) => [cells[0], cells[5]])).toEqual(
        api.data.attention.map((a: any) => [
          a.certificate.description ?? a.certificate.certificateId,
          agreements.get(a.certificate.certificateId),
        ]),
      );
      expect(shown.filter((cells) => cells[5] !== '').length).toBeGreaterThan(0);
      expect(b.operations.filter((name) => name === 'PortalAttention')).toEqual(['PortalAttention', 'PortalAttention']);
      expect(await b.page.locator('[data-roles]').innerText()).toBe('key:ops (operator)');
      expect(await b.seriousViolations()).toEqual([]);
      await b.shot('overview');
    });

    it('offers every region served; in eu-west-1, where the demo has nothing, the pages are empty; every region again shows all', async () => {
      const region = b.page.getByLabel('Region');
      expect(await region.locator('option').allInnerTexts()).toEqual(['every region', 'us-east-1', 'eu-west-1']);
      await region.selectOption('eu-west-1');
      await b.page.locator('[data-ready="overview"][data-regions="eu-west-1"]').waitFor();
      expect(await rows('[data-ready="overview"] table')).toEqual([]);
      expect(await b.page.locator('svg.timeline g[data-certificate]').count()).toBe(0);
      await b.page.getByRole('link', { name: 'Partners' }).click();
      await b.page.locator('[data-ready="partners"]').waitFor({ timeout: 15_000 });
      expect(await rows('[data-ready="partners"] table')).toEqual([]);
      await region.selectOption('us-east-1');
      const partners = await gql('{ profiles(first: 50, profileType: PARTNER) { totalCount } }');
      expect((await rows('[data-ready="partners"] table')).length).toBe(partners.data.profiles.totalCount);
      await region.selectOption('every region');
      expect((await rows('[data-ready="partners"] table')).length).toBe(partners.data.profiles.totalCount);
    });
  });

  describe('partner graph', () => {
    it('draws the first page of agreements of the demo: one node per server, agreement, profile, certificate and connector, and opens a node’s details', async () => {
      const sent = b.operations.length;
      await b.page.getByRole('link', { name: 'Partner graph' }).click();
      await b.page.locator('[data-ready="graph"]').waitFor({ timeout: 15_000 });
      const certificates = 'certificates { edges { node { id } } }';
      const api = await gql(`{
        servers(first: 50) { edges { node { id serverId } } }
        agreements(first: 100) { totalCount edges { node { id serverId localProfile { id ${certificates} } partnerProfile { id ${certificates} } } } }
        connectors(first: 100) { edges { node { id partnerProfile { id ${certificates} } } } } }`);
      expect(api.data.agreements.totalCount).toBeLessThanOrEqual(100);
      const serverOf = new Map(api.data.servers.edges.map((e: any) => [e.node.serverId, e.node.id]));
      const ids = {
        server: new Set<string>(),
        agreement: new Set<string>(),
        profile: new Set<string>(),
        certificate: new Set<string>(),
        connector: new Set<string>(),
      };
      const profile = (p: any) => {
        if (!p) return;
        ids.profile.add(p.id);
        for (const c of p.certificates.edges) ids.certificate.add(c.node.id);
      };
      for (const { node: a } of api.data.agreements.edges) {
        ids.server.add(serverOf.get(a.serverId) as string);
        ids.agreement.add(a.id);
        profile(a.localProfile);
        profile(a.partnerProfile);
      }
      const partners = new Set(api.data.agreements.edges.map((e: any) => e.node.partnerProfile?.id));
      // A connector is drawn with its partner (an SFTP one, which has none, with the first page).
      for (const { node: c } of api.data.connectors.edges)
        if (!c.partnerProfile || partners.has(c.partnerProfile.id)) {
          ids.connector.add(c.id);
          profile(c.partnerProfile);
        }
      const count = (kind: string) => b.page.locator(`.react-flow__node.node-${kind}`).count();
      expect({
        server: await count('server'),
        agreement: await count('agreement'),
        profile: (await count('local')) + (await count('partner')),
        certificate: await count('certificate'),
        connector: await count('connector'),
      }).toEqual(Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v.size])));
      expect(ids.certificate.size).toBeGreaterThan(0);
      expect(ids.connector.size).toBeGreaterThan(0);
      expect(await b.page.locator('.filters [role="status"]').innerText()).toBe(
        `${Object.values(ids).reduce((n, set) => n + set.size, 0)} nodes; agreements 1–${api.data.agreements.totalCount} of ${api.data.agreements.totalCount}`,
      );
      expect(await b.seriousViolations()).toEqual([]);
      await b.shot('graph');
      const first = [...ids.certificate][0];
      const certificate = (await gql('query($id: ID!) { node(id: $id) { ... on Certificate { certificateId } } }', { id: first })).data
        .node;
      await b.page.locator(`.react-flow__node[data-id="${first}"]`).click();
      const details = b.page.getByRole('complementary', { name: 'Details' });
      await details.locator('h3', { hasText: certificate.certificateId }).waitFor();
      expect(await details.locator('h3').innerText()).toBe(`Certificate ${certificate.certificateId}`);
      await details.getByRole('button', { name: 'Close details' }).click();
      expect(b.operations.slice(sent)).toEqual(['PortalGraph', 'PortalGraphCertificates', 'PortalNodeDetails']);
    });

    it('narrows to one partner: its agreements, servers, both profiles of each, their certificates and its connectors; back to every partner from the cache', async () => {
      const whole = (await gql('{ agreements(first: 100) { totalCount } }')).data.agreements.totalCount;
      const sent = b.operations.length;
      const api = await gql(
        `{ profiles(first: 50, profileType: PARTNER) { edges { node { as2Id agreements { totalCount } connectors { totalCount } } } } }`,
      );
      const partner = api.data.profiles.edges
        .map((e: any) => e.node)
        .find((p: any) => p.agreements.totalCount > 0 && p.connectors.totalCount > 0);
      await b.page.getByLabel('Partner (AS2 id)').fill(partner.as2Id);
      const n = partner.agreements.totalCount;
      await b.page.locator('.filters [role="status"]', { hasText: new RegExp(`; agreements 1–${n} of ${n}$`) }).waitFor();
      await b.page.locator('section[data-ready="graph"]').waitFor();
      expect(await b.page.locator('.react-flow__node.node-agreement').count()).toBe(partner.agreements.totalCount);
      expect(await b.page.locator('.react-flow__node.node-connector').count()).toBe(partner.connectors.totalCount);
      await b.page.locator('.react-flow__node.node-partner').click();
      const details = b.page.getByRole('complementary', { name: 'Details' });
      await details.locator('h3', { hasText: `Partner profile ${partner.as2Id}` }).waitFor();
      expect(await details.getByRole('link', { name: "Open the profile's page" }).count()).toBe(1);
      await b.shot('graph-partner');
      // Back to the whole graph with the partner's details open: graphcache answers it, with no request (and no re-read
      // without end: the page would hang here).
      await b.page.getByLabel('Partner (AS2 id)').fill('');
      await b.page.locator('.filters [role="status"]', { hasText: new RegExp(`; agreements 1–${whole} of ${whole}$`) }).waitFor();
      await b.page.locator('section[data-ready="graph"]').waitFor();
      await b.page.getByLabel('Certificates').uncheck();
      await b.page.getByLabel('Certificates').check();
      await b.page.locator('section[data-ready="graph"]').waitFor();
      expect(b.operations.slice(sent)).toEqual(['PortalPartnerSuggestions', 'PortalGraph', 'PortalGraphCertificates', 'PortalNodeDetails']);
    });
  });

  describe('partners table', () => {
    /** The rows once the table shows what the API answered for `filter` and `order`. */
    const answered = async (filter: object, order: string) => {
      await b.page.locator(`[data-ready="partners"] table[data-query='${JSON.stringify([filter, order])}']`).waitFor({ timeout: 15_000 });
      return b.page.locator('[data-ready="partners"] tbody tr td:first-child').allInnerTexts();
    };
    const as2Ids = async (orderBy: string) =>
      (
        await gql(`{ profiles(first: 50, profileType: PARTNER, orderBy: { field: ${orderBy} }) { edges { node { as2Id } } } }`)
      ).data.profiles.edges.map((e: any) => e.node.as2Id as string);

    it('lists every partner profile by AS2 id, searched through the API; first expiry first when asked, saying what it costs', async () => {
      await b.page.getByRole('link', { name: 'Partners' }).click();
      const byAs2Id = await as2Ids('AS2_ID');
      expect(await answered({}, 'AS2_ID')).toEqual(byAs2Id);
      expect(await b.page.locator('[data-ready="partners"] .note').count()).toBe(0);
      const part = byAs2Id[0].slice(1, 4).toLowerCase();
      await b.page.getByLabel('Search').fill(part);
      expect(await answered({ as2IdContains: part }, 'AS2_ID')).toEqual(byAs2Id.filter((a: string) => a.toLowerCase().includes(part)));
      await b.page.getByLabel('Search').fill('');
      await answered({}, 'AS2_ID');

      const byExpiry = await as2Ids('EXPIRY');
      await s.resetStats();
      await b.page.getByLabel('Order').selectOption({ label: 'first expiry first (reads every profile, each page)' });
      expect(await answered({}, 'EXPIRY')).toEqual(byExpiry);
      const days = (await b.page.locator('[data-ready="partners"] tbody tr td:nth-child(4)').allInnerTexts())
        .map(Number)
        .filter(Number.isFinite);
      expect(days).toEqual([...days].sort((x, y) => x - y));
      // What the page says the answer cost is what the gateway asked of AWS for it: a DescribeProfile per profile.
      const { requests } = await s.stats();
      const calls = Object.values(requests).reduce((sum, n) => sum + n, 0);
      expect(await b.page.locator('[data-ready="partners"] [data-aws-calls]').getAttribute('data-aws-calls')).toBe(String(calls));
      const profiles = await gql('{ profiles(first: 1, profileType: PARTNER) { totalCount } }');
      expect(requests.DescribeProfile).toBe(profiles.data.profiles.totalCount);
      expect(await b.page.locator('[data-ready="partners"] .note').innerText()).toMatch(
        /^First expiry first reads every partner profile again for each page loaded/,
      );
      expect(await b.seriousViolations()).toEqual([]);
      await b.shot('partners');
    });

    it('finds every partner with a certificate that expires within 30 days (or already has), soonest first', async () => {
      const due = await gql(
        '{ profiles(first: 50, profileType: PARTNER, filter: { certificateExpiringWithinDays: 30 }, orderBy: { field: EXPIRY }) { edges { node { as2Id } } } }',
      );
      await b.page.getByLabel('A certificate expiring within').selectOption({ label: '30 days' });
      const shown = await answered({ certificateExpiringWithinDays: 30 }, 'EXPIRY');
      expect(shown).toEqual(due.data.profiles.edges.map((e: any) => e.node.as2Id));
      expect(shown.length).toBeGreaterThan(0);
      await b.page.getByLabel('A certificate expiring within').selectOption({ label: 'any time' });
      await answered({}, 'EXPIRY');
    });
  });

  describe('partner detail', () => {
    it('follows a transfer it starts live over the subscription until COMPLETED, and lists it under recent transfers, also after a reload', async () => {
      const partners = await gql(
        '{ profiles(first: 50, profileType: PARTNER) { edges { node { id as2Id profileId connectors { edges { node { id connectorId url } } } } } } }',
      );
      const withAs2 = partners.data.profiles.edges
        .map((e: any) => e.node)
        .find((p: any) => p.connectors.edges.some((c: any) => c.node.url?.startsWith('https://')));
      const connector = withAs2.connectors.edges.find((c: any) => c.node.url.startsWith('https://')).node;
      await b.page.getByRole('link', { name: 'Partners' }).click();
      await b.page.getByRole('link', { name: withAs2.as2Id, exact: true }).click();
      await b.page.locator('[data-ready="partner"]').waitFor({ timeout: 15_000 });
      expect(await b.page.locator('[data-ready="partner"] h2').innerText()).toBe(
        `${withAs2.as2Id} (PARTNER, ${withAs2.profileId}, us-east-1)`,
      );
      expect(await b.page.getByText('No transfer started from this browser in the last 7 days.').count()).toBe(1);
      await s.resetStats();
      const socket = b.page.waitForEvent('websocket', (ws) => ws.url() === s.graphqlUrl.replace(/^http/, 'ws'));
      await b.page.getByRole('button', { name: `Send over ${connector.connectorId}` }).click();
      await socket;
      await b.page.locator('[data-transfer-status="COMPLETED"]').waitFor({ timeout: 20_000 });
      expect((await s.stats()).requests.StartFileTransfer).toBe(1);
      await b.page.locator('[data-transfers] td[data-status="COMPLETED"]').waitFor({ timeout: 10_000 });
      const transferId = (await b.page.locator('[data-transfer-status]').innerText()).match(/^Transfer (\S+):/)![1];
      expect((await rows('[data-transfers]')).map((cells) => cells.slice(1))).toEqual([
        [`${connector.connectorId} ${connector.url}`, transferId, 'COMPLETED', '1 / 0 / 1'],
      ]);
      expect(await b.seriousViolations()).toEqual([]);
      await b.shot('partner');
      await b.page.reload();
      await b.page.locator('[data-transfers] td[data-status="COMPLETED"]').waitFor({ timeout: 15_000 });
      expect((await rows('[data-transfers]')).map((cells) => cells.slice(1))).toEqual([
        [`${connector.connectorId} ${connector.url}`, transferId, 'COMPLETED', '1 / 0 / 1'],
      ]);
    });

    it('rotates a partner certificate that expires within 30 days: the dry-run plan first and no write, then the rotation on confirm', async () => {
      const attention = await gql(
        '{ attention(withinDays: 30) { daysUntilExpiry certificate { id certificateId usage } profiles { id as2Id profileType } } }',
      );
      // Past the default overlap of 7 days, so that the rotation shortens its window too (UpdateCertificate).
      const due = attention.data.attention.find(
        (a: any) =>
          a.certificate.usage === 'SIGNING' && a.daysUntilExpiry > 8 && a.profiles.length === 1 && a.profiles[0].profileType === 'PARTNER',
      );
      const holder = due.profiles[0];
      const replacement = await (await certificateFactory()).generate(`CN=${holder.as2Id} signing replacement`);
      await b.page.goto(`${portal}#partner/${encodeURIComponent(holder.id)}`);
      await b.page.locator('[data-ready="partner"]').waitFor({ timeout: 15_000 });
      const before = (await rows('[data-ready="partner"] table:first-of-type')).length;
      await b.page.getByRole('button', { name: `Rotate ${due.certificate.certificateId}…` }).click();
      const dialog = b.page.getByRole('dialog', { name: `Rotate ${due.certificate.certificateId}` });
      await dialog
        .getByLabel('Replacement certificate (PEM)')
        .setInputFiles({ name: 'not.pem', mimeType: 'text/plain', buffer: Buffer.from('not a certificate') });
      await dialog.getByRole('button', { name: 'Plan the rotation (dry run)' }).click();
      await dialog.locator('#certificate-error').waitFor();
      expect(await dialog.locator('#certificate-error').innerText()).toMatch(/^certificate is not PEM/);
      expect(await dialog.getByLabel('Replacement certificate (PEM)').getAttribute('aria-describedby')).toBe('certificate-error');
      await s.resetStats();
      await dialog
        .getByLabel('Replacement certificate (PEM)')
        .setInputFiles({ name: 'replacement.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(replacement.certificatePem) });
      await dialog.getByRole('button', { name: 'Plan the rotation (dry run)' }).click();
      const plan = dialog.getByRole('list', { name: 'Planned AWS writes' });
      await plan.waitFor();
      expect((await plan.locator('li').allInnerTexts()).map((line) => line.split(':')[0])).toEqual([
        'ImportCertificate',
        'UpdateProfile',
        'UpdateCertificate',
      ]);
      expect(await plan.locator('li').nth(1).innerText()).toContain('(the replacement)');
      const writes = (requests: Record<string, number>) =>
        Object.fromEntries(Object.entries(requests).filter(([op]) => !/^(List|Describe)/.test(op)));
      expect(writes((await s.stats()).requests)).toEqual({});
      expect(await b.seriousViolations()).toEqual([]);
      await b.shot('rotation');
      await dialog.getByRole('button', { name: 'Rotate now' }).click();
      await dialog.locator('[data-rotated="complete"]').waitFor({ timeout: 15_000 });
      expect(writes((await s.stats()).requests)).toEqual({ ImportCertificate: 1, UpdateProfile: 1, UpdateCertificate: 1 });
      const after = await gql(
        'query($id: ID!) { node(id: $id) { ... on Profile { certificates { edges { node { certificateId serial } } } } } }',
        { id: holder.id },
      );
      const added = after.data.node.certificates.edges.map((e: any) => e.node).find((c: any) => c.serial === replacement.serial);
      expect(await dialog.locator('[data-rotated]').innerText()).toContain(`Rotated: ${added.certificateId} imported`);
      await b.page.locator('[data-ready="partner"] table:first-of-type td:first-child', { hasText: added.certificateId }).waitFor();
      expect((await rows('[data-ready="partner"] table:first-of-type')).length).toBe(before + 1);
      const now = await gql(
        '{ attention(withinDays: 30) { certificate { certificateId } profiles { id } replacements { certificate { certificateId } } } }',
      );
      expect(now.data.attention.find((a: any) => a.certificate.certificateId === due.certificate.certificateId)).toEqual({
        certificate: { certificateId: due.certificate.certificateId },
        profiles: [],
        replacements: [{ certificate: { certificateId: added.certificateId } }],
      });
    });

    it('deletes a partner only after the gateway’s dry run listed what uses it, then with force on confirm', async () => {
      const partners = await gql('{ profiles(first: 50, profileType: PARTNER) { edges { node { id as2Id agreements { totalCount } } } } }');
      const victim = partners.data.profiles.edges.map((e: any) => e.node).find((p: any) => p.agreements.totalCount > 0);
      const check = await gql(
        'mutation($id: ID!) { deleteProfile(input: { id: $id, dryRun: true }) { dependents { type awsId name } userErrors { code } } }',
        { id: victim.id },
      );
      await b.page.goto(`${portal}#partner/${encodeURIComponent(victim.id)}`);
      await b.page.locator('[data-ready="partner"]').waitFor({ timeout: 15_000 });
      await s.resetStats();
      await b.page.getByRole('button', { name: `Delete ${victim.as2Id}…` }).click();
      const dialog = b.page.getByRole('dialog', { name: `Delete ${victim.as2Id}` });
      await dialog.waitFor();
      expect(check.data.deleteProfile.userErrors).toEqual([{ code: 'IN_USE' }]);
      expect(await dialog.locator('[data-dependents] li').allInnerTexts()).toEqual(
        check.data.deleteProfile.dependents.map((d: any) => `${d.type.toLowerCase()} ${d.awsId}${d.name ? ` (${d.name})` : ''}`),
      );
      expect(await b.seriousViolations()).toEqual([]);
      expect((await s.stats()).requests.DeleteProfile).toBeUndefined();
      await b.page.getByRole('button', { name: `Delete ${victim.as2Id} now` }).click();
      await b.page.locator('[data-ready="partners"]').waitFor({ timeout: 15_000 });
      expect((await s.stats()).requests.DeleteProfile).toBe(1);
      expect((await gql('query($id: ID!) { node(id: $id) { id } }', { id: victim.id })).data).toEqual({ node: null });
      expect(await b.page.locator('[data-ready="partners"] tbody tr td:first-child').allInnerTexts()).not.toContain(victim.as2Id);
    });
  });

  describe('onboarding', () => {
    const writes = async () => Object.fromEntries(Object.entries((await s.stats()).requests).filter(([op]) => /^(Import|Create)/.test(op)));

    it('onboards a partner end to end: dry-run errors on their fields with nothing written, a failed later step resumed, nothing made twice', async () => {
      const certs = await certificateFactory();
      const [signing, encryption] = await Promise.all([certs.generate('CN=ONBOARDED signing'), certs.generate('CN=ONBOARDED encryption')]);
      const choices = await gql(
        '{ servers(first: 50) { edges { node { serverId protocols } } } profiles(first: 100, profileType: LOCAL) { edges { node { as2Id } } } }',
      );
      const as2Server = choices.data.servers.edges.map((e: any) => e.node).find((n: any) => n.protocols.includes('AS2')).serverId;
      const local = choices.data.profiles.edges[0].node.as2Id;
      await b.page.goto(`${portal}#onboarding`);
      const form = b.page.locator('[data-ready="onboarding"]');
      await form.waitFor({ timeout: 15_000 });
      expect(await b.seriousViolations()).toEqual([]);
      const pem = (name: string, text: string) => ({ name, mimeType: 'application/x-pem-file', buffer: Buffer.from(text) });
      await b.page.getByLabel('Signing certificate (PEM)').setInputFiles(pem('signing.pem', 'not a certificate'));
      await b.page.getByLabel('Encryption certificate (PEM)').setInputFiles(pem('encryption.pem', encryption.certificatePem));
      await b.page.getByLabel('Partner AS2 id').fill('ONBOARDED PARTNER');
      await b.page.getByLabel('AS2 server').selectOption({ label: as2Server });
      await b.page.getByLabel('Local profile').selectOption({ label: local });
      await b.page.getByLabel('Access role ARN').fill('not-an-arn');
      await b.page.getByLabel('Base directory (where received files land)').fill('/inbox/onboarded');
      await b.page.getByLabel('Partner URL').fill('https://as2.onboarded.example/receive');
      await s.resetStats();

      await b.page.getByRole('button', { name: 'Check (dry run)' }).click();
      await form.locator('#as2Id-error').waitFor();
      expect({ signing: await form.locator('#signing-error').innerText(), as2Id: await form.locator('#as2Id-error').innerText() }).toEqual({
        signing: expect.stringMatching(/^certificate is not PEM/),
        as2Id: 'as2Id must not include spaces, got "ONBOARDED PARTNER"',
      });
      expect(await writes()).toEqual({});
      expect(await b.seriousViolations()).toEqual([]);

      await b.page.getByLabel('Signing certificate (PEM)').setInputFiles(pem('signing.pem', signing.certificatePem));
      await b.page.getByLabel('Partner AS2 id').fill('ONBOARDED-PARTNER');
      await b.page.getByRole('button', { name: 'Check (dry run)' }).click();
      const plan = form.getByRole('list', { name: 'Planned AWS writes' });
      await plan.waitFor();
      expect((await plan.locator('li').allInnerTexts()).map((line) => line.split(':')[0])).toEqual([
        'ImportCertificate',
        'ImportCertificate',
        'CreateProfile',
        'CreateAgreement',
        'CreateConnector',
      ]);
      expect(await writes()).toEqual({});

      await b.page.getByRole('button', { name: 'Onboard', exact: true }).click();
      await form.locator('#accessRole-error').waitFor({ timeout: 15_000 });
      expect(await form.locator('#accessRole-error').innerText()).toMatch(/accessRole must satisfy regular expression pattern/);
      expect((await form.locator('[data-created] li').allInnerTexts()).map((line) => line.replace(/ \S+$/, ''))).toEqual([
        'created certificate',
        'created certificate',
        'created profile',
      ]);
      expect(await writes()).toEqual({ ImportCertificate: 2, CreateProfile: 1 });
      expect(await b.seriousViolations()).toEqual([]);
      await b.shot('onboarding');

      await b.page.getByLabel('Access role ARN').fill(ACCESS_ROLE);
      await b.page.getByRole('button', { name: 'Onboard: go on from the failed step' }).click();
      await form.locator('[data-created] li', { hasText: 'created connector' }).waitFor({ timeout: 15_000 });
      expect((await form.locator('[data-created] li').allInnerTexts()).map((line) => line.replace(/ \S+$/, ''))).toEqual([
        'created certificate',
        'created certificate',
        'created profile',
        'created agreement',
        'created connector',
      ]);
      expect(await writes()).toEqual({ ImportCertificate: 2, CreateProfile: 1, CreateAgreement: 1, CreateConnector: 1 });
      const after = await gql(
        '{ profiles(first: 100, profileType: PARTNER) { edges { node { as2Id certificates { totalCount } agreements { edges { node { localProfile { as2Id } } } } connectors { edges { node { url } } } } } } }',
      );
      expect(after.data.profiles.edges.map((e: any) => e.node).find((p: any) => p.as2Id === 'ONBOARDED-PARTNER')).toEqual({
        as2Id: 'ONBOARDED-PARTNER',
        certificates: { totalCount: 2 },
        agreements: { edges: [{ node: { localProfile: { as2Id: local } } }] },
        connectors: { edges: [{ node: { url: 'https://as2.onboarded.example/receive' } }] },
      });
    });
  });

  describe('credentials', () => {
    it('shows a reader no write action: no onboarding, no send, rotate or delete, and says which role it would need', async () => {
      await b.page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(b.page, portal, keys.auditor);
      await b.page.locator('[data-ready="overview"]').waitFor({ timeout: 15_000 });
      expect(await b.page.locator('[data-roles]').innerText()).toBe('key:auditor (reader: read only)');
      expect(await b.page.getByRole('navigation', { name: 'Pages' }).getByRole('link').allInnerTexts()).toEqual([
        'Overview',
        'Partner graph',
        'Partners',
      ]);
      const partners = await gql(
        '{ profiles(first: 50, profileType: PARTNER) { edges { node { id as2Id certificates { totalCount } connectors { totalCount } } } } }',
      );
      const partner = partners.data.profiles.edges
        .map((e: any) => e.node)
        .find((p: any) => p.certificates.totalCount > 0 && p.connectors.totalCount > 0);
      await b.page.goto(`${portal}#partner/${encodeURIComponent(partner.id)}`);
      await b.page.locator('[data-ready="partner"]').waitFor({ timeout: 15_000 });
      expect(await b.page.getByRole('button').allInnerTexts()).toEqual(['Sign out']);
      expect(await b.page.locator('[data-ready="partner"] .note').innerText()).toBe(
        'Read only: key:auditor has the reader role; changes need the operator role (ask whoever issues your API keys or tokens).',
      );
      expect(await b.seriousViolations()).toEqual([]);
      await b.shot('reader');
      await b.page.goto(`${portal}#onboarding`);
      await b.page.locator('main .note').waitFor();
      expect({
        forms: await b.page.locator('[data-ready="onboarding"]').count(),
        buttons: await b.page.getByRole('button').allInnerTexts(),
      }).toEqual({
        forms: 0,
        buttons: ['Sign out'],
      });
    });

    it('answers a key the gateway does not accept with what to do: sign out and sign in with one it accepts', async () => {
      const seen = b.problems.length;
      await b.page.getByRole('button', { name: 'Sign out' }).click();
      await signIn(b.page, portal, 'tgk_not-a-key-of-ours-but-long-enough-to-be-looked-up');
      const alert = b.page.getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toBe(
        'The gateway did not accept these credentials (The API key is not valid): sign out, then sign in with an API key or bearer token it accepts.',
      );
      expect(await b.seriousViolations()).toEqual([]);
      // The browser itself logs the refused request; that line, and only it, is expected here.
      expect(b.problems.splice(seen)).toEqual([
        'console: Failed to load resource: the server responded with a status of 401 (Unauthorized)',
      ]);
    });
  });

  it('loaded nothing from elsewhere, logged no console error and broke no CSP rule', async () => {
    expect({ external: b.external, problems: b.problems, cspViolations: await b.cspViolations() }).toEqual({
      external: [],
      problems: [],
      cspViolations: [],
    });
  });
});
