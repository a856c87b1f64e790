import { ROOT_DESCRIPTIONS } from '../../src/gateway/schema/build';
import { securityFrom } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

// What urql's default fetch exchange sends for a query: GET, the query in the URL, an Accept header and no content type.
const URQL_ACCEPT = 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

/** Apollo's own CSRF refusal, which the gateway ends with a full stop and follows with the hint that fits. */
const APOLLO_REFUSAL =
  "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight";

let s: TestStack;
beforeAll(async () => {
  s = await startStack({}, { security: securityFrom({ CSRF_PREVENTION: 'true' }) });
});
afterAll(() => s.close());

const get = (headers: Record<string, string>) =>
  fetch(
    `${s.graphqlUrl}?query=${encodeURIComponent('query Profiles { profiles(first: 1) { edges { node { profileId } } } }')}&operationName=Profiles`,
    { headers },
  );

describe('a front-end sending queries as urql does by default', () => {
  it('is refused by CSRF prevention with a message that says what to change', async () => {
    const res = await get({ accept: URQL_ACCEPT });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        {
          message:
            `${APOLLO_REFUSAL}. ` +
            'A GET request (as urql sends queries by default) needs the header apollo-require-preflight: true, or send the query as POST with content-type: application/json (urql: preferGetMethod: false); see docs/front-ends.md.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('runs the query with the documented header, apollo-require-preflight: true', async () => {
    const res = await get({ accept: URQL_ACCEPT, 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { profiles: { edges: [] } }, extensions: expect.anything() as unknown });
  });
});

describe('a front-end posting a query as text/plain (fetch with a string body and no content-type)', () => {
  it('is refused with a hint about the content type, not about GET', async () => {
    const res = await fetch(s.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ query: '{ profiles(first: 1) { edges { node { profileId } } } }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        {
          message:
            `${APOLLO_REFUSAL}. ` +
            'This POST came with content-type: text/plain; send it with content-type: application/json (fetch() sends text/plain for a string body without a content-type header), or add the header apollo-require-preflight: true; see docs/front-ends.md.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });
});

describe('the schema', () => {
  it('describes Query, Mutation and Subscription', async () => {
    const res = await s.gql<{ q: { description: string | null }; m: { description: string | null }; s: { description: string | null } }>(
      '{ q: __type(name: "Query") { description } m: __type(name: "Mutation") { description } s: __type(name: "Subscription") { description } }',
    );
    expect([res.data!.q.description, res.data!.m.description, res.data!.s.description]).toEqual([
      ROOT_DESCRIPTIONS.query,
      ROOT_DESCRIPTIONS.mutation,
      ROOT_DESCRIPTIONS.subscription,
    ]);
  });
});
