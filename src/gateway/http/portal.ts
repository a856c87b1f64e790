import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Path of the partner portal; its built files (Vite's output in dist/portal) are linked relative to it. */
export const PORTAL_PREFIX = '/portal/';

/** The portal's policy: its own scripts, styles and fetches (and graphql-ws on the same origin), nothing from elsewhere. */
export const PORTAL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** dist/portal of the package: found from here whether running compiled (dist/src/gateway) or from source (src/gateway). */
function portalDirectory(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'portal');
}

interface File {
  type: string;
  plain: Buffer;
  gzipped: Buffer;
}

let files: Map<string, File> | undefined;

/** Reads the built portal once: index.html and the hashed files under assets/, nothing else is ever served. */
function load(): Map<string, File> {
  if (files) return files;
  const dir = portalDirectory();
  const found = new Map<string, File>();
  const add = (name: string, path: string) => {
    const type = TYPES[extname(name)];
    if (!type) return;
    const plain = readFileSync(path);
    found.set(name, { type, plain, gzipped: gzipSync(plain) });
  };
  if (existsSync(join(dir, 'index.html'))) add('index.html', join(dir, 'index.html'));
  if (existsSync(join(dir, 'assets')))
    for (const name of readdirSync(join(dir, 'assets'))) add(`assets/${name}`, join(dir, 'assets', name));
  return (files = found);
}

/** Serves /portal (redirected to /portal/), the page and its files; false when `path` is not one of them. */
export function sendPortal(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (path === '/portal') {
    res.writeHead(308, { location: `${PORTAL_PREFIX}` });
    res.end();
    return true;
  }
  if (!path.startsWith(PORTAL_PREFIX)) return false;
  const name = path.slice(PORTAL_PREFIX.length) || 'index.html';
  const file = load().get(name);
  if (!file) return false;
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? file.gzipped : file.plain;
  const page = name === 'index.html';
  res.writeHead(200, {
    'content-type': file.type,
    'content-length': body.length,
    // The page is small and names hashed files, which never change.
    'cache-control': page ? 'no-store' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(page ? { 'content-security-policy': PORTAL_CSP, 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' } : {}),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
