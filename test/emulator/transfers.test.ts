import {
  type As2ConnectorConfig,
  CreateConnectorCommand,
  CreateProfileCommand,
  DeleteConnectorCommand,
  DeleteProfileCommand,
  ImportCertificateCommand,
  InvalidRequestException,
  ListFileTransferResultsCommand,
  type ProfileType,
  ResourceNotFoundException,
  StartFileTransferCommand,
  type StartFileTransferCommandInput,
  type TransferClient,
} from '@aws-sdk/client-transfer';
import { generateCertificate, generateKey, type GeneratedCertificate } from '../../src/emulator/seed/certs';
import { fakeClock, type FakeClock } from '../support/clock';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/connector-access';
const SECRET = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:partner-sftp-AbCdEf';
const DAY = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

/** Helpers bound to one emulator and client. */
function fixtures(t: TestEmulator, client: TransferClient = t.client) {
  const connector = async (input: { Url?: string; As2Config?: As2ConnectorConfig; sftp?: boolean }) =>
    (
      await client.send(
        new CreateConnectorCommand({
          AccessRole: ACCESS_ROLE,
          Url: input.Url,
          As2Config: input.As2Config,
          SftpConfig: input.sftp ? { UserSecretId: SECRET } : undefined,
        }),
      )
    ).ConnectorId!;
  return {
    connector,
    sftpConnector: (Url = 'sftp://sftp.acme.example') => connector({ Url, sftp: true }),
    profile: async (ProfileType: ProfileType, CertificateIds: string[] = []) =>
      (await client.send(new CreateProfileCommand({ As2Id: `AS2-${ProfileType}`, ProfileType, CertificateIds }))).ProfileId!,
    start: async (input: Omit<StartFileTransferCommandInput, 'ConnectorId'> & { ConnectorId: string }) =>
      (await client.send(new StartFileTransferCommand(input))).TransferId!,
    results: (ConnectorId: string, TransferId: string, more: { MaxResults?: number; NextToken?: string } = {}) =>
      client.send(new ListFileTransferResultsCommand({ ConnectorId, TransferId, ...more })),
  };
}

describe('with transfers that finish at once (transferStepMs 0)', () => {
  let t: TestEmulator;
  let f: ReturnType<typeof fixtures>;
  beforeAll(async () => {
    t = await startTestEmulator();
    f = fixtures(t);
  });
  afterAll(() => t.close());

  describe('StartFileTransfer', () => {
    it('returns a TransferId and records one result per file, in the order given', async () => {
      const ConnectorId = await f.sftpConnector();
      const TransferId = await f.start({
        ConnectorId,
        SendFilePaths: ['/outbox/2026/invoice-1.xml', 'outbox/invoice-2.xml', '/outbox/a/b/c.edi'],
        RemoteDirectoryPath: '/inbound',
      });
      expect(TransferId).toMatch(UUID);
      expect(await f.results(ConnectorId, TransferId)).toEqual({
        $metadata: expect.anything(),
        FileTransferResults: [
          { FilePath: '/outbox/2026/invoice-1.xml', StatusCode: 'COMPLETED' },
          { FilePath: 'outbox/invoice-2.xml', StatusCode: 'COMPLETED' },
          { FilePath: '/outbox/a/b/c.edi', StatusCode: 'COMPLETED' },
        ],
      });
    });

    it('retrieves files from an SFTP server into a local directory', async () => {
      const ConnectorId = await f.sftpConnector();
      const TransferId = await f.start({ ConnectorId, RetrieveFilePaths: ['/outgoing/orders.csv'], LocalDirectoryPath: '/inbox/acme' });
      expect((await f.results(ConnectorId, TransferId)).FileTransferResults).toEqual([
        { FilePath: '/outgoing/orders.csv', StatusCode: 'COMPLETED' },
      ]);
    });

    it('sends files through an AS2 connector with custom HTTP headers', async () => {
      const local = await f.profile('LOCAL');
      const partner = await f.profile('PARTNER');
      const ConnectorId = await f.connector({
        Url: 'https://as2.acme.example',
        As2Config: { LocalProfileId: local, PartnerProfileId: partner },
      });
      const TransferId = await f.start({
        ConnectorId,
        SendFilePaths: ['/outbox/po-1.edi'],
        CustomHttpHeaders: [{ Key: 'X-Trace-Id', Value: 'run 42' }],
      });
      expect((await f.results(ConnectorId, TransferId)).FileTransferResults).toEqual([
        { FilePath: '/outbox/po-1.edi', StatusCode: 'COMPLETED' },
      ]);
    });

    it('refuses more than 10 files with the model constraint', async () => {
      const ConnectorId = await f.sftpConnector();
      const SendFilePaths = Array.from({ length: 11 }, (_, i) => `/b/${i}`);
      const error = await failure(f.start({ ConnectorId, SendFilePaths }));
      expect(error).toBeInstanceOf(InvalidRequestException);
      expect(error!.message).toBe(
        `1 validation error detected: Value '${JSON.stringify(SendFilePaths)}' at 'SendFilePaths' ` +
          'failed to satisfy constraint: Member must have length less than or equal to 10',
      );
    });

    it('names every member an AS2 connector cannot take in one InvalidRequestException', async () => {
      const local = await f.profile('LOCAL');
      const partner = await f.profile('PARTNER');
      const ConnectorId = await f.connector({
        Url: 'https://as2.acme.example',
        As2Config: { LocalProfileId: local, PartnerProfileId: partner },
      });
      const error = await failure(
        f.start({ ConnectorId, RetrieveFilePaths: ['/x'], LocalDirectoryPath: '/inbox', RemoteDirectoryPath: '/remote' }),
      );
      expect(error).toBeInstanceOf(InvalidRequestException);
      expect(error!.message).toBe(
        'SendFilePaths is required for an AS2 connector; RetrieveFilePaths applies only to SFTP connectors; ' +
          'LocalDirectoryPath applies only to SFTP connectors; RemoteDirectoryPath applies only to SFTP connectors',
      );
    });

    it('refuses an SFTP transfer that both sends and retrieves, or does neither, or mixes the directions', async () => {
      const ConnectorId = await f.sftpConnector();
      const both = await failure(
        f.start({ ConnectorId, SendFilePaths: ['/b/k'], RetrieveFilePaths: ['/r'], CustomHttpHeaders: [{ Key: 'X', Value: 'y' }] }),
      );
      expect(both).toBeInstanceOf(InvalidRequestException);
      expect(both!.message).toBe(
        'Specify exactly one of SendFilePaths or RetrieveFilePaths for an SFTP connector; ' +
          'LocalDirectoryPath is required with RetrieveFilePaths; CustomHttpHeaders applies only to AS2 connectors',
      );
      const neither = await failure(f.start({ ConnectorId }));
      expect(neither!.message).toBe('Specify exactly one of SendFilePaths or RetrieveFilePaths for an SFTP connector');
      const mixed = await failure(f.start({ ConnectorId, SendFilePaths: ['/b/k'], LocalDirectoryPath: '/inbox' }));
      expect(mixed!.message).toBe('LocalDirectoryPath applies only with RetrieveFilePaths');
      const mixedBack = await failure(
        f.start({ ConnectorId, RetrieveFilePaths: ['/r'], LocalDirectoryPath: '/inbox', RemoteDirectoryPath: '/x' }),
      );
      expect(mixedBack!.message).toBe('RemoteDirectoryPath applies only with SendFilePaths');
    });

    it('answers ResourceNotFoundException for an unknown connector', async () => {
      const error = await failure(f.start({ ConnectorId: 'c-0123456789abcdef0', SendFilePaths: ['/b/k'] }));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error).toMatchObject({ message: 'Unknown connector', Resource: 'c-0123456789abcdef0', ResourceType: 'Connector' });
    });
  });

  describe('FAILED outcomes', () => {
    it('fails every file with CONNECTION_FAILED when the connector host is under .invalid (RFC 2606)', async () => {
      const ConnectorId = await f.sftpConnector('sftp://sftp.partner.invalid:2222');
      const TransferId = await f.start({ ConnectorId, SendFilePaths: ['/outbox/a.csv', 'not-s3'] });
      const message = 'Could not connect to sftp://sftp.partner.invalid:2222: host sftp.partner.invalid does not resolve';
      expect((await f.results(ConnectorId, TransferId)).FileTransferResults).toEqual([
        { FilePath: '/outbox/a.csv', StatusCode: 'FAILED', FailureCode: 'CONNECTION_FAILED', FailureMessage: message },
        { FilePath: 'not-s3', StatusCode: 'FAILED', FailureCode: 'CONNECTION_FAILED', FailureMessage: message },
      ]);
    });

    it('fails only the send paths that are not /bucket/key with SEND_FILE_NOT_FOUND', async () => {
      const ConnectorId = await f.sftpConnector();
      const paths = ['/outbox/ok.csv', '/outbox/folder/', 'no-key', '/Bad_Bucket/x', '/ab/'];
      const TransferId = await f.start({ ConnectorId, SendFilePaths: paths });
      const failed = (FilePath: string) => ({
        FilePath,
        StatusCode: 'FAILED',
        FailureCode: 'SEND_FILE_NOT_FOUND',
        FailureMessage: `${FilePath} is not an Amazon S3 object path of the form /bucket/key`,
      });
      expect((await f.results(ConnectorId, TransferId)).FileTransferResults).toEqual([
        { FilePath: '/outbox/ok.csv', StatusCode: 'COMPLETED' },
        failed('/outbox/folder/'),
        failed('no-key'),
        failed('/Bad_Bucket/x'),
        failed('/ab/'),
      ]);
    });

    it('fails a retrieve path that names a directory with RETRIEVE_FILE_NOT_FOUND', async () => {
      const ConnectorId = await f.sftpConnector();
      const TransferId = await f.start({ ConnectorId, RetrieveFilePaths: ['/outgoing/', '/outgoing/a.csv'], LocalDirectoryPath: '/inbox' });
      expect((await f.results(ConnectorId, TransferId)).FileTransferResults).toEqual([
        {
          FilePath: '/outgoing/',
          StatusCode: 'FAILED',
          FailureCode: 'RETRIEVE_FILE_NOT_FOUND',
          FailureMessage: '/outgoing/ is a directory on the remote server, not a file',
        },
        { FilePath: '/outgoing/a.csv', StatusCode: 'COMPLETED' },
      ]);
    });

    it('fails every file with PROFILE_NOT_FOUND when a profile of the AS2 connector was deleted', async () => {
      const local = await f.profile('LOCAL');
      const partner = await f.profile('PARTNER');
      const ConnectorId = await f.connector({
        Url: 'https://as2.acme.example',
        As2Config: { LocalProfileId: local, PartnerProfileId: partner },
      });
      await t.client.send(new DeleteProfileCommand({ ProfileId: partner }));
      const TransferId = await f.start({ ConnectorId, SendFilePaths: ['/outbox/a.edi'] });
      expect((await f.results(ConnectorId, TransferId)).FileTransferResults).toEqual([
        {
          FilePath: '/outbox/a.edi',
          StatusCode: 'FAILED',
          FailureCode: 'PROFILE_NOT_FOUND',
          FailureMessage: `The connector's partner profile ${partner} no longer exists`,
        },
      ]);
    });
  });

  describe('ListFileTransferResults', () => {
    it('answers ResourceNotFoundException for an unknown transfer, and for a transfer of another connector', async () => {
      const ConnectorId = await f.sftpConnector();
      const other = await f.sftpConnector();
      const TransferId = await f.start({ ConnectorId: other, SendFilePaths: ['/b/k'] });
      for (const id of ['no-such-transfer', TransferId]) {
        const error = await failure(f.results(ConnectorId, id));
        expect(error).toBeInstanceOf(ResourceNotFoundException);
        expect(error).toMatchObject({
          message: `Unknown transfer ${id} for connector ${ConnectorId}`,
          Resource: id,
          ResourceType: 'Transfer',
        });
      }
    });

    it('answers ResourceNotFoundException naming the connector when the connector is unknown', async () => {
      const error = await failure(f.results('c-0123456789abcdef0', 'x'));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error).toMatchObject({ Resource: 'c-0123456789abcdef0', ResourceType: 'Connector' });
    });

    it('keeps results for 7 days, then answers ResourceNotFoundException and drops them at the next start', async () => {
      const clock = fakeClock(new Date().toISOString());
      const own = await startTestEmulator({ now: clock.now });
      try {
        const g = fixtures(own);
        const ConnectorId = await g.sftpConnector();
        const TransferId = await g.start({ ConnectorId, SendFilePaths: ['/outbox/k.csv'] });
        clock.advance(7 * DAY - 1);
        expect((await g.results(ConnectorId, TransferId)).FileTransferResults).toEqual([
          { FilePath: '/outbox/k.csv', StatusCode: 'COMPLETED' },
        ]);
        clock.advance(1);
        expect(await failure(g.results(ConnectorId, TransferId))).toBeInstanceOf(ResourceNotFoundException);
        await g.start({ ConnectorId, SendFilePaths: ['/outbox/next.csv'] });
        expect(own.emulator.store.region('us-east-1').transfers.get(TransferId)).toBeUndefined();
      } finally {
        await own.close();
      }
    });

    it('forgets the transfers of a deleted connector', async () => {
      const ConnectorId = await f.sftpConnector();
      const TransferId = await f.start({ ConnectorId, SendFilePaths: ['/b/k'] });
      await t.client.send(new DeleteConnectorCommand({ ConnectorId }));
      const error = await failure(f.results(ConnectorId, TransferId));
      expect(error).toMatchObject({ Resource: ConnectorId, ResourceType: 'Connector' });
      expect(t.emulator.store.region('us-east-1').transfers.get(TransferId)).toBeUndefined();
    });

    it('pages the files of a transfer with a token bound to the connector and transfer, and answers another token with InvalidRequestException', async () => {
      const ConnectorId = await f.sftpConnector();
      const paths = Array.from({ length: 10 }, (_, i) => `/outbox/file-${i}.csv`);
      const TransferId = await f.start({ ConnectorId, SendFilePaths: paths });
      const seen: string[] = [];
      let NextToken: string | undefined;
      const pageSizes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page = await f.results(ConnectorId, TransferId, { MaxResults: 4, NextToken });
        pageSizes.push(page.FileTransferResults!.length);
        seen.push(...page.FileTransferResults!.map((r) => r.FilePath!));
        NextToken = page.NextToken;
        if (!NextToken) break;
      }
      expect(pageSizes).toEqual([4, 4, 2]);
      expect(seen).toEqual(paths);

      const first = await f.results(ConnectorId, TransferId, { MaxResults: 4 });
      const another = await f.start({ ConnectorId, SendFilePaths: paths });
      for (const call of [
        f.results(ConnectorId, another, { NextToken: first.NextToken }),
        f.results(ConnectorId, TransferId, { NextToken: `${first.NextToken}x` }),
        f.results(ConnectorId, TransferId, { NextToken: 'eyJiIjoieCIsImEiOjF9.c2lnbmF0dXJl' }),
      ]) {
        // The model declares no InvalidNextTokenException for ListFileTransferResults.
        const error = await failure(call);
        expect(error).toBeInstanceOf(InvalidRequestException);
        expect(error!.message).toBe('The NextToken is invalid, expired, or was issued for other parameters');
      }
    });
  });
});

describe('AS2 certificate checks, decided when the transfer starts', () => {
  let t: TestEmulator;
  let f: ReturnType<typeof fixtures>;
  let signingWithKey: string;
  let signingWithoutKey: string;
  let encryption: string;
  let partnerSigning: string;

  beforeAll(async () => {
    t = await startTestEmulator();
    f = fixtures(t);
    const key = await generateKey();
    const window = { notBefore: new Date(Date.now() - 30 * DAY), notAfter: new Date(Date.now() + 300 * DAY) };
    const make = (subject: string, purpose: 'SIGNING' | 'ENCRYPTION') => generateCertificate({ subject, key, purpose, ...window });
    const importing = async (cert: GeneratedCertificate, Usage: 'SIGNING' | 'ENCRYPTION', withKey: boolean) =>
      (
        await t.client.send(
          new ImportCertificateCommand({ Usage, Certificate: cert.certificatePem, PrivateKey: withKey ? cert.privateKeyPem : undefined }),
        )
      ).CertificateId!;
    const ours = await make('CN=Our AS2 signing', 'SIGNING');
    signingWithKey = await importing(ours, 'SIGNING', true);
    signingWithoutKey = await importing(ours, 'SIGNING', false);
    encryption = await importing(await make('CN=Acme AS2 encryption', 'ENCRYPTION'), 'ENCRYPTION', false);
    partnerSigning = await importing(await make('CN=Acme AS2 signing', 'SIGNING'), 'SIGNING', false);
  });
  afterAll(() => t.close());

  async function outcome(local: string[], partner: string[], as2: Partial<As2ConnectorConfig>) {
    const ConnectorId = await f.connector({
      Url: 'https://as2.acme.example',
      As2Config: { LocalProfileId: await f.profile('LOCAL', local), PartnerProfileId: await f.profile('PARTNER', partner), ...as2 },
    });
    const TransferId = await f.start({ ConnectorId, SendFilePaths: ['/outbox/po.edi'] });
    return (await f.results(ConnectorId, TransferId)).FileTransferResults![0];
  }
  const failedWith = (FailureCode: string, FailureMessage: string) => ({
    FilePath: '/outbox/po.edi',
    StatusCode: 'FAILED',
    FailureCode,
    FailureMessage,
  });

  it('completes when the profiles have every certificate the algorithms need', async () => {
    const result = await outcome([signingWithKey], [encryption, partnerSigning], {
      EncryptionAlgorithm: 'AES256_CBC',
      SigningAlgorithm: 'SHA256',
      MdnSigningAlgorithm: 'DEFAULT',
      MdnResponse: 'SYNC',
    });
    expect(result).toEqual({ FilePath: '/outbox/po.edi', StatusCode: 'COMPLETED' });
  });

  it('fails with PARTNER_ENCRYPTION_CERTIFICATE_NOT_FOUND when the partner has no ENCRYPTION certificate', async () => {
    const result = await outcome([signingWithKey], [partnerSigning], { EncryptionAlgorithm: 'AES128_CBC' });
    expect(result).toEqual(
      failedWith(
        'PARTNER_ENCRYPTION_CERTIFICATE_NOT_FOUND',
        expect.stringMatching(
          /^EncryptionAlgorithm AES128_CBC needs an ENCRYPTION certificate on partner profile p-[0-9a-f]{17}, which has none$/,
        ),
      ),
    );
  });

  it('fails with LOCAL_SIGNING_CERTIFICATE_NOT_FOUND when the local SIGNING certificate has no private key', async () => {
    const result = await outcome([signingWithoutKey], [encryption], { EncryptionAlgorithm: 'AES192_CBC', SigningAlgorithm: 'SHA384' });
    expect(result).toEqual(
      failedWith(
        'LOCAL_SIGNING_CERTIFICATE_NOT_FOUND',
        expect.stringMatching(
          /^SigningAlgorithm SHA384 needs a SIGNING certificate with its private key on local profile p-[0-9a-f]{17}, which has none$/,
        ),
      ),
    );
  });

  it('fails with PARTNER_SIGNING_CERTIFICATE_NOT_FOUND when a signed MDN cannot be verified, DEFAULT meaning the SigningAlgorithm', async () => {
    const message = (algorithm: string) =>
      expect.stringMatching(
        new RegExp(`^A signed MDN \\(${algorithm}\\) cannot be verified: partner profile p-[0-9a-f]{17} has no SIGNING certificate$`),
      );
    const explicit = await outcome([], [encryption], { SigningAlgorithm: 'NONE', MdnSigningAlgorithm: 'SHA512', MdnResponse: 'SYNC' });
    expect(explicit).toEqual(failedWith('PARTNER_SIGNING_CERTIFICATE_NOT_FOUND', message('SHA512')));
    const byDefault = await outcome([signingWithKey], [encryption], {
      SigningAlgorithm: 'SHA1',
      MdnSigningAlgorithm: 'DEFAULT',
      MdnResponse: 'SYNC',
    });
    expect(byDefault).toEqual(failedWith('PARTNER_SIGNING_CERTIFICATE_NOT_FOUND', message('SHA1')));
  });

  it('needs no certificate for NONE, for an unsigned MDN, or when no MDN is asked for', async () => {
    const none = await outcome([], [], {
      SigningAlgorithm: 'NONE',
      MdnSigningAlgorithm: 'DEFAULT',
      MdnResponse: 'SYNC',
      EncryptionAlgorithm: 'NONE',
    });
    expect(none).toEqual({ FilePath: '/outbox/po.edi', StatusCode: 'COMPLETED' });
    const noMdn = await outcome([signingWithKey], [], { SigningAlgorithm: 'SHA256', MdnResponse: 'NONE' });
    expect(noMdn).toEqual({ FilePath: '/outbox/po.edi', StatusCode: 'COMPLETED' });
  });
});

describe('file states over time (on a fake clock)', () => {
  const STEP = 3_600_000;
  let t: TestEmulator;
  let clock: FakeClock;
  beforeEach(async () => {
    clock = fakeClock(new Date().toISOString());
    t = await startTestEmulator({ transferStepMs: STEP, now: clock.now });
  });
  afterEach(() => t.close());

  it('shows QUEUED for one step, IN_PROGRESS for the next, then the outcome with its failure only then', async () => {
    const f = fixtures(t);
    const ConnectorId = await f.sftpConnector();
    const TransferId = await f.start({ ConnectorId, SendFilePaths: ['/outbox/ok.csv', 'no-key'] });
    const states = async () => (await f.results(ConnectorId, TransferId)).FileTransferResults;
    expect(await states()).toEqual([
      { FilePath: '/outbox/ok.csv', StatusCode: 'QUEUED' },
      { FilePath: 'no-key', StatusCode: 'QUEUED' },
    ]);
    clock.advance(STEP);
    expect(await states()).toEqual([
      { FilePath: '/outbox/ok.csv', StatusCode: 'IN_PROGRESS' },
      { FilePath: 'no-key', StatusCode: 'IN_PROGRESS' },
    ]);
    clock.advance(STEP);
    expect(await states()).toEqual([
      { FilePath: '/outbox/ok.csv', StatusCode: 'COMPLETED' },
      {
        FilePath: 'no-key',
        StatusCode: 'FAILED',
        FailureCode: 'SEND_FILE_NOT_FOUND',
        FailureMessage: 'no-key is not an Amazon S3 object path of the form /bucket/key',
      },
    ]);
  });

  it('moves a file to the next state exactly when its step is over', async () => {
    const f = fixtures(t);
    const ConnectorId = await f.sftpConnector();
    const TransferId = await f.start({ ConnectorId, SendFilePaths: ['/outbox/ok.csv'] });
    const seen: string[] = [];
    for (const ms of [0, STEP - 1, 1, STEP - 1, 1]) {
      clock.advance(ms);
      seen.push((await f.results(ConnectorId, TransferId)).FileTransferResults![0].StatusCode!);
    }
    expect(seen).toEqual(['QUEUED', 'QUEUED', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED']);
  });
});
