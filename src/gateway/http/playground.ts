import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { print } from 'graphql';
import { PartnerGraphDocument } from '../../client';

/** Path under which the playground's files are served; the page links them relatively, so a proxy may add a prefix. */
export const PLAYGROUND_ASSET_PREFIX = '/playground/';

function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** Our own two files; everything else (GraphiQL, React, ReactDOM, the graphql-ws client) comes from the installed packages, so the page needs no network but the gateway. */
const BOOT_SCRIPT = `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  // Styles GraphiQL's dialogs inject carry this nonce, which the page's Content-Security-Policy allows.
  window.__webpack_nonce__ = config.styleNonce;
  var url = new URL(config.endpoint, window.location.href).toString();
  // Subscriptions go over graphql-ws at the same URL; the Headers tab's credentials travel in connection_init, since a
  // browser cannot set headers on a WebSocket. One lazy client per set of headers.
  var fetchers = {};
  function fetcherFor(headers) {
    var key = JSON.stringify(headers || {});
    if (!fetchers[key]) {
      var wsClient = graphqlWs.createClient({ url: url.replace(/^http/, 'ws'), lazy: true, retryAttempts: 0, connectionParams: headers || {} });
      fetchers[key] = GraphiQL.createFetcher({ url: url, wsClient: wsClient });
    }
    return fetchers[key];
  }
  var fetcher = function (params, options) {
    return fetcherFor(options && options.headers)(params, options);
  };
  // ?query=…&variables=… open the page on a given operation (a link to share).
  var search = new URLSearchParams(window.location.search);
  var props = { fetcher: fetcher, defaultQuery: config.query, shouldPersistHeaders: false };
  if (search.has('query')) props.query = search.get('query');
  if (search.has('variables')) props.variables = search.get('variables');
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
`;
const PAGE_CSS = 'html, body { height: 100%; margin: 0; }\n#graphiql { height: 100vh; }\n';

interface Asset {
  type: string;
  load(): Buffer;
}

const ASSETS: Record<string, Asset> = {
  'graphiql.min.css': { type: 'text/css; charset=utf-8', load: () => readFileSync(packageFile('graphiql', 'graphiql.min.css')) },
  'graphiql.min.js': { type: 'text/javascript; charset=utf-8', load: () => readFileSync(packageFile('graphiql', 'graphiql.min.js')) },
  'react.production.min.js': {
    type: 'text/javascript; charset=utf-8',
    load: () => readFileSync(packageFile('react', 'umd/react.production.min.js')),
  },
  'react-dom.production.min.js': {
    type: 'text/javascript; charset=utf-8',
    load: () => readFileSync(packageFile('react-dom', 'umd/react-dom.production.min.js')),
  },
  'graphql-ws.min.js': {
    type: 'text/javascript; charset=utf-8',
    load: () => readFileSync(packageFile('graphql-ws', 'umd/graphql-ws.min.js')),
  },
  'playground.js': { type: 'text/javascript; charset=utf-8', load: () => Buffer.from(BOOT_SCRIPT) },
  'playground.css': { type: 'text/css; charset=utf-8', load: () => Buffer.from(PAGE_CSS) },
};

/** The page's policy: scripts, styles and fetches from the gateway only; GraphiQL's fonts are inlined as data: URLs. */
export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "font-src 'self' data:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The query the playground opens on: examples/partner-graph.graphql, as the typed client carries it. */
export const PLAYGROUND_QUERY = `# The partner graph: press the run button (or Ctrl-Enter).\n${print(PartnerGraphDocument)}\n`;

/** The HTML page; `<` is escaped in the JSON so that no value can close the script element. */
export function playgroundPage(styleNonce: string): string {
  const config = JSON.stringify({ endpoint: 'graphql', query: PLAYGROUND_QUERY, styleNonce }).replace(/</g, '\\u003c');
  const asset = (name: string) => `playground/${name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>transfer-graph playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<link rel="stylesheet" href="${asset('playground.css')}">
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script id="playground-config" type="application/json">${config}</script>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('graphql-ws.min.js')}"></script>
<script src="${asset('playground.js')}"></script>
</body>
</html>
`;
}

/** Whether a request to /graphql comes from a browser's address bar rather than a GraphQL client. */
export function wantsPlayground(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false;
  if (new URLSearchParams((req.url ?? '').split('?')[1] ?? '').has('query')) return false;
  return /\btext\/html\b/.test(req.headers.accept ?? '');
}

/** Sends the playground page with its Content-Security-Policy and a fresh style nonce. */
export function sendPlaygroundPage(res: ServerResponse): void {
  const nonce = randomBytes(16).toString('base64');
  const body = playgroundPage(nonce);
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-security-policy': contentSecurityPolicy(nonce),
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  });
  res.end(body);
}

const loaded = new Map<string, { plain: Buffer; gzipped: Buffer }>();

/** Serves one of the playground's files (gzipped when the browser accepts it); false when `name` is not one. */
export function sendPlaygroundAsset(req: IncomingMessage, res: ServerResponse, name: string): boolean {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  let files = loaded.get(name);
  if (!files) {
    const plain = asset.load();
    loaded.set(name, (files = { plain, gzipped: gzipSync(plain) }));
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? files.gzipped : files.plain;
  res.writeHead(200, {
    'content-type': asset.type,
    'content-length': body.length,
    'cache-control': 'public, max-age=3600',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
