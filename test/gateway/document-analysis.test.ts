import 'reflect-metadata';
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, visit } from 'graphql';
import { type AnalysisWork, CostModel, countAliases, queryDepth, requestedCost } from '../../src/gateway/security/cost-analysis';
import { gatewaySchema } from '../../src/gateway/schema/build';
import { doublingFragments } from '../support/documents';
import { securityFrom } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

/** Every node of the document's syntax tree (names, selections, arguments, values …). */
function nodeCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    enter() {
      count += 1;
    },
  });
  return count;
}

const model = new CostModel(gatewaySchema());
const operationOf = (document: DocumentNode) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

/** Runs each analysis of the query limits on `text` and answers their results with the visits they made together. */
function analyse(text: string, variables: Record<string, unknown> = {}) {
  const document = parse(text);
  const work: AnalysisWork = { visits: 0 };
  const result = {
    depth: queryDepth(document, work),
    aliases: countAliases(document, work),
    cost: requestedCost(model, document, operationOf(document), variables, work),
  };
  return { ...result, visits: work.visits, nodes: nodeCount(document) };
}

describe('the analyses of a document are linear in its size', () => {
  it.each([20, 98])('walk each fragment once for %i levels of fragments that spread the next twice', (levels) => {
    const { visits, nodes, ...result } = analyse(doublingFragments(levels));
    expect(result).toEqual({ depth: 0, aliases: 0, cost: 0 });
    // Depth, aliases and cost each look at each selection of the document once (the tree has more nodes than selections).
    expect(visits).toBeLessThanOrEqual(3 * nodes);
  });

  it('walk each fragment once when the fragments hold fields that cost and nest (depth and cost still exact)', () => {
    // 12 levels of `profile { ...next ...next }`: each level nests one field deeper; the leaf asks for a page of certificates.
    let query = 'query Q { ...F0 }';
    for (let i = 0; i < 12; i += 1) query += ` fragment F${i} on Query { profile(idOrArn: "p-1") { id } ...F${i + 1} ...F${i + 1} }`;
    query += ' fragment F12 on Query { profile(idOrArn: "p-1") { certificates(first: 3) { edges { node { arn } } } } }';
    const { visits, nodes, ...result } = analyse(query);
    // Each fragment's cost counts as often as it is spread: 2^12 copies of F12 (1 + 1 + 3) and 2^k copies of F_k's profile.
    const profiles = 2 ** 12 - 1;
    expect(result).toEqual({ depth: 5, aliases: 0, cost: profiles + 2 ** 12 * (1 + 1 + 3) });
    expect(visits).toBeLessThanOrEqual(3 * nodes);
  });

  it('end on a fragment cycle that multiplies as it goes round (a list inside the cycle)', () => {
    const text =
      'query Q { profiles(first: 2) { edges { node { ...A } } } } fragment A on Profile { certificates(first: 3) { edges { node { profiles(first: 4) { edges { node { ...A } } } } } } }';
    const { visits, nodes, ...result } = analyse(text);
    // 1 + 2 profiles, 2 certificate pages + 6 certificates, 6 walks of Certificate.profiles (10 each) + 24 profiles: once round, then cut.
    expect(result).toEqual({ depth: 9, aliases: 0, cost: 1 + 2 + 2 + 6 + 6 * 10 + 24 });
    expect(visits).toBeLessThanOrEqual(3 * nodes);
  });

  it('end on fragment cycles before validation has refused them, visiting each fragment once', () => {
    const text =
      'query Q { ...A } fragment A on Query { ...B ...B } fragment B on Query { ...A ...A profiles(first: 2) { edges { node { id } } } }';
    const { visits, nodes, ...result } = analyse(text);
    expect(result).toEqual({ depth: 4, aliases: 0, cost: 2 * (1 + 2) });
    expect(visits).toBeLessThanOrEqual(3 * nodes);
  });
});

describe('a document of 20 levels of doubling fragments over HTTP', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({}, { security: securityFrom() });
  });
  afterAll(() => s.close());

  it('is answered (it asks for __typename only, at cost 0) without an AWS call', async () => {
    const res = await s.gql(doublingFragments(20));
    expect(res).toEqual({
      status: 200,
      data: { __typename: 'Query' },
      extensions: { cost: { requested: 0, actual: 0, upstream: { calls: 0, byOperation: {} } } },
    });
  });

  it('is refused for its cost, with the exact figure, when its leaf costs (2^20 copies of one profile)', async () => {
    const res = await s.gql(doublingFragments(20, 'profile(idOrArn: "p-1") { id }'));
    expect(res).toEqual({
      status: 400,
      errors: [
        {
          message: "The query's requested cost is 1,048,576; the limit is 150,000 (898,576 over)",
          extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', maximum: 150000, actual: 1048576 },
        },
      ],
      extensions: { cost: { requested: 1048576, actual: 0, upstream: { calls: 0, byOperation: {} } } },
    });
    expect((await s.stats()).total).toBe(0);
  });
});
