import 'reflect-metadata'; // the certificate generator needs it
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateFactory } from '../support/certificates';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const IMPORT = `mutation Import($input: ImportCertificateInput!) {
  importCertificate(input: $input) { certificate { certificateId } userErrors { field message code } } }`;
const UPDATE = `mutation Update($input: UpdateProfileInput!) { updateProfile(input: $input) { profile { profileId } userErrors { message code } } }`;

const linesOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Waits (bounded by count, not time) until the file holds `n` lines: the writes are not awaited by the answers. */
async function lines(file: string, n: number) {
  for (let i = 0; i < 200; i += 1) {
    const found = (() => {
      try {
        return linesOf(file);
      } catch {
        return [];
      }
    })();
    if (found.length >= n) return found;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return linesOf(file);
}

describe('the audit trail (AUDIT_LOG=<file>)', () => {
  let s: TestStack;
  const file = join(mkdtempSync(join(tmpdir(), 'tg-audit-')), 'audit.jsonl');
  const { file: keysFile, keys } = writeApiKeys([
    { name: 'ops', role: 'operator' },
    { name: 'portal', role: 'reader' },
  ]);
  beforeAll(async () => {
    s = await startStack({}, { auditLog: { file }, security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: keysFile }) });
  });
  afterAll(() => s.close());

  it('writes one line per mutation, applied, refused or failed, with no secret in it', async () => {
    const pem = await (await certificateFactory()).generate('CN=audit, O=transfer-graph tests');
    const ops = { 'x-api-key': keys.ops };
    const imported = await s.gql<{ importCertificate: { certificate: { certificateId: string } } }>(
      IMPORT,
      { input: { usage: 'SIGNING', certificate: pem.certificatePem, privateKey: pem.privateKeyPem } },
      ops,
    );
    const certificateId = imported.data!.importCertificate.certificate.certificateId;
    await s.gql(
      IMPORT,
      { input: { usage: 'SIGNING', certificate: pem.certificatePem, privateKey: pem.privateKeyPem } },
      { 'x-api-key': keys.portal },
    );
    await s.gql(IMPORT, { input: { usage: 'SIGNING', certificate: pem.certificatePem, privateKey: pem.privateKeyPem, bogus: 1 } }, ops);
    await s.gql(UPDATE, { input: { id: 'p-0123456789abcdef0', certificateIds: [certificateId] } }, ops);
    await s.gql('query { profiles { edges { node { profileId } } } }', {}, ops);

    const found = await lines(file, 4);
    const text = readFileSync(file, 'utf8');
    for (const line of pem.privateKeyPem.split('\n').filter((l) => l.length >= 40)) expect(text).not.toContain(line);
    for (const line of pem.certificatePem.split('\n').filter((l) => l.length >= 40)) expect(text).not.toContain(line);
    const redactedInput = { input: { usage: 'SIGNING', certificate: '[redacted]', privateKey: '[redacted]' } };
    expect(
      found.map(({ time, requestId, awsRequestIds, ...rest }) => ({
        ...rest,
        hasTime: typeof time === 'string',
        hasRequestId: typeof requestId === 'string',
        requestIds: (awsRequestIds as unknown[]).length,
      })),
    ).toEqual([
      {
        type: 'audit',
        principal: 'key:ops',
        operationName: 'Import',
        fields: ['importCertificate'],
        resources: [],
        input: redactedInput,
        outcome: 'APPLIED',
        errorCodes: [],
        hasTime: true,
        hasRequestId: true,
        requestIds: 1,
      },
      {
        type: 'audit',
        principal: 'key:portal',
        operationName: 'Import',
        fields: ['importCertificate'],
        resources: [],
        input: redactedInput,
        outcome: 'FAILED',
        errorCodes: ['FORBIDDEN'],
        hasTime: true,
        hasRequestId: true,
        requestIds: 0,
      },
      {
        type: 'audit',
        principal: 'key:ops',
        operationName: 'Import',
        fields: ['importCertificate'],
        resources: [],
        input: { input: { ...redactedInput.input, bogus: 1 } },
        outcome: 'FAILED',
        errorCodes: ['BAD_USER_INPUT'],
        hasTime: true,
        hasRequestId: true,
        requestIds: 0,
      },
      {
        type: 'audit',
        principal: 'key:ops',
        operationName: 'Update',
        fields: ['updateProfile'],
        resources: ['p-0123456789abcdef0', certificateId],
        input: { input: { id: 'p-0123456789abcdef0', certificateIds: [certificateId] } },
        outcome: 'FAILED',
        errorCodes: [],
        hasTime: true,
        hasRequestId: true,
        requestIds: 1,
      },
    ]);
    expect(found[0].awsRequestIds).toEqual([{ operation: 'ImportCertificate', requestId: expect.any(String) as string }]);
  });
});

describe('an audit log file that cannot be written', () => {
  it('says so once in the error log and still answers every request', async () => {
    const logged: string[] = [];
    const file = join(mkdtempSync(join(tmpdir(), 'tg-audit-')), 'missing-dir', 'audit.jsonl');
    const s = await startStack({}, { auditLog: { file }, log: (message) => logged.push(message) });
    try {
      for (let i = 0; i < 2; i += 1) {
        const res = await s.gql<{ updateProfile: { userErrors: Array<{ code: string }> } }>(UPDATE, {
          input: { id: 'p-0123456789abcdef0', certificateIds: [] },
        });
        expect(res.data!.updateProfile.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      }
      for (let i = 0; i < 200 && !logged.length; i += 1) await new Promise((resolve) => setImmediate(resolve));
      expect(logged).toEqual([`the audit log ${file} cannot be written; audit lines are dropped from now on`]);
    } finally {
      await s.close();
    }
  });
});
