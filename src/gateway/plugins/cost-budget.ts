import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { GatewayContext } from '../request/context';
import { budgetExceeded, type BudgetState, type BudgetTicket, type CostBudget } from '../security/budget';

/**
 * Reserves each operation's requested cost (an upper bound of what it can spend) from its principal's budget before it runs (refusing it with BUDGET_EXCEEDED,
 * HTTP 429 and Retry-After when the rest of the minute's budget is smaller), gives back what it did not use once it
 * has run, and reports the budget in `extensions.cost.budget`.
 */
export function costBudgetPlugin(budget: CostBudget, rejected?: (limit: string) => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let reserved: { ticket: BudgetTicket; amount: number } | undefined;
      let state: BudgetState | undefined;
      return {
        // Runs after every plugin's didResolveOperation has passed (roles, limits), one plugin at a time.
        async responseForOperation({ contextValue }) {
          const cost = contextValue.cost;
          const principal = contextValue.principal?.id;
          if (!cost || !principal) return null;
          const outcome = await budget.reserve(principal, cost.requested);
          state = outcome.state;
          if (outcome.taken) {
            reserved = { ticket: outcome.ticket, amount: cost.requested };
            return null;
          }
          rejected?.('budget');
          const error = budgetExceeded(cost.requested, state, undefined, budget.now());
          return {
            http: { status: 429, headers: new HeaderMap([['retry-after', String(error.extensions.retryAfterSeconds)]]) },
            body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions: error.extensions }] } },
          };
        },
        async willSendResponse({ response, contextValue }) {
          if (reserved) {
            // The reservation is the query's upper bound: settling only ever gives back, so admitted requests can
            // never spend more than the budget had left when they were admitted.
            const actual = Math.min(contextValue.cost?.actual ?? 0, reserved.amount);
            if (actual !== reserved.amount) state = await budget.settle(reserved.ticket, actual - reserved.amount);
          }
          if (!state || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const previous = (result.extensions?.cost as object | undefined) ?? {};
          result.extensions = { ...result.extensions, cost: { ...previous, budget: state } };
        },
      };
    },
  };
}
