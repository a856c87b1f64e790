import { abortAfter } from '../../src/gateway/timed-signal';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a timed abort signal', () => {
  it('aborts with a TimeoutError once its time runs out', async () => {
    const timed = abortAfter(20);
    expect(timed.signal.aborted).toBe(false);
    await tick(60);
    expect(timed.signal.aborted).toBe(true);
    expect(timed.timedOut).toBe(true);
    expect((timed.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('aborts with the parent, for the parent’s reason, without counting as timed out', () => {
    const parent = new AbortController();
    const timed = abortAfter(10_000, parent.signal);
    parent.abort(new Error('client left'));
    expect(timed.signal.aborted).toBe(true);
    expect(timed.timedOut).toBe(false);
    expect((timed.signal.reason as Error).message).toBe('client left');
    timed.dispose();
  });

  it('starts aborted when the parent already is', () => {
    const parent = new AbortController();
    parent.abort();
    expect(abortAfter(10_000, parent.signal).signal.aborted).toBe(true);
  });

  it('never fires once disposed, neither by time nor by its parent', async () => {
    const parent = new AbortController();
    const timed = abortAfter(20, parent.signal);
    timed.dispose();
    await tick(60);
    parent.abort();
    expect(timed.signal.aborted).toBe(false);
    expect(timed.timedOut).toBe(false);
  });
});
