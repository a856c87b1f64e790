import { GraphQLError } from 'graphql';

/** A per-principal budget of query cost per minute. */
export interface CostBudgetOptions {
  /** Cost each principal may spend per minute (COST_BUDGET_PER_MINUTE); 0 turns the budget off. */
  perMinute: number;
  /** Where the counts live so that replicas share one budget per principal (Redis with REDIS_URL); in memory when absent. */
  store?: BudgetStore;
  /** The clock the minutes are read from (epoch ms); Date.now unless a spec brings a fake one. */
  now?: () => number;
}

/** The state of a principal's budget after a charge. */
export interface BudgetState {
  limit: number;
  /** Cost still available in this minute. */
  remaining: number;
  /** When the minute ends and the budget is whole again (ISO 8601). */
  resetAt: string;
}

/** Where the spent cost of each principal and minute is counted. */
export interface BudgetStore {
  /** Adds `amount` to the key's count unless that would pass `limit` (then nothing changes); answers the count after. */
  take(key: string, amount: number, limit: number, ttlMs: number): Promise<{ taken: boolean; spent: number }>;
  /** Adds `amount` (negative to give back) without a limit; answers the count after. */
  add(key: string, amount: number, ttlMs: number): Promise<number>;
  close(): Promise<void>;
}

const WINDOW_MS = 60_000;

/** COST_BUDGET_PER_MINUTE's default: two queries at the cost limit reserved at once (their unspent part comes back). */
export const DEFAULT_COST_BUDGET_PER_MINUTE = 300_000;

/** Which count a reservation went to. */
export interface BudgetTicket {
  key: string;
  resetAt: string;
}

/** In-process counts: one replica's view, dropped with the minute they belong to. */
export class MemoryBudgetStore implements BudgetStore {
  private readonly counts = new Map<string, { spent: number; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, amount: number, limit: number, ttlMs: number) {
    const spent = this.current(key, ttlMs);
    if (spent.spent + amount > limit) return { taken: false, spent: spent.spent };
    spent.spent += amount;
    return { taken: true, spent: spent.spent };
  }

  async add(key: string, amount: number, ttlMs: number) {
    const spent = this.current(key, ttlMs);
    spent.spent = Math.max(0, spent.spent + amount);
    return spent.spent;
  }

  async close() {
    this.counts.clear();
  }

  private current(key: string, ttlMs: number) {
    const now = this.now();
    if (this.counts.size > 10_000) for (const [k, v] of this.counts) if (v.expires <= now) this.counts.delete(k);
    let entry = this.counts.get(key);
    if (!entry || entry.expires <= now) this.counts.set(key, (entry = { spent: 0, expires: now + ttlMs }));
    return entry;
  }
}

/** The per-principal budget: a fixed one-minute window per principal, in the store, falling back to memory. */
export class CostBudget {
  /** The budget's clock (options.now, else Date.now). */
  readonly now: () => number;
  private readonly fallback: MemoryBudgetStore;

  private constructor(
    readonly options: CostBudgetOptions,
    private readonly store: BudgetStore,
  ) {
    this.now = options.now ?? Date.now;
    this.fallback = new MemoryBudgetStore(this.now);
  }

  /** The budget the options ask for: in their store (it never waits on Redis to start), else in memory. */
  static async create(options: CostBudgetOptions): Promise<CostBudget> {
    return new CostBudget(options, options.store ?? new MemoryBudgetStore(options.now));
  }

  /** Reserves `amount` for `principal` in the current minute, unless the budget would be overspent. */
  async reserve(principal: string, amount: number): Promise<{ taken: boolean; state: BudgetState; ticket: BudgetTicket }> {
    const start = Math.floor(this.now() / WINDOW_MS) * WINDOW_MS;
    const ticket = { key: `tg:budget:${principal}:${start}`, resetAt: new Date(start + WINDOW_MS).toISOString() };
    const { taken, spent } = await this.guard((store) => store.take(ticket.key, amount, this.options.perMinute, this.ttl(ticket)));
    return { taken, state: this.state(spent, ticket.resetAt), ticket };
  }

  /** Corrects a reservation to what the request really cost (`delta` = actual − reserved), in the minute it was made. */
  async settle(ticket: BudgetTicket, delta: number): Promise<BudgetState> {
    const spent = await this.guard((store) => store.add(ticket.key, delta, this.ttl(ticket)));
    return this.state(spent, ticket.resetAt);
  }

  async close(): Promise<void> {
    await this.store.close();
  }

  /** Keys outlive their minute by a second, so that a late settlement still finds its count. */
  private ttl(ticket: BudgetTicket): number {
    return Math.max(1000, Date.parse(ticket.resetAt) - this.now() + 1000);
  }

  private state(spent: number, resetAt: string): BudgetState {
    return {
      limit: this.options.perMinute,
      remaining: Math.min(this.options.perMinute, Math.max(0, this.options.perMinute - spent)),
      resetAt,
    };
  }

  /** The store's answer, or memory's while the store fails (the Redis connection logs when it goes down and comes back). */
  private async guard<T>(run: (store: BudgetStore) => Promise<T>): Promise<T> {
    try {
      return await run(this.store);
    } catch {
      return run(this.fallback);
    }
  }
}

const numberFormat = new Intl.NumberFormat('en-US');

/** BUDGET_EXCEEDED for a charge of `requested` that the rest of the minute's budget (`state`) cannot pay, at `now`. */
export function budgetExceeded(
  requested: number,
  state: BudgetState,
  what = "This query's requested cost",
  now = Date.now(),
): GraphQLError {
  const seconds = Math.max(1, Math.ceil((Date.parse(state.resetAt) - now) / 1000));
  return new GraphQLError(
    `${what} is ${numberFormat.format(requested)}, but only ${numberFormat.format(state.remaining)} of ` +
      `your ${numberFormat.format(state.limit)} per minute remain; the budget is whole again at ${state.resetAt} (in ${seconds} s)`,
    { extensions: { code: 'BUDGET_EXCEEDED', requested, remaining: state.remaining, retryAfterSeconds: seconds } },
  );
}
