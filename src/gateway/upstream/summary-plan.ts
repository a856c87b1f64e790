/**
 * How a batch of objects of one type, of which the request needs only List-summary members, is read: a Describe
 * each, or the type's List (one call per 1,000 items) when that costs fewer calls. Pure: the loaders
 * (summary-loader.ts) tell it what the request has already read.
 */

/** One batch of the summary loader of a type, as the plan sees it. */
export interface SummaryBatch {
  /** The distinct keys of the batch. */
  keys: readonly string[];
  /** Keys whose Describe this request has read or asked for (a selected field needs it): that answer serves the summary too. */
  described: ReadonlySet<string>;
  /** Whether this request has read or asked for the List's first page: finding the keys in it costs nothing more. */
  listStarted: boolean;
  /** Whether this request has written to AWS: a List page read before the write may not show it, so only Describe is trusted. */
  written: boolean;
}

/** Which keys of a batch are read from their Describe and which are looked up in the List. */
export interface SummaryPlan {
  describe: string[];
  list: string[];
}

/**
 * The plan of a batch. A List takes at least one page and the total is not known before reading it, so the List
 * is read when more than one key is left to read (one page instead of two Describes or more), or when its first page
 * is read anyway; keys whose Describe is wanted are served by it.
 */
export function planSummaries(batch: SummaryBatch): SummaryPlan {
  if (batch.written) return { describe: [...batch.keys], list: [] };
  const described = batch.keys.filter((key) => batch.described.has(key));
  const rest = batch.keys.filter((key) => !batch.described.has(key));
  if (batch.listStarted || rest.length > 1) return { describe: described, list: rest };
  return { describe: [...batch.keys], list: [] };
}

/** What the summary loader does after reading a List page. */
export type AfterPage = 'done' | 'next page' | 'describe the missing';

/**
 * After a List page: done when every key was found; the next page while more than one key is missing (one call
 * for two Describes or more); else a Describe for each key still missing: one left, or the List ended without them
 * (created since the page was read, or gone: Describe says which).
 */
export function afterPage(state: { missing: number; morePages: boolean }): AfterPage {
  if (state.missing === 0) return 'done';
  return state.morePages && state.missing > 1 ? 'next page' : 'describe the missing';
}
