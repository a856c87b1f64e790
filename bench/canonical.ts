import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toGlobalId } from '../src/gateway/schema/relay/global-id';
import {
  connectorsWithPartnersPlan,
  expiryDashboardPlan,
  mixedNodes,
  nodesRefetchPlan,
  partnerGraphPlan,
  partnerOverviewPlan,
  profilesWalkPlan,
  profilesWithCertificatesPlan,
  type Bound,
  type CallPlan,
  type Inventory,
} from './lower-bound';

/** bench/queries, from the sources (tests) or from dist/bench (`npm run bench`). */
const QUERIES_DIR = [join(__dirname, 'queries'), join(__dirname, '..', '..', 'bench', 'queries')].find((dir) => existsSync(dir))!;

/** The text of bench/queries/<name>.graphql. */
export function queryText(name: string): string {
  return readFileSync(join(QUERIES_DIR, `${name}.graphql`), 'utf8');
}

/** One GraphQL answer, as the bench and the tests read it. */
export interface Answer {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: { cost?: { upstream?: { calls: number; byOperation: Record<string, number> } } };
}

/** POSTs one GraphQL request. */
export type Post = (query: string, variables?: Record<string, unknown>) => Promise<Answer>;

/** What running a canonical query took: its answers, and the AWS calls the gateway says it made. */
export interface CanonicalRun {
  answers: Answer[];
  /** Summed over the query's requests from extensions.cost.upstream (absent from gateways that do not report it). */
  reported: { calls: number; byOperation: Record<string, number> };
  errors: number;
}

/** A canonical query: its file, its least AWS calls on an inventory (per-object or best plan), and how to run it. */
export interface CanonicalQuery {
  name: string;
  file: string;
  plan(inventory: Inventory, bound: Bound): CallPlan;
  run(post: Post, inventory: Inventory, region: string): Promise<CanonicalRun>;
}

function collect(answers: Answer[]): CanonicalRun {
  const byOperation: Record<string, number> = {};
  let calls = 0;
  for (const a of answers) {
    const cost = a.extensions?.cost?.upstream;
    if (!cost) continue;
    calls += cost.calls;
    for (const [op, n] of Object.entries(cost.byOperation)) byOperation[op] = (byOperation[op] ?? 0) + n;
  }
  return { answers, reported: { calls, byOperation }, errors: answers.reduce((n, a) => n + (a.errors?.length ?? 0), 0) };
}

const single = (
  name: string,
  file: string,
  plan: (inventory: Inventory, bound: Bound) => CallPlan,
  variables?: Record<string, unknown>,
): CanonicalQuery => ({
  name,
  file,
  plan,
  run: async (post) => collect([await post(queryText(file), variables)]),
});

/** The 100 mixed node ids of NodesRefetch, as global ids of `region`. */
export function nodeIds(inventory: Inventory, region: string): string[] {
  return mixedNodes(inventory).map(({ type, keys }) => toGlobalId({ type, region, keys }));
}

/** The window of ExpiryDashboard: what a portal shows as "expiring soon". */
export const EXPIRY_WINDOW_DAYS = 30;

/** Longest walk the bench follows: 1,000 profiles (the quota) in pages of 100 is 10 pages. */
const MAX_WALK_PAGES = 50;

/** The canonical queries of the benchmark, in table order. */
export const CANONICAL: CanonicalQuery[] = [
  single('PartnerGraph', 'partner-graph', (inventory) => partnerGraphPlan(inventory)),
  single('ProfilesWithCertificates', 'profiles-with-certificates', (inventory) => profilesWithCertificatesPlan(inventory)),
  single('ConnectorsWithPartners', 'connectors-with-partners', (inventory) => connectorsWithPartnersPlan(inventory)),
  single('PartnerOverview', 'partner-overview', (inventory, bound) => partnerOverviewPlan(inventory, bound)),
  single('ExpiryDashboard', 'expiry-dashboard', (inventory) => expiryDashboardPlan(inventory, EXPIRY_WINDOW_DAYS, Date.now()), {
    withinDays: EXPIRY_WINDOW_DAYS,
  }),
  {
    name: 'NodesRefetch',
    file: 'nodes-refetch',
    plan: (inventory) => nodesRefetchPlan(mixedNodes(inventory)),
    run: async (post, inventory, region) => collect([await post(queryText('nodes-refetch'), { ids: nodeIds(inventory, region) })]),
  },
  {
    name: 'ProfilesWalk',
    file: 'profiles-page',
    plan: (inventory) => profilesWalkPlan(inventory),
    run: async (post) => {
      const answers: Answer[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_WALK_PAGES; page++) {
        const answer = await post(queryText('profiles-page'), { after });
        answers.push(answer);
        const info = answer.data?.profiles?.pageInfo;
        if (!info?.hasNextPage) break;
        after = info.endCursor;
      }
      return collect(answers);
    },
  },
];
