import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateAgreementCommand,
  CreateConnectorCommand,
  CreateProfileCommand,
  DescribeCertificateCommand,
  DescribeServerCommand,
  type ProfileType,
} from '@aws-sdk/client-transfer';
import { startGateway, type RunningGateway } from '../../src/gateway';
import { createAs2Server } from '../support/as2-server';
import { certificateFactory } from '../support/certificates';
import { startStack, type TestStack } from '../support/stack';

const gid = (...parts: string[]) => Buffer.from([parts[0], 'us-east-1', ...parts.slice(1)].join(':')).toString('base64url');
const ACCESS_ROLE = 'arn:aws:iam::000000000000:role/as2-access';
const PAYLOAD = 'deletedId dependents { type id awsId name } userErrors { field message code }';
const DELETE_CERTIFICATE = `mutation($input: DeleteCertificateInput!) { deleteCertificate(input: $input) { ${PAYLOAD} } }`;
const DELETE_PROFILE = `mutation($input: DeleteProfileInput!) { deleteProfile(input: $input) { ${PAYLOAD} } }`;
const DELETE_SERVER = `mutation($input: DeleteServerInput!) { deleteServer(input: $input) { ${PAYLOAD} } }`;

let s: TestStack;
let serverId: string;
let certificateId: string;
let local: string;
let partner: string;
let agreementId: string;
let connectorId: string;
const profile = async (As2Id: string, ProfileType: ProfileType, CertificateIds?: string[]) =>
  (await s.client.send(new CreateProfileCommand({ As2Id, ProfileType, CertificateIds }))).ProfileId!;

// One server with one agreement between LOCAL (holding the certificate) and PARTNER, and one connector between them.
beforeAll(async () => {
  s = await startStack();
  const certs = await certificateFactory();
  certificateId = await certs.importInto(s.client, 'SIGNING', { withPrivateKey: true });
  local = await profile('GUARD-LOCAL', 'LOCAL', [certificateId]);
  partner = await profile('GUARD-PARTNER', 'PARTNER');
  serverId = await createAs2Server(s.client);
  agreementId = (
    await s.client.send(
      new CreateAgreementCommand({
        ServerId: serverId,
        LocalProfileId: local,
        PartnerProfileId: partner,
        AccessRole: ACCESS_ROLE,
        BaseDirectory: '/b/in',
        Description: 'Invoices-in',
      }),
    )
  ).AgreementId!;
  connectorId = (
    await s.client.send(
      new CreateConnectorCommand({
        Url: 'https://partner.example/as2',
        AccessRole: ACCESS_ROLE,
        As2Config: { LocalProfileId: local, PartnerProfileId: partner },
      }),
    )
  ).ConnectorId!;
});
afterAll(() => s.close());
beforeEach(() => s.resetStats());

const agreementDependent = () => ({
  type: 'Agreement',
  id: gid('Agreement', serverId, agreementId),
  awsId: agreementId,
  name: 'Invoices-in',
});

describe('deleting what others use is refused with IN_USE and the list of them', () => {
  it('refuses to delete a certificate a profile holds, for one ListProfiles and one DescribeProfile per profile', async () => {
    const res = await s.gql(DELETE_CERTIFICATE, { input: { id: certificateId } });
    expect(res.data.deleteCertificate).toEqual({
      deletedId: null,
      dependents: [{ type: 'Profile', id: gid('Profile', local), awsId: local, name: 'GUARD-LOCAL' }],
      userErrors: [
        {
          field: ['input', 'id'],
          message: `Certificate ${certificateId} is used by 1 profile; change or delete them first, or give force: true to delete it anyway`,
          code: 'IN_USE',
        },
      ],
    });
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 3, byOperation: { ListProfiles: 1, DescribeProfile: 2 } });
    expect((await s.client.send(new DescribeCertificateCommand({ CertificateId: certificateId }))).Certificate?.CertificateId).toBe(
      certificateId,
    );
  });

  it('refuses to delete a profile that an agreement and a connector use, naming both', async () => {
    const res = await s.gql(DELETE_PROFILE, { input: { id: gid('Profile', partner) } });
    expect(res.data.deleteProfile).toEqual({
      deletedId: null,
      dependents: [
        agreementDependent(),
        { type: 'Connector', id: gid('Connector', connectorId), awsId: connectorId, name: 'https://partner.example/as2' },
      ],
      userErrors: [
        {
          field: ['input', 'id'],
          message: `Profile ${partner} is used by 1 agreement and 1 connector; change or delete them first, or give force: true to delete it anyway`,
          code: 'IN_USE',
        },
      ],
    });
    expect(res.extensions?.cost?.upstream).toEqual({
      calls: 4,
      byOperation: { ListServers: 1, ListAgreements: 1, ListConnectors: 1, DescribeConnector: 1 },
    });
  });

  it('refuses to delete a server that has agreements, for one ListAgreements', async () => {
    const res = await s.gql(DELETE_SERVER, { input: { id: serverId } });
    expect(res.data.deleteServer).toEqual({
      deletedId: null,
      dependents: [agreementDependent()],
      userErrors: [
        {
          field: ['input', 'id'],
          message: `Server ${serverId} is used by 1 agreement; change or delete them first, or give force: true to delete it anyway`,
          code: 'IN_USE',
        },
      ],
    });
    expect(await s.stats()).toEqual({ requests: { ListAgreements: 1 }, total: 1 });
  });
});

describe('force: true and unused objects', () => {
  it('deletes what has no dependents after the check, answering an empty list', async () => {
    const lonely = await profile('GUARD-LONELY', 'PARTNER');
    await s.resetStats();
    const res = await s.gql(DELETE_PROFILE, { input: { id: lonely } });
    expect(res.data.deleteProfile).toEqual({ deletedId: gid('Profile', lonely), dependents: [], userErrors: [] });
    expect(await s.stats()).toEqual({
      requests: { ListServers: 1, ListAgreements: 1, ListConnectors: 1, DescribeConnector: 1, DeleteProfile: 1 },
      total: 5,
    });
  });

  it('deletes a server with agreements when forced, without the check', async () => {
    const res = await s.gql(DELETE_SERVER, { input: { id: serverId, force: true } });
    expect(res.data.deleteServer).toEqual({ deletedId: gid('Server', serverId), dependents: null, userErrors: [] });
    expect(await s.stats()).toEqual({ requests: { DeleteServer: 1 }, total: 1 });
    await expect(s.client.send(new DescribeServerCommand({ ServerId: serverId }))).rejects.toThrow('Unknown server');
  });

  it('deletes a certificate a profile holds when forced', async () => {
    const res = await s.gql(DELETE_CERTIFICATE, { input: { id: certificateId, force: true } });
    expect(res.data.deleteCertificate).toEqual({ deletedId: gid('Certificate', certificateId), dependents: null, userErrors: [] });
    expect(await s.stats()).toEqual({ requests: { DeleteCertificate: 1 }, total: 1 });
  });
});

describe('the check is bounded by the AWS quotas', () => {
  let fake: Server;
  let gateway: RunningGateway;
  const calls: string[] = [];
  beforeAll(async () => {
    // Stands in for an AWS that lists connectors without end: 100 a page, always with a NextToken.
    fake = createServer((req, res) => {
      const target = String(req.headers['x-amz-target']).replace('TransferService.', '');
      calls.push(target);
      req.resume();
      req.on('end', () => {
        const body =
          target === 'ListConnectors'
            ? {
                Connectors: Array.from({ length: 100 }, (_, i) => ({
                  ConnectorId: `c-${String(calls.length * 100 + i).padStart(17, '0')}`,
                  Url: 'https://x',
                })),
                NextToken: 'more',
              }
            : { Servers: [] };
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    gateway = await startGateway(
      {
        upstream: { endpoint: `http://127.0.0.1:${(fake.address() as AddressInfo).port}`, region: 'us-east-1' },
        concurrencyPerRequest: 4,
        concurrencyPerProcess: 8,
        upstreamTimeoutMs: 2000,
        upstreamMaxAttempts: 1,
        logLevel: 'silent',
        log: () => undefined,
      },
      '127.0.0.1',
      0,
    );
  });
  afterAll(async () => {
    await gateway.close();
    await new Promise((resolve) => fake.close(resolve));
  });

  it('stops after the page that passes 100 connectors and refuses the delete, deleting nothing', async () => {
    const res = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { deleteProfile(input: { id: "p-0123456789abcdef0" }) { ${PAYLOAD} } }` }),
    });
    expect(((await res.json()) as any).data.deleteProfile).toEqual({
      deletedId: null,
      dependents: null,
      userErrors: [
        {
          field: null,
          message: 'There are more than 100 connectors, the AWS quota this walk is bounded by; it was not finished',
          code: 'QUOTA_EXCEEDED',
        },
      ],
    });
    expect(calls.sort()).toEqual(['ListConnectors', 'ListConnectors', 'ListServers']);
  });
});

describe('what a refused delete costs on the demo data (3 servers, 40 agreements, 30 profiles, 10 connectors)', () => {
  let demo: TestStack;
  beforeAll(async () => {
    demo = await startStack({ seed: 'demo' });
  }, 60_000);
  afterAll(() => demo.close());

  it('answers each refusal with its dependents for the calls of its check, and nothing else', async () => {
    const first = await demo.gql(`{ servers(first: 1) { edges { node { serverId agreements { totalCount } } } }
      profiles(profileType: PARTNER, first: 1) { edges { node { profileId certificateIds agreements { totalCount } connectors { totalCount } } } } }`);
    const server = first.data.servers.edges[0].node;
    const partner = first.data.profiles.edges[0].node;
    const refused = async (query: string, id: string) => {
      const res = await demo.gql(query, { input: { id } });
      const payload = Object.values(res.data as Record<string, { dependents: unknown[]; userErrors: Array<{ code: string }> }>)[0];
      return { dependents: payload.dependents.length, codes: payload.userErrors.map((e) => e.code), cost: res.extensions?.cost?.upstream };
    };
    expect(await refused(DELETE_CERTIFICATE, partner.certificateIds[0])).toEqual({
      dependents: 1,
      codes: ['IN_USE'],
      cost: { calls: 31, byOperation: { ListProfiles: 1, DescribeProfile: 30 } },
    });
    expect(await refused(DELETE_PROFILE, partner.profileId)).toEqual({
      dependents: partner.agreements.totalCount + partner.connectors.totalCount,
      codes: ['IN_USE'],
      cost: { calls: 15, byOperation: { ListServers: 1, ListAgreements: 3, ListConnectors: 1, DescribeConnector: 10 } },
    });
    expect(await refused(DELETE_SERVER, server.serverId)).toEqual({
      dependents: server.agreements.totalCount,
      codes: ['IN_USE'],
      cost: { calls: 1, byOperation: { ListAgreements: 1 } },
    });
  });
});
