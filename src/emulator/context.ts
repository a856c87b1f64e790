import type { RegionState, Store } from './store';

/** How fast simulated processes move; configurable so that tests and demos need not wait minutes as AWS does. */
export interface Behaviour {
  /** How long a server stays STARTING or STOPPING. */
  stateTransitionMs: number;
  /** How long each file of a transfer stays QUEUED, then IN_PROGRESS. */
  transferStepMs: number;
}

/** What an operation sees: never HTTP, only the store scoped to the caller's region and account. */
export interface OperationContext {
  store: Store;
  region: string;
  accountId: string;
  state: RegionState;
  behaviour: Behaviour;
  now(): number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one table holds every operation, each taking its own request type (validateInput checks it first)
export type Handler = (ctx: OperationContext, input: any) => unknown;

/** The context for one call in `region`. */
export function operationContext(
  store: Store,
  region: string,
  accountId: string,
  behaviour: Behaviour,
  now: () => number = Date.now,
): OperationContext {
  return { store, region, accountId, state: store.region(region), behaviour, now };
}
