import {
  CreateProfileCommand,
  DescribeProfileCommand,
  ListProfilesCommand,
  TransferClient,
  TransferServiceException,
  type TransferClientConfig,
} from '@aws-sdk/client-transfer';
import type { HttpRequest } from '@smithy/protocol-http';
import { startTestEmulator, TEST_CREDENTIALS, type TestEmulator } from '../support/emulator';

const JSON_1_1 = 'application/x-amz-json-1.1';
const BAD_SIGNATURE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.';
const AMZ_DATE = /^\d{8}T\d{6}Z$/;

let t: TestEmulator;
const clients: TransferClient[] = [];
beforeAll(async () => {
  t = await startTestEmulator({ credentials: TEST_CREDENTIALS });
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await t.close();
});

function client(config: Partial<TransferClientConfig> = {}): TransferClient {
  const made = new TransferClient({ endpoint: t.endpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS, maxAttempts: 1, ...config });
  clients.push(made);
  return made;
}

/** What the SDK makes of an error it has no class for: its name, message, status and fault side. */
async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TransferServiceException);
  const e = error as TransferServiceException;
  return { name: e.name, message: e.message, status: e.$metadata.httpStatusCode, fault: e.$fault };
}

async function rawPost(target: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.endpoint}/`, {
    method: 'POST',
    headers: { 'content-type': JSON_1_1, 'x-amz-target': target, ...headers },
    body,
  });
  return { status: res.status, body: await res.json() };
}

describe('SigV4 when credentials are configured', () => {
  it('accepts calls the SDK signs with the configured credentials, in any region', async () => {
    const { ProfileId } = await t.client.send(new CreateProfileCommand({ As2Id: 'signed', ProfileType: 'LOCAL' }));
    const { Profile } = await t.client.send(new DescribeProfileCommand({ ProfileId }));
    expect(Profile?.As2Id).toBe('signed');
    const tokyo = await t.clientFor('ap-northeast-1').send(new CreateProfileCommand({ As2Id: 'tokyo', ProfileType: 'LOCAL' }));
    expect(tokyo.ProfileId).toMatch(/^p-[0-9a-f]{17}$/);
  });

  it('accepts signed bodies with characters outside ASCII', async () => {
    // As2Id allows \u0020-\u007E only, so the non-ASCII text travels in a tag value.
    const { ProfileId } = await t.client.send(
      new CreateProfileCommand({ As2Id: 'unicode', ProfileType: 'LOCAL', Tags: [{ Key: 'city', Value: 'Zürich 東京 🚀' }] }),
    );
    const { Profile } = await t.client.send(new DescribeProfileCommand({ ProfileId }));
    expect(Profile?.Tags).toEqual([{ Key: 'city', Value: 'Zürich 東京 🚀' }]);
  });

  it('refuses a wrong secret with InvalidSignatureException (403)', async () => {
    const wrong = client({ credentials: { accessKeyId: TEST_CREDENTIALS.accessKeyId, secretAccessKey: 'not-the-secret' } });
    expect(await failure(wrong.send(new ListProfilesCommand({})))).toEqual({
      name: 'InvalidSignatureException',
      message: BAD_SIGNATURE,
      status: 403,
      fault: 'client',
    });
  });

  it('refuses an unknown access key with UnrecognizedClientException (403)', async () => {
    const stranger = client({ credentials: { accessKeyId: 'AKIDSTRANGER', secretAccessKey: TEST_CREDENTIALS.secretAccessKey } });
    expect(await failure(stranger.send(new ListProfilesCommand({})))).toEqual({
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
      status: 403,
      fault: 'client',
    });
  });

  it('refuses a body changed after signing with InvalidSignatureException', async () => {
    const tampering = client();
    tampering.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as HttpRequest;
        const text = typeof request.body === 'string' ? request.body : Buffer.from(request.body as Uint8Array).toString('utf8');
        request.body = text.replace('honest', 'forged');
        return next(args);
      },
      { step: 'deserialize', name: 'tamperAfterSigning' },
    );
    expect(await failure(tampering.send(new CreateProfileCommand({ As2Id: 'honest', ProfileType: 'LOCAL' })))).toMatchObject({
      name: 'InvalidSignatureException',
      message: BAD_SIGNATURE,
      status: 403,
    });
    const { Profiles } = await t.client.send(new ListProfilesCommand({}));
    expect(Profiles?.map((p) => p.As2Id)).not.toContain('forged');
  });

  it('refuses a request without an Authorization header with MissingAuthenticationTokenException (403)', async () => {
    expect(await rawPost('TransferService.ListProfiles', '{}')).toEqual({
      status: 403,
      body: { __type: 'MissingAuthenticationTokenException', Message: 'Missing Authentication Token' },
    });
  });

  it('authenticates before it looks the operation up', async () => {
    expect(await rawPost('TransferService.LaunchRocket', '{}')).toEqual({
      status: 403,
      body: { __type: 'MissingAuthenticationTokenException', Message: 'Missing Authentication Token' },
    });
  });

  it('refuses a malformed Authorization header with IncompleteSignatureException (403)', async () => {
    expect(await rawPost('TransferService.ListProfiles', '{}', { authorization: 'AWS4-HMAC-SHA256 Credential=AKIDTESTTEST' })).toEqual({
      status: 403,
      body: {
        __type: 'IncompleteSignatureException',
        Message: 'Authorization header requires Credential, SignedHeaders and Signature, and the request an X-Amz-Date',
      },
    });
  });

  it('refuses a credential scoped to another service', async () => {
    const s3 = client();
    s3.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as HttpRequest;
        request.headers.authorization = request.headers.authorization.replace('/transfer/aws4_request', '/s3/aws4_request');
        return next(args);
      },
      { step: 'deserialize', name: 'rescope' },
    );
    expect(await failure(s3.send(new ListProfilesCommand({})))).toMatchObject({
      name: 'InvalidSignatureException',
      message: "Credential should be scoped to correct service: 'transfer'.",
      status: 403,
    });
  });

  it('refuses a signature dated more than five minutes ago, as AWS words it', async () => {
    const late = client({ systemClockOffset: -10 * 60_000 });
    const { name, message, status } = await failure(late.send(new ListProfilesCommand({})));
    expect({ name, status }).toEqual({ name: 'InvalidSignatureException', status: 403 });
    const [, signed, earliest, now] = /^Signature expired: (\S+) is now earlier than (\S+) \((\S+) - 5 min\.\)$/.exec(message) ?? [];
    expect([signed, earliest, now]).toEqual([
      expect.stringMatching(AMZ_DATE),
      expect.stringMatching(AMZ_DATE),
      expect.stringMatching(AMZ_DATE),
    ]);
    expect(signed < earliest && earliest < now).toBe(true);
  });

  it('refuses a signature dated more than five minutes ahead', async () => {
    const early = client({ systemClockOffset: 10 * 60_000 });
    expect((await failure(early.send(new ListProfilesCommand({})))).message).toMatch(
      /^Signature not yet current: \d{8}T\d{6}Z is still later than \d{8}T\d{6}Z \(\d{8}T\d{6}Z \+ 5 min\.\)$/,
    );
  });

  it("lets the SDK correct its clock skew from the answer's Date header and succeed on retry", async () => {
    const skewed = client({ systemClockOffset: -10 * 60_000, maxAttempts: 2 });
    await expect(skewed.send(new ListProfilesCommand({}))).resolves.toMatchObject({ Profiles: expect.any(Array) });
  });
});

describe('SigV4 when no credentials are configured', () => {
  let open: TestEmulator;
  beforeAll(async () => {
    open = await startTestEmulator();
  });
  afterAll(() => open.close());

  it('serves unsigned calls', async () => {
    const res = await fetch(`${open.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': JSON_1_1, 'x-amz-target': 'TransferService.ListProfiles' },
      body: '{}',
    });
    expect([res.status, await res.json()]).toEqual([200, { Profiles: [] }]);
  });

  it('serves calls signed with any credentials', async () => {
    const anyone = new TransferClient({
      endpoint: open.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDANYONE', secretAccessKey: 'whatever' },
    });
    try {
      await expect(anyone.send(new ListProfilesCommand({}))).resolves.toMatchObject({ Profiles: [] });
    } finally {
      anyone.destroy();
    }
  });
});
