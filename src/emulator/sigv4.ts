import { createHash, createHmac, timingSafeEqual, type Hash, type Hmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SourceData } from '@smithy/types';
import { AwsError } from './errors';

/** SHA-256 and HMAC-SHA-256 from node:crypto in the shape @smithy/signature-v4 expects. */
class NodeSha256 {
  private hash: Hash | Hmac;
  private readonly secret?: Buffer;
  constructor(secret?: SourceData) {
    if (secret !== undefined) this.secret = toBuffer(secret);
    this.hash = this.fresh();
  }
  update(data: SourceData): void {
    this.hash.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
  }
}

function toBuffer(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

const CREDENTIAL = /Credential=([^/,\s]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request/;
const SIGNED_HEADERS = /SignedHeaders=([a-z0-9;-]+)/;
const SIGNATURE = /Signature=([0-9a-f]{64})/;

/** The region of the SigV4 credential scope, if the request carries one. */
export function regionOf(authorization: string | undefined): string | undefined {
  return authorization ? CREDENTIAL.exec(authorization)?.[3] : undefined;
}

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

const denied = (type: string, message: string) => new AwsError(type, message);

/** AWS refuses a request signed more than five minutes before or after its own clock. */
const MAX_SKEW_MS = 5 * 60_000;

/**
 * Checks an awsJson request's SigV4 signature by signing the same request again with the known secret.
 * Throws AWS-style 403 errors for a missing, malformed, expired or wrong signature, or an unknown access key.
 */
export async function verifySignature(
  credentials: Credentials,
  request: { method: string; path: string; headers: IncomingHttpHeaders; body: string },
  now: number = Date.now(),
): Promise<void> {
  const authorization = request.headers.authorization;
  if (!authorization) throw denied('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const credential = CREDENTIAL.exec(authorization);
  const signedHeaders = SIGNED_HEADERS.exec(authorization)?.[1];
  const signature = SIGNATURE.exec(authorization)?.[1];
  const amzDate = request.headers['x-amz-date'];
  if (!authorization.startsWith('AWS4-HMAC-SHA256 ') || !credential || !signedHeaders || !signature || typeof amzDate !== 'string') {
    throw denied(
      'IncompleteSignatureException',
      'Authorization header requires Credential, SignedHeaders and Signature, and the request an X-Amz-Date',
    );
  }
  const [, accessKeyId, , region, service] = credential;
  if (accessKeyId !== credentials.accessKeyId) {
    throw denied('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  if (service !== SERVICE) throw denied('InvalidSignatureException', `Credential should be scoped to correct service: '${SERVICE}'.`);
  const signingDate = parseAmzDate(amzDate);
  checkSkew(amzDate, signingDate.getTime(), now);
  const headers: Record<string, string> = {};
  for (const name of signedHeaders.split(';')) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // The signer trusts a given x-amz-content-sha256 as the payload hash; the body's real hash must be signed instead,
  // or a body changed in transit would pass.
  if (PAYLOAD_HASH in headers) headers[PAYLOAD_HASH] = createHash('sha256').update(request.body, 'utf8').digest('hex');
  const [path, search = ''] = request.path.split('?', 2);
  const query: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(search)) (query[name] ??= []).push(value);
  const signer = new SignatureV4({ credentials, region, service, sha256: NodeSha256, uriEscapePath: true });
  const signed = await signer.sign(
    new HttpRequest({ method: request.method, protocol: 'http:', hostname: headers.host ?? '', path, query, headers, body: request.body }),
    { signingDate, unsignableHeaders: new Set(), signableHeaders: new Set(Object.keys(headers)) },
  );
  const expected = SIGNATURE.exec(String(signed.headers.authorization))?.[1] ?? '';
  if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    throw denied(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    );
  }
}

const SERVICE = 'transfer';
const PAYLOAD_HASH = 'x-amz-content-sha256';

/** The messages are AWS's own (as DynamoDB, Kinesis and other JSON services word them). */
function checkSkew(amzDate: string, signedAt: number, now: number): void {
  if (signedAt < now - MAX_SKEW_MS) {
    throw denied(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - MAX_SKEW_MS)} (${formatAmzDate(now)} - 5 min.)`,
    );
  }
  if (signedAt > now + MAX_SKEW_MS) {
    throw denied(
      'InvalidSignatureException',
      `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(now + MAX_SKEW_MS)} (${formatAmzDate(now)} + 5 min.)`,
    );
  }
}

function formatAmzDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

function parseAmzDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw denied('IncompleteSignatureException', `X-Amz-Date ${value} is not of the form YYYYMMDDTHHMMSSZ`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}
