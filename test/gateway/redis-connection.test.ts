import { RedisConnection, RedisTimeoutError } from '../../src/gateway/upstream/redis';
import { startRedis, type TestRedis } from '../support/redis';

/** Holds the event loop for `ms`, as a burst of heavy queries does: no timer, no socket read, no write meanwhile. */
function busyFor(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

/** What a settled command came to: its value, or the name of its error. */
const outcome = (settled: PromiseSettledResult<unknown>) =>
  settled.status === 'fulfilled' ? settled.value : (settled.reason as Error).name;

describe('the Redis connection’s breaker, against a real Redis', () => {
  let redis: TestRedis;
  let connection: RedisConnection;
  const logged: string[] = [];
  beforeEach(async () => {
    redis = await startRedis();
    logged.length = 0;
    connection = RedisConnection.connect({ url: redis.url, timeoutMs: 50, log: (message) => logged.push(message) });
    // Ready: the first PING answered (commands before the first connection fail within their timeout).
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (
        await connection
          .run((client) => client.ping())
          .then(
            () => true,
            () => false,
          )
      )
        break;
    }
    logged.length = 0;
  });
  afterEach(async () => {
    await connection.close();
    await redis.stop();
  });

  it('stays closed when this process’s own event loop, not Redis, made commands late', async () => {
    const commands = Array.from({ length: 20 }, (_, i) => connection.run((client) => client.set(`k${i}`, 'v')));
    busyFor(300);
    const outcomes = (await Promise.allSettled(commands)).map(outcome);
    // Each is answered, or fails alone (written too late to be answered within 50 ms); none is a Redis outage.
    expect(outcomes.every((o) => o === 'OK' || o === 'RedisTimeoutError')).toBe(true);
    expect({ logged, available: connection.available }).toEqual({ logged: [], available: true });
    expect(await connection.run((client) => client.ping())).toBe('PONG');
  });

  it('opens at the first unanswered command when Redis stops answering (SIGSTOP), and closes once when it answers again', async () => {
    redis.process.kill('SIGSTOP');
    try {
      await expect(connection.run((client) => client.get('k'))).rejects.toBeInstanceOf(RedisTimeoutError);
      expect({ logged, available: connection.available }).toEqual({
        logged: [
          `Redis at ${connection.host} is down (Redis did not answer within 50 ms): serving without the shared cache, and the cost budget in memory, until it answers again`,
        ],
        available: false,
      });
    } finally {
      redis.process.kill('SIGCONT');
    }
    for (let wait = 0; wait < 100 && !connection.available; wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logged.slice(1)).toEqual([`Redis at ${connection.host} is up again: the shared cache and the shared cost budget are back`]);
  });
});
