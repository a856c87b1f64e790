import 'reflect-metadata'; // the certificate generator needs it
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateProfileCommand, DescribeProfileCommand, type ProfileType } from '@aws-sdk/client-transfer';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory, type CertificateFactory } from '../support/certificates';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const IMPORT = `mutation Import($input: ImportCertificateInput!) {
  importCertificate(input: $input) { certificate { certificateId } userErrors { field message code } } }`;
const UPDATE = `mutation Update($input: UpdateProfileInput!) { updateProfile(input: $input) { profile { profileId } userErrors { message code } } }`;
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';

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

/** A line with what changes from run to run (times, request ids) replaced by whether it is there. */
const stable = ({ time, requestId, awsRequestIds, ...rest }: Record<string, unknown>) => ({
  ...rest,
  hasTime: typeof time === 'string',
  hasRequestId: typeof requestId === 'string',
  awsRequestIds: (awsRequestIds as Array<{ operation: string; requestId: unknown; succeeded: boolean }>).map((w) => ({
    operation: w.operation,
    succeeded: w.succeeded,
    hasRequestId: typeof w.requestId === 'string',
  })),
});

/** No line of the PEM blocks (a private key, a certificate body) appears in `text`. */
const expectNoPem = (text: string, ...pems: string[]) => {
  for (const pem of pems) for (const line of pem.split('\n').filter((l) => l.length >= 40)) expect(text).not.toContain(line);
};

const ok = (operation: string) => ({ operation, succeeded: true, hasRequestId: true });
const refused = (operation: string) => ({ operation, succeeded: false, hasRequestId: true });
/** What every line of these requests shares. */
const OPS_LINE = { type: 'audit', principal: 'key:ops', hasTime: true, hasRequestId: true, errorCodes: [], userErrorCodes: [] };

describe('the audit trail (AUDIT_LOG=<file>)', () => {
  let s: TestStack;
  let certs: CertificateFactory;
  const file = join(mkdtempSync(join(tmpdir(), 'tg-audit-')), 'audit.jsonl');
  const { file: keysFile, keys } = writeApiKeys([
    { name: 'ops', role: 'operator' },
    { name: 'portal', role: 'reader' },
  ]);
  const ops = () => ({ 'x-api-key': keys.ops });
  let seen = 0;
  /** The `n` lines written since the last call. */
  const nextLines = async (n: number) => {
    const found = (await lines(file, seen + n)).slice(seen);
    seen += found.length;
    return found;
  };
  const profile = async (As2Id: string, ProfileType: ProfileType, CertificateIds?: string[]) =>
    (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType, CertificateIds }))).ProfileId!;

  beforeAll(async () => {
    s = await startStack({}, { auditLog: { file }, security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: keysFile }) });
    certs = await certificateFactory();
  }, 60_000);
  afterAll(() => s.close());

  it('writes one line per mutation, applied, refused or failed, with no secret in it', async () => {
    const pem = await certs.generate('CN=audit, O=transfer-graph tests');
    const imported = await s.gql<{ importCertificate: { certificate: { certificateId: string } } }>(
      IMPORT,
      { input: { usage: 'SIGNING', certificate: pem.certificatePem, privateKey: pem.privateKeyPem } },
      ops(),
    );
    const certificateId = imported.data!.importCertificate.certificate.certificateId;
    await s.gql(
      IMPORT,
      { input: { usage: 'SIGNING', certificate: pem.certificatePem, privateKey: pem.privateKeyPem } },
      { 'x-api-key': keys.portal },
    );
    await s.gql(IMPORT, { input: { usage: 'SIGNING', certificate: pem.certificatePem, privateKey: pem.privateKeyPem, bogus: 1 } }, ops());
    await s.gql(UPDATE, { input: { id: 'p-0123456789abcdef0', certificateIds: [certificateId] } }, ops());
    await s.gql('query { profiles { edges { node { profileId } } } }', {}, ops());

    const found = await nextLines(4);
    expectNoPem(readFileSync(file, 'utf8'), pem.privateKeyPem, pem.certificatePem);
    const redactedInput = { input: { usage: 'SIGNING', certificate: '[redacted]', privateKey: '[redacted]' } };
    const line = {
      type: 'audit',
      principal: 'key:ops',
      operationName: 'Import',
      fields: ['importCertificate'],
      dryRun: false,
      resources: [],
      hasTime: true,
      hasRequestId: true,
    };
    expect(found.map(stable)).toEqual([
      {
        ...line,
        input: { importCertificate: redactedInput },
        outcome: 'APPLIED',
        errorCodes: [],
        userErrorCodes: [],
        awsRequestIds: [{ operation: 'ImportCertificate', succeeded: true, hasRequestId: true }],
      },
      {
        ...line,
        principal: 'key:portal',
        input: { importCertificate: redactedInput },
        outcome: 'FAILED',
        errorCodes: ['FORBIDDEN'],
        userErrorCodes: [],
        awsRequestIds: [],
      },
      {
        ...line,
        // It never ran: the input as sent, the unknown field with it.
        input: { importCertificate: { input: { ...redactedInput.input, bogus: 1 } } },
        outcome: 'FAILED',
        errorCodes: ['BAD_USER_INPUT'],
        userErrorCodes: [],
        awsRequestIds: [],
      },
      {
        ...line,
        operationName: 'Update',
        fields: ['updateProfile'],
        resources: ['p-0123456789abcdef0', certificateId],
        input: { updateProfile: { input: { id: 'p-0123456789abcdef0', certificateIds: [certificateId] } } },
        outcome: 'FAILED',
        errorCodes: [],
        userErrorCodes: ['NOT_FOUND'],
        awsRequestIds: [{ operation: 'UpdateProfile', succeeded: false, hasRequestId: true }],
      },
    ]);
  });

  describe('for an operator who writes inputs inline (curl), as variables, or both', () => {
    let serverId: string;
    let signing: string;
    let local: string;
    let partner: string;
    beforeAll(async () => {
      serverId = await createAs2Server(s.client);
      signing = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
      local = await profile('AUDIT-LOCAL', 'LOCAL', [signing]);
      partner = await profile('AUDIT-PARTNER', 'PARTNER');
    });

    it('names the resources and records the input of a mutation written with inline literals', async () => {
      const res = await s.gql<{ createAgreement: { agreement: { agreementId: string } } }>(
        `mutation { createAgreement(input: { serverId: "${serverId}", localProfileId: "${local}", partnerProfileId: "${partner}",
          accessRole: "${ACCESS_ROLE}", baseDirectory: "/a", description: "Invoices" }) { agreement { agreementId } userErrors { code } } }`,
        {},
        ops(),
      );
      expect(res.errors).toBeUndefined();
      const agreement = { serverId, localProfileId: local, partnerProfileId: partner, accessRole: ACCESS_ROLE, baseDirectory: '/a' };
      expect((await nextLines(1)).map(stable)).toEqual([
        {
          ...OPS_LINE,
          operationName: null,
          fields: ['createAgreement'],
          dryRun: false,
          resources: [serverId, local, partner],
          input: { createAgreement: { input: { ...agreement, description: 'Invoices' } } },
          outcome: 'APPLIED',
          awsRequestIds: [ok('CreateAgreement')],
        },
      ]);
    });

    it('redacts private keys and certificates given inline, as variables or mixed, through fragments and aliases', async () => {
      const a = await certs.generate('CN=audit-inline-a, O=transfer-graph tests');
      const b = await certs.generate('CN=audit-inline-b, O=transfer-graph tests');
      const res = await s.gql(
        `mutation Keys($key: String!, $usage: CertificateUsage!) { ...Imports }
         fragment Imports on Mutation {
           signing: importCertificate(input: { usage: $usage, certificate: ${JSON.stringify(a.certificatePem)}, privateKey: $key,
             description: "inline body, key as a variable" }) { certificate { certificateId } }
           ... on Mutation {
             encryption: importCertificate(input: { usage: ENCRYPTION, certificate: ${JSON.stringify(b.certificatePem)},
               privateKey: ${JSON.stringify(b.privateKeyPem)}, dryRun: false }) { certificate { certificateId } }
           }
         }`,
        { key: a.privateKeyPem, usage: 'SIGNING' },
        ops(),
      );
      expect(res.errors).toBeUndefined();
      const found = await nextLines(1);
      expectNoPem(readFileSync(file, 'utf8'), a.privateKeyPem, a.certificatePem, b.privateKeyPem, b.certificatePem);
      expect(found.map(stable)).toEqual([
        {
          ...OPS_LINE,
          operationName: 'Keys',
          fields: ['importCertificate', 'importCertificate'],
          dryRun: false,
          resources: [],
          input: {
            signing: {
              input: {
                usage: 'SIGNING',
                certificate: '[redacted]',
                privateKey: '[redacted]',
                description: 'inline body, key as a variable',
              },
            },
            encryption: { input: { usage: 'ENCRYPTION', certificate: '[redacted]', privateKey: '[redacted]', dryRun: false } },
          },
          outcome: 'APPLIED',
          awsRequestIds: [ok('ImportCertificate'), ok('ImportCertificate')],
        },
      ]);
    });

    it('records the codes of a refusal, whatever the client selected of its userErrors', async () => {
      await s.gql(`mutation { deleteProfile(input: { id: "${local}" }) { deletedId userErrors { message } } }`, {}, ops());
      await s.gql(
        `mutation Swapped($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { agreementId } } }`,
        { input: { serverId, localProfileId: partner, partnerProfileId: local, accessRole: ACCESS_ROLE, baseDirectory: '/b' } },
        ops(),
      );
      const line = { ...OPS_LINE, dryRun: false, outcome: 'FAILED' };
      expect((await nextLines(2)).map(stable)).toEqual([
        {
          ...line,
          operationName: null,
          fields: ['deleteProfile'],
          resources: [local],
          input: { deleteProfile: { input: { id: local } } },
          userErrorCodes: ['IN_USE'],
          awsRequestIds: [],
        },
        {
          ...line,
          operationName: 'Swapped',
          fields: ['createAgreement'],
          resources: [serverId, partner, local],
          input: {
            createAgreement: {
              input: { serverId, localProfileId: partner, partnerProfileId: local, accessRole: ACCESS_ROLE, baseDirectory: '/b' },
            },
          },
          userErrorCodes: ['WRONG_TYPE'],
          awsRequestIds: [refused('CreateAgreement')],
        },
      ]);
    });

    it('marks a dry run, and never says it applied anything', async () => {
      await s.gql(
        `mutation { deleteProfile(input: { id: "${partner}", force: true, dryRun: true }) { deletedId plannedCalls { operation } } }`,
        {},
        ops(),
      );
      await s.gql(`mutation { deleteProfile(input: { id: "${partner}", dryRun: true }) { deletedId } }`, {}, ops());
      const line = { ...OPS_LINE, operationName: null, fields: ['deleteProfile'], dryRun: true, resources: [partner], awsRequestIds: [] };
      expect((await nextLines(2)).map(stable)).toEqual([
        { ...line, input: { deleteProfile: { input: { id: partner, force: true, dryRun: true } } }, outcome: 'PLANNED' },
        // A dry run that would be refused: FAILED, with the reason.
        { ...line, input: { deleteProfile: { input: { id: partner, dryRun: true } } }, outcome: 'FAILED', userErrorCodes: ['IN_USE'] },
      ]);
      // Nothing was deleted.
      expect((await s.client.send(new DescribeProfileCommand({ ProfileId: partner }))).Profile!.ProfileId).toBe(partner);
    });
  });

  it('writes a rotation that updated some profiles and failed on one as PARTIAL, with the calls that succeeded', async () => {
    const old = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
    const fillers: string[] = [];
    for (let i = 0; i < 9; i += 1) fillers.push(await certs.importInto(s.client, 'ENCRYPTION'));
    const one = await profile('AUDIT-ROTATE-A', 'LOCAL', [old]);
    const full = await profile('AUDIT-ROTATE-FULL', 'LOCAL', [old, ...fillers]);
    const pem = await certs.generate('CN=audit-rotation, O=transfer-graph tests');
    const res = await s.gql<{ rotateCertificate: { complete: boolean } }>(
      `mutation Rotate($input: RotateCertificateInput!) { rotateCertificate(input: $input) { replacement { certificateId } } }`,
      { input: { id: old, certificate: pem.certificatePem, privateKey: pem.privateKeyPem } },
      ops(),
    );
    expect(res.errors).toBeUndefined();
    const found = await nextLines(1);
    expectNoPem(readFileSync(file, 'utf8'), pem.privateKeyPem, pem.certificatePem);
    expect(found.map(stable)).toEqual([
      {
        ...OPS_LINE,
        operationName: 'Rotate',
        fields: ['rotateCertificate'],
        dryRun: false,
        resources: [old],
        input: { rotateCertificate: { input: { id: old, certificate: '[redacted]', privateKey: '[redacted]' } } },
        // Imported and attached to one profile (applied), refused by the full one (not): neither APPLIED nor FAILED.
        outcome: 'PARTIAL',
        awsRequestIds: [ok('ImportCertificate'), ok('UpdateProfile'), refused('UpdateProfile')],
      },
    ]);
    expect((await s.client.send(new DescribeProfileCommand({ ProfileId: one }))).Profile!.CertificateIds).toHaveLength(2);
    expect((await s.client.send(new DescribeProfileCommand({ ProfileId: full }))).Profile!.CertificateIds).toEqual([old, ...fillers]);
  }, 30_000);
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
