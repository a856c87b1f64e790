import {
  CreateAgreementCommand,
  type CreateAgreementRequest,
  CreateProfileCommand,
  CreateServerCommand,
  type CustomDirectoriesType,
  DeleteAgreementCommand,
  DescribeAgreementCommand,
  InvalidNextTokenException,
  InvalidRequestException,
  ListAgreementsCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  type TransferClient,
  UpdateAgreementCommand,
} from '@aws-sdk/client-transfer';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

const ACCOUNT = '000000000000';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/as2-access`;
const OTHER_ROLE = `arn:aws:iam::${ACCOUNT}:role/as2-access-2`;
const CUSTOM: CustomDirectoriesType = {
  FailedFilesDirectory: '/bucket/failed',
  MdnFilesDirectory: '/bucket/mdn',
  PayloadFilesDirectory: '/bucket/payload',
  StatusFilesDirectory: '/bucket/status',
  TemporaryFilesDirectory: '/bucket/tmp',
};
const UNKNOWN_SERVER = 's-0123456789abcdef0';
const UNKNOWN_AGREEMENT = 'a-0123456789abcdef0';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error & Record<string, unknown>,
  );

async function as2Server(client: TransferClient = t.client): Promise<string> {
  const { ServerId } = await client.send(
    new CreateServerCommand({
      Protocols: ['AS2'],
      EndpointType: 'VPC',
      EndpointDetails: { VpcId: 'vpc-0a1b2c3d', SubnetIds: ['subnet-0a'] },
    }),
  );
  return ServerId!;
}

let profileCount = 0;
async function profile(ProfileType: 'LOCAL' | 'PARTNER', client: TransferClient = t.client): Promise<string> {
  const { ProfileId } = await client.send(new CreateProfileCommand({ As2Id: `${ProfileType}-${++profileCount}`, ProfileType }));
  return ProfileId!;
}

/** An AS2 server with a fresh local and partner profile, and the minimal CreateAgreement request for them. */
async function fixture(): Promise<{ server: string; local: string; partner: string; request: CreateAgreementRequest }> {
  const [server, local, partner] = await Promise.all([as2Server(), profile('LOCAL'), profile('PARTNER')]);
  return {
    server,
    local,
    partner,
    request: { ServerId: server, LocalProfileId: local, PartnerProfileId: partner, AccessRole: ROLE, BaseDirectory: '/bucket/in' },
  };
}

const createAgreement = async (request: CreateAgreementRequest, client: TransferClient = t.client) =>
  (await client.send(new CreateAgreementCommand(request))).AgreementId!;
const describeAgreement = async (ServerId: string, AgreementId: string) =>
  (await t.client.send(new DescribeAgreementCommand({ ServerId, AgreementId }))).Agreement!;
const agreementArn = (serverId: string, agreementId: string) =>
  `arn:aws:transfer:us-east-1:${ACCOUNT}:agreement/${serverId}/${agreementId}`;

describe('CreateAgreement and DescribeAgreement', () => {
  it('describes an agreement with the defaults: ACTIVE, filenames not preserved, signing not enforced', async () => {
    const { server, local, partner, request } = await fixture();
    const AgreementId = await createAgreement(request);
    expect(AgreementId).toMatch(/^a-[0-9a-f]{17}$/);
    expect(await describeAgreement(server, AgreementId)).toEqual({
      Arn: agreementArn(server, AgreementId),
      AgreementId,
      ServerId: server,
      LocalProfileId: local,
      PartnerProfileId: partner,
      AccessRole: ROLE,
      BaseDirectory: '/bucket/in',
      Status: 'ACTIVE',
      PreserveFilename: 'DISABLED',
      EnforceMessageSigning: 'DISABLED',
    });
  });

  it('round-trips every member, with custom directories instead of a base directory', async () => {
    const { server, local, partner } = await fixture();
    const AgreementId = await createAgreement({
      ServerId: server,
      LocalProfileId: local,
      PartnerProfileId: partner,
      AccessRole: ROLE,
      CustomDirectories: CUSTOM,
      Description: 'ACME-orders',
      Status: 'INACTIVE',
      PreserveFilename: 'ENABLED',
      EnforceMessageSigning: 'ENABLED',
      Tags: [{ Key: 'partner', Value: 'acme' }],
    });
    expect(await describeAgreement(server, AgreementId)).toEqual({
      Arn: agreementArn(server, AgreementId),
      AgreementId,
      ServerId: server,
      LocalProfileId: local,
      PartnerProfileId: partner,
      AccessRole: ROLE,
      CustomDirectories: CUSTOM,
      Description: 'ACME-orders',
      Status: 'INACTIVE',
      PreserveFilename: 'ENABLED',
      EnforceMessageSigning: 'ENABLED',
      Tags: [{ Key: 'partner', Value: 'acme' }],
    });
  });
});

describe('CreateAgreement validation', () => {
  it('reports every model constraint violation in one InvalidRequestException', async () => {
    const error = await failure(
      createAgreement({
        ServerId: 's-1',
        LocalProfileId: 'local',
        PartnerProfileId: undefined,
        AccessRole: 'role',
        Status: 'PAUSED' as never,
      }),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      "8 validation errors detected: Value 's-1' at 'ServerId' failed to satisfy constraint: Member must have length greater than or equal to 19; " +
        "Value 's-1' at 'ServerId' failed to satisfy constraint: Member must satisfy regular expression pattern: s-([0-9a-f]{17}); " +
        "Value 'local' at 'LocalProfileId' failed to satisfy constraint: Member must have length greater than or equal to 19; " +
        "Value 'local' at 'LocalProfileId' failed to satisfy constraint: Member must satisfy regular expression pattern: p-([0-9a-f]{17}); " +
        "Value null at 'PartnerProfileId' failed to satisfy constraint: Member must not be null; " +
        "Value 'role' at 'AccessRole' failed to satisfy constraint: Member must have length greater than or equal to 20; " +
        "Value 'role' at 'AccessRole' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.*role/\\S+; " +
        "Value 'PAUSED' at 'Status' failed to satisfy constraint: Member must satisfy enum value set: [ACTIVE, INACTIVE]",
    );
  });

  it('reports a non-AS2 server, profiles of the wrong type and both directory kinds together', async () => {
    const { ServerId } = await t.client.send(new CreateServerCommand({}));
    const [local, partner] = await Promise.all([profile('LOCAL'), profile('PARTNER')]);
    const error = await failure(
      createAgreement({
        ServerId,
        LocalProfileId: partner,
        PartnerProfileId: local,
        AccessRole: ROLE,
        BaseDirectory: '/bucket/in',
        CustomDirectories: CUSTOM,
      }),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      [
        `Server ${ServerId} has protocols [SFTP]; an agreement needs a server with AS2 among its protocols`,
        `LocalProfileId ${partner} is a PARTNER profile; expected a LOCAL profile`,
        `PartnerProfileId ${local} is a LOCAL profile; expected a PARTNER profile`,
        'Specify either BaseDirectory or CustomDirectories, not both',
      ].join('; '),
    );
  });

  it('refuses an agreement with neither BaseDirectory nor CustomDirectories', async () => {
    const { request } = await fixture();
    const error = await failure(createAgreement({ ...request, BaseDirectory: undefined }));
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe('Specify either BaseDirectory or CustomDirectories');
  });

  it('answers ResourceNotFoundException for an unknown server or profile', async () => {
    const { request } = await fixture();
    const noServer = await failure(createAgreement({ ...request, ServerId: UNKNOWN_SERVER }));
    expect(noServer).toBeInstanceOf(ResourceNotFoundException);
    expect(noServer).toMatchObject({ message: 'Unknown server', Resource: UNKNOWN_SERVER, ResourceType: 'Server' });
    const noProfile = await failure(createAgreement({ ...request, PartnerProfileId: 'p-0123456789abcdef0' }));
    expect(noProfile).toBeInstanceOf(ResourceNotFoundException);
    expect(noProfile).toMatchObject({ message: 'Unknown profile', Resource: 'p-0123456789abcdef0', ResourceType: 'Profile' });
  });

  it('answers ResourceExistsException for a second agreement between the same profiles on the same server', async () => {
    const { server, local, partner, request } = await fixture();
    const first = await createAgreement(request);
    const error = await failure(createAgreement({ ...request, BaseDirectory: '/bucket/other' }));
    expect(error).toBeInstanceOf(ResourceExistsException);
    expect(error).toMatchObject({
      message: `PartnerProfileId ${partner} already has agreement ${first} on server ${server} with LocalProfileId ${local}; a server has one agreement per local and partner profile pair`,
      Resource: first,
      ResourceType: 'Agreement',
    });
    const otherServer = await as2Server();
    await expect(createAgreement({ ...request, ServerId: otherServer })).resolves.toMatch(/^a-/);
  });

  it('allows 100 agreements per server and refuses the 101st', async () => {
    const own = await startTestEmulator();
    try {
      const server = await as2Server(own.client);
      const locals = await Promise.all(Array.from({ length: 10 }, () => profile('LOCAL', own.client)));
      const partners = await Promise.all(Array.from({ length: 11 }, () => profile('PARTNER', own.client)));
      for (const LocalProfileId of locals) {
        await Promise.all(
          partners
            .slice(0, 10)
            .map((PartnerProfileId) =>
              createAgreement(
                { ServerId: server, LocalProfileId, PartnerProfileId, AccessRole: ROLE, BaseDirectory: '/bucket/in' },
                own.client,
              ),
            ),
        );
      }
      const extra = {
        ServerId: server,
        LocalProfileId: locals[0],
        PartnerProfileId: partners[10],
        AccessRole: ROLE,
        BaseDirectory: '/bucket/in',
      };
      const error = await failure(createAgreement(extra, own.client));
      expect(error).toBeInstanceOf(InvalidRequestException);
      expect(error!.message).toBe(`Quota exceeded: at most 100 agreements per server (ServerId ${server} has 100 agreements)`);
      await expect(createAgreement({ ...extra, ServerId: await as2Server(own.client) }, own.client)).resolves.toMatch(/^a-/);
    } finally {
      await own.close();
    }
  });
});

describe('an agreement lives under its server', () => {
  it('is not found under another server, on describe, update and delete', async () => {
    const { server, request } = await fixture();
    const AgreementId = await createAgreement(request);
    const other = await as2Server();
    for (const command of [
      new DescribeAgreementCommand({ ServerId: other, AgreementId }),
      new UpdateAgreementCommand({ ServerId: other, AgreementId, Status: 'INACTIVE' }),
      new DeleteAgreementCommand({ ServerId: other, AgreementId }),
    ]) {
      const error = await failure(t.client.send(command as never));
      expect(error).toBeInstanceOf(ResourceNotFoundException);
      expect(error).toMatchObject({ message: 'Unknown agreement', Resource: AgreementId, ResourceType: 'Agreement' });
    }
    expect((await describeAgreement(server, AgreementId)).Status).toBe('ACTIVE');
  });

  it('answers ResourceNotFoundException naming the server when the server is unknown', async () => {
    const error = await failure(describeAgreement(UNKNOWN_SERVER, UNKNOWN_AGREEMENT));
    expect(error).toMatchObject({ message: 'Unknown server', Resource: UNKNOWN_SERVER, ResourceType: 'Server' });
  });
});

describe('UpdateAgreement', () => {
  it('changes only the members given', async () => {
    const { server, local, partner, request } = await fixture();
    const AgreementId = await createAgreement({ ...request, Description: 'before', Tags: [{ Key: 'k', Value: 'v' }] });
    const newPartner = await profile('PARTNER');
    const { AgreementId: returned } = await t.client.send(
      new UpdateAgreementCommand({
        ServerId: server,
        AgreementId,
        PartnerProfileId: newPartner,
        Status: 'INACTIVE',
        EnforceMessageSigning: 'ENABLED',
      }),
    );
    expect(returned).toBe(AgreementId);
    expect(await describeAgreement(server, AgreementId)).toEqual({
      Arn: agreementArn(server, AgreementId),
      AgreementId,
      ServerId: server,
      LocalProfileId: local,
      PartnerProfileId: newPartner,
      AccessRole: ROLE,
      BaseDirectory: '/bucket/in',
      Description: 'before',
      Status: 'INACTIVE',
      PreserveFilename: 'DISABLED',
      EnforceMessageSigning: 'ENABLED',
      Tags: [{ Key: 'k', Value: 'v' }],
    });
    expect(partner).not.toBe(newPartner);
  });

  it('switches from a base directory to custom directories and back', async () => {
    const { server, request } = await fixture();
    const AgreementId = await createAgreement(request);
    await t.client.send(new UpdateAgreementCommand({ ServerId: server, AgreementId, CustomDirectories: CUSTOM, AccessRole: OTHER_ROLE }));
    const custom = await describeAgreement(server, AgreementId);
    expect(custom.CustomDirectories).toEqual(CUSTOM);
    expect(custom).not.toHaveProperty('BaseDirectory');
    expect(custom.AccessRole).toBe(OTHER_ROLE);
    await t.client.send(new UpdateAgreementCommand({ ServerId: server, AgreementId, BaseDirectory: '/bucket/back' }));
    const base = await describeAgreement(server, AgreementId);
    expect(base.BaseDirectory).toBe('/bucket/back');
    expect(base).not.toHaveProperty('CustomDirectories');
  });

  it('refuses both directory kinds and a profile of the wrong type in one InvalidRequestException', async () => {
    const { server, partner, request } = await fixture();
    const AgreementId = await createAgreement(request);
    const error = await failure(
      t.client.send(
        new UpdateAgreementCommand({
          ServerId: server,
          AgreementId,
          LocalProfileId: partner,
          BaseDirectory: '/x',
          CustomDirectories: CUSTOM,
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect(error!.message).toBe(
      `LocalProfileId ${partner} is a PARTNER profile; expected a LOCAL profile; Specify either BaseDirectory or CustomDirectories, not both`,
    );
  });

  it('answers ResourceExistsException when the change would duplicate another agreement', async () => {
    const { server, request } = await fixture();
    const first = await createAgreement(request);
    const otherPartner = await profile('PARTNER');
    const second = await createAgreement({ ...request, PartnerProfileId: otherPartner });
    const error = await failure(
      t.client.send(new UpdateAgreementCommand({ ServerId: server, AgreementId: second, PartnerProfileId: request.PartnerProfileId })),
    );
    expect(error).toBeInstanceOf(ResourceExistsException);
    expect(error).toMatchObject({ Resource: first, ResourceType: 'Agreement' });
  });
});

describe('DeleteAgreement', () => {
  it('deletes the agreement', async () => {
    const { server, request } = await fixture();
    const AgreementId = await createAgreement(request);
    await t.client.send(new DeleteAgreementCommand({ ServerId: server, AgreementId }));
    await expect(describeAgreement(server, AgreementId)).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(t.client.send(new DeleteAgreementCommand({ ServerId: server, AgreementId }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });
});

describe('ListAgreements', () => {
  it("lists only the server's agreements as ListedAgreement summaries, across many pages", async () => {
    const { server, request } = await fixture();
    const other = await as2Server();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const PartnerProfileId = await profile('PARTNER');
      ids.push(await createAgreement({ ...request, PartnerProfileId, Description: `agreement-${i}` }));
      await createAgreement({ ...request, ServerId: other, PartnerProfileId });
    }
    const seen: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const result = await t.client.send(new ListAgreementsCommand({ ServerId: server, MaxResults: 2, NextToken }));
      if (pages === 0) {
        const first = await describeAgreement(server, ids[0]);
        expect(result.Agreements![0]).toEqual({
          Arn: first.Arn,
          AgreementId: ids[0],
          Description: 'agreement-0',
          Status: 'ACTIVE',
          ServerId: server,
          LocalProfileId: request.LocalProfileId,
          PartnerProfileId: first.PartnerProfileId,
        });
      }
      pages++;
      seen.push(...result.Agreements!.map((a) => a.AgreementId!));
      NextToken = result.NextToken;
    } while (NextToken && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual(ids);
  });

  it('refuses a NextToken issued for another server', async () => {
    const { server, request } = await fixture();
    await createAgreement(request);
    await createAgreement({ ...request, PartnerProfileId: await profile('PARTNER') });
    const { NextToken } = await t.client.send(new ListAgreementsCommand({ ServerId: server, MaxResults: 1 }));
    expect(NextToken).toEqual(expect.any(String));
    const other = await as2Server();
    await expect(t.client.send(new ListAgreementsCommand({ ServerId: other, NextToken }))).rejects.toBeInstanceOf(
      InvalidNextTokenException,
    );
  });

  it('answers an empty list for a server without agreements and ResourceNotFoundException for an unknown server', async () => {
    const server = await as2Server();
    const { $metadata, ...empty } = await t.client.send(new ListAgreementsCommand({ ServerId: server }));
    expect(empty).toEqual({ Agreements: [] });
    const error = await failure(t.client.send(new ListAgreementsCommand({ ServerId: UNKNOWN_SERVER })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({ Resource: UNKNOWN_SERVER, ResourceType: 'Server' });
  });
});
