import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, validate } from 'graphql';
import {
  ConnectorsDocument,
  CreateProfileFromFormDocument,
  DeleteProfileGuardedDocument,
  FileTransferStatusDocument,
  PartnerGraphDocument,
  ProfileByAnyIdDocument,
  StartFileTransferDocument,
} from '../../src/client';
import { gatewaySchema } from '../../src/gateway/schema/build';
import { startStack, type TestStack } from '../support/stack';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const readmeBlocks = [...README.matchAll(/```graphql\n([^]*?)```/g)].map((m) => m[1]);

let s: TestStack;
beforeAll(async () => {
  s = await startStack({ seed: 'demo' });
}, 60_000);
afterAll(() => s.close());

describe('the README', () => {
  it('has GraphQL examples, every one valid against the schema', () => {
    expect(readmeBlocks.length).toBeGreaterThanOrEqual(2);
    for (const block of readmeBlocks) expect(validate(gatewaySchema(), parse(block)).map((e) => e.message)).toEqual([]);
  });

  it('answers its first query on the demo data without errors', async () => {
    const res = await s.gql(readmeBlocks[0]);
    expect(res.errors).toBeUndefined();
    expect(res.data.servers.edges).toHaveLength(3);
  });
});

describe('examples/ on the demo data', () => {
  it('PartnerGraph shows 3 servers with 40 agreements, each with its partner and certificates', async () => {
    const res = await s.gql(print(PartnerGraphDocument));
    expect(res.errors).toBeUndefined();
    const agreements = res.data.servers.edges.flatMap((e: any) => e.node.agreements.edges.map((a: any) => a.node));
    expect(agreements).toHaveLength(40);
    expect(res.data.servers.edges.reduce((n: number, e: any) => n + e.node.agreements.totalCount, 0)).toBe(40);
    expect(agreements.every((a: any) => a.partnerProfile.as2Id && a.partnerProfile.certificates.edges.length > 0)).toBe(true);
  });

  it('Connectors lists the 10 demo connectors with their partners', async () => {
    const res = await s.gql(print(ConnectorsDocument));
    expect(res.errors).toBeUndefined();
    expect(res.data.connectors.edges).toHaveLength(10);
    expect(res.data.connectors.pageInfo.hasNextPage).toBe(false);
  });

  it('StartFileTransfer sends a file and FileTransferStatus follows it', async () => {
    const connectors = await s.gql(print(ConnectorsDocument));
    const connectorId = connectors.data.connectors.edges[0].node.id;
    const started = await s.gql(print(StartFileTransferDocument), {
      connectorId,
      sendFilePaths: ['/meridian-outbound/invoices/INV-1001.edi'],
    });
    expect(started.data.startFileTransfer.userErrors).toEqual([]);
    const { id, files } = started.data.startFileTransfer.fileTransfer;
    expect(files.edges.map((e: any) => e.node.filePath)).toEqual(['/meridian-outbound/invoices/INV-1001.edi']);
    const followed = await s.gql(print(FileTransferStatusDocument), { id });
    expect(followed.errors).toBeUndefined();
    expect(followed.data.node.fileCounts.total).toBe(1);
  });
});

describe('examples/operator.graphql on the demo data', () => {
  const partnerInUse = async () => {
    const res = await s.gql(`{ profiles(profileType: PARTNER, first: 1) { edges { node { id profileId arn as2Id
      agreements { edges { node { id description } } } connectors { edges { node { id url } } } } } } }`);
    return res.data.profiles.edges[0].node;
  };

  it('ProfileByAnyId finds the same profile by graph id, AWS id and ARN', async () => {
    const p = await partnerInUse();
    const found = await Promise.all([p.id, p.profileId, p.arn].map((idOrArn) => s.gql(print(ProfileByAnyIdDocument), { idOrArn })));
    expect(found.map((r) => r.data.profile)).toEqual(Array(3).fill({ id: p.id, profileId: p.profileId, as2Id: p.as2Id }));
  });

  it('CreateProfileFromForm answers a userError on the field a form shows it at', async () => {
    const res = await s.gql(print(CreateProfileFromFormDocument), { input: { as2Id: 'NEW PARTNER', profileType: 'PARTNER' } });
    expect(res.data.createProfile).toEqual({
      profile: null,
      userErrors: [{ field: ['input', 'as2Id'], message: 'as2Id must not include spaces, got "NEW PARTNER"', code: 'INVALID' }],
    });
  });

  it('DeleteProfileGuarded refuses to delete a partner profile in use, listing its agreements and connectors', async () => {
    const p = await partnerInUse();
    const dependents = [
      ...p.agreements.edges.map(({ node }: any) => ({ type: 'Agreement', id: node.id, name: node.description })),
      ...p.connectors.edges.map(({ node }: any) => ({ type: 'Connector', id: node.id, name: node.url })),
    ];
    const [agreements, connectors] = [p.agreements.edges.length, p.connectors.edges.length];
    const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const users = [agreements && counted(agreements, 'agreement'), connectors && counted(connectors, 'connector')]
      .filter(Boolean)
      .join(' and ');
    expect(dependents.length).toBeGreaterThan(0);
    const res = await s.gql(print(DeleteProfileGuardedDocument), { id: p.profileId });
    expect(res.data.deleteProfile).toEqual({
      deletedId: null,
      dependents,
      userErrors: [
        {
          field: ['input', 'id'],
          message: `Profile ${p.profileId} is used by ${users}; change or delete them first, or give force: true to delete it anyway`,
          code: 'IN_USE',
        },
      ],
    });
  });
});
