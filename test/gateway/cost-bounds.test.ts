import 'reflect-metadata';
import { Kind, OperationTypeNode, type OperationDefinitionNode, parse, print, separateOperations } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANONICAL } from '../../bench/canonical';
import { readInventory, type Inventory } from '../../bench/lower-bound';
import { CostModel, DEFAULT_COST_MODEL } from '../../src/gateway/security/cost-analysis';
import { DEFAULT_COST_BUDGET_PER_MINUTE } from '../../src/gateway/security/budget';
import { DEFAULT_QUERY_LIMITS } from '../../src/gateway/security/query-limits';
import { gatewaySchema } from '../../src/gateway/schema/build';
import { fakeClock } from '../support/clock';
import { securityFrom } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const PORTAL_OPERATIONS = join(__dirname, '..', '..', 'portal', 'operations.graphql');

/** A partner portal's agreements page: 10 servers of 50 agreements, each with its partner's certificates. */
const PORTAL_PAGE = `query PortalAgreements { servers(first: 10) { edges { node { serverId state agreements(first: 50) { totalCount edges { node {
  agreementId status localProfile { as2Id } partnerProfile { as2Id certificates { edges { node { certificateId usage status notAfterDate } } } } } } } } } } }`;

/** Every operation of examples/ but the subscription (WebSocket), by name, with its text. */
// onboarding.graphql is a script whose steps need each other's answers: onboarding.test.ts runs it, within its costs.
const exampleOperations = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.graphql') && f !== 'onboarding.graphql')
  .flatMap((file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    return parse(text)
      .definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation !== OperationTypeNode.SUBSCRIPTION,
      )
      .map((d) => ({ name: d.name!.value, text }));
  });

describe('the cost model', () => {
  it('declares a worst case for every list field below which something weighs (else it refuses to start)', () => {
    const { 'Health.problems': _dropped, ...maxItems } = DEFAULT_COST_MODEL.maxItems;
    expect(() => new CostModel(gatewaySchema(), { ...DEFAULT_COST_MODEL, maxItems })).toThrow(
      'the cost model has no worst case (maxItems) for the list fields Health.problems',
    );
    expect(() => new CostModel(gatewaySchema())).not.toThrow();
  });
});

describe('the requested cost is an upper bound of the actual cost, on the demo data, under the default limits', () => {
  let s: TestStack;
  let inventory: Inventory;
  const post = (name: string) => async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(s.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, operationName: name }),
    });
    return { status: res.status, ...((await res.json()) as any) };
  };
  beforeAll(async () => {
    s = await startStack({ seed: 'demo' }, { security: securityFrom({ COST_BUDGET_PER_MINUTE: String(DEFAULT_COST_BUDGET_PER_MINUTE) }) });
    inventory = await readInventory(s.client);
  }, 60_000);
  afterAll(() => s.close());

  it.each(CANONICAL.map((q) => [q.name, q]))(
    'canonical %s: answered without errors, spending no more than it requested',
    async (_name, query) => {
      const run = await query.run(post(query.name === 'ProfilesWalk' ? 'ProfilesPage' : query.name), inventory, 'us-east-1');
      expect(run.errors).toBe(0);
      for (const answer of run.answers as any[]) {
        const { requested, actual } = answer.extensions.cost;
        expect({ within: actual <= requested && requested <= DEFAULT_QUERY_LIMITS.maxCost, actual, requested }).toMatchObject({
          within: true,
        });
      }
    },
  );

  it('each example operation and a portal page: answered without errors, spending no more than requested, at these requested costs', async () => {
    const connectorId = (await post('Connectors')(readFileSync(join(EXAMPLES, 'connectors.graphql'), 'utf8'))).data.connectors.edges[0].node
      .id;
    const variables: Record<string, Record<string, unknown>> = {
      Attention: { withinDays: 3650 },
      StartFileTransfer: { connectorId, sendFilePaths: ['/meridian-outbound/invoices/INV-1001.edi'] },
      CreatePartnerProfile: { as2Id: 'COST-BOUND-PARTNER' },
      ProfileByAnyId: { idOrArn: inventory.profiles[0].ProfileId },
      CreateProfileFromForm: { input: { as2Id: 'COST-BOUND-FORM', profileType: 'PARTNER' } },
    };
    const requested: Record<string, number> = {};
    for (const { name, text } of exampleOperations) {
      const res = await post(name)(text, variables[name]);
      if (name === 'StartFileTransfer') variables.FileTransferStatus = { id: res.data.startFileTransfer.fileTransfer.id };
      if (name === 'CreateProfileFromForm') variables.DeleteProfileGuarded = { id: res.data.createProfile.profile.id };
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
      expect({ name, within: res.extensions.cost.actual <= res.extensions.cost.requested }).toEqual({ name, within: true });
      requested[name] = res.extensions.cost.requested;
    }
    const portal = await post('PortalAgreements')(PORTAL_PAGE);
    expect(portal.errors).toBeUndefined();
    expect(portal.extensions.cost.actual).toBeLessThanOrEqual(portal.extensions.cost.requested);
    requested.PortalAgreements = portal.extensions.cost.requested;
    expect(requested).toEqual({
      // 10 + 1,000 certificates + 10,000 profiles + 10,000 replacements × 2 + 100,000 agreements + 2,000 connectors.
      Attention: 133_010,
      // 1 + 100 profiles + 100 health walks × 10 + 100 × 46 problem nodes.
      PartnerHealth: 5_701,
      Connectors: 261,
      // 10 for the mutation + the transfer + a page of at most 10 files (AWS: 10 files per StartFileTransfer).
      StartFileTransfer: 22,
      FileTransferStatus: 12,
      PartnerGraph: 3_511,
      Profiles: 21,
      // 10 for the mutation + a page of profiles (a dry run's count for the quota) + the profile.
      CreatePartnerProfile: 12,
      CreateProfileFromForm: 12,
      // 10 + ListServers + a ListAgreements for each of 50 servers + ListConnectors + 100 DescribeConnector.
      DeleteProfileGuarded: 162,
      ProfileByAnyId: 1,
      // 1 + 10 servers + 10 pages + 500 agreements + 500 local + 500 partner profiles + 500 pages + 5,000 certificates.
      PortalAgreements: 7_021,
    });
    expect(Math.max(...Object.values(requested))).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    expect(DEFAULT_QUERY_LIMITS.maxCost).toBeLessThanOrEqual(DEFAULT_COST_BUDGET_PER_MINUTE);
  }, 30_000);

  it("each query of the portal's pages (portal/operations.graphql), with the variables the pages send: answered without errors, spending no more than requested, at these requested costs", async () => {
    const whole = parse(readFileSync(PORTAL_OPERATIONS, 'utf8'));
    const queries = whole.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY,
    );
    // Each page sends its own operation with the fragments it uses, as the portal's client does.
    const separate = separateOperations(whole);
    const textOf = (name: string) => print(separate[name]);
    const partners = await post('PortalPartners')(textOf('PortalPartners'), { after: null });
    const partnerId: string = partners.data.profiles.edges[0].node.id;
    // The pages' own variables (portal/src): the overview looks 30 days ahead, a region at a time; a partner's page names its profile.
    const variables: Record<string, Record<string, unknown>> = {
      PortalAttention: { withinDays: 30, region: 'us-east-1' },
      PortalPartners: { after: null },
      PortalPartner: { id: partnerId },
      PortalNodeDetails: { id: partnerId },
      PortalPartnerSuggestions: { as2IdContains: 'NORTH' },
      PortalGraphCertificates: { ids: [partnerId] },
      PortalRecentTransfers: { ids: [] },
    };
    const requested: Record<string, number> = {};
    for (const name of queries.map((q) => q.name!.value)) {
      const res = await post(name)(textOf(name), variables[name] ?? {});
      expect({ name, status: res.status, errors: res.errors }).toEqual({ name, status: 200, errors: undefined });
      expect({ name, within: res.extensions.cost.actual <= res.extensions.cost.requested }).toEqual({ name, within: true });
      requested[name] = res.extensions.cost.requested;
    }
    expect(requested).toEqual({
      // The overview, one region a request: the agreements column's walk is what takes it from 33,010 to 133,010.
      PortalAttention: 133_010,
      PortalCertificates: 101,
      // One page of 100 agreements with both profiles, and certificates fetched only for the profiles drawn.
      PortalGraph: 3_671,
      PortalGraphCertificates: 12,
      PortalNodeDetails: 11,
      PortalOnboardingChoices: 152,
      PortalPartner: 82,
      PortalPartnerSuggestions: 30,
      PortalPartners: 1_110,
      PortalRecentTransfers: 0,
      PortalViewer: 0,
    });
    expect(Math.max(...Object.values(requested))).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
  }, 30_000);
});

describe("the overview's question with two regions served", () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack(
      { seed: 'demo' },
      {
        regions: ['us-east-1', 'eu-west-1'],
        security: securityFrom({ COST_BUDGET_PER_MINUTE: String(DEFAULT_COST_BUDGET_PER_MINUTE) }),
      },
    );
  }, 60_000);
  afterAll(() => s.close());

  it('costs one region a request when asked per region (as the portal asks it), and is refused asked of both regions at once', async () => {
    const separate = separateOperations(parse(readFileSync(PORTAL_OPERATIONS, 'utf8')));
    const perRegion = print(separate.PortalAttention);
    const answers = [];
    for (const region of ['us-east-1', 'eu-west-1']) {
      const res = await s.gql(perRegion, { withinDays: 30, region });
      const { requested, actual } = res.extensions!.cost!;
      answers.push({ region, status: res.status, errors: res.errors, requested, within: actual <= requested });
    }
    expect(answers).toEqual([
      { region: 'us-east-1', status: 200, errors: undefined, requested: 133_010, within: true },
      { region: 'eu-west-1', status: 200, errors: undefined, requested: 133_010, within: true },
    ]);
    // The same selection without a region counts both regions' worst cases: twice 133,000, over QUERY_MAX_COST.
    const both = await s.gql(perRegion.replace(', $region: String!', '').replace(', region: $region', ''), { withinDays: 30 });
    expect({ status: both.status, errors: both.errors }).toEqual({
      status: 400,
      errors: [
        {
          message: "The query's requested cost is 266,010; the limit is 150,000 (116,010 over)",
          extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', maximum: 150_000, actual: 266_010 },
        },
      ],
    });
  }, 30_000);
});

describe('the budget under 100 concurrent requests', () => {
  const BUDGET = 5000;
  let s: TestStack;
  beforeAll(async () => {
    // A fake clock for the budget: the whole spec is in one minute of it, wherever in the real minute it runs.
    s = await startStack({ seed: 'demo' }, { security: securityFrom({ COST_BUDGET_PER_MINUTE: String(BUDGET) }, { clock: fakeClock() }) });
  }, 60_000);
  afterAll(() => s.close());

  it('admits no more than the budget: what the admitted requests spent adds up to at most the budget, and the budget says exactly what is left', async () => {
    const attention = readFileSync(join(EXAMPLES, 'attention.graphql'), 'utf8');
    const health = '{ profiles(first: 5) { edges { node { health { problems { node { id } } } } } } }';
    const send = (i: number) =>
      fetch(s.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(i % 2 ? { query: health } : { query: attention, operationName: 'Attention', variables: { withinDays: 3650 } }),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => send(i)));
    const admitted = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    expect(admitted.length + refused.length).toBe(100);
    expect(new Set(refused.map((a) => a.body.errors[0].extensions.code))).toEqual(new Set(['BUDGET_EXCEEDED']));
    const spent = admitted.reduce((sum, a) => sum + a.body.extensions.cost.actual, 0);
    expect({ spent, overspent: spent > BUDGET }).toMatchObject({ overspent: false });
    // 17 of the health queries (286 requested each) always fit; the attention query (133,010) never does.
    expect(admitted.length).toBeGreaterThanOrEqual(17);
    const last = await s.gql('{ profiles(first: 1) { totalCount } }');
    expect(last.extensions!.cost!.budget.remaining).toBe(BUDGET - spent - last.extensions!.cost!.actual);
  }, 30_000);
});
