import { CreateProfileCommand } from '@aws-sdk/client-transfer';
import { startStack, type TestStack } from '../support/stack';

const TOTAL = 250;
let s: TestStack;
let allIds: string[];

const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String) {
  profiles(first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { profileId } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  edges: Array<{ cursor: string; node: { profileId: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

async function page(vars: Record<string, unknown>): Promise<Page> {
  const res = await s.gql<{ profiles: Page }>(PAGE, vars);
  expect(res.errors).toBeUndefined();
  return res.data!.profiles;
}

beforeAll(async () => {
  s = await startStack();
  allIds = [];
  for (let i = 0; i < TOTAL; i++) {
    const { ProfileId } = await s.client.send(new CreateProfileCommand({ As2Id: `P${i}`, ProfileType: i % 2 ? 'PARTNER' : 'LOCAL' }));
    allIds.push(ProfileId!);
  }
}, 60_000);
afterAll(() => s.close());

describe('profiles connection', () => {
  it.each([7, 20, 100])('walks all %i-sized pages forward with no gap, no duplicate and exact pageInfo', async (size) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < Math.ceil(TOTAL / size) + 1; n++) {
      const p: Page = await page({ first: size, after });
      seen.push(...p.edges.map((e) => e.node.profileId));
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(p.pageInfo.hasNextPage).toBe(seen.length < TOTAL);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1]?.cursor ?? null);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(allIds);
  });

  it.each([7, 20, 100])('walks all %i-sized pages backward with no gap, no duplicate and exact pageInfo', async (size) => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let n = 0; n < Math.ceil(TOTAL / size) + 1; n++) {
      const p: Page = await page({ last: size, before });
      seen.unshift(...p.edges.map((e) => e.node.profileId));
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      expect(p.pageInfo.hasPreviousPage).toBe(seen.length < TOTAL);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(seen).toEqual(allIds);
  });

  it('resumes exactly after every cursor, whatever page size issued it', async () => {
    const cursors: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 3; n++) {
      const p: Page = await page({ first: 100, after });
      cursors.push(...p.edges.map((e) => e.cursor));
      after = p.pageInfo.endCursor;
    }
    const seven: Page = await page({ first: 7 });
    const backward: Page = await page({ last: 13 });
    const all = [
      ...cursors.map((c, i) => [c, i] as const),
      ...seven.edges.map((e, i) => [e.cursor, i] as const),
      ...backward.edges.map((e, i) => [e.cursor, TOTAL - 13 + i] as const),
    ];
    for (const [cursor, index] of all) {
      const next: Page = await page({ first: 3, after: cursor });
      expect(next.edges.map((e) => e.node.profileId)).toEqual(allIds.slice(index + 1, index + 4));
    }
  }, 60_000);

  it('costs one ListProfiles call per forward page', async () => {
    const first: Page = await page({ first: 20 });
    await s.resetStats();
    const res = await s.gql(PAGE, { first: 20, after: first.pageInfo.endCursor });
    expect(res.extensions?.cost?.upstream).toEqual({ calls: 1, byOperation: { ListProfiles: 1 } });
    expect((await s.stats()).requests).toEqual({ ListProfiles: 1 });
  });

  it('counts the whole list only when totalCount is asked for', async () => {
    const res = await s.gql(`{ profiles(first: 5, profileType: LOCAL) { totalCount } }`);
    expect(res.data.profiles.totalCount).toBe(TOTAL / 2);
  });

  it.each([
    [{ first: 0 }, '`first` must be between 1 and 100, got 0'],
    [{ first: 101 }, '`first` must be between 1 and 100, got 101'],
    [{ last: -1 }, '`last` must be between 1 and 100, got -1'],
    [{ first: 5, after: 'garbage!' }, 'Invalid cursor in `after`: not a cursor issued by this API'],
    [
      { first: 5, after: Buffer.from('[1,"servers",null,1,"x"]').toString('base64url') },
      'Invalid cursor in `after`: it belongs to another list; use a cursor from this connection',
    ],
  ])('refuses %j with BAD_USER_INPUT and makes no AWS call', async (vars, message) => {
    await s.resetStats();
    const res = await s.gql(PAGE, vars);
    expect(res.data?.profiles ?? null).toBeNull();
    expect(res.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    expect((await s.stats()).total).toBe(0);
  });
});
