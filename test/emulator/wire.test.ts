import {
  CreateProfileCommand,
  DeleteProfileCommand,
  DescribeCertificateCommand,
  DescribeProfileCommand,
  ImportCertificateCommand,
  ListProfilesCommand,
  ResourceNotFoundException,
  type DescribedCertificate,
} from '@aws-sdk/client-transfer';
import type { OperationContext } from '../../src/emulator/context';
import { notFound } from '../../src/emulator/errors';
import { OPERATIONS } from '../../src/emulator/operations';
import { generateCertificate, generateKey } from '../../src/emulator/seed/certs';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const JSON_1_1 = 'application/x-amz-json-1.1';
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_BODY_BYTES = 4096;

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ maxBodyBytes: MAX_BODY_BYTES });
});
afterAll(() => t.close());

/** A raw awsJson call, for what the SDK would never send. */
async function raw(init: { target?: string; body?: string; method?: string; path?: string; headers?: Record<string, string> }) {
  const headers: Record<string, string> = { 'content-type': JSON_1_1, ...init.headers };
  if (init.target !== undefined) headers['x-amz-target'] = init.target;
  const res = await fetch(`${t.endpoint}${init.path ?? '/'}`, { method: init.method ?? 'POST', headers, body: init.body });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    requestId: res.headers.get('x-amzn-requestid'),
    text,
    json: text ? (JSON.parse(text) as unknown) : undefined,
  };
}

/** Swaps one operation's handler for the length of `body`: proves the wire layer apart from any operation. */
async function withHandler(
  name: keyof typeof OPERATIONS,
  handler: (ctx: OperationContext, input: any) => unknown,
  body: () => Promise<void>,
) {
  const original = OPERATIONS[name];
  OPERATIONS[name] = handler;
  try {
    await body();
  } finally {
    if (original) OPERATIONS[name] = original;
    else delete OPERATIONS[name];
  }
}

const BAD_REQUESTS: { name: string; request: Parameters<typeof raw>[0]; status: number; body: object }[] = [
  {
    name: 'an unknown X-Amz-Target',
    request: { target: 'TransferService.LaunchRocket', body: '{}' },
    status: 400,
    body: {
      __type: 'UnknownOperationException',
      Message: 'Unknown operation "TransferService.LaunchRocket"; expected X-Amz-Target: TransferService.<Operation>',
    },
  },
  {
    name: "another service's X-Amz-Target",
    request: { target: 'DynamoDB_20120810.ListTables', body: '{}' },
    status: 400,
    body: {
      __type: 'UnknownOperationException',
      Message: 'Unknown operation "DynamoDB_20120810.ListTables"; expected X-Amz-Target: TransferService.<Operation>',
    },
  },
  {
    name: 'an X-Amz-Target naming an inherited object property',
    request: { target: 'TransferService.constructor', body: '{}' },
    status: 400,
    body: {
      __type: 'UnknownOperationException',
      Message: 'Unknown operation "TransferService.constructor"; expected X-Amz-Target: TransferService.<Operation>',
    },
  },
  {
    name: 'no X-Amz-Target',
    request: { body: '{}' },
    status: 400,
    body: { __type: 'UnknownOperationException', Message: 'Unknown operation ""; expected X-Amz-Target: TransferService.<Operation>' },
  },
  {
    name: 'GET /',
    request: { method: 'GET', target: 'TransferService.ListProfiles' },
    status: 404,
    body: { __type: 'UnknownOperationException', Message: 'Expected POST / with an X-Amz-Target header, got GET /' },
  },
  {
    name: 'POST to another path',
    request: { path: '/2018-11-05/profiles', target: 'TransferService.ListProfiles', body: '{}' },
    status: 404,
    body: { __type: 'UnknownOperationException', Message: 'Expected POST / with an X-Amz-Target header, got POST /2018-11-05/profiles' },
  },
  {
    name: 'a body that is not JSON',
    request: { target: 'TransferService.CreateProfile', body: '{"As2Id": "A", "ProfileType": ' },
    status: 400,
    body: { __type: 'SerializationException', Message: 'The request body is not valid JSON' },
  },
  {
    name: 'a JSON body that is not an object',
    request: { target: 'TransferService.ListProfiles', body: '[1, 2]' },
    status: 400,
    body: { __type: 'SerializationException', Message: "Expected an object at '(input)' but got a list" },
  },
  {
    name: 'a member of the wrong JSON type',
    request: { target: 'TransferService.CreateProfile', body: '{"As2Id": 42, "ProfileType": "LOCAL"}' },
    status: 400,
    body: { __type: 'SerializationException', Message: "Expected a string at 'As2Id' but got number" },
  },
  {
    name: 'nested members of the wrong JSON types',
    request: {
      target: 'TransferService.CreateProfile',
      body: '{"As2Id": "A", "ProfileType": "LOCAL", "CertificateIds": "cert-0123456789abcdef0", "Tags": [{"Key": true, "Value": "v"}]}',
    },
    status: 400,
    body: {
      __type: 'SerializationException',
      Message: "Expected a list at 'CertificateIds' but got string; Expected a string at 'Tags[0].Key' but got boolean",
    },
  },
  {
    name: 'a fractional MaxResults',
    request: { target: 'TransferService.ListProfiles', body: '{"MaxResults": 2.5}' },
    status: 400,
    body: { __type: 'SerializationException', Message: "Expected an integer at 'MaxResults' but got number" },
  },
  {
    name: 'a body larger than maxBodyBytes',
    request: { target: 'TransferService.CreateProfile', body: JSON.stringify({ As2Id: 'x'.repeat(MAX_BODY_BYTES), ProfileType: 'LOCAL' }) },
    status: 413,
    body: { __type: 'RequestEntityTooLargeException', Message: `Request body exceeds ${MAX_BODY_BYTES} bytes` },
  },
];

describe('the awsJson1_1 wire', () => {
  describe('malformed requests', () => {
    it.each(BAD_REQUESTS)('answers $status with an AWS error body for $name', async ({ request, status, body }) => {
      const answer = await raw(request);
      expect(answer).toEqual({
        status,
        contentType: JSON_1_1,
        requestId: expect.stringMatching(REQUEST_ID),
        text: expect.any(String),
        json: body,
      });
    });

    it('answers 413 for a body streamed past the limit without a Content-Length', async () => {
      const chunks = [Buffer.from('{"As2Id":"'), Buffer.alloc(MAX_BODY_BYTES * 4, 'x'), Buffer.from('","ProfileType":"LOCAL"}')];
      const res = await fetch(`${t.endpoint}/`, {
        method: 'POST',
        headers: { 'content-type': JSON_1_1, 'x-amz-target': 'TransferService.CreateProfile' },
        body: new ReadableStream({
          start(controller) {
            chunks.forEach((c) => controller.enqueue(c));
            controller.close();
          },
        }),
        duplex: 'half',
      });
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({
        __type: 'RequestEntityTooLargeException',
        Message: `Request body exceeds ${MAX_BODY_BYTES} bytes`,
      });
    });

    it('keeps serving well-formed calls while and after bad requests arrive', async () => {
      const bad = Promise.all(BAD_REQUESTS.map(({ request }) => raw(request)));
      const { ProfileId } = await t.client.send(new CreateProfileCommand({ As2Id: 'still-up', ProfileType: 'LOCAL' }));
      expect((await bad).map((a) => a.status)).toEqual(BAD_REQUESTS.map((b) => b.status));
      const { Profile } = await t.client.send(new DescribeProfileCommand({ ProfileId }));
      expect(Profile?.As2Id).toBe('still-up');
    });
  });

  describe('request bodies', () => {
    it('accepts an empty body as {}', async () => {
      const answer = await raw({ target: 'TransferService.ListProfiles', body: '' });
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ Profiles: expect.any(Array) });
    });

    it('ignores members the model does not know and treats null as absent', async () => {
      const answer = await raw({
        target: 'TransferService.CreateProfile',
        body: '{"As2Id": "extra", "ProfileType": "LOCAL", "Colour": "blue", "Tags": null}',
      });
      expect(answer.status).toBe(200);
      const { ProfileId } = answer.json as { ProfileId: string };
      const { Profile } = await t.client.send(new DescribeProfileCommand({ ProfileId }));
      expect(Profile).toEqual({
        Arn: `arn:aws:transfer:us-east-1:000000000000:profile/${ProfileId}`,
        ProfileId,
        ProfileType: 'LOCAL',
        As2Id: 'extra',
        CertificateIds: [],
      });
    });
  });

  describe('responses', () => {
    it('answers an operation with empty output with 200, an empty body, the awsJson content type and a request id', async () => {
      const { ProfileId } = await t.client.send(new CreateProfileCommand({ As2Id: 'to-delete', ProfileType: 'LOCAL' }));
      const answer = await raw({ target: 'TransferService.DeleteProfile', body: JSON.stringify({ ProfileId }) });
      expect(answer).toEqual({
        status: 200,
        contentType: JSON_1_1,
        requestId: expect.stringMatching(REQUEST_ID),
        text: '',
        json: undefined,
      });
    });

    it('gives every answer its own request id, which the SDK reads', async () => {
      const first = await t.client.send(new ListProfilesCommand({}));
      const second = await t.client.send(new ListProfilesCommand({}));
      expect(first.$metadata.requestId).toMatch(REQUEST_ID);
      expect(second.$metadata.requestId).toMatch(REQUEST_ID);
      expect(first.$metadata.requestId).not.toBe(second.$metadata.requestId);
    });

    it('sends timestamps as epoch-second numbers, fractional where the date has milliseconds', async () => {
      const certificate: DescribedCertificate = {
        Arn: 'arn:aws:transfer:us-east-1:000000000000:certificate/cert-0123456789abcdef0',
        CertificateId: 'cert-0123456789abcdef0',
        ActiveDate: new Date('2024-01-02T03:04:05.250Z'),
        NotAfterDate: new Date('2034-01-02T03:04:05Z'),
      };
      await withHandler(
        'DescribeCertificate',
        () => ({ Certificate: certificate }),
        async () => {
          const answer = await raw({ target: 'TransferService.DescribeCertificate', body: '{"CertificateId": "cert-0123456789abcdef0"}' });
          expect(answer.text).toBe(
            '{"Certificate":{"Arn":"arn:aws:transfer:us-east-1:000000000000:certificate/cert-0123456789abcdef0",' +
              '"CertificateId":"cert-0123456789abcdef0","ActiveDate":1704164645.25,"NotAfterDate":2019783845}}',
          );
          const { Certificate } = await t.client.send(new DescribeCertificateCommand({ CertificateId: 'cert-0123456789abcdef0' }));
          expect(Certificate).toEqual(certificate);
        },
      );
    });

    it("sends a real imported certificate's dates as epoch-second numbers", async () => {
      const notBefore = new Date('2025-03-01T00:00:00Z');
      const notAfter = new Date('2035-03-01T00:00:00Z');
      const key = await generateKey();
      const { certificatePem } = await generateCertificate({
        subject: 'CN=Wire, O=Wire, C=US',
        key,
        purpose: 'SIGNING',
        notBefore,
        notAfter,
      });
      const { CertificateId } = await t.client.send(
        new ImportCertificateCommand({ Usage: 'SIGNING', Certificate: certificatePem, ActiveDate: new Date('2025-06-01T12:00:00.500Z') }),
      );
      const answer = await raw({ target: 'TransferService.DescribeCertificate', body: JSON.stringify({ CertificateId }) });
      expect(answer.json).toMatchObject({
        Certificate: { ActiveDate: 1748779200.5, InactiveDate: 2056320000, NotBeforeDate: 1740787200, NotAfterDate: 2056320000 },
      });
    });

    it('reads integer and fractional epoch seconds into Dates and refuses a timestamp string naming the member', async () => {
      const inputs: unknown[] = [];
      await withHandler(
        'UpdateCertificate',
        (_ctx, input) => (inputs.push(input), { CertificateId: 'cert-0123456789abcdef0' }),
        async () => {
          const ok = await raw({
            target: 'TransferService.UpdateCertificate',
            body: '{"CertificateId": "cert-0123456789abcdef0", "ActiveDate": 1704164645, "InactiveDate": 1704164645.75}',
          });
          expect(ok.json).toEqual({ CertificateId: 'cert-0123456789abcdef0' });
          const bad = await raw({
            target: 'TransferService.UpdateCertificate',
            body: '{"CertificateId": "cert-0123456789abcdef0", "ActiveDate": "2024-01-02T03:04:05Z"}',
          });
          expect(bad.json).toEqual({
            __type: 'SerializationException',
            Message: "Expected a timestamp in epoch seconds at 'ActiveDate' but got string",
          });
        },
      );
      expect(inputs).toEqual([
        {
          CertificateId: 'cert-0123456789abcdef0',
          ActiveDate: new Date('2024-01-02T03:04:05.000Z'),
          InactiveDate: new Date('2024-01-02T03:04:05.750Z'),
        },
      ]);
    });

    it('answers an unexpected failure with a logged 500 InternalServiceError and keeps serving', async () => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        await withHandler(
          'DescribeCertificate',
          () => {
            throw new TypeError('boom');
          },
          async () => {
            const answer = await raw({
              target: 'TransferService.DescribeCertificate',
              body: '{"CertificateId": "cert-0123456789abcdef0"}',
            });
            expect([answer.status, answer.json]).toEqual([500, { __type: 'InternalServiceError', Message: 'An internal error occurred' }]);
          },
        );
        expect(logged).toHaveBeenCalledWith(expect.stringContaining('TypeError: boom'));
      } finally {
        logged.mockRestore();
      }
      await expect(t.client.send(new ListProfilesCommand({}))).resolves.toMatchObject({ Profiles: expect.any(Array) });
    });

    it('answers an error the model does not declare for the operation with a logged 500 InternalServiceError', async () => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        // ListServers declares no ResourceNotFoundException, so an SDK client could not expect one.
        await withHandler(
          'ListServers',
          () => {
            throw notFound('Server', 's-0123456789abcdef0');
          },
          async () => {
            const answer = await raw({ target: 'TransferService.ListServers', body: '{}' });
            expect([answer.status, answer.json]).toEqual([500, { __type: 'InternalServiceError', Message: 'An internal error occurred' }]);
          },
        );
        expect(logged).toHaveBeenCalledWith(
          expect.stringContaining('ListServers raised ResourceNotFoundException, which the model does not declare for it: Unknown server'),
        );
      } finally {
        logged.mockRestore();
      }
    });
  });

  describe('regions', () => {
    it('puts the region of the SigV4 credential scope into ARNs and keeps each region apart', async () => {
      const ireland = t.clientFor('eu-west-1');
      const { ProfileId } = await ireland.send(new CreateProfileCommand({ As2Id: 'dublin', ProfileType: 'PARTNER' }));
      const { Profile } = await ireland.send(new DescribeProfileCommand({ ProfileId }));
      expect(Profile?.Arn).toBe(`arn:aws:transfer:eu-west-1:000000000000:profile/${ProfileId}`);

      await expect(t.client.send(new DescribeProfileCommand({ ProfileId }))).rejects.toBeInstanceOf(ResourceNotFoundException);
      const { Profiles } = await t.client.send(new ListProfilesCommand({}));
      expect(Profiles?.map((p) => p.ProfileId)).not.toContain(ProfileId);
      await expect(t.client.send(new DeleteProfileCommand({ ProfileId }))).rejects.toBeInstanceOf(ResourceNotFoundException);
      expect((await ireland.send(new ListProfilesCommand({}))).Profiles).toEqual([
        { Arn: Profile?.Arn, ProfileId, As2Id: 'dublin', ProfileType: 'PARTNER' },
      ]);
    });

    it('serves an unsigned call in us-east-1', async () => {
      const answer = await raw({ target: 'TransferService.CreateProfile', body: '{"As2Id": "unsigned", "ProfileType": "LOCAL"}' });
      const { ProfileId } = answer.json as { ProfileId: string };
      const { Profile } = await t.client.send(new DescribeProfileCommand({ ProfileId }));
      expect(Profile?.Arn).toBe(`arn:aws:transfer:us-east-1:000000000000:profile/${ProfileId}`);
    });
  });
});
