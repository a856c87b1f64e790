import { readInventory, type Inventory } from '../../bench/lower-bound';
import { toGlobalId } from '../../src/gateway/schema/relay/global-id';
import { startStack, type TestStack } from '../support/stack';

let s: TestStack;
let inventory: Inventory;
beforeAll(async () => {
  s = await startStack({ seed: 'demo' });
  inventory = await readInventory(s.client);
}, 60_000);
afterAll(() => s.close());

type TypeName = 'Server' | 'Agreement' | 'Profile' | 'Certificate' | 'Connector';

/** The graph ids of some objects of a type on the demo data. */
function idsOf(type: TypeName): string[] {
  const keys: Record<TypeName, () => string[][]> = {
    Server: () => inventory.servers.map((x) => [x.ServerId!]),
    Agreement: () =>
      inventory.agreementsByServer
        .get(inventory.servers[0].ServerId!)!
        .slice(0, 5)
        .map((a) => [a.ServerId!, a.AgreementId!]),
    Profile: () => inventory.profiles.slice(0, 5).map((p) => [p.ProfileId!]),
    Certificate: () => inventory.certificates.slice(0, 5).map((c) => [c.CertificateId!]),
    Connector: () => inventory.connectors.slice(0, 5).map((c) => [c.ConnectorId!]),
  };
  return keys[type]().map((k) => toGlobalId({ type, region: 'us-east-1', keys: k }));
}

/**
 * Per type: every field that needs no Describe of the object, a field only Describe carries, and the AWS calls of the
 * two queries on the demo data (5 objects, or the 3 servers): the reverse links cost what they cost either way.
 */
const CASES: Array<[TypeName, string, string, Record<string, number>, Record<string, number>]> = [
  [
    'Certificate',
    'id certificateId arn usage status type description activeDate inactiveDate daysUntilExpiry usableNow profiles { edges { node { profileId } } }',
    'serial',
    { ListCertificates: 1, ListProfiles: 1, DescribeProfile: 30 },
    { DescribeCertificate: 5, ListProfiles: 1, DescribeProfile: 30 },
  ],
  [
    'Profile',
    'id profileId arn as2Id profileType agreements { edges { node { agreementId } } } connectors { edges { node { connectorId } } }',
    'certificateIds',
    { ListProfiles: 1, ListServers: 1, ListAgreements: 3, ListConnectors: 1, DescribeConnector: 10 },
    { DescribeProfile: 5, ListServers: 1, ListAgreements: 3, ListConnectors: 1, DescribeConnector: 10 },
  ],
  ['Connector', 'id connectorId arn url', 'status', { ListConnectors: 1 }, { DescribeConnector: 5 }],
  [
    'Agreement',
    'id agreementId serverId arn description status localProfileId partnerProfileId localProfile { profileId } partnerProfile { profileId } server { serverId }',
    'accessRole',
    { ListAgreements: 1, ListProfiles: 1 },
    { DescribeAgreement: 5, ListProfiles: 1 },
  ],
  [
    'Server',
    'id serverId arn state domain endpointType identityProviderType loggingRole userCount agreements { totalCount }',
    'protocols',
    { ListServers: 1, ListAgreements: 3 },
    { DescribeServer: 3, ListAgreements: 3 },
  ],
];

const nodesQuery = (type: TypeName, fields: string) => `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { ${fields} } } }`;

async function run(type: TypeName, fields: string, ids = idsOf(type)) {
  await s.resetStats();
  const res = await s.gql<{ nodes: Array<Record<string, unknown> | null> }>(nodesQuery(type, fields), { ids });
  expect(res.errors).toBeUndefined();
  return { nodes: res.data!.nodes, calls: (await s.stats()).requests };
}

describe('objects reached by id whose selected fields all come with their List', () => {
  it.each(CASES)(
    '%s: read from one List page instead of a Describe each, with the answers a Describe gives',
    async (type, fields, describeOnly, fromList, described) => {
      const viaList = await run(type, fields);
      const viaDescribe = await run(type, `${fields} ${describeOnly}`);
      expect({
        viaList: viaList.calls,
        viaDescribe: viaDescribe.calls,
        sameAnswers: viaList.nodes,
      }).toEqual({
        viaList: fromList,
        viaDescribe: described,
        sameAnswers: viaDescribe.nodes.map((node) => Object.fromEntries(Object.entries(node!).filter(([field]) => field !== describeOnly))),
      });
    },
  );

  it('describes a lone object: one Describe is no dearer than one List page', async () => {
    const [one] = idsOf('Certificate');
    expect((await run('Certificate', 'certificateId status', [one])).calls).toEqual({ DescribeCertificate: 1 });
  });

  it('answers null for an id whose object the List lacks and Describe says is gone, with the others from the List', async () => {
    const ids = idsOf('Certificate');
    const gone = toGlobalId({ type: 'Certificate', region: 'us-east-1', keys: ['cert-00000000000000000'] });
    const { nodes, calls } = await run('Certificate', 'certificateId', [ids[0], gone, ids[1]]);
    expect({ nodes, calls }).toEqual({
      nodes: [{ certificateId: inventory.certificates[0].CertificateId }, null, { certificateId: inventory.certificates[1].CertificateId }],
      calls: { ListCertificates: 1, DescribeCertificate: 1 },
    });
  });
});
