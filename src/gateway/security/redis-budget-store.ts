import type { RedisConnection } from '../upstream/redis';
import type { BudgetStore } from './budget';

/** Takes only when the total stays within the limit, atomically, so that concurrent replicas cannot overspend. */
const TAKE = `
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount = tonumber(ARGV[1])
if spent + amount > tonumber(ARGV[2]) then return {0, spent} end
spent = redis.call('INCRBY', KEYS[1], amount)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {1, spent}`;

/** Gives back (or adds) without a limit and keeps the expiry, in one round trip. */
const ADD = `
local spent = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return spent`;

/** Counts in Redis, keyed by principal and minute, expiring with the minute; through the process's one connection. */
export class RedisBudgetStore implements BudgetStore {
  constructor(private readonly redis: RedisConnection) {}

  async take(key: string, amount: number, limit: number, ttlMs: number) {
    const [taken, spent] = (await this.redis.run((client) =>
      client.eval(TAKE, { keys: [key], arguments: [String(amount), String(limit), String(ttlMs)] }),
    )) as [number, number];
    return { taken: taken === 1, spent: Number(spent) };
  }

  async add(key: string, amount: number, ttlMs: number) {
    return Number(await this.redis.run((client) => client.eval(ADD, { keys: [key], arguments: [String(amount), String(ttlMs)] })));
  }

  /** The connection belongs to the gateway, which closes it. */
  async close() {}
}
