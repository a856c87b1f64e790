import { ListConnectorsCommand, ListServersCommand, StartFileTransferCommand } from '@aws-sdk/client-transfer';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { PLAYGROUND_QUERY } from '../../src/gateway/http/playground';
import { gatedChromium, type GatedBrowser } from '../support/chromium';
import { startStack, type TestStack } from '../support/stack';

/** The README shows this image; it is rewritten only when missing or when PLAYGROUND_SCREENSHOT=update. */
const SCREENSHOT = join(__dirname, '..', '..', 'docs', 'playground.png');

describe('the playground over HTTP', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(() => s.close());

  it.each(['/', '/graphql'])('serves GraphiQL at %s to a browser, under a strict Content-Security-Policy', async (path) => {
    const res = await fetch(`${s.gateway.url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    const html = await res.text();
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect({ status: res.status, type: res.headers.get('content-type'), csp }).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: `default-src 'none'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    });
    expect(html.match(/(?:src|href)="[^"]+"/g)).toEqual([
      'href="data:,"',
      'href="playground/graphiql.min.css"',
      'href="playground/playground.css"',
      'src="playground/react.production.min.js"',
      'src="playground/react-dom.production.min.js"',
      'src="playground/graphiql.min.js"',
      'src="playground/graphql-ws.min.js"',
      'src="playground/playground.js"',
    ]);
    const config = JSON.parse(/<script id="playground-config" type="application\/json">(.*)<\/script>/.exec(html)![1]);
    expect(config).toEqual({ endpoint: 'graphql', query: PLAYGROUND_QUERY, styleNonce: nonce });
    expect(PLAYGROUND_QUERY).toContain('query PartnerGraph($servers: Int = 5, $agreements: Int = 50)');
  });

  it('gives every page a new style nonce', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () =>
        (await fetch(`${s.gateway.url}/`, { headers: { accept: 'text/html' } })).headers.get('content-security-policy'),
      ),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('serves the GraphiQL, React and ReactDOM builds from the installed packages, gzipped when asked', async () => {
    const plain = await fetch(`${s.gateway.url}/playground/graphiql.min.js`, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await plain.arrayBuffer());
    expect([plain.status, plain.headers.get('content-type'), body.length]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      statSync(require.resolve('graphiql/package.json').replace(/package\.json$/, 'graphiql.min.js')).size,
    ]);
    const gzipped = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      // fetch would undo the gzip; node:http shows the bytes as sent.
      get(`${s.gateway.url}/playground/react-dom.production.min.js`, { headers: { 'accept-encoding': 'gzip' } }, (res: any) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString('utf8')).toContain('react-dom.production.min.js');
    for (const name of ['react.production.min.js', 'graphiql.min.css', 'graphql-ws.min.js', 'playground.js', 'playground.css']) {
      expect([name, (await fetch(`${s.gateway.url}/playground/${name}`)).status]).toEqual([name, 200]);
    }
    expect((await fetch(`${s.gateway.url}/playground/../package.json`)).status).toBe(404);
    expect((await fetch(`${s.gateway.url}/playground/graphiql.min.js.map`)).status).toBe(404);
  });

  it("keeps GraphQL over GET and POST working, with Apollo's landing page gone", async () => {
    const get = await fetch(`${s.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect([get.status, ((await get.json()) as any).data]).toEqual([200, { __typename: 'Query' }]);
    const post = await s.gql('{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
    const nonBrowser = await fetch(s.graphqlUrl, { headers: { accept: 'application/json' } });
    expect([nonBrowser.status, nonBrowser.headers.get('content-type')]).toEqual([400, 'application/json; charset=utf-8']);
  });
});

describe('PLAYGROUND=false', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { playground: false });
  });
  afterAll(() => s.close());

  it('serves no page and no files', async () => {
    const statuses = await Promise.all(
      ['/', '/graphql', '/playground/graphiql.min.js'].map(async (path) => {
        const res = await fetch(`${s.gateway.url}${path}`, { headers: { accept: 'text/html' } });
        return [path, res.status, res.headers.get('content-type')];
      }),
    );
    expect(statuses).toEqual([
      ['/', 404, 'application/json; charset=utf-8'],
      ['/graphql', 400, 'application/json; charset=utf-8'],
      ['/playground/graphiql.min.js', 404, 'application/json; charset=utf-8'],
    ]);
  });
});

describe("the playground in headless Chromium, with every request but the gateway's blocked", () => {
  let s: TestStack;
  let browser: GatedBrowser;
  let page: Page;
  let external: string[];
  let problems: string[];
  const failed: string[] = [];

  beforeAll(async () => {
    s = await startStack({ seed: 'demo' });
    browser = await gatedChromium(new URL(s.gateway.url).origin);
    ({ page, external, problems } = browser);
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('opens on the partner-graph query with the schema loaded and nothing fetched from elsewhere', async () => {
    await page.goto(`${s.gateway.url}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor();
    await expectText(page, '.graphiql-query-editor', 'query PartnerGraph($servers: Int = 5, $agreements: Int = 50)');
    expect({ external, failed, problems }).toEqual({ external: [], failed: [], problems: [] });
  });

  it('shows the schema in the docs explorer', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const explorer = page.locator('.graphiql-doc-explorer');
    await explorer.getByText('Query', { exact: true }).first().click();
    await expectText(page, '.graphiql-doc-explorer', 'servers');
    await explorer.getByText('servers', { exact: true }).first().click();
    await expectText(page, '.graphiql-doc-explorer', 'ServerConnection');
  });

  it("opens GraphiQL's dialogs, whose injected styles carry the page's nonce", async () => {
    await page.getByRole('button', { name: 'Open settings dialog' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate<string[]>('window.__cspViolations')).toEqual([]);
  });

  it('runs the example query and shows the partner graph from the emulator in the result pane', async () => {
    const answered = page.waitForResponse(
      (r) => r.url() === s.graphqlUrl && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('PartnerGraph'),
    );
    await page.locator('.graphiql-execute-button').click();
    const body = await (await answered).json();
    const { Servers } = await s.client.send(new ListServersCommand({}));
    const serverIds: string[] = body.data.servers.edges.map((e: any) => e.node.serverId);
    expect(serverIds.sort()).toEqual(Servers!.map((server) => server.ServerId).sort());
    const first = body.data.servers.edges[0].node;
    await expectText(page, '.graphiql-response', `"serverId": "${first.serverId}"`);
    await expectText(page, '.graphiql-response', `"as2Id": "${first.agreements.edges[0].node.localProfile.as2Id}"`);

    const cspViolations = await page.evaluate<string[]>('window.__cspViolations');
    expect({ external, failed, problems, cspViolations }).toEqual({ external: [], failed: [], problems: [], cspViolations: [] });

    const png = await page.screenshot({ fullPage: false });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    if (!existsSync(SCREENSHOT) || process.env.PLAYGROUND_SCREENSHOT === 'update') {
      writeFileSync(SCREENSHOT, png);
    }
  });

  it('opens on the operation of a ?query= link and follows a live transfer over WebSocket until it completes', async () => {
    const { Connectors } = await s.client.send(new ListConnectorsCommand({}));
    const as2 = Connectors!.find((c) => c.Url?.startsWith('https://'))!;
    const { TransferId } = await s.client.send(
      new StartFileTransferCommand({ ConnectorId: as2.ConnectorId!, SendFilePaths: ['/outbox/playground.edi'] }),
    );
    const id = Buffer.from(`FileTransfer:us-east-1:${as2.ConnectorId}:${TransferId}`).toString('base64url');
    const follow = 'subscription Follow($id: ID!) { fileTransferUpdates(id: $id) { transferId status } }';
    const link = `${s.gateway.url}/?query=${encodeURIComponent(follow)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;
    const socket = page.waitForEvent('websocket', (ws) => ws.url() === s.graphqlUrl.replace(/^http/, 'ws'));
    await page.goto(link);
    await expectText(page, '.graphiql-query-editor', 'subscription Follow($id: ID!)');
    await page.locator('.graphiql-execute-button').click();
    await socket;
    await expectText(page, '.graphiql-response', `"transferId": "${TransferId}"`);
    await expectText(page, '.graphiql-response', '"status": "COMPLETED"');
    const cspViolations = await page.evaluate<string[]>('window.__cspViolations');
    expect({ external, failed, problems, cspViolations }).toEqual({ external: [], failed: [], problems: [], cspViolations: [] });
  });
});

/** Waits (bounded) until the element's text contains `text`, then asserts it. */
async function expectText(page: Page, selector: string, text: string): Promise<void> {
  const locator = page.locator(selector).first();
  await locator
    .filter({ hasText: text })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  expect(await locator.innerText()).toContain(text);
}
