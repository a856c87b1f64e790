import 'reflect-metadata';
import { CreateConnectorCommand, CreateProfileCommand } from '@aws-sdk/client-transfer';
import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { gatewaySchema } from '../../src/gateway/schema/build';
import { createAs2Server } from '../support/as2-server';
import { securityFrom } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

/**
 * Fuzzing the whole gateway over HTTP: documents built from the schema with hostile arguments (malformed ids and
 * cursors, huge and negative numbers, unicode, wrong types, unknown fields), deep nesting, aliases and fragments,
 * plus plain garbage. Whatever comes in, the answer is never a 5xx, and is data or GraphQL errors that each carry a
 * code other than INTERNAL (an unexpected error would be a bug).
 */
const schema = gatewaySchema();
const b64 = (text: string) => Buffer.from(text).toString('base64url');

let s: TestStack;
const realIds: string[] = [];
beforeAll(async () => {
  s = await startStack({}, { security: securityFrom({ REQUEST_DEADLINE_MS: '5000' }) });
  const local = (await s.client.send(new CreateProfileCommand({ As2Id: 'FUZZ-LOCAL', ProfileType: 'LOCAL' }))).ProfileId!;
  const partner = (await s.client.send(new CreateProfileCommand({ As2Id: 'FUZZ-PARTNER', ProfileType: 'PARTNER' }))).ProfileId!;
  const server = await createAs2Server(s.client);
  const connector = (
    await s.client.send(
      new CreateConnectorCommand({
        Url: 'https://fuzz.example',
        AccessRole: 'arn:aws:iam::000000000000:role/x',
        As2Config: { LocalProfileId: local, PartnerProfileId: partner },
      }),
    )
  ).ConnectorId!;
  realIds.push(
    local,
    partner,
    server,
    connector,
    b64(`Profile:us-east-1:${local}`),
    b64(`Server:us-east-1:${server}`),
    b64(`Connector:us-east-1:${connector}`),
  );
});
afterAll(() => s.close());

const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'null',
    '0',
    '-1',
    '💥🔥',
    'é'.repeat(300),
    '\u0000\u0001',
    '../../etc/passwd',
    '{"a":1}',
    'p-0123456789abcdef0',
    's-00000000000000000',
    'arn:aws:transfer:us-east-1:000000000000:profile/p-0123456789abcdef0',
    'arn:aws:transfer:eu-west-1:1:agreement/s-1/a-1',
    '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ maxLength: 30 }).map(b64),
  fc
    .tuple(
      fc.constantFrom('Profile', 'Server', 'Agreement', 'Connector', 'Certificate', 'FileTransfer', 'Nope'),
      fc.constantFrom('us-east-1', 'eu-west-1', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(([t, r, k]) => b64(`${t}:${r}:${k}`)),
  fc.integer({ min: -5, max: 5000 }).map((n) => b64(`cursor:${n}`)),
  fc.constant(null).map(() => realIds[0] ?? 'x'),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 101, 2 ** 31, -(2 ** 31) - 1, 1e21, Number.MAX_SAFE_INTEGER, 1.5, -0.0001),
);
const wrongType = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
  hostileNumber,
  hostileString,
);

/** A value for an input type: usually plausible for the type, sometimes of the wrong type entirely. */
function inputValue(g: fc.GeneratorValue, type: GraphQLInputType, depth = 0): unknown {
  if (g(fc.integer, { min: 0, max: 19 }) === 0) return g(() => wrongType);
  if (isNonNullType(type)) return plainValue(g, type.ofType, depth);
  if (g(fc.integer, { min: 0, max: 14 }) === 0) return null;
  return plainValue(g, type, depth);
}

function plainValue(g: fc.GeneratorValue, type: GraphQLInputType, depth: number): unknown {
  if (isListType(type)) return Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, () => inputValue(g, type.ofType, depth + 1));
  if (isEnumType(type)) return g(fc.constantFrom, ...type.getValues().map((v) => v.name), 'NOT_A_VALUE');
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const fields = Object.values(type.getFields());
    const value: Record<string, unknown> = {};
    for (const field of fields) if (isNonNullType(field.type) || g(fc.boolean)) value[field.name] = inputValue(g, field.type, depth + 1);
    if (g(fc.integer, { min: 0, max: 9 }) === 0) value.notAField = 1;
    return value;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return g(() => hostileNumber);
    if (type.name === 'Boolean') return g(fc.boolean);
    if (type.name === 'DateTimeISO' || type.name.includes('Date'))
      return g(fc.constantFrom, '2024-01-01T00:00:00.000Z', 'yesterday', '9999-99-99', 0);
    return g(() => hostileString);
  }
  return null;
}

/** A GraphQL literal for a JSON value (enum names bare when the type is an enum). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => literal(v, isListType(isNonNullType(type) ? type.ofType : type) ? ((isNonNullType(type) ? type.ofType : type) as any).ofType : type)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value)
      .map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'bad'}: ${literal(v, fields[k]?.type ?? (named as GraphQLInputType))}`)
      .join(', ')}}`;
  }
  if (isEnumType(named) && typeof value === 'string' && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  return JSON.stringify(value);
}

const typeString = (type: GraphQLInputType): string => type.toString();

/** 1 to `most` distinct indexes below `count`. */
const pickSome = (g: fc.GeneratorValue, count: number, most: number): number[] =>
  g(fc.uniqueArray, fc.integer({ min: 0, max: count - 1 }), { minLength: 1, maxLength: Math.min(count, most) }) as number[];

/** A selection set on `type`, `depth` levels deep at most, with arguments as literals or variables. */
function selection(
  g: fc.GeneratorValue,
  type: GraphQLNamedType,
  depth: number,
  vars: { defs: string[]; values: Record<string, unknown> },
): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    // Only plain values go through g(): fast-check compares its arguments, and schema objects are deeply cyclic.
    const pick = pickSome(g, possible.length, 2).map((i) => possible[i]);
    return `{ __typename ${pick.map((t) => `... on ${t.name} ${selection(g, t, depth, vars)}`).join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>;
  const chosen = pickSome(g, fields.length, depth > 0 ? 3 : 2).map((i) => fields[i]);
  const parts = chosen.map((field) => {
    const named = getNamedType(field.type);
    const alias = g(fc.integer, { min: 0, max: 7 }) === 0 ? `a${g(fc.integer, { min: 0, max: 99 })}: ` : '';
    const args = field.args
      .filter((arg: GraphQLArgument) => isNonNullType(arg.type) || g(fc.boolean))
      .map((arg: GraphQLArgument) => {
        const value = inputValue(g, arg.type);
        if (g(fc.boolean)) return `${arg.name}: ${literal(value, arg.type)}`;
        const name = `v${vars.defs.length}`;
        // Now and then the variable is declared with another type than the argument's.
        const declared =
          g(fc.integer, { min: 0, max: 19 }) === 0 ? g(fc.constantFrom, 'Int', 'String!', '[ID]', 'Boolean') : typeString(arg.type);
        vars.defs.push(`$${name}: ${declared}`);
        vars.values[name] = value;
        return `${arg.name}: $${name}`;
      });
    const head = `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
    if (isLeafType(named)) return head;
    if (depth <= 0) return `${head} { __typename }`;
    return `${head} ${selection(g, named, depth - 1, vars)}`;
  });
  return `{ ${parts.join(' ')} }`;
}

const garbage = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.integer({ min: 1, max: 400 }).map((n) => `${'{ profiles { edges { node '.repeat(n)}`),
  fc.integer({ min: 1, max: 300 }).map((n) => `{ ${'x: profiles { totalCount } '.repeat(n)}}`),
  fc
    .integer({ min: 10, max: 120 })
    .map(
      (n) =>
        `query { ${'node(id: "x") { ... on Profile { certificates { edges { node { profiles { edges { node '.repeat(n)} id ${'} } } } } } } } }'.repeat(n)}`,
    ),
  fc.constantFrom(
    '{',
    '}',
    'query',
    'mutation { }',
    'subscription { x }',
    '{ __schema { types { name } } }',
    'fragment f on Profile { ...f } { profiles { edges { node { ...f } } } }',
    '{ profiles(first: 1e999) { totalCount } }',
  ),
);

type Request = { query: string; variables?: Record<string, unknown>; operationName?: string };

const request: fc.Arbitrary<Request> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.gen().map((g) => {
      const root = [schema.getQueryType()!, schema.getMutationType()!][g(fc.integer, { min: 0, max: 1 })];
      const vars = { defs: [] as string[], values: {} as Record<string, unknown> };
      const body = selection(g, root, g(fc.integer, { min: 0, max: 4 }), vars);
      const keyword = root === schema.getMutationType() ? 'mutation' : 'query';
      return { query: `${keyword} Fuzz${vars.defs.length ? `(${vars.defs.join(', ')})` : ''} ${body}`, variables: vars.values };
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      query: garbage,
      variables: fc.option(fc.dictionary(fc.string({ maxLength: 5 }), wrongType, { maxKeys: 3 }), { nil: undefined }),
    }),
  },
);

/** What every answer must look like. */
function problemsOf(status: number, body: any): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (!body || typeof body !== 'object') return [...problems, 'not a JSON object'];
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors) || !body.errors.length) problems.push('errors is not a non-empty list');
    for (const error of body.errors ?? []) {
      const code = error?.extensions?.code;
      if (typeof code !== 'string') problems.push(`error without a code: ${JSON.stringify(error).slice(0, 300)}`);
      if (code === 'INTERNAL') problems.push(`unexpected error: ${JSON.stringify(error).slice(0, 300)}`);
    }
  } else if (!('data' in body)) {
    problems.push('neither data nor errors');
  }
  return problems;
}

describe('fuzzing the gateway with generated documents and variables', () => {
  it('answers 1,000 hostile requests without a 5xx, a crash or an error without a code', async () => {
    let sent = 0;
    const outcomes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        sent += 1;
        const res = await fetch(s.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(req),
        });
        const text = await res.text();
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        const problems = problemsOf(res.status, body);
        const outcome = body && typeof body === 'object' && 'errors' in body ? String((body as any).errors?.[0]?.extensions?.code) : 'data';
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        if (problems.length) throw new Error(`${problems.join('; ')}\nrequest: ${JSON.stringify(req).slice(0, 2000)}`);
      }),
      // A fixed seed keeps the suite's run time steady; FUZZ_SEED=<n> explores other documents.
      { numRuns: 1000, seed: Number(process.env.FUZZ_SEED ?? 7), endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(1000);
    // The documents reach every stage: parsing, validation, the limits, the resolvers (their own checks), and data.
    expect(Object.keys(outcomes)).toEqual(
      expect.arrayContaining(['data', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_LIMIT_EXCEEDED', 'BAD_USER_INPUT']),
    );
    if (process.env.FUZZ_STATS) console.log(outcomes);
    // Still alive and well afterwards.
    expect((await fetch(`${s.gateway.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it('answers malformed HTTP bodies with a coded error too', async () => {
    for (const body of [
      '',
      'not json',
      '[',
      '{"query": 1}',
      '{"query": "{ __typename }", "variables": "x"}',
      '{"query": "{ __typename }", "operationName": 7}',
      '[]',
      'null',
    ]) {
      const res = await fetch(s.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect({ body, problems: problemsOf(res.status, await res.json().catch(() => undefined)) }).toEqual({ body, problems: [] });
    }
    const huge = await fetch(s.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${'__typename '.repeat(100_000)}}` }),
    });
    expect({ status: huge.status, body: await huge.json() }).toEqual({
      status: 413,
      body: { errors: [{ message: 'Request body larger than 1048576 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
    });
  });
});
