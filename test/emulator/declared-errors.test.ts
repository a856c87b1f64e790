import * as sdk from '@aws-sdk/client-transfer';
import { MODEL, shape } from '../../src/emulator/model';
import { generateCertificate, generateKey } from '../../src/emulator/seed/certs';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

/**
 * A sweep of every operation in the model table with probe inputs derived from the model (nothing, the required
 * members only, a forged NextToken, a MaxResults out of range), once with ids that name nothing and once with ids of
 * real resources, so that every error an operation can answer to such calls is seen. Each must be one the model
 * declares for that operation; InternalServiceError would mean the wire caught an undeclared one (or a bug).
 */

type Values = Record<string, unknown>;

const ROLE = 'arn:aws:iam::000000000000:role/probe';
const UNKNOWN: Values = {
  ServerId: 's-0123456789abcdef0',
  AgreementId: 'a-0123456789abcdef0',
  ProfileId: 'p-0123456789abcdef0',
  CertificateId: 'cert-0123456789abcdef0',
  ConnectorId: 'c-0123456789abcdef0',
  TransferId: 'probe-transfer',
  Arn: 'arn:aws:transfer:us-east-1:000000000000:profile/p-0123456789abcdef0',
  SecurityPolicyName: 'TransferSecurityPolicy-1999-01',
};
/** Well-formed values for the patterned shapes a probe fills, whatever the ids. */
const FORMED: Values = {
  Role: ROLE,
  NullableRole: ROLE,
  HomeDirectory: '/probe',
  FilePath: '/probe-bucket/probe.txt',
  UserName: 'probe-user',
  As2Id: 'probe',
  Description: 'probe',
  CertificateBodyType: 'not a certificate',
};

/** A value of `shapeName` that passes the model's checks, taking ids and patterned strings from `ids` and FORMED. */
function sample(shapeName: string, ids: Values): unknown {
  if (shapeName in ids) return ids[shapeName];
  if (shapeName in FORMED) return FORMED[shapeName];
  const facts = shape(shapeName);
  switch (facts.type) {
    case 'structure':
      return Object.fromEntries((facts.required ?? []).map((m) => [m, sample(facts.members![m], ids)]));
    case 'list':
      return [sample(facts.member!, ids)];
    case 'string':
      if (facts.enum) return facts.enum[0];
      if (facts.pattern !== undefined) throw new Error(`no probe value for the patterned shape ${shapeName}`);
      return 'x'.repeat(Math.max(facts.min ?? 1, 1));
    case 'integer':
    case 'long':
      return facts.min ?? 1;
    case 'boolean':
      return false;
    case 'timestamp':
      return new Date();
    default:
      throw new Error(`no probe value for ${shapeName} (${facts.type})`);
  }
}

function probes(operation: string, ids: Values): Values[] {
  const input = shape(MODEL.operations[operation].input!);
  const required = sample(MODEL.operations[operation].input!, ids) as Values;
  const list: Values[] = [{}, required];
  if (input.members?.NextToken) list.push({ ...required, NextToken: 'forged.token' });
  if (input.members?.MaxResults) list.push({ ...required, MaxResults: 0 });
  return list;
}

async function errorsAnswered(client: sdk.TransferClient, ids: Values): Promise<Record<string, string[]>> {
  const answered: Record<string, string[]> = {};
  for (const operation of Object.keys(MODEL.operations)) {
    const Command = (sdk as unknown as Record<string, new (input: Values) => sdk.ListServersCommand>)[`${operation}Command`];
    for (const input of probes(operation, ids)) {
      const error = await client.send(new Command(input) as never).then(
        () => undefined,
        (e: Error) => e,
      );
      if (error) (answered[operation] ??= []).push(error.name);
    }
  }
  return answered;
}

const undeclared = (answered: Record<string, string[]>) =>
  Object.fromEntries(
    Object.entries(answered)
      .map(([operation, names]) => [
        operation,
        [...new Set(names)].filter((n) => !MODEL.operations[operation].errors.includes(n) || n === 'InternalServiceError'),
      ])
      .filter(([, names]) => names.length),
  );

let t: TestEmulator;
let logged: jest.SpyInstance;
beforeAll(async () => {
  t = await startTestEmulator();
  logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterAll(async () => {
  logged.mockRestore();
  await t.close();
});

describe('errors answered by every operation', () => {
  it('are only errors the model declares for it, for probes with ids that name nothing', async () => {
    expect(undeclared(await errorsAnswered(t.client, UNKNOWN))).toEqual({});
    expect(logged).not.toHaveBeenCalled();
  });

  it('are only errors the model declares for it, for probes with ids of real resources', async () => {
    const c = t.client;
    const key = await generateKey();
    const now = Date.now();
    const pem = await generateCertificate({
      subject: 'CN=probe',
      key,
      purpose: 'SIGNING',
      notBefore: new Date(Math.floor(now / 1000 - 86_400) * 1000),
      notAfter: new Date(Math.floor(now / 1000 + 86_400 * 30) * 1000),
    });
    const { CertificateId } = await c.send(new sdk.ImportCertificateCommand({ Usage: 'SIGNING', Certificate: pem.certificatePem }));
    const { ProfileId } = await c.send(
      new sdk.CreateProfileCommand({ As2Id: 'probe-partner', ProfileType: 'PARTNER', CertificateIds: [CertificateId!] }),
    );
    const { ServerId } = await c.send(
      new sdk.CreateServerCommand({
        Protocols: ['AS2'],
        EndpointType: 'VPC',
        EndpointDetails: { VpcId: 'vpc-probe', SubnetIds: ['subnet-probe'] },
      }),
    );
    const { ConnectorId } = await c.send(
      new sdk.CreateConnectorCommand({ Url: 'sftp://probe.example.com', AccessRole: ROLE, SftpConfig: { UserSecretId: 'probe-secret' } }),
    );
    const { TransferId } = await c.send(new sdk.StartFileTransferCommand({ ConnectorId, SendFilePaths: ['/probe-bucket/probe.txt'] }));
    const { Profile } = await c.send(new sdk.DescribeProfileCommand({ ProfileId }));
    const real = {
      ...UNKNOWN,
      ServerId,
      ProfileId,
      CertificateId,
      ConnectorId,
      TransferId,
      Arn: Profile!.Arn,
      SecurityPolicyName: 'TransferSecurityPolicy-2024-01',
    };

    expect(undeclared(await errorsAnswered(c, real))).toEqual({});
    expect(logged).not.toHaveBeenCalled();
  });
});
