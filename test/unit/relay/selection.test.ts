import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';
import { fieldsSelectedOn } from '../../../src/gateway/schema/relay/selection';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Certificate implements Node { id: ID! status: String serial: String }
  type Profile implements Node { id: ID! as2Id: String certificates: CertificateConnection }
  type CertificateEdge { node: Certificate cursor: String }
  type CertificateConnection { edges: [CertificateEdge] nodes: [Certificate] totalCount: Int }
  type Query { profile: Profile nodes(ids: [ID!]!): [Node] }
`);

/** Runs `query` and returns the fields selected on `typeName` as seen by the resolver of `field` (on Query or Profile). */
async function selectedOn(query: string, field: 'profile' | 'nodes' | 'certificates', typeName: string): Promise<string[]> {
  let seen: string[] = [];
  const capture = (info: GraphQLResolveInfo) => {
    if (info.fieldName === field) seen = [...fieldsSelectedOn(info, typeName)].sort();
  };
  const rootValue = {
    profile: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      capture(info);
      return {
        id: 'p',
        certificates: (_a: unknown, _c: unknown, inner: GraphQLResolveInfo) => {
          capture(inner);
          return null;
        },
      };
    },
    nodes: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      capture(info);
      return [];
    },
  };
  const result = await execute({ schema, document: parse(query), rootValue });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('the fields selected on the objects a field returns (fieldsSelectedOn)', () => {
  it('reads an object field’s own selection, through fragments, without __typename', async () => {
    const query = `{ profile { __typename id ...P ... on Profile { certificates { totalCount } } } } fragment P on Profile { as2Id }`;
    expect(await selectedOn(query, 'profile', 'Profile')).toEqual(['as2Id', 'certificates', 'id']);
  });

  it('reads a connection’s nodes under edges.node and nodes, through fragments at each level', async () => {
    const query = `{ profile { certificates { totalCount ...E nodes { serial } } } }
      fragment E on CertificateConnection { edges { cursor node { ... on Certificate { status } } } }`;
    expect(await selectedOn(query, 'certificates', 'Certificate')).toEqual(['serial', 'status']);
  });

  it('keeps only the fragments that apply to the type in a list of an interface, and those on the interface itself', async () => {
    const query = `{ nodes(ids: ["a"]) { id ... on Profile { as2Id } ... on Certificate { status } ...C } }
      fragment C on Node { ... on Certificate { serial } }`;
    expect(await selectedOn(query, 'nodes', 'Certificate')).toEqual(['id', 'serial', 'status']);
    expect(await selectedOn(query, 'nodes', 'Profile')).toEqual(['as2Id', 'id']);
  });

  it('counts fields under @skip and @include: it may say too much, never too little', async () => {
    const query = `{ profile { as2Id @skip(if: true) id @include(if: false) } }`;
    expect(await selectedOn(query, 'profile', 'Profile')).toEqual(['as2Id', 'id']);
  });
});
