import 'reflect-metadata';
import { type OperationDefinitionNode, parse } from 'graphql';
import { CostModel, requestedCost } from '../../src/gateway/security/cost-analysis';
import { gatewaySchema } from '../../src/gateway/schema/build';

const model = new CostModel(gatewaySchema());
const costOf = (query: string) => {
  const document = parse(query);
  return requestedCost(model, document, document.definitions[0] as OperationDefinitionNode);
};

describe('the cost of searched lists', () => {
  it('counts a root list given filter or orderBy as a walking field (10) instead of a page (1)', () => {
    expect(costOf('{ profiles(first: 5) { edges { node { id } } } }')).toBe(1 + 5);
    expect(costOf('{ profiles(first: 5, filter: { as2IdContains: "a" }) { edges { node { id } } } }')).toBe(10 + 5);
    expect(costOf('{ certificates(first: 5, orderBy: { field: EXPIRY }) { edges { node { id } } } }')).toBe(10 + 5);
    expect(costOf('{ connectors(first: 5, filter: { urlContains: "x" }) { edges { node { id } } } }')).toBe(10 + 5);
    expect(costOf('{ connectors(first: 5, orderBy: { field: PARTNER }) { edges { node { id } } } }')).toBe(10 + 5);
  });

  it('counts agreements without a server as a walk of every server, and with one as a page', () => {
    expect(costOf('{ agreements(first: 5) { edges { node { id } } } }')).toBe(10 + 5);
    expect(costOf('{ agreements(server: "s-0123456789abcdef0", first: 5) { edges { node { id } } } }')).toBe(1 + 5);
    expect(costOf('{ agreements(server: "s-0123456789abcdef0", first: 5, orderBy: { field: PARTNER }) { edges { node { id } } } }')).toBe(
      10 + 5,
    );
  });
});
