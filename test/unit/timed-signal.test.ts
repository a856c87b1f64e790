import { abortAfter } from '../../src/gateway/upstream/timed-signal';

describe('a timed abort signal', () => {
  // Its clock is setTimeout's: jest's fake timers move it.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('aborts with a TimeoutError once its time runs out', () => {
    const timed = abortAfter(20);
    jest.advanceTimersByTime(19);
    expect(timed.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
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

  it('never fires once disposed, neither by time nor by its parent', () => {
    const parent = new AbortController();
    const timed = abortAfter(20, parent.signal);
    timed.dispose();
    jest.advanceTimersByTime(60);
    parent.abort();
    expect(timed.signal.aborted).toBe(false);
    expect(timed.timedOut).toBe(false);
  });
});
