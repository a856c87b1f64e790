import { toCursor } from '../../../src/gateway/schema/relay/cursor';
import { paginate } from '../../../src/gateway/schema/relay/paginate';
import { fakeList, idsOf } from './fake-list';

const cursor = (token: string | null, skip: number, id: string) => toCursor('items', { token, skip, id });
const edge = (token: string | null, skip: number, id: string) => ({ node: id, cursor: cursor(token, skip, id) });

describe('paginate (a Relay connection over an AWS list)', () => {
  it('answers the first page with one List call asking only for what it needs, and knows the total when it saw it all', async () => {
    const list = fakeList('items', idsOf('i', 3));
    expect(await paginate(list, { first: 5 })).toEqual({
      edges: [edge(null, 1, 'i1'), edge(null, 2, 'i2'), edge(null, 3, 'i3')],
      knownTotal: 3,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: cursor(null, 1, 'i1'), endCursor: cursor(null, 3, 'i3') },
    });
    expect(list.calls).toEqual([[null, 5]]);
  });

  it('resumes after a cursor with one List call from the page its edge was on', async () => {
    const list = fakeList('items', idsOf('i', 10), 4);
    const first = await paginate(list, { first: 2 });
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: cursor(null, 1, 'i1'),
      endCursor: cursor('after:i2', 0, 'i2'),
    });
    list.calls.length = 0;
    const second = await paginate(list, { first: 2, after: first.pageInfo.endCursor });
    expect(second).toEqual({
      edges: [edge('after:i2', 1, 'i3'), edge('after:i4', 0, 'i4')],
      knownTotal: undefined,
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: true,
        startCursor: cursor('after:i2', 1, 'i3'),
        endCursor: cursor('after:i4', 0, 'i4'),
      },
    });
    expect(list.calls).toEqual([['after:i2', 2]]);
  });

  it('crosses AWS pages within one forward page, following NextToken', async () => {
    const list = fakeList('items', idsOf('i', 5), 2);
    const page = await paginate(list, { first: 5 });
    expect(page.edges.map((e) => e.node)).toEqual(idsOf('i', 5));
    expect(list.calls).toEqual([
      [null, 5],
      ['after:i2', 3],
      ['after:i4', 1],
    ]);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('finds the cursor item again when items before it were deleted', async () => {
    // The edge i3, two items into the page that starts after i1; then i2 is deleted.
    const after = fakeList('items', ['i1', 'i3', 'i4', 'i5', 'i6']);
    expect((await paginate(after, { first: 2, after: cursor('after:i1', 2, 'i3') })).edges.map((e) => e.node)).toEqual(['i4', 'i5']);
  });

  it('answers `last` and `before` from the whole list', async () => {
    const list = fakeList('items', idsOf('i', 6), 4);
    const page = await paginate(list, { last: 2, before: cursor(null, 5, 'i5') });
    expect(page).toEqual({
      edges: [edge(null, 3, 'i3'), edge('after:i4', 0, 'i4')],
      knownTotal: 6,
      pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: cursor(null, 3, 'i3'), endCursor: cursor('after:i4', 0, 'i4') },
    });
    expect(list.calls).toEqual([
      [null, 1000],
      ['after:i4', 1000],
    ]);
  });

  it('answers the window between `after` and `before`, cut by `first`', async () => {
    const list = fakeList('items', idsOf('i', 6));
    expect(await paginate(list, { first: 2, after: cursor(null, 1, 'i1'), before: cursor(null, 5, 'i5') })).toEqual({
      edges: [edge(null, 2, 'i2'), edge(null, 3, 'i3')],
      knownTotal: 6,
      pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: cursor(null, 2, 'i2'), endCursor: cursor(null, 3, 'i3') },
    });
  });

  it('cuts the same forward page from the whole list when the total is wanted too (one walk instead of a page and a walk)', async () => {
    const paged = await paginate(fakeList('items', idsOf('i', 5), 2), { first: 2 });
    const list = fakeList('items', idsOf('i', 5), 2);
    const whole = await paginate(list, { first: 2 }, { wholeList: true });
    expect(whole).toEqual({ ...paged, knownTotal: 5 });
    expect(list.calls).toEqual([
      [null, 1000],
      ['after:i2', 1000],
      ['after:i4', 1000],
    ]);
  });

  it('uses 20 when neither first nor last is given, and refuses counts outside 1–100', async () => {
    expect((await paginate(fakeList('items', idsOf('i', 30)), {})).edges).toHaveLength(20);
    await expect(paginate(fakeList('items', []), { first: 0 })).rejects.toMatchObject({
      message: '`first` must be between 1 and 100, got 0',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    await expect(paginate(fakeList('items', []), { last: 101 })).rejects.toMatchObject({
      message: '`last` must be between 1 and 100, got 101',
      extensions: { code: 'BAD_USER_INPUT', argument: 'last' },
    });
  });

  it('refuses a before cursor whose item no longer exists', async () => {
    await expect(paginate(fakeList('items', idsOf('i', 2)), { last: 1, before: cursor(null, 1, 'gone') })).rejects.toMatchObject({
      message: "The `before` cursor's item no longer exists; start again without it",
      extensions: { code: 'BAD_USER_INPUT', argument: 'before' },
    });
  });
});
