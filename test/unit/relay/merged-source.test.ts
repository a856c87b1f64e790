import { toCursor } from '../../../src/gateway/schema/relay/cursor';
import { mergedSource } from '../../../src/gateway/schema/relay/merged-source';
import { paginate } from '../../../src/gateway/schema/relay/paginate';
import { graphQLError } from '../../../src/gateway/upstream/errors';
import { fakeList, idsOf } from './fake-list';

describe('mergedSource (one list across regions)', () => {
  const twoRegions = (east: string[], west: string[], awsPage = 1000) => {
    const sources = { east: fakeList('p', east, awsPage), west: fakeList('p', west, awsPage) };
    const failures: string[] = [];
    const merged = mergedSource(
      'p',
      [
        { region: 'us-east-1', source: sources.east },
        { region: 'eu-west-1', source: sources.west },
      ],
      { onFailure: (region, error) => failures.push(`${region}: ${(error as Error).message}`) },
    );
    return { merged, sources, failures };
  };

  it('interleaves the regions one item at a time, one List call in each, and ends when both are read', async () => {
    const { merged, sources } = twoRegions(['e1', 'e2', 'e3'], ['w1']);
    expect(await merged.fetch(null, 10)).toEqual({
      items: [
        { region: 'us-east-1', item: 'e1' },
        { region: 'eu-west-1', item: 'w1' },
        { region: 'us-east-1', item: 'e2' },
        { region: 'us-east-1', item: 'e3' },
      ],
      nextToken: undefined,
    });
    expect([sources.east.calls, sources.west.calls]).toEqual([[[null, 10]], [[null, 10]]]);
    expect(merged.key).toBe('regions(us-east-1,eu-west-1):p');
    expect(merged.idOf({ region: 'eu-west-1', item: 'w1' })).toBe('eu-west-1/w1');
  });

  it('resumes each region where its token left it', async () => {
    const { merged, sources } = twoRegions(idsOf('e', 4), idsOf('w', 4));
    const first = await merged.fetch(null, 3);
    expect(first.items.map((i) => i.item)).toEqual(['e1', 'w1', 'e2']);
    sources.east.calls.length = 0;
    sources.west.calls.length = 0;
    const second = await merged.fetch(first.nextToken!, 3);
    expect(second.items.map((i) => i.item)).toEqual(['e3', 'w2', 'e4']);
    expect([sources.east.calls, sources.west.calls]).toEqual([[[null, 5]], [[null, 4]]]);
  });

  it('leaves out a failing region, tells once, and keeps the others', async () => {
    const { merged, sources, failures } = twoRegions(['e1'], ['w1']);
    sources.west.fail = new Error('socket hang up');
    expect((await merged.fetch(null, 5)).items).toEqual([{ region: 'us-east-1', item: 'e1' }]);
    expect(failures).toEqual(['eu-west-1: socket hang up']);
  });

  it('fails when no region answers, naming each, and passes a client mistake through as it is', async () => {
    const { merged, sources } = twoRegions(['e1'], ['w1']);
    sources.east.fail = new Error('down');
    sources.west.fail = new Error('gone');
    await expect(merged.fetch(null, 5)).rejects.toMatchObject({
      message: 'No region answered: us-east-1: down; eu-west-1: gone',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', regions: ['us-east-1', 'eu-west-1'] },
    });
    const other = twoRegions(['e1'], ['w1']);
    other.sources.west.fail = graphQLError('BAD_USER_INPUT', 'bad token');
    await expect(other.merged.fetch(null, 5)).rejects.toMatchObject({ message: 'bad token', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a damaged token', async () => {
    const { merged } = twoRegions(['e1'], ['w1']);
    await expect(merged.fetch(Buffer.from('[1,null]').toString('base64url'), 5)).rejects.toMatchObject({
      message: 'Invalid cursor: damaged position of a list across regions; start again without it',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('a connection across regions (paginate over mergedSource)', () => {
  const KEY = 'regions(us-east-1,eu-west-1):p';
  /** A merged NextToken: each region's [NextToken, items already taken] (null once read to the end), version 1. */
  const token = (...positions: Array<[string | null, number] | null>) =>
    Buffer.from(JSON.stringify([1, ...positions])).toString('base64url');
  const cursor = (at: string | null, skip: number, id: string) => toCursor(KEY, { token: at, skip, id });
  const edge = (region: string, item: string, at: string | null, skip: number) => ({
    node: { region, item },
    cursor: cursor(at, skip, `${region}/${item}`),
  });
  const sources = (east: string[], west: string[]) => {
    const lists = { east: fakeList('p', east), west: fakeList('p', west) };
    const merged = mergedSource(
      'p',
      [
        { region: 'us-east-1', source: lists.east },
        { region: 'eu-west-1', source: lists.west },
      ],
      { onFailure: () => undefined },
    );
    return { merged, lists };
  };

  it('pages the interleaved list forward, each item once, the cursor resuming every region where it stood, with one List call per region per page', async () => {
    const { merged, lists } = sources(idsOf('e', 3), idsOf('w', 2));
    // The last edge of a page holds the page's NextToken: east has taken 2 items, west 1.
    const AFTER_E2 = token([null, 2], [null, 1]);
    const first = await paginate(merged, { first: 3 });
    expect(first).toEqual({
      edges: [edge('us-east-1', 'e1', null, 1), edge('eu-west-1', 'w1', null, 2), edge('us-east-1', 'e2', AFTER_E2, 0)],
      knownTotal: undefined,
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: cursor(null, 1, 'us-east-1/e1'),
        endCursor: cursor(AFTER_E2, 0, 'us-east-1/e2'),
      },
    });
    const second = await paginate(merged, { first: 3, after: first.pageInfo.endCursor });
    expect(second).toEqual({
      edges: [edge('us-east-1', 'e3', AFTER_E2, 1), edge('eu-west-1', 'w2', AFTER_E2, 2)],
      knownTotal: undefined,
      pageInfo: {
        hasNextPage: false,
        hasPreviousPage: true,
        startCursor: cursor(AFTER_E2, 1, 'us-east-1/e3'),
        endCursor: cursor(AFTER_E2, 2, 'eu-west-1/w2'),
      },
    });
    // The second page reads each region's first AWS page again (it had no NextToken yet), skipping what was taken.
    expect([lists.east.calls, lists.west.calls]).toEqual([
      [
        [null, 3],
        [null, 5],
      ],
      [
        [null, 3],
        [null, 4],
      ],
    ]);
  });
});
