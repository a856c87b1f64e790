import { isIP } from 'node:net';

/** The names a gateway listening on loopback answers for when ALLOWED_HOSTS is unset. */
export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** Whether `host` (a HOST value: a name or an address) is a loopback interface only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return /^::ffff:127\./.test(bare);
}

/** A host name as the allowlist compares it: lower case, no trailing dot, IPv6 addresses in brackets. */
export function normalHostName(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, '');
  return isIP(lower) === 6 ? `[${lower}]` : lower;
}

/** The name part of a Host header (`name`, `name:port`, `[v6]:port`), normalised; undefined when malformed. */
function hostNameOf(header: string): string | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::\d{1,5})?$/.exec(header.trim());
  return match ? normalHostName(match[1]) : undefined;
}

/**
 * Whether a request's Host header names a host the gateway serves: any when `allowed` is undefined; else one of its
 * names, `*.example.com` standing for every subdomain of example.com. A page that rebinds its own DNS name to this
 * address (DNS rebinding) sends its own name as Host, so it is refused.
 */
export function hostAllowed(header: string | undefined, allowed: readonly string[] | undefined): boolean {
  if (!allowed) return true;
  const name = header === undefined ? undefined : hostNameOf(header);
  if (!name) return false;
  return allowed.some((entry) => (entry.startsWith('*.') ? name.endsWith(entry.slice(1)) : name === entry));
}

/** The answer to a request whose Host header the gateway does not serve (HTTP 421 Misdirected Request). */
export function hostRefusal(host: string | undefined): unknown {
  const named = host === undefined ? 'no Host header' : `Host ${JSON.stringify(host.length > 100 ? `${host.slice(0, 100)}…` : host)}`;
  return {
    errors: [
      {
        message: `${named} is not a name this gateway serves; its operator allows names with ALLOWED_HOSTS`,
        extensions: { code: 'HOST_NOT_ALLOWED' },
      },
    ],
  };
}
