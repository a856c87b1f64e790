import { Agent, request } from 'node:http';
import type { Answer, Post } from './canonical';

/**
 * A GraphQL client over node:http with keep-alive sockets: lighter than fetch, so that the load generator takes as
 * little as possible of the CPU the gateway runs on.
 */
export function graphqlClient(graphqlUrl: string, maxSockets = 256): Post & { close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const url = new URL(graphqlUrl);
  const post = (query: string, variables?: Record<string, unknown>) =>
    new Promise<Answer>((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer);
            } catch (error) {
              reject(new Error(`${graphqlUrl} answered ${res.statusCode} with a body that is not JSON: ${(error as Error).message}`));
            }
          });
          res.on('error', reject);
        },
      );
      req.setTimeout(120_000, () => req.destroy(new Error(`no answer from ${graphqlUrl} within 120 s`)));
      req.on('error', reject);
      req.end(body);
    });
  return Object.assign(post, { close: () => agent.destroy() });
}
