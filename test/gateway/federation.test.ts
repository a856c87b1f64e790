import { CreateProfileCommand } from '@aws-sdk/client-transfer';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { securityFrom, writeApiKeys } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const NODE_TYPES = ['Agreement', 'Certificate', 'Connector', 'FileTransfer', 'FileTransferResult', 'Profile', 'Server'];

/** A second team's subgraph: it adds onboarding notes to our partner profiles. */
const NOTES_SUBGRAPH = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Profile @key(fields: "id") {
    id: ID!
    onboardingNotes: String
  }

  type Query {
    profilesAwaitingOnboarding: [Profile!]!
  }
`);

describe('the Federation 2 subgraph (FEDERATION=true)', () => {
  let s: TestStack;
  let sdl: string;
  beforeAll(async () => {
    s = await startStack({ seed: 'demo' }, { federation: true });
    const res = await s.gql<{ _service: { sdl: string } }>('{ _service { sdl } }');
    sdl = res.data!._service.sdl;
  });
  afterAll(() => s.close());

  it('publishes its SDL with the federation link, @key(fields: "id") on every node type and @shareable PageInfo', () => {
    expect(sdl).toMatch(/extend schema\s+@link\(url: "https:\/\/specs.apollo.dev\/federation\/v2.3", import: \["@key", "@shareable"\]\)/);
    expect(NODE_TYPES.filter((type) => !new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)\\s*\\{`).test(sdl))).toEqual([]);
    expect(sdl).toMatch(/type PageInfo\s+@shareable\s*\{/);
    expect(sdl).toContain('union _Entity = Agreement | Certificate | Connector | FileTransfer | FileTransferResult | Profile | Server');
  });

  it('composes into a supergraph with a subgraph that extends Profile, without errors', () => {
    const result = composeServices([
      { name: 'transfer', typeDefs: parse(sdl), url: s.graphqlUrl },
      { name: 'notes', typeDefs: NOTES_SUBGRAPH, url: 'http://notes.invalid/graphql' },
    ]);
    expect(result.errors).toBeUndefined();
    const supergraph = result.supergraphSdl ?? '';
    expect(supergraph).toMatch(
      /type Profile implements Node\s+@join__implements\(graph: TRANSFER, interface: "Node"\)\s+@join__type\(graph: NOTES, key: "id"\)\s+@join__type\(graph: TRANSFER, key: "id"\)/,
    );
    expect(supergraph).toMatch(/onboardingNotes: String @join__field\(graph: NOTES\)/);
  });

  it('resolves an entity reference of every node type through _entities, as a router would', async () => {
    const graph = await s.gql(`{
      servers(first: 1) { edges { node { id agreements(first: 1) { edges { node { id partnerProfile { id as2Id certificates { edges { node { id } } } } } } } } } }
      connectors(first: 1) { edges { node { id } } }
    }`);
    const server = graph.data.servers.edges[0].node;
    const agreement = server.agreements.edges[0].node;
    const profile = agreement.partnerProfile;
    const connectorId = graph.data.connectors.edges[0].node.id;
    const started = await s.gql(
      `mutation Send($connectorId: ID!) { startFileTransfer(input: { connectorId: $connectorId, sendFilePaths: ["/outbound/a.edi"] }) {
        fileTransfer { id files { edges { node { id } } } } userErrors { message } } }`,
      { connectorId },
    );
    const transfer = started.data.startFileTransfer.fileTransfer;
    const refs = [
      ['Server', server.id],
      ['Agreement', agreement.id],
      ['Profile', profile.id],
      ['Certificate', profile.certificates.edges[0].node.id],
      ['Connector', connectorId],
      ['FileTransfer', transfer.id],
      ['FileTransferResult', transfer.files.edges[0].node.id],
    ];
    expect(refs.map(([type]) => type).sort()).toEqual(NODE_TYPES);

    const res = await s.gql(
      `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Node { id } ... on Profile { as2Id } } }`,
      { representations: refs.map(([__typename, id]) => ({ __typename, id })) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual(
      refs.map(([__typename, id]) => ({ __typename, id, ...(__typename === 'Profile' ? { as2Id: profile.as2Id } : {}) })),
    );
  });

  it('answers null for a reference to something deleted, and BAD_USER_INPUT for an id of another type', async () => {
    const { data } = await s.gql(`{ servers(first: 1) { edges { node { id } } } }`);
    const serverId: string = data.servers.edges[0].node.id;
    const missing = Buffer.from('Profile:us-east-1:p-0123456789abcdef0').toString('base64url');
    const res = await s.gql(`query Entities($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`, {
      representations: [
        { __typename: 'Profile', id: missing },
        { __typename: 'Profile', id: serverId },
      ],
    });
    expect(res.data).toEqual({ _entities: [null, null] });
    expect(res.errors?.map((e) => [e.path, e.extensions?.code, e.message])).toEqual([
      [['_entities', 1], 'BAD_USER_INPUT', `Invalid id ${JSON.stringify(serverId)}: expected the id of a Profile, got the id of a Server`],
    ]);
  });

  it('resolves a reference in the region its id carries, and null for a region not served', async () => {
    const t = await startStack({}, { federation: true, regions: ['us-east-1', 'eu-west-1'] });
    try {
      const { ProfileId } = await t.clientFor('eu-west-1').send(new CreateProfileCommand({ As2Id: 'EU-ENTITY', ProfileType: 'PARTNER' }));
      const ref = (region: string) => ({ __typename: 'Profile', id: Buffer.from(`Profile:${region}:${ProfileId}`).toString('base64url') });
      const res = await t.gql(
        `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Profile { as2Id } } }`,
        {
          representations: [ref('eu-west-1'), ref('us-east-1'), ref('ap-south-1')],
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ _entities: [{ as2Id: 'EU-ENTITY' }, null, null] });
    } finally {
      await t.close();
    }
  });

  it('still answers ordinary queries', async () => {
    const res = await s.gql(`{ profiles(first: 1) { totalCount } }`);
    expect(res.data).toEqual({ profiles: { totalCount: 30 } });
  });
});

describe('without FEDERATION', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack();
  });
  afterAll(() => s.close());

  it('has no _service or _entities fields', async () => {
    const res = await s.gql('{ _service { sdl } }');
    expect(res.errors?.map((e) => e.message)).toEqual([
      'Cannot query field "_service" on type "Query". Did you mean "server" or "servers"?',
    ]);
  });
});

describe('the SDL with NODE_ENV=production (introspection off)', () => {
  const { file, keys } = writeApiKeys([{ name: 'router', role: 'reader' }]);
  const INTROSPECTION_OFF =
    'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production';
  const answer = (res: { status: number; data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) => ({
    status: res.status,
    data: res.data,
    errors: res.errors?.map((e) => [e.extensions?.code, e.message]),
  });

  it('with FEDERATION: answers _service { sdl } to an authenticated router (composition needs it), never to an anonymous caller', async () => {
    const s = await startStack(
      {},
      { federation: true, security: securityFrom({ NODE_ENV: 'production', AUTH_MODE: 'apikey', API_KEYS_FILE: file }) },
    );
    try {
      expect(answer(await s.gql('{ _service { sdl } }'))).toEqual({
        status: 401,
        data: undefined,
        errors: [['UNAUTHENTICATED', 'Missing credentials: send your API key in the x-api-key header']],
      });
      const sdl = (await s.gql('{ _service { sdl } }', {}, { 'x-api-key': keys.router })).data._service.sdl;
      const open = await startStack({}, { federation: true });
      try {
        expect(sdl).toBe((await open.gql('{ _service { sdl } }')).data._service.sdl);
      } finally {
        await open.close();
      }
      expect(sdl).toContain('type Profile implements Node\n  @key(fields: "id")');
      expect(answer(await s.gql('{ __schema { queryType { name } } }', {}, { 'x-api-key': keys.router }))).toEqual({
        status: 400,
        data: undefined,
        errors: [['GRAPHQL_VALIDATION_FAILED', INTROSPECTION_OFF]],
      });
    } finally {
      await s.close();
    }
  });

  it('without FEDERATION: refuses _service as a field that does not exist, with no suggestion, on HTTP and WebSocket alike', async () => {
    const s = await startStack({}, { security: securityFrom({ NODE_ENV: 'production' }) });
    const ws = createClient({ url: s.graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      expect(answer(await s.gql('{ _service { sdl } }'))).toEqual({
        status: 400,
        data: undefined,
        errors: [['GRAPHQL_VALIDATION_FAILED', 'Cannot query field "_service" on type "Query".']],
      });
      const overWs = await new Promise<unknown>((resolve) =>
        ws.subscribe(
          { query: 'subscription { _service { sdl } }' },
          {
            next: resolve,
            complete: () => resolve('complete'),
            error: (e) => resolve((e as Array<{ message: string }>).map((x) => x.message)),
          },
        ),
      );
      expect(overWs).toEqual(['Cannot query field "_service" on type "Subscription".']);
    } finally {
      await ws.dispose();
      await s.close();
    }
  });
});

describe('_entities is bounded like nodes(ids:)', () => {
  let s: TestStack;
  let profileId: string;
  beforeAll(async () => {
    s = await startStack({}, { federation: true, security: securityFrom() });
    const created = await s.client.send(new CreateProfileCommand({ As2Id: 'FED-COST', ProfileType: 'PARTNER' }));
    profileId = (await s.gql(`{ profile(idOrArn: "${created.ProfileId}") { id } }`)).data.profile.id;
  });
  afterAll(() => s.close());
  beforeEach(() => s.resetStats());

  const ENTITIES =
    'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Profile { as2Id certificates(first: 2) { edges { node { arn } } } } } }';

  it('refuses more than 100 representations with BAD_USER_INPUT, before any AWS call', async () => {
    const representations = Array.from({ length: 1000 }, () => ({ __typename: 'Profile', id: profileId }));
    const res = await s.gql(ENTITIES, { representations });
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      {
        message: '_entities takes at most 100 representations, got 1000',
        path: ['_entities'],
        locations: [{ line: 1, column: 46 }],
        extensions: { code: 'BAD_USER_INPUT', argument: 'representations' },
      },
    ]);
    expect((await s.stats()).total).toBe(0);
  });

  it('costs each representation as the node it names, with what is selected on it', async () => {
    const res = await s.gql(ENTITIES, { representations: [1, 2, 3].map(() => ({ __typename: 'Profile', id: profileId })) });
    expect(res.data._entities).toEqual([1, 2, 3].map(() => ({ as2Id: 'FED-COST', certificates: { edges: [] } })));
    // 3 entities + 3 certificate pages + 3 × 2 certificates.
    expect(res.extensions!.cost).toMatchObject({ requested: 3 + 3 + 6, actual: 3 + 3 });
  });
});
