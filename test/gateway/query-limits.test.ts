import 'reflect-metadata';
import { CreateProfileCommand } from '@aws-sdk/client-transfer';
import { getIntrospectionQuery, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, gatewayConfigFromEnv } from '../../src/config/gateway';
import { CostModel, countAliases, countTokens, queryDepth, requestedCost } from '../../src/gateway/security/cost-analysis';
import { DEFAULT_QUERY_LIMITS } from '../../src/gateway/security/query-limits';
import { gatewaySchema } from '../../src/gateway/schema/build';
import { securityFrom } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const ROOT = join(__dirname, '..', '..');
const README_QUERY = /```graphql\n(query PartnerGraph[\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1];

let s: TestStack;
beforeAll(async () => {
  s = await startStack(
    {},
    { security: securityFrom({ QUERY_MAX_DEPTH: '8', QUERY_MAX_ALIASES: '3', QUERY_MAX_TOKENS: '200', QUERY_MAX_COST: '1000' }) },
  );
  for (const as2Id of ['P-1', 'P-2', 'P-3']) await s.client.send(new CreateProfileCommand({ As2Id: as2Id, ProfileType: 'PARTNER' }));
});
afterAll(() => s.close());
beforeEach(() => s.resetStats());

/** Asserts a refusal: HTTP 400, one QUERY_LIMIT_EXCEEDED error, and no AWS call. */
async function expectRefused(
  query: string,
  variables: Record<string, unknown> | undefined,
  message: string,
  extensions: Record<string, unknown>,
) {
  const res = await s.gql(query, variables);
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors).toEqual([{ message, extensions: { code: 'QUERY_LIMIT_EXCEEDED', ...extensions } }]);
  expect((await s.stats()).total).toBe(0);
}

describe('query limits', () => {
  it('refuses a query with too many tokens before parsing it, saying by how much', async () => {
    const fields = Array.from({ length: 250 }, () => 'totalCount').join(' ');
    await expectRefused(`{ profiles { ${fields} } }`, undefined, "The query's token count is 255; the limit is 200 (55 over)", {
      limit: 'tokens',
      maximum: 200,
      actual: 255,
    });
  });

  it('refuses a query nested too deep (fragments expanded), saying by how much', async () => {
    const query = `{ profiles { edges { node { ...deep } } } }
      fragment deep on Profile { certificates { edges { node { profiles { edges { node { as2Id } } } } } } }`;
    await expectRefused(query, undefined, "The query's depth is 10; the limit is 8 (2 over)", { limit: 'depth', maximum: 8, actual: 10 });
  });

  it('refuses a query with too many aliases, saying by how much', async () => {
    const query = `{ ${[1, 2, 3, 4, 5].map((i) => `p${i}: profiles(first: 1) { totalCount }`).join(' ')} }`;
    await expectRefused(query, undefined, "The query's alias count is 5; the limit is 3 (2 over)", {
      limit: 'aliases',
      maximum: 3,
      actual: 5,
    });
  });

  it('refuses the same document each time it comes (its checks are remembered, not its answer), and passes a good one each time', async () => {
    const query = `{ ${[1, 2, 3, 4].map((i) => `p${i}: profiles(first: 1) { totalCount }`).join(' ')} }`;
    for (let i = 0; i < 3; i += 1) {
      await s.resetStats();
      await expectRefused(query, undefined, "The query's alias count is 4; the limit is 3 (1 over)", {
        limit: 'aliases',
        maximum: 3,
        actual: 4,
      });
      expect((await s.gql('{ a: profiles(first: 1) { totalCount } }')).data).toEqual({ a: { totalCount: 3 } });
    }
  });

  it('refuses a query whose requested cost is too high (page sizes multiplied down the tree), before any AWS call', async () => {
    // 1 (profiles page) + 100 profiles + 100 certificate pages + 100 × 10 certificates (AWS allows 10 per profile) = 1,201.
    const query = '{ profiles(first: 100) { edges { node { certificates { edges { node { arn } } } } } } }';
    await expectRefused(query, undefined, "The query's requested cost is 1,201; the limit is 1,000 (201 over)", {
      limit: 'cost',
      maximum: 1000,
      actual: 1201,
    });
  });

  it('computes the cost from the variables of each request, even for a document it has seen before', async () => {
    const query = 'query($n: Int) { profiles(first: $n) { edges { node { certificates { edges { node { arn } } } } } } }';
    expect((await s.gql(query, { n: 3 })).extensions!.cost).toMatchObject({ requested: 37 });
    await s.resetStats();
    await expectRefused(query, { n: 90 }, "The query's requested cost is 1,081; the limit is 1,000 (81 over)", {
      limit: 'cost',
      maximum: 1000,
      actual: 1081,
    });
  });

  it('reports the requested and the actual cost next to the AWS calls in extensions.cost', async () => {
    const res = await s.gql('{ profiles(first: 10) { edges { node { as2Id } } } }');
    expect(res.data.profiles.edges).toHaveLength(3);
    // Requested: one page and up to 10 profiles; actual: the page and the 3 profiles there are.
    expect(res.extensions!.cost).toEqual({ requested: 11, actual: 4, upstream: { calls: 1, byOperation: { ListProfiles: 1 } } });
  });

  it('counts nodes(ids:) by the number of ids, and every branch of a fragment on an interface', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Profile { certificates(first: 5) { edges { node { arn } } } } ... on Connector { partnerProfile { as2Id } } } }`;
    const res = await s.gql(query, { ids: ['x', 'y'] });
    // 2 nodes + 2 certificate pages + 2 × 5 certificates + 2 partner profiles.
    expect(res.extensions!.cost).toMatchObject({ requested: 16 });
  });

  it('lets introspection through the depth limit (tools need it): it costs 0 and makes no AWS call', async () => {
    // The standard introspection query nests ofType nine levels deep, past the limit of 8 here.
    const res = await s.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType).toEqual({ kind: 'OBJECT', name: 'Query' });
    expect(res.extensions!.cost).toEqual({ requested: 0, actual: 0, upstream: { calls: 0, byOperation: {} } });
  });
});

describe('the actual cost, counted as the weighed fields resolve', () => {
  it("counts by each gateway's own weights when two gateways of one process share the schema", async () => {
    const weighted = await startStack({}, { security: securityFrom({ QUERY_COST_WEIGHTS: '{"Profile": 3, "Profile.as2Id": 2}' }) });
    try {
      for (const as2Id of ['Q-1', 'Q-2']) await weighted.client.send(new CreateProfileCommand({ As2Id: as2Id, ProfileType: 'PARTNER' }));
      const query = '{ profiles(first: 10) { edges { node { as2Id } } } }';
      const [theirs, ours] = [await weighted.gql(query), await s.gql(query)];
      // Theirs: the page (1) and 2 profiles at 3 each, plus as2Id at 2 on each (requested: up to 10 of them); ours: the page and 3 profiles at 1.
      expect([theirs.extensions!.cost, ours.extensions!.cost]).toEqual([
        { requested: 1 + 10 * 3 + 10 * 2, actual: 1 + 2 * 3 + 2 * 2, upstream: { calls: 1, byOperation: { ListProfiles: 1 } } },
        { requested: 11, actual: 4, upstream: { calls: 1, byOperation: { ListProfiles: 1 } } },
      ]);
    } finally {
      await weighted.close();
    }
  });

  it('counts nothing for a weighed field that failed or found nothing', async () => {
    const res = await s.gql(
      '{ missing: profile(idOrArn: "p-00000000000000000") { as2Id } refused: profile(idOrArn: "not an id") { as2Id } }',
    );
    expect({ data: res.data, codes: res.errors?.map((e) => e.extensions?.code), actual: res.extensions!.cost!.actual }).toEqual({
      data: { missing: null, refused: null },
      codes: ['BAD_USER_INPUT'],
      actual: 0,
    });
  });
});

describe('cost model', () => {
  const model = new CostModel(gatewaySchema());
  const measure = (text: string, variables: Record<string, unknown> = {}) => {
    const document = parse(text);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    return {
      cost: requestedCost(model, document, operation, variables),
      depth: queryDepth(document),
      aliases: countAliases(document),
      tokens: countTokens(text, 1e6),
    };
  };

  it("prices the README's first query at 1,311: 5 servers × 20 agreements × a partner profile × 10 certificates", () => {
    // 1 server page + 5 servers + 5 agreement pages + 100 agreements + 100 profiles + 100 certificate lists + 1,000 certificates.
    expect(measure(README_QUERY)).toEqual({ cost: 1311, depth: 11, aliases: 0, tokens: 52 });
  });

  it('keeps every example operation within the default limits (variable defaults applied)', () => {
    const dir = join(ROOT, 'examples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const document = parse(text);
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        expect({ file, cost: requestedCost(model, document, operation) <= DEFAULT_QUERY_LIMITS.maxCost }).toEqual({ file, cost: true });
      }
      expect(queryDepth(document)).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxDepth);
      expect(countTokens(text, 1e6)).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxTokens);
      expect(countAliases(document)).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxAliases);
    }
  });

  it('weighs a mutation 10 and the reverse links that walk whole lists 10 per parent', () => {
    expect(measure('mutation { deleteAgreement(input: { id: "x" }) { deletedId } }').cost).toBe(10);
    expect(measure('{ profiles(first: 2) { edges { node { agreements(first: 5) { edges { node { id } } } } } } }').cost).toBe(
      1 + 2 + 2 * 10 + 2 * 5,
    );
  });

  it('weighs a guarded delete 10 plus the lists its dependents check may walk (AWS quotas)', () => {
    expect(measure('mutation { deleteCertificate(input: { id: "x" }) { deletedId } }').cost).toBe(10 + 1 + 1000);
    expect(measure('mutation { deleteProfile(input: { id: "x" }) { deletedId } }').cost).toBe(10 + 1 + 50 + 1 + 100);
    expect(measure('mutation { deleteServer(input: { id: "x" }) { deletedId } }').cost).toBe(10 + 1);
  });

  it('weighs a create that has a quota 10 plus the page of the list its dry run counts', () => {
    const create = (field: string) => measure(`mutation { ${field}(input: { dryRun: true }) { userErrors { code } } }`).cost;
    expect(['importCertificate', 'createProfile', 'createConnector', 'createAgreement'].map(create)).toEqual([11, 11, 11, 11]);
    expect(create('createServer')).toBe(10);
  });

  it('takes QUERY_COST_WEIGHTS over the defaults, by type or by Type.field', () => {
    const heavy = new CostModel(gatewaySchema(), { ...model.options, weights: { Profile: 3, 'Query.profiles': 5 } });
    const document = parse('{ profiles(first: 4) { edges { node { as2Id } } } }');
    expect(requestedCost(heavy, document, document.definitions[0] as OperationDefinitionNode)).toBe(5 + 4 * 3);
    expect(() => new CostModel(gatewaySchema(), { ...model.options, weights: { Profle: 2, 'Query.nope': 1 } })).toThrow(
      'QUERY_COST_WEIGHTS names no type or field of the schema: Profle, Query.nope',
    );
  });

  it('survives documents not yet validated: fragment cycles and unknown fields', () => {
    expect(
      measure('{ profiles { ...a } } fragment a on ProfileConnection { ...b } fragment b on ProfileConnection { ...a edges { nope } }'),
    ).toMatchObject({
      cost: 1,
      depth: 3,
    });
  });
});

describe('query limit settings', () => {
  it('defaults to 1,000 tokens, depth 15, 30 aliases and a cost of 150,000, and a budget of 300,000 per minute', () => {
    expect(gatewayConfigFromEnv({}).security.limits).toEqual({ maxTokens: 1000, maxDepth: 15, maxAliases: 30, maxCost: 150_000 });
    expect(gatewayConfigFromEnv({}).security.budget).toEqual({ perMinute: 300_000 });
  });

  it.each([
    [{ QUERY_MAX_DEPTH: '0' }, 'QUERY_MAX_DEPTH must be a whole number from 1 to 1000, got "0"'],
    [{ QUERY_MAX_COST: 'lots' }, 'QUERY_MAX_COST must be a whole number from 1 to 100000000, got "lots"'],
    [{ QUERY_MAX_TOKENS: '-1' }, 'QUERY_MAX_TOKENS must be a whole number from 1 to 1000000, got "-1"'],
    [{ QUERY_MAX_ALIASES: '1.5' }, 'QUERY_MAX_ALIASES must be a whole number from 0 to 100000, got "1.5"'],
    [
      { QUERY_COST_WEIGHTS: '{"Profile": -1}' },
      'QUERY_COST_WEIGHTS must be a JSON object of weights from 0 to 10000 by type or Type.field, e.g. {"Connector": 2, "Profile.agreements": 20}, got "{\\"Profile\\": -1}"',
    ],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => gatewayConfigFromEnv(env)).toThrow(new ConfigError(message));
  });
});
