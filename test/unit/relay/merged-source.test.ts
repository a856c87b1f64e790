import { mergedSource } from '../../../src/gateway/schema/relay/merged-source';
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
