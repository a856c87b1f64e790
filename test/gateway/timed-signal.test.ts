import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// Its behaviour in process is specified in test/unit/timed-signal.test.ts.
import { abortAfter, expiryOf } from '../../src/gateway/upstream/timed-signal';

/** The modules as `npm start` runs them (jest's global set-up builds dist/). */
const BUILT_TIMED_SIGNAL = resolve(__dirname, '../../dist/src/gateway/upstream/timed-signal.js');
const BUILT_DEADLINE = resolve(__dirname, '../../dist/src/gateway/request/deadline.js');
const BUILT_CONTEXT = resolve(__dirname, '../../dist/src/gateway/request/context.js');
const BUILT_UPSTREAM = resolve(__dirname, '../../dist/src/gateway/upstream/client.js');

describe('a timed abort signal in the built gateway', () => {
  it("as a request's deadline, can be the parent of many calls' signals at once without a MaxListenersExceededWarning", () => {
    // Node writes the warning to the real process's stderr, which a jest sandbox does not see: run it in a node of its own.
    const script = `
      const { abortAfter } = require(${JSON.stringify(BUILT_TIMED_SIGNAL)});
      const { RequestDeadline } = require(${JSON.stringify(BUILT_DEADLINE)});
      const client = new AbortController();
      const deadline = RequestDeadline.start({ deadlineMs: 10000 }, client.signal);
      const { createContext } = require(${JSON.stringify(BUILT_CONTEXT)});
      const { RegionUpstream } = require(${JSON.stringify(BUILT_UPSTREAM)});
      const upstream = new RegionUpstream({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9' }, { concurrencyPerProcess: 4, upstreamTimeoutMs: 1000, upstreamMaxAttempts: 1 });
      createContext(upstream, 16, deadline.signal);
      const calls = Array.from({ length: 200 }, () => abortAfter(5000, deadline.signal));
      client.abort(new Error('client left'));
      const followed = calls.filter((c) => c.signal.aborted && c.signal.reason.message === 'client left').length;
      calls.forEach((c) => c.dispose());
      deadline.end();
      upstream.destroy();
      setTimeout(() => console.log(followed), 10);
    `;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('200');
    expect(run.stderr).not.toContain('MaxListenersExceededWarning');
  });
});

describe('the expiry of a timed signal (what lets a call under a request deadline skip a timer of its own)', () => {
  it('is when its time runs out, for a signal without a parent', () => {
    const before = Date.now();
    const timed = abortAfter(5000);
    const expiry = expiryOf(timed.signal)!;
    timed.dispose();
    expect({ atLeast: expiry >= before + 5000, atMost: expiry <= Date.now() + 5000 }).toEqual({ atLeast: true, atMost: true });
  });

  it("is the parent's when the parent is a timed signal that runs out sooner", () => {
    const deadline = abortAfter(1000);
    const call = abortAfter(60_000, deadline.signal);
    expect(expiryOf(call.signal)).toBe(expiryOf(deadline.signal));
    call.dispose();
    deadline.dispose();
  });

  it('is unknown for a signal that is not timed, and for a timed one once disposed (it will never fire)', () => {
    const timed = abortAfter(1000);
    timed.dispose();
    expect({ plain: expiryOf(new AbortController().signal), disposed: expiryOf(timed.signal) }).toEqual({
      plain: undefined,
      disposed: undefined,
    });
  });
});
