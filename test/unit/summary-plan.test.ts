import DataLoader from 'dataloader';
import { summaryLoader } from '../../src/gateway/upstream/summary-loader';
import { afterPage, planSummaries, type SummaryBatch } from '../../src/gateway/upstream/summary-plan';
import { graphQLError } from '../../src/gateway/upstream/errors';
import { fakeList, idsOf } from './relay/fake-list';

const batch = (keys: string[], over: Partial<SummaryBatch> = {}): SummaryBatch => ({
  keys,
  described: new Set(),
  listStarted: false,
  written: false,
  ...over,
});

describe('the plan of a batch of summaries (planSummaries)', () => {
  it('describes a lone key: one Describe is no dearer than the one page a List takes at least', () => {
    expect(planSummaries(batch(['c1']))).toEqual({ describe: ['c1'], list: [] });
  });

  it('reads the List for two keys or more: one page instead of a Describe each', () => {
    expect(planSummaries(batch(['c1', 'c2']))).toEqual({ describe: [], list: ['c1', 'c2'] });
    expect(planSummaries(batch(idsOf('c', 50)))).toEqual({ describe: [], list: idsOf('c', 50) });
  });

  it('serves keys whose Describe is read or asked for anyway from it, and plans the rest on their own', () => {
    expect(planSummaries(batch(['c1', 'c2', 'c3'], { described: new Set(['c2']) }))).toEqual({ describe: ['c2'], list: ['c1', 'c3'] });
    expect(planSummaries(batch(['c1', 'c2'], { described: new Set(['c2']) }))).toEqual({ describe: ['c1', 'c2'], list: [] });
    expect(planSummaries(batch(['c1', 'c2'], { described: new Set(['c1', 'c2']) }))).toEqual({ describe: ['c1', 'c2'], list: [] });
  });

  it('reads even a lone key from the List when the request has read its first page (free)', () => {
    expect(planSummaries(batch(['c1'], { listStarted: true }))).toEqual({ describe: [], list: ['c1'] });
    expect(planSummaries(batch(['c1', 'c2'], { listStarted: true, described: new Set(['c1']) }))).toEqual({
      describe: ['c1'],
      list: ['c2'],
    });
  });

  it('describes every key once the request has written: a List page read before may not show the write', () => {
    expect(planSummaries(batch(['c1', 'c2', 'c3'], { written: true, listStarted: true }))).toEqual({
      describe: ['c1', 'c2', 'c3'],
      list: [],
    });
  });
});

describe('what follows a List page (afterPage)', () => {
  it('is done when every key was found, whatever pages are left', () => {
    expect(afterPage({ missing: 0, morePages: true })).toBe('done');
    expect(afterPage({ missing: 0, morePages: false })).toBe('done');
  });

  it('reads the next page while more than one key is missing', () => {
    expect(afterPage({ missing: 2, morePages: true })).toBe('next page');
  });

  it('describes the missing key when one is left, or the List has ended without them', () => {
    expect(afterPage({ missing: 1, morePages: true })).toBe('describe the missing');
    expect(afterPage({ missing: 3, morePages: false })).toBe('describe the missing');
  });
});

/** A summary loader over a fake List of `ids` and a Describe that knows `existing`, both recording their calls. */
function loaderOver(ids: string[], { awsPage = 1000, existing = ids, listStarted = false, written = false } = {}) {
  const list = fakeList('certificates', ids, awsPage);
  const describes: string[] = [];
  const describeCache = new Map<string, Promise<string>>();
  const describe = new DataLoader<string, string, string>(
    (keys) =>
      Promise.resolve(
        keys.map((key) => {
          describes.push(key);
          return existing.includes(key) ? `described ${key}` : graphQLError('NOT_FOUND', `ResourceNotFoundException: ${key}`);
        }),
      ),
    { cacheMap: describeCache },
  );
  const summaries = summaryLoader<string, string, string>({
    describe,
    cacheKey: (key) => key,
    described: (key) => describeCache.has(key),
    listOf: (id) => ({ source: list, id }),
    listStarted: () => listStarted,
    written: () => written,
    cache: new Map(),
  });
  return { list, describes, describe, summaries };
}

const settled = (promises: Array<Promise<string>>) =>
  Promise.all(
    promises.map((p) =>
      p.then(
        (value) => ({ value }),
        (error: Error) => ({ error: error.message }),
      ),
    ),
  );

describe('the summary loader (a DataLoader that reads each batch as planSummaries says)', () => {
  it('answers a batch of keys from one List page of 1,000, in the order asked', async () => {
    const { list, describes, summaries } = loaderOver(idsOf('c', 30));
    expect(await Promise.all(['c3', 'c1', 'c30'].map((id) => summaries.load(id)))).toEqual(['c3', 'c1', 'c30']);
    expect({ list: list.calls, describes }).toEqual({ list: [[null, 1000]], describes: [] });
  });

  it('describes a lone key', async () => {
    const { list, describes, summaries } = loaderOver(idsOf('c', 30));
    expect(await summaries.load('c7')).toBe('described c7');
    expect({ list: list.calls, describes }).toEqual({ list: [], describes: ['c7'] });
  });

  it('serves a key whose Describe a field asked for in the same tick from that Describe, the others from the List', async () => {
    const { list, describes, describe, summaries } = loaderOver(idsOf('c', 30));
    const asked = [summaries.load('c1'), summaries.load('c2'), summaries.load('c3')];
    void describe.load('c2');
    expect(await Promise.all(asked)).toEqual(['c1', 'described c2', 'c3']);
    expect({ list: list.calls, describes }).toEqual({ list: [[null, 1000]], describes: ['c2'] });
  });

  it('reads further pages while more than one key is missing, then describes the last one', async () => {
    const { list, describes, summaries } = loaderOver(idsOf('c', 10), { awsPage: 4 });
    expect(await Promise.all(['c1', 'c6', 'c10'].map((id) => summaries.load(id)))).toEqual(['c1', 'c6', 'described c10']);
    expect({ list: list.calls, describes }).toEqual({
      list: [
        [null, 1000],
        ['after:c4', 1000],
      ],
      describes: ['c10'],
    });
  });

  it('describes keys the whole List lacks: NOT_FOUND for one gone, the object for one made since the List was read', async () => {
    const { list, describes, summaries } = loaderOver(idsOf('c', 3), { existing: [...idsOf('c', 3), 'new'] });
    expect(await settled(['c1', 'gone', 'new'].map((id) => summaries.load(id)))).toEqual([
      { value: 'c1' },
      { error: 'ResourceNotFoundException: gone' },
      { value: 'described new' },
    ]);
    expect({ list: list.calls, describes }).toEqual({ list: [[null, 1000]], describes: ['gone', 'new'] });
  });

  it('describes every key of the batch when the List fails', async () => {
    const { list, describes, summaries } = loaderOver(idsOf('c', 3));
    list.fail = new Error('AccessDeniedException');
    expect(await Promise.all(['c1', 'c2'].map((id) => summaries.load(id)))).toEqual(['described c1', 'described c2']);
    expect({ list: list.calls, describes }).toEqual({ list: [[null, 1000]], describes: ['c1', 'c2'] });
  });

  it('reads a lone key from the List when its first page is read already, and describes every key once the request has written', async () => {
    const started = loaderOver(idsOf('c', 3), { listStarted: true });
    expect(await started.summaries.load('c2')).toBe('c2');
    expect({ list: started.list.calls, describes: started.describes }).toEqual({ list: [[null, 1000]], describes: [] });
    const written = loaderOver(idsOf('c', 3), { listStarted: true, written: true });
    expect(await Promise.all(['c1', 'c2'].map((id) => written.summaries.load(id)))).toEqual(['described c1', 'described c2']);
    expect({ list: written.list.calls, describes: written.describes }).toEqual({ list: [], describes: ['c1', 'c2'] });
  });

  it('caches each key for the request: a key asked again costs nothing', async () => {
    const { list, describes, summaries } = loaderOver(idsOf('c', 3));
    await Promise.all(['c1', 'c2'].map((id) => summaries.load(id)));
    expect(await summaries.load('c1')).toBe('c1');
    expect({ list: list.calls, describes }).toEqual({ list: [[null, 1000]], describes: [] });
  });
});
