import {
  DescribeAgreementCommand,
  DescribeCertificateCommand,
  DescribeConnectorCommand,
  DescribeProfileCommand,
  DescribeServerCommand,
  ListAgreementsCommand,
  ListCertificatesCommand,
  ListConnectorsCommand,
  ListProfilesCommand,
  ListServersCommand,
  type TransferClient,
} from '@aws-sdk/client-transfer';

/**
 * The schema shape the canonical queries use, and nothing else: the same type and field names as the gateway's
 * (enums as strings), so that the very same documents run on both.
 */
export const NAIVE_TYPE_DEFS = /* GraphQL */ `
  interface Node {
    id: ID!
  }
  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
  type Query {
    servers(first: Int): ServerConnection
    profiles(first: Int, after: String, profileType: ProfileType): ProfileConnection
    certificates(first: Int, filter: CertificateFilter, orderBy: CertificateOrder): CertificateConnection
    connectors(first: Int): ConnectorConnection
    nodes(ids: [ID!]!): [Node]!
  }
  type Server implements Node {
    id: ID!
    serverId: String!
    state: String!
    protocols: [String!]!
    agreements(first: Int): AgreementConnection
  }
  type Agreement implements Node {
    id: ID!
    agreementId: String!
    description: String
    status: String!
    accessRole: String!
    localProfile: Profile
    partnerProfile: Profile
  }
  type Profile implements Node {
    id: ID!
    profileId: String!
    as2Id: String!
    profileType: String!
    certificateIds: [String!]!
    certificates(first: Int): CertificateConnection
  }
  enum ProfileType {
    LOCAL
    PARTNER
  }
  input CertificateFilter {
    inactiveWithinDays: Int
  }
  enum CertificateOrderField {
    EXPIRY
  }
  input CertificateOrder {
    field: CertificateOrderField!
  }
  type Certificate implements Node {
    id: ID!
    certificateId: String!
    description: String
    usage: String!
    status: String!
    notAfterDate: String
    inactiveDate: String
    daysUntilExpiry: Int!
    profiles(first: Int): ProfileConnection
  }
  type ConnectorAs2Config {
    partnerProfileId: String
  }
  type Connector implements Node {
    id: ID!
    connectorId: String!
    url: String
    as2Config: ConnectorAs2Config
    partnerProfile: Profile
  }
  type ServerConnection {
    totalCount: Int!
    pageInfo: PageInfo!
    edges: [ServerEdge!]!
  }
  type ServerEdge {
    cursor: String
    node: Server!
  }
  type AgreementConnection {
    totalCount: Int!
    pageInfo: PageInfo!
    edges: [AgreementEdge!]!
  }
  type AgreementEdge {
    cursor: String
    node: Agreement!
  }
  type ProfileConnection {
    totalCount: Int!
    pageInfo: PageInfo!
    edges: [ProfileEdge!]!
  }
  type ProfileEdge {
    cursor: String
    node: Profile!
  }
  type CertificateConnection {
    totalCount: Int!
    pageInfo: PageInfo!
    edges: [CertificateEdge!]!
  }
  type CertificateEdge {
    cursor: String
    node: Certificate!
  }
  type ConnectorConnection {
    totalCount: Int!
    pageInfo: PageInfo!
    edges: [ConnectorEdge!]!
  }
  type ConnectorEdge {
    cursor: String
    node: Connector!
  }
`;

interface Keys {
  __typename: string;
  keys: string[];
}
const node = (__typename: string, ...keys: string[]): Keys => ({ __typename, keys });
const globalId = ({ __typename, keys }: Keys) => Buffer.from([__typename, 'us-east-1', ...keys].join(':')).toString('base64url');

/** A page as a connection; the NextToken is the cursor, and totalCount walks the list again. */
function connection(nodes: Keys[], nextToken: string | undefined, total: () => Promise<number>) {
  return {
    edges: nodes.map((n) => ({ cursor: null, node: n })),
    pageInfo: { hasNextPage: Boolean(nextToken), endCursor: nextToken ?? null },
    totalCount: total,
  };
}

/**
 * Resolvers the way one writes them first: no DataLoader, no List summary reuse; every field that is not a key
 * sends its own Describe call, and a link is followed by describing its owner again.
 */
export function naiveResolvers(sdk: TransferClient) {
  const server = async (k: Keys) => (await sdk.send(new DescribeServerCommand({ ServerId: k.keys[0] }))).Server!;
  const agreement = async (k: Keys) =>
    (await sdk.send(new DescribeAgreementCommand({ ServerId: k.keys[0], AgreementId: k.keys[1] }))).Agreement!;
  const profile = async (k: Keys) => (await sdk.send(new DescribeProfileCommand({ ProfileId: k.keys[0] }))).Profile!;
  const certificate = async (k: Keys) => (await sdk.send(new DescribeCertificateCommand({ CertificateId: k.keys[0] }))).Certificate!;
  const connector = async (k: Keys) => (await sdk.send(new DescribeConnectorCommand({ ConnectorId: k.keys[0] }))).Connector!;
  const count = async (list: (token?: string) => Promise<{ n: number; next?: string }>) => {
    let total = 0;
    let token: string | undefined;
    do {
      const { n, next } = await list(token);
      total += n;
      token = next;
    } while (token);
    return total;
  };
  const listServers = (MaxResults: number, NextToken?: string) => sdk.send(new ListServersCommand({ MaxResults, NextToken }));
  const listAgreements = (ServerId: string, MaxResults: number, NextToken?: string) =>
    sdk.send(new ListAgreementsCommand({ ServerId, MaxResults, NextToken }));
  const listProfiles = (MaxResults: number, NextToken?: string, ProfileType?: 'LOCAL' | 'PARTNER') =>
    sdk.send(new ListProfilesCommand({ MaxResults, NextToken, ProfileType }));
  const DAY_MS = 86_400_000;

  return {
    Node: { __resolveType: (k: Keys) => k.__typename },
    Query: {
      servers: async (_: unknown, { first = 20 }: { first?: number }) => {
        const r = await listServers(first);
        return connection(
          (r.Servers ?? []).map((s) => node('Server', s.ServerId!)),
          r.NextToken,
          () => count(async (t) => ((r2) => ({ n: r2.Servers!.length, next: r2.NextToken }))(await listServers(1000, t))),
        );
      },
      profiles: async (
        _: unknown,
        { first = 20, after, profileType }: { first?: number; after?: string; profileType?: 'LOCAL' | 'PARTNER' },
      ) => {
        const r = await listProfiles(first, after ?? undefined, profileType);
        return connection(
          (r.Profiles ?? []).map((p) => node('Profile', p.ProfileId!)),
          r.NextToken,
          () => count(async (t) => ((r2) => ({ n: r2.Profiles!.length, next: r2.NextToken }))(await listProfiles(1000, t, profileType))),
        );
      },
      // One ListCertificates page filtered here, soonest first; the fields then describe each certificate.
      certificates: async (_: unknown, { first = 20, filter }: { first?: number; filter?: { inactiveWithinDays?: number } }) => {
        const r = await sdk.send(new ListCertificatesCommand({ MaxResults: 1000 }));
        const horizon = filter?.inactiveWithinDays === undefined ? Infinity : Date.now() + filter.inactiveWithinDays * DAY_MS;
        const kept = (r.Certificates ?? [])
          .filter((c) => c.InactiveDate!.getTime() <= horizon)
          .sort((a, b) => a.InactiveDate!.getTime() - b.InactiveDate!.getTime());
        return connection(
          kept.slice(0, first).map((c) => node('Certificate', c.CertificateId!)),
          undefined,
          async () => kept.length,
        );
      },
      connectors: async (_: unknown, { first = 20 }: { first?: number }) => {
        const r = await sdk.send(new ListConnectorsCommand({ MaxResults: first }));
        return connection(
          (r.Connectors ?? []).map((c) => node('Connector', c.ConnectorId!)),
          r.NextToken,
          async () => r.Connectors!.length,
        );
      },
      nodes: (_: unknown, { ids }: { ids: string[] }) =>
        ids.map((id) => {
          const [type, , ...keys] = Buffer.from(id, 'base64url').toString().split(':');
          return node(type, ...keys);
        }),
    },
    Server: {
      id: globalId,
      serverId: (k: Keys) => k.keys[0],
      state: async (k: Keys) => (await server(k)).State,
      protocols: async (k: Keys) => (await server(k)).Protocols,
      agreements: async (k: Keys, { first = 20 }: { first?: number }) => {
        const r = await listAgreements(k.keys[0], first);
        return connection(
          (r.Agreements ?? []).map((a) => node('Agreement', k.keys[0], a.AgreementId!)),
          r.NextToken,
          () => count(async (t) => ((r2) => ({ n: r2.Agreements!.length, next: r2.NextToken }))(await listAgreements(k.keys[0], 1000, t))),
        );
      },
    },
    Agreement: {
      id: globalId,
      agreementId: (k: Keys) => k.keys[1],
      description: async (k: Keys) => (await agreement(k)).Description,
      status: async (k: Keys) => (await agreement(k)).Status,
      accessRole: async (k: Keys) => (await agreement(k)).AccessRole,
      localProfile: async (k: Keys) => node('Profile', (await agreement(k)).LocalProfileId!),
      partnerProfile: async (k: Keys) => node('Profile', (await agreement(k)).PartnerProfileId!),
    },
    Profile: {
      id: globalId,
      profileId: (k: Keys) => k.keys[0],
      as2Id: async (k: Keys) => (await profile(k)).As2Id,
      profileType: async (k: Keys) => (await profile(k)).ProfileType,
      certificateIds: async (k: Keys) => (await profile(k)).CertificateIds ?? [],
      certificates: async (k: Keys) => {
        const ids = (await profile(k)).CertificateIds ?? [];
        return connection(
          ids.map((id) => node('Certificate', id)),
          undefined,
          async () => ids.length,
        );
      },
    },
    Certificate: {
      id: globalId,
      certificateId: (k: Keys) => k.keys[0],
      usage: async (k: Keys) => (await certificate(k)).Usage,
      status: async (k: Keys) => (await certificate(k)).Status,
      notAfterDate: async (k: Keys) => (await certificate(k)).NotAfterDate?.toISOString(),
      description: async (k: Keys) => (await certificate(k)).Description,
      inactiveDate: async (k: Keys) => (await certificate(k)).InactiveDate?.toISOString(),
      daysUntilExpiry: async (k: Keys) => Math.floor(((await certificate(k)).InactiveDate!.getTime() - Date.now()) / DAY_MS),
      // Every profile listed and described, for each certificate.
      profiles: async (k: Keys) => {
        const listed = (await listProfiles(1000)).Profiles ?? [];
        const holders = [];
        for (const p of listed)
          if ((await profile(node('Profile', p.ProfileId!))).CertificateIds?.includes(k.keys[0]))
            holders.push(node('Profile', p.ProfileId!));
        return connection(holders, undefined, async () => holders.length);
      },
    },
    Connector: {
      id: globalId,
      connectorId: (k: Keys) => k.keys[0],
      url: async (k: Keys) => (await connector(k)).Url,
      as2Config: async (k: Keys) => {
        const as2 = (await connector(k)).As2Config;
        return as2 ? { partnerProfileId: as2.PartnerProfileId } : null;
      },
      partnerProfile: async (k: Keys) => {
        const id = (await connector(k)).As2Config?.PartnerProfileId;
        return id ? node('Profile', id) : null;
      },
    },
  };
}
