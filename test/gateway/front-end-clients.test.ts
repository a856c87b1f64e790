import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ObservableQuery } from '@apollo/client';
import { parse } from 'graphql';
import { createOperationDescriptor, fetchQuery, getSelector, type SingularReaderSelector } from 'relay-runtime';
import { createApolloClient } from '../../examples/front-ends/apollo';
import { createRelayEnvironment } from '../../examples/front-ends/relay';
import { createUrqlClient } from '../../examples/front-ends/urql';
import PartnerListPaginationQuery from '../../examples/front-ends/__generated__/PartnerListPaginationQuery.graphql';
import PartnerListFragment, { type PartnerList_query$data } from '../../examples/front-ends/__generated__/PartnerList_query.graphql';
import { securityFrom } from '../support/security';
import { startStack, type TestStack } from '../support/stack';

const ROOT = join(__dirname, '..', '..');
const FRONT_ENDS = join(ROOT, 'examples', 'front-ends');

interface Edge {
  node: { id: string; as2Id: string };
}
interface PartnersData {
  profiles: { edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

// The same list each client pages through, three at a time: PARTNER profiles by as2Id.
const PARTNERS = parse(`query Partners($first: Int!, $after: String) {
  profiles(profileType: PARTNER, orderBy: { field: AS2_ID }, first: $first, after: $after) {
    edges { cursor node { id as2Id } } pageInfo { hasNextPage endCursor } } }`);
const LOCALS = parse(`query Locals($first: Int!) {
  profiles(profileType: LOCAL, first: $first) { edges { cursor node { id as2Id } } pageInfo { hasNextPage endCursor } } }`);
const PAGE = 3;

/** What a client put on the wire for each request to the gateway, and the status it got. */
interface Sent {
  method: string;
  contentType: string | null;
  preflight: string | null;
  status: number;
}
let sent: Sent[] = [];
const realFetch = globalThis.fetch;

let s: TestStack;
let partners: Array<Edge['node']>;
let locals: Array<Edge['node']>;
beforeAll(async () => {
  s = await startStack({}, { security: securityFrom({ CSRF_PREVENTION: 'true' }) });
  // Eight partners (three pages: 3, 3, 2) created in no particular order, and a LOCAL profile outside the list.
  const create = async (as2Id: string, profileType: 'LOCAL' | 'PARTNER') => {
    const res = await s.gql<{ createProfile: { profile: { id: string; as2Id: string } } }>(
      'mutation($input: CreateProfileInput!) { createProfile(input: $input) { profile { id as2Id } } }',
      { input: { as2Id, profileType } },
    );
    return res.data!.createProfile.profile;
  };
  for (const as2Id of ['WOODGROVE', 'CONTOSO', 'NORTHWIND', 'ADATUM', 'LITWARE', 'FABRIKAM', 'TAILSPIN', 'BLUEYONDER']) {
    await create(as2Id, 'PARTNER');
  }
  await create('MERIDIAN-HQ', 'LOCAL');
  const all = await s.gql<PartnersData>(
    'query { profiles(profileType: PARTNER, orderBy: { field: AS2_ID }, first: 100) { edges { node { id as2Id } } } }',
  );
  partners = all.data!.profiles.edges.map((e) => e.node);
  const local = await s.gql<PartnersData>('query { profiles(profileType: LOCAL, first: 100) { edges { node { id as2Id } } } }');
  locals = local.data!.profiles.edges.map((e) => e.node);
  // Each request the clients send is recorded on its way to the gateway and back.
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const res = await realFetch(input, init);
    sent.push({
      method: request.method,
      contentType: request.headers.get('content-type'),
      preflight: request.headers.get('apollo-require-preflight'),
      status: res.status,
    });
    return res;
  };
});
beforeEach(() => {
  sent = [];
});
afterAll(async () => {
  globalThis.fetch = realFetch;
  await s.close();
});

const nodes = (data: PartnersData) => data.profiles.edges.map((e) => ({ id: e.node.id, as2Id: e.node.as2Id }));
const times = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe('the demo list the clients page through', () => {
  it('holds eight partners by as2Id, three pages of at most three', () => {
    expect(partners.map((p) => p.as2Id)).toEqual([
      'ADATUM',
      'BLUEYONDER',
      'CONTOSO',
      'FABRIKAM',
      'LITWARE',
      'NORTHWIND',
      'TAILSPIN',
      'WOODGROVE',
    ]);
  });
});

/** A watched query's results as an app sees them: `until` waits (at most 10 s) for a complete one that passes `test`. */
function watch<T>(watched: ObservableQuery<T>) {
  let latest: T | undefined;
  let failure: unknown;
  let wake = () => undefined as void;
  const subscription = watched.subscribe({
    next: (result) => {
      if (result.error) failure = result.error;
      else if (result.dataState === 'complete') latest = result.data;
      wake();
    },
    error: (error: unknown) => {
      failure = error;
      wake();
    },
  });
  const until = async (test: (data: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 10_000;
    while (failure === undefined && (latest === undefined || !test(latest))) {
      if (Date.now() > deadline) throw new Error('the watched query delivered no such result within 10 s');
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 100);
      });
    }
    if (failure !== undefined) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
    return latest!;
  };
  return { until, stop: () => subscription.unsubscribe() };
}

describe('Apollo Client, as examples/front-ends/apollo.ts sets it up (relayStylePagination)', () => {
  it('pages with fetchMore to the end, its merged edges being the whole list, over POST JSON', async () => {
    const client = createApolloClient(s.graphqlUrl);
    const watched = client.watchQuery<PartnersData>({ query: PARTNERS, variables: { first: PAGE } });
    const results = watch(watched);
    let data = await results.until(() => true);
    expect(nodes(data)).toEqual(partners.slice(0, PAGE));
    for (let pages = 1; data.profiles.pageInfo.hasNextPage && pages < 10; pages++) {
      const shown = data.profiles.edges.length;
      await watched.fetchMore({ variables: { after: data.profiles.pageInfo.endCursor } });
      data = await results.until((d) => d.profiles.edges.length > shown);
    }
    expect(nodes(data)).toEqual(partners);
    expect(data.profiles.pageInfo.hasNextPage).toBe(false);
    // profileType is a key argument: the LOCAL list is another list, not more pages of this one.
    const other = await client.query<PartnersData>({ query: LOCALS, variables: { first: PAGE } });
    expect(nodes(other.data!)).toEqual(locals);
    expect(nodes(client.readQuery<PartnersData>({ query: PARTNERS, variables: { first: PAGE } })!)).toEqual(partners);
    results.stop();
    client.stop();
    expect(sent).toEqual(times(4, { method: 'POST', contentType: 'application/json', preflight: null, status: 200 }));
  });
});

describe('urql, as examples/front-ends/urql.ts sets it up (graphcache relayPagination)', () => {
  it('pages with the next cursor to the end, its merged edges being the whole list, over GET with CSRF prevention on', async () => {
    const client = createUrqlClient(s.graphqlUrl);
    let result = await client.query<PartnersData>(PARTNERS, { first: PAGE }).toPromise();
    expect(result.error).toBeUndefined();
    expect(nodes(result.data!)).toEqual(partners.slice(0, PAGE));
    for (let pages = 1; result.data!.profiles.pageInfo.hasNextPage && pages < 10; pages++) {
      result = await client.query<PartnersData>(PARTNERS, { first: PAGE, after: result.data!.profiles.pageInfo.endCursor }).toPromise();
      expect(result.error).toBeUndefined();
    }
    expect(nodes(result.data!)).toEqual(partners);
    // relayPagination keys the list by its other arguments: LOCAL profiles are a list of their own.
    const other = await client.query<PartnersData>(LOCALS, { first: PAGE }).toPromise();
    expect(nodes(other.data!)).toEqual(locals);
    expect(sent).toEqual(times(4, { method: 'GET', contentType: null, preflight: 'true', status: 200 }));
  });
});

describe('Relay, as examples/front-ends/relay.ts and PartnerList.ts set it up (@connection)', () => {
  it('pages with the refetchable pagination query to the end, the connection handler merging the edges, over POST JSON', async () => {
    const environment = createRelayEnvironment(s.graphqlUrl);
    // What usePaginationFragment does without React: fetch a page, then read the fragment from the store.
    const read = (variables: { count: number; cursor: string | null }): PartnerList_query$data => {
      const root = environment.lookup(createOperationDescriptor(PartnerListPaginationQuery, variables).fragment).data;
      return environment.lookup(getSelector(PartnerListFragment, root) as SingularReaderSelector).data as PartnerList_query$data;
    };
    const first = { count: PAGE, cursor: null };
    await fetchQuery(environment, PartnerListPaginationQuery, first).toPromise();
    let data = read(first);
    const shown = () => data.profiles!.edges.map((e) => ({ id: e.node.id, as2Id: e.node.as2Id }));
    expect(shown()).toEqual(partners.slice(0, PAGE));
    for (let pages = 1; data.profiles!.pageInfo.hasNextPage && pages < 10; pages++) {
      await fetchQuery(environment, PartnerListPaginationQuery, {
        count: PAGE,
        cursor: data.profiles!.pageInfo.endCursor ?? null,
      }).toPromise();
      data = read(first);
    }
    expect(shown()).toEqual(partners);
    expect(data.profiles!.pageInfo.hasNextPage).toBe(false);
    expect(sent).toEqual(times(3, { method: 'POST', contentType: 'application/json', preflight: null, status: 200 }));
  });

  it('has artifacts in examples/front-ends/__generated__ that relay-compiler makes from PartnerList.ts and schema.graphql as they are', () => {
    const validate = spawnSync(join(ROOT, 'node_modules', '.bin', 'relay-compiler'), ['--validate'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: validate.status, stderr: validate.stderr }).toEqual({ status: 0, stderr: '' });
  });
});

describe('docs/front-ends.md', () => {
  const docs = readFileSync(join(ROOT, 'docs', 'front-ends.md'), 'utf8');
  // A file is quoted as a link to it, e.g. [examples/front-ends/apollo.ts](../examples/front-ends/apollo.ts), then the next ts block.
  const quoted = [...docs.matchAll(/\[(examples\/front-ends\/[\w.-]+\.ts)\]\([^)]*\)(?:(?!```)[\s\S])*```ts\n([\s\S]*?)```/g)].map(
    ([, file, code]) => ({
      file,
      code,
    }),
  );

  it('quotes every setup of examples/front-ends as it is in the file the spec runs', () => {
    const files = readdirSync(FRONT_ENDS).filter((f) => f.endsWith('.ts'));
    expect(quoted.map((q) => q.file).sort()).toEqual(files.map((f) => `examples/front-ends/${f}`).sort());
    for (const { file, code } of quoted) expect({ file, code }).toEqual({ file, code: readFileSync(join(ROOT, file), 'utf8') });
  });
});
