import { CANONICAL, EXPIRY_WINDOW_DAYS, type CanonicalQuery } from '../../bench/canonical';
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

/** Each canonical query's AWS calls on the demo data by operation: the per-object bound, and the best plan (the target). */
const DEMO_CALLS: Array<[string, Record<string, number>, Record<string, number>]> = [
  ['PartnerGraph', { ListServers: 1, ListAgreements: 3, DescribeProfile: 30, DescribeCertificate: 50 }, 'same'],
  ['ProfilesWithCertificates', { ListProfiles: 1, DescribeProfile: 30, DescribeCertificate: 50 }, 'same'],
  ['ConnectorsWithPartners', { ListConnectors: 1, DescribeConnector: 10, DescribeProfile: 10, DescribeCertificate: 20 }, 'same'],
  // 25 partners naming 37 distinct certificates, of which only List members are asked: one ListCertificates instead of 37 Describes.
  [
    'PartnerOverview',
    { ListProfiles: 1, DescribeProfile: 25, DescribeCertificate: 37 },
    { ListProfiles: 1, DescribeProfile: 25, ListCertificates: 1 },
  ],
  // 10 certificates expire within 30 days; finding their profiles reads every profile's certificateIds (Describe-only).
  ['ExpiryDashboard', { ListCertificates: 1, ListProfiles: 1, DescribeProfile: 30 }, 'same'],
  [
    'NodesRefetch',
    { DescribeServer: 3, DescribeAgreement: 29, DescribeProfile: 29, DescribeCertificate: 29, DescribeConnector: 10 },
    'same',
  ],
  ['ProfilesWalk', { ListProfiles: 1 }, 'same'],
].map(([name, perObject, best]) => [
  name as string,
  perObject as Record<string, number>,
  (best === 'same' ? perObject : best) as Record<string, number>,
]);

describe('the bounds of each canonical query on the demo data (computed from what the SDK reads, not the gateway)', () => {
  it('names every canonical query', () => {
    expect(DEMO_CALLS.map(([name]) => name)).toEqual(CANONICAL.map((q) => q.name));
  });

  it.each(DEMO_CALLS)('%s: per object %j, best plan %j', (name, perObject, best) => {
    expect({
      perObject: byOperation(query(name).plan(inventory, 'perObject')),
      best: byOperation(query(name).plan(inventory, 'best')),
    }).toEqual({ perObject, best });
  });
});

describe('canonical queries make exactly the AWS calls of their best plan', () => {
  it.each(DEMO_CALLS.map(([name, , best]) => [name, best] as const))(
    '%s: extensions.cost.upstream and the emulator count %j',
    async (name, best) => {
      const { run, received } = await measure(name);
      expect({ errors: run.errors, reported: run.reported.byOperation, received }).toEqual({ errors: 0, reported: best, received: best });
    },
  );

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

  it('PartnerOverview answers each partner with its certificates as ListCertificates has them, and the days until each goes inactive', async () => {
    const { run } = await measure('PartnerOverview');
    const now = Date.now();
    const listed = new Map(inventory.certificates.map((c) => [c.CertificateId!, c]));
    const partners = inventory.profiles.filter((p) => p.ProfileType === 'PARTNER').slice(0, 50);
    expect(run.answers[0].data.profiles).toEqual({
      totalCount: partners.length,
      edges: partners.map((p) => ({
        node: {
          profileId: p.ProfileId,
          as2Id: p.As2Id,
          certificates: {
            edges: (p.CertificateIds ?? [])
              .map((id) => listed.get(id)!)
              .map((c) => ({
                node: {
                  certificateId: c.CertificateId,
                  usage: c.Usage,
                  status: c.Status,
                  inactiveDate: c.InactiveDate!.toISOString(),
                  daysUntilExpiry: Math.round((c.InactiveDate!.getTime() - now) / 86_400_000),
                },
              })),
          },
        },
      })),
    });
  });

  it('ExpiryDashboard answers every certificate going inactive within 30 days, soonest first, with the profiles holding it', async () => {
    const { run } = await measure('ExpiryDashboard');
    const now = Date.now();
    const expiring = inventory.certificates
      .filter((c) => c.InactiveDate!.getTime() <= now + EXPIRY_WINDOW_DAYS * 86_400_000)
      .sort((a, b) => a.InactiveDate!.getTime() - b.InactiveDate!.getTime() || a.CertificateId!.localeCompare(b.CertificateId!));
    expect(expiring).toHaveLength(10);
    expect(run.answers[0].data.certificates).toEqual({
      totalCount: expiring.length,
      edges: expiring.map((c) => ({
        node: {
          certificateId: c.CertificateId,
          description: c.Description ?? null,
          usage: c.Usage,
          status: c.Status,
          inactiveDate: c.InactiveDate!.toISOString(),
          daysUntilExpiry: Math.round((c.InactiveDate!.getTime() - now) / 86_400_000),
          profiles: {
            edges: inventory.profiles
              .filter((p) => p.CertificateIds?.includes(c.CertificateId!))
              .map((p) => ({ node: { profileId: p.ProfileId, as2Id: p.As2Id, profileType: p.ProfileType } })),
          },
        },
      })),
    });
  });

  it('ProfilesWalk sees every profile once', async () => {
    const { run } = await measure('ProfilesWalk');
    const ids = run.answers.flatMap((a) => a.data.profiles.edges.map((e: any) => e.node.profileId));
    expect(ids).toEqual(inventory.profiles.map((p) => p.ProfileId));
  });
});
