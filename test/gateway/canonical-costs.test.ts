import { CANONICAL, type CanonicalQuery } from '../../bench/canonical';
import { byOperation, readInventory, type Inventory } from '../../bench/lower-bound';
import { startStack, type TestStack } from '../support/stack';

let s: TestStack;
let inventory: Inventory;
beforeAll(async () => {
  s = await startStack({ seed: 'demo' });
  inventory = await readInventory(s.client);
}, 60_000);
afterAll(() => s.close());

const query = (name: string): CanonicalQuery => CANONICAL.find((q) => q.name === name)!;

/** Runs a canonical query on a cold gateway (its per-request loaders are all it has) and reads the emulator's count. */
async function measure(name: string) {
  await s.resetStats();
  const run = await query(name).run(s.gql, inventory, 'us-east-1');
  return { run, received: (await s.stats()).requests };
}

describe('the lower bound of each canonical query on the demo data (computed from what the SDK reads, not the gateway)', () => {
  it.each([
    ['PartnerGraph', { ListServers: 1, ListAgreements: 3, DescribeProfile: 30, DescribeCertificate: 50 }],
    ['ProfilesWithCertificates', { ListProfiles: 1, DescribeProfile: 30, DescribeCertificate: 50 }],
    ['ConnectorsWithPartners', { ListConnectors: 1, DescribeConnector: 10, DescribeProfile: 10, DescribeCertificate: 20 }],
    ['NodesRefetch', { DescribeServer: 3, DescribeAgreement: 29, DescribeProfile: 29, DescribeCertificate: 29, DescribeConnector: 10 }],
    ['ProfilesWalk', { ListProfiles: 1 }],
  ])('%s: %j', (name, expected) => {
    expect(byOperation(query(name).plan(inventory, 'perObject'))).toEqual(expected);
  });
});

describe('canonical queries make exactly the AWS calls of their lower bound', () => {
  it.each(CANONICAL.map((q) => [q.name]))('%s: extensions.cost.upstream and the emulator agree with the lower bound', async (name) => {
    const { run, received } = await measure(name);
    expect(run.errors).toBe(0);
    const least = byOperation(query(name).plan(inventory, 'best'));
    expect(run.reported.byOperation).toEqual(least);
    expect(received).toEqual(least);
  });

  it('PartnerGraph answers every agreement of the demo with both profiles', async () => {
    const { run } = await measure('PartnerGraph');
    const agreements = run.answers[0].data.servers.edges.flatMap((e: any) => e.node.agreements.edges.map((a: any) => a.node));
    expect(agreements).toHaveLength(40);
    expect(agreements.every((a: any) => a.localProfile.as2Id && a.partnerProfile.certificates.edges.length > 0)).toBe(true);
  });

  it('NodesRefetch answers all 100 ids, in order', async () => {
    const { run } = await measure('NodesRefetch');
    const nodes = run.answers[0].data.nodes;
    expect(nodes).toHaveLength(100);
    expect(nodes.every((n: any) => n !== null)).toBe(true);
  });

  it('ProfilesWalk sees every profile once', async () => {
    const { run } = await measure('ProfilesWalk');
    const ids = run.answers.flatMap((a) => a.data.profiles.edges.map((e: any) => e.node.profileId));
    expect(ids).toEqual(inventory.profiles.map((p) => p.ProfileId));
  });
});
