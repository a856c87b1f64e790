import { budgetExceeded, CostBudget, type BudgetStore } from '../../src/gateway/security/budget';
import { fakeClock } from '../support/clock';
import { securityFrom, writeApiKeys } from '../support/security';
import { inProcessGateway, type InProcessGateway } from './support/in-process';

/** A mutation that costs exactly 10, requested and actual (a bad id is refused before any AWS call). */
const TEN = 'mutation { deleteAgreement(input: { id: "not-an-id" }) { deletedId userErrors { code } } }';
/** A query that requests 51 (one page, up to 50 profiles) but, with no profiles, uses 1. */
const FIFTY_ONE = '{ profiles(first: 50) { edges { node { as2Id } } } }';

describe('CostBudget (one fixed window per principal and clock minute)', () => {
  const budget = (clock = fakeClock(), store?: BudgetStore) => CostBudget.create({ perMinute: 100, now: clock.now, store });

  it('takes what fits in the minute and says what is left and when the minute ends', async () => {
    const b = await budget();
    expect(await b.reserve('key:portal', 60)).toEqual({
      taken: true,
      state: { limit: 100, remaining: 40, resetAt: '2030-01-01T00:01:00.000Z' },
      ticket: { key: 'tg:budget:key:portal:1893456000000', resetAt: '2030-01-01T00:01:00.000Z' },
    });
  });

  it('refuses a charge that would pass the limit, and changes nothing', async () => {
    const b = await budget();
    await b.reserve('key:portal', 60);
    expect((await b.reserve('key:portal', 41)).taken).toBe(false);
    expect(await b.reserve('key:portal', 40)).toMatchObject({ taken: true, state: { remaining: 0 } });
  });

  it('keeps each principal apart', async () => {
    const b = await budget();
    await b.reserve('key:portal', 100);
    expect(await b.reserve('key:batch', 100)).toMatchObject({ taken: true, state: { remaining: 0 } });
  });

  it('gives back what a reservation did not use, in the minute it was made, never below nothing', async () => {
    const b = await budget();
    const { ticket } = await b.reserve('key:portal', 51);
    expect(await b.settle(ticket, 1 - 51)).toEqual({ limit: 100, remaining: 99, resetAt: '2030-01-01T00:01:00.000Z' });
    expect(await b.settle(ticket, -500)).toEqual({ limit: 100, remaining: 100, resetAt: '2030-01-01T00:01:00.000Z' });
  });

  it('is whole again in the next minute, while a late settlement still goes to the minute of its reservation', async () => {
    const clock = fakeClock('2030-01-01T00:00:59.900Z');
    const b = await budget(clock);
    const { ticket } = await b.reserve('key:portal', 100);
    clock.advance(200);
    expect(await b.reserve('key:portal', 30)).toMatchObject({ taken: true, state: { remaining: 70, resetAt: '2030-01-01T00:02:00.000Z' } });
    expect(await b.settle(ticket, -100)).toEqual({ limit: 100, remaining: 100, resetAt: '2030-01-01T00:01:00.000Z' });
    expect(await b.reserve('key:portal', 70)).toMatchObject({ taken: true, state: { remaining: 0 } });
  });

  it('counts in memory while its store fails', async () => {
    const failing: BudgetStore = {
      take: () => Promise.reject(new Error('ECONNREFUSED')),
      add: () => Promise.reject(new Error('ECONNREFUSED')),
      close: () => Promise.resolve(),
    };
    const b = await budget(fakeClock(), failing);
    await b.reserve('key:portal', 30);
    expect((await b.reserve('key:portal', 30)).state.remaining).toBe(40);
  });
});

describe('budgetExceeded', () => {
  it('says what was asked, what is left, and in how many whole seconds (at least 1) the budget is whole again', () => {
    const state = { limit: 300_000, remaining: 1200, resetAt: '2030-01-01T00:01:00.000Z' };
    const error = budgetExceeded(133_010, state, "This query's requested cost", Date.parse('2030-01-01T00:00:10.500Z'));
    expect({ message: error.message, extensions: error.extensions }).toEqual({
      message:
        "This query's requested cost is 133,010, but only 1,200 of your 300,000 per minute remain; the budget is whole again at 2030-01-01T00:01:00.000Z (in 50 s)",
      extensions: { code: 'BUDGET_EXCEEDED', requested: 133_010, remaining: 1200, retryAfterSeconds: 50 },
    });
    expect(budgetExceeded(1, state, 'This subscription', Date.parse('2030-01-01T00:00:59.999Z')).extensions.retryAfterSeconds).toBe(1);
  });
});

describe('the cost budget plugin (in process, executeOperation)', () => {
  const { file, keys } = writeApiKeys([
    { name: 'portal', role: 'operator' },
    { name: 'batch', role: 'operator' },
  ]);
  const as = (name: string) => ({ headers: { 'x-api-key': keys[name] } });
  const clock = fakeClock();
  let g: InProcessGateway;
  beforeAll(async () => {
    g = await inProcessGateway({
      security: securityFrom({ AUTH_MODE: 'apikey', API_KEYS_FILE: file, COST_BUDGET_PER_MINUTE: '100' }, { clock }),
      answers: { ListProfiles: () => ({ Profiles: [] }) },
    });
  });
  afterAll(() => g.close());

  it('charges what a query used, not what it could have used, and reports the rest in extensions.cost.budget', async () => {
    const { status, body } = await g.execute(FIFTY_ONE, as('portal'));
    expect({ status, body }).toEqual({
      status: undefined,
      body: {
        data: { profiles: { edges: [] } },
        extensions: {
          cost: {
            upstream: { calls: 1, byOperation: { ListProfiles: 1 } },
            requested: 51,
            actual: 1,
            budget: { limit: 100, remaining: 99, resetAt: '2030-01-01T00:01:00.000Z' },
          },
        },
      },
    });
  });

  it('refuses an operation whose requested cost exceeds what is left with BUDGET_EXCEEDED (429, Retry-After), before any AWS call', async () => {
    for (let i = 0; i < 10; i += 1) expect((await g.execute(TEN, as('batch'))).body.errors).toBeUndefined();
    const refused = await g.execute(FIFTY_ONE, as('batch'));
    expect({ status: refused.status, retryAfter: refused.headers['retry-after'], body: refused.body, calls: refused.aws.calls() }).toEqual({
      status: 429,
      retryAfter: '50',
      body: {
        errors: [
          {
            message:
              "This query's requested cost is 51, but only 0 of your 100 per minute remain; the budget is whole again at 2030-01-01T00:01:00.000Z (in 50 s)",
            extensions: { code: 'BUDGET_EXCEEDED', requested: 51, remaining: 0, retryAfterSeconds: 50 },
          },
        ],
        extensions: {
          cost: {
            upstream: { calls: 0, byOperation: {} },
            requested: 51,
            actual: 0,
            budget: { limit: 100, remaining: 0, resetAt: '2030-01-01T00:01:00.000Z' },
          },
        },
      },
      calls: [],
    });
  });

  it("keeps each principal's budget apart, and makes it whole in the next minute", async () => {
    expect((await g.execute(TEN, as('portal'))).body.extensions!.cost.budget).toEqual({
      limit: 100,
      remaining: 89,
      resetAt: '2030-01-01T00:01:00.000Z',
    });
    clock.advance(60_000);
    expect((await g.execute(TEN, as('batch'))).body.extensions!.cost.budget).toEqual({
      limit: 100,
      remaining: 90,
      resetAt: '2030-01-01T00:02:00.000Z',
    });
  });

  it('keys the budget by client address when AUTH_MODE is none', async () => {
    const open = await inProcessGateway({ security: securityFrom({ COST_BUDGET_PER_MINUTE: '100' }, { clock }) });
    try {
      await open.execute(TEN, { remoteAddress: '10.0.0.1' });
      expect((await open.execute(TEN, { remoteAddress: '10.0.0.1' })).body.extensions!.cost.budget.remaining).toBe(80);
      expect((await open.execute(TEN, { remoteAddress: '10.0.0.2' })).body.extensions!.cost.budget.remaining).toBe(90);
    } finally {
      await open.close();
    }
  });
});
