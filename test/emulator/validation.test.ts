import {
  CreateAgreementCommand,
  CreateProfileCommand,
  ImportCertificateCommand,
  InvalidRequestException,
  TestIdentityProviderCommand,
  UpdateServerCommand,
} from '@aws-sdk/client-transfer';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const SERVER_ID = 's-0123456789abcdef0';
const PROFILE_ID = 'p-0123456789abcdef0';
const ROLE = 'arn:aws:iam::000000000000:role/as2-access';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
const oneViolation = (text: string) => `1 validation error detected: ${text}`;

describe('model patterns match the whole value, as AWS validates them', () => {
  it('refuses LoggingRole "mock_logging_role", which only part of (|arn:.*role/\\S+) matched', async () => {
    const error = await failure(t.client.send(new UpdateServerCommand({ ServerId: SERVER_ID, LoggingRole: 'mock_logging_role' })));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      oneViolation(
        "Value 'mock_logging_role' at 'LoggingRole' failed to satisfy constraint: Member must satisfy regular expression pattern: (|arn:.*role/\\S+)",
      ),
    );
  });

  it('refuses an AccessRole with text before the arn: prefix', async () => {
    const error = await failure(
      t.client.send(
        new CreateAgreementCommand({
          ServerId: SERVER_ID,
          LocalProfileId: PROFILE_ID,
          PartnerProfileId: PROFILE_ID,
          BaseDirectory: '/inbox',
          AccessRole: `not-an-${ROLE}`,
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      oneViolation(
        `Value 'not-an-${ROLE}' at 'AccessRole' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.*role/\\S+`,
      ),
    );
  });

  it('refuses a BaseDirectory that does not start with /, although (|/.*) has an empty alternative', async () => {
    const error = await failure(
      t.client.send(
        new CreateAgreementCommand({
          ServerId: SERVER_ID,
          LocalProfileId: PROFILE_ID,
          PartnerProfileId: PROFILE_ID,
          BaseDirectory: 'bucket/inbox',
          AccessRole: ROLE,
        }),
      ),
    );
    expect(error!.message).toBe(
      oneViolation(
        "Value 'bucket/inbox' at 'BaseDirectory' failed to satisfy constraint: Member must satisfy regular expression pattern: (|/.*)",
      ),
    );
  });

  it('checks how a Description begins, as the 2022 model anchored it (^[\\p{Graph}]+): spaces inside pass, a leading one does not', async () => {
    const error = await failure(
      t.client.send(new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: 'x', Description: ' partner signing' })),
    );
    expect(error!.message).toBe(
      oneViolation(
        "Value ' partner signing' at 'Description' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0021-\\u007E]+",
      ),
    );
    const inner = await failure(
      t.client.send(new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: 'x', Description: 'partner signing' })),
    );
    expect(inner!.message).not.toContain("at 'Description'");
  });

  it('refuses an As2Id with a character outside printable ASCII, which a pattern ending in * matched anywhere', async () => {
    const error = await failure(t.client.send(new CreateProfileCommand({ As2Id: 'café-as2', ProfileType: 'PARTNER' })));
    expect(error!.message).toBe(
      oneViolation(
        "Value 'café-as2' at 'As2Id' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0020-\\u007E\\s]*",
      ),
    );
  });

  it('refuses a UserName and a SourceIp with junk after a matching start', async () => {
    const error = await failure(
      t.client.send(new TestIdentityProviderCommand({ ServerId: SERVER_ID, UserName: 'alice smith', SourceIp: '10.0.0.1;drop' })),
    );
    expect(error!.message).toBe(
      '2 validation errors detected: ' +
        "Value '10.0.0.1;drop' at 'SourceIp' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9a-fA-F\\.\\:]+; " +
        "Value 'alice smith' at 'UserName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w][\\w@.-]{2,99}",
    );
  });

  it('checks a pattern only within the length limit, so that a long near-match costs no backtracking', async () => {
    // An anchored arn:.*role/\S+ backtracks quadratically over many "role/" followed by a space.
    const loggingRole = `arn:${'role/'.repeat(420)} `;
    const error = await failure(t.client.send(new UpdateServerCommand({ ServerId: SERVER_ID, LoggingRole: loggingRole })));
    expect(error!.message).toBe(
      oneViolation(
        `Value '${loggingRole.slice(0, 77)}...' at 'LoggingRole' failed to satisfy constraint: Member must have length less than or equal to 2048`,
      ),
    );
  });
});
