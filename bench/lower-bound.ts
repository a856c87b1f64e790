import {
  DescribeConnectorCommand,
  DescribeProfileCommand,
  ListAgreementsCommand,
  ListCertificatesCommand,
  ListConnectorsCommand,
  ListProfilesCommand,
  ListServersCommand,
  type DescribedConnector,
  type DescribedProfile,
  type ListedAgreement,
  type ListedCertificate,
  type ListedServer,
  type TransferClient,
} from '@aws-sdk/client-transfer';

/**
 * What an account holds, read straight from AWS (or the emulator) through the SDK, never through the gateway: the
 * ground truth the lower bounds are computed from. Lists are in AWS list order.
 */
export interface Inventory {
  servers: ListedServer[];
  agreementsByServer: Map<string, ListedAgreement[]>;
  /** Described, since only DescribeProfile carries a profile's CertificateIds. */
  profiles: DescribedProfile[];
  certificates: ListedCertificate[];
  /** Described, since only DescribeConnector carries the profiles of an AS2 connector. */
  connectors: DescribedConnector[];
}

/** The AWS calls of one canonical query, level by level: calls of a level depend on answers of the level before. */
export interface CallPlan {
  levels: Array<Record<string, number>>;
  /** How many GraphQL requests the query is (a page walk is one request per page). */
  requests: number;
}

/** AWS accepts MaxResults up to 1000 on every List call. */
const AWS_PAGE = 1000;

/** Reads every List page of a paginated call. */
async function listAll<T>(fetch: (token: string | undefined) => Promise<{ items?: T[]; next?: string }>): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const { items, next } = await fetch(token);
    all.push(...(items ?? []));
    token = next;
  } while (token);
  return all;
}

/** Runs `fn` over `items` with at most `concurrency` calls in flight, keeping order. */
async function mapBounded<T, R>(items: T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

/** Reads the account's servers, agreements, profiles, certificates and connectors through the SDK. */
export async function readInventory(sdk: TransferClient): Promise<Inventory> {
  const servers = await listAll(async (NextToken) => {
    const r = await sdk.send(new ListServersCommand({ MaxResults: AWS_PAGE, NextToken }));
    return { items: r.Servers, next: r.NextToken };
  });
  const agreementsByServer = new Map<string, ListedAgreement[]>();
  for (const { ServerId } of servers) {
    const agreements = await listAll(async (NextToken) => {
      const r = await sdk.send(new ListAgreementsCommand({ ServerId, MaxResults: AWS_PAGE, NextToken }));
      return { items: r.Agreements, next: r.NextToken };
    });
    agreementsByServer.set(ServerId!, agreements);
  }
  const listedProfiles = await listAll(async (NextToken) => {
    const r = await sdk.send(new ListProfilesCommand({ MaxResults: AWS_PAGE, NextToken }));
    return { items: r.Profiles, next: r.NextToken };
  });
  const profiles = await mapBounded(
    listedProfiles,
    16,
    async (p) => (await sdk.send(new DescribeProfileCommand({ ProfileId: p.ProfileId }))).Profile!,
  );
  const certificates = await listAll(async (NextToken) => {
    const r = await sdk.send(new ListCertificatesCommand({ MaxResults: AWS_PAGE, NextToken }));
    return { items: r.Certificates, next: r.NextToken };
  });
  const listedConnectors = await listAll(async (NextToken) => {
    const r = await sdk.send(new ListConnectorsCommand({ MaxResults: AWS_PAGE, NextToken }));
    return { items: r.Connectors, next: r.NextToken };
  });
  const connectors = await mapBounded(
    listedConnectors,
    16,
    async (c) => (await sdk.send(new DescribeConnectorCommand({ ConnectorId: c.ConnectorId }))).Connector!,
  );
  return { servers, agreementsByServer, profiles, certificates, connectors };
}

/**
 * List calls a connection needs: its window of `first` items fits one call (MaxResults ≤ 1000); a selected
 * `totalCount` needs the whole list, one call per 1,000 items. An empty list still takes one call to know it is empty.
 */
export function listPages(size: number, window: { first: number; totalCount?: boolean }): number {
  const needed = window.totalCount ? size : Math.min(window.first, size);
  return Math.max(1, Math.ceil(needed / AWS_PAGE));
}

/** Distinct certificate ids named by `profiles`. */
function certificatesOf(profiles: Iterable<DescribedProfile | undefined>): Set<string> {
  const ids = new Set<string>();
  for (const p of profiles) for (const id of p?.CertificateIds ?? []) ids.add(id);
  return ids;
}

function profileIndex(inventory: Inventory): Map<string, DescribedProfile> {
  return new Map(inventory.profiles.map((p) => [p.ProfileId!, p]));
}

/**
 * Which bound a plan is: `perObject` describes every distinct object a query needs more than its keys of (one
 * Describe each); `best` reads, for the objects of one type of which a level needs only List-summary members,
 * whichever costs less: a Describe each, or the whole List (plus a Describe for each id the List lacks).
 */
export type Bound = 'perObject' | 'best';

/** The List operation of a type and the ids it holds, for the best plan. */
interface ListedType {
  list: string;
  ids: ReadonlySet<string>;
}

const listedCertificates = (inventory: Inventory): ListedType => ({
  list: 'ListCertificates',
  ids: new Set(inventory.certificates.map((c) => c.CertificateId!)),
});

/**
 * The calls that read objects of one type of which only List-summary members are needed (`ids`, distinct): a
 * Describe each under the per-object bound; under the best, the cheaper of that and the List's pages (1,000 items
 * a page; one call for an empty list) with a Describe for each id the List lacks.
 */
export function summaryReads(bound: Bound, type: string, ids: ReadonlySet<string>, listed: ListedType): Record<string, number> {
  if (ids.size === 0) return {};
  const describes = { [`Describe${type}`]: ids.size };
  if (bound === 'perObject') return describes;
  const missing = [...ids].filter((id) => !listed.ids.has(id)).length;
  const pages = Math.max(1, Math.ceil(listed.ids.size / AWS_PAGE));
  if (ids.size <= pages + missing) return describes;
  return missing ? { [listed.list]: pages, [`Describe${type}`]: missing } : { [listed.list]: pages };
}

/**
 * PartnerGraph: one ListServers page; per server one ListAgreements page (its totalCount walks the whole list, ≤ 100
 * by quota); every distinct local and partner profile described (certificateIds are Describe-only); every distinct
 * certificate of those described (notAfterDate is Describe-only). Both bounds are the same.
 */
export function partnerGraphPlan(inventory: Inventory, serversFirst = 10, agreementsFirst = 100): CallPlan {
  const servers = inventory.servers.slice(0, serversFirst);
  const byId = profileIndex(inventory);
  const profileIds = new Set<string>();
  let agreementPages = 0;
  for (const { ServerId } of servers) {
    const agreements = inventory.agreementsByServer.get(ServerId!) ?? [];
    agreementPages += listPages(agreements.length, { first: agreementsFirst, totalCount: true });
    for (const a of agreements.slice(0, agreementsFirst)) {
      profileIds.add(a.LocalProfileId!);
      profileIds.add(a.PartnerProfileId!);
    }
  }
  const certificateIds = certificatesOf([...profileIds].map((id) => byId.get(id)));
  return {
    requests: 1,
    levels: [
      { ListServers: listPages(inventory.servers.length, { first: serversFirst }) },
      ...(servers.length ? [{ ListAgreements: agreementPages }] : []),
      ...(profileIds.size ? [{ DescribeProfile: profileIds.size }] : []),
      ...(certificateIds.size ? [{ DescribeCertificate: certificateIds.size }] : []),
    ],
  };
}

/** ProfilesWithCertificates: one ListProfiles page, each listed profile described, each distinct certificate described (notAfterDate). */
export function profilesWithCertificatesPlan(inventory: Inventory, first = 100): CallPlan {
  const profiles = inventory.profiles.slice(0, first);
  const certificateIds = certificatesOf(profiles);
  return {
    requests: 1,
    levels: [
      { ListProfiles: listPages(inventory.profiles.length, { first }) },
      ...(profiles.length ? [{ DescribeProfile: profiles.length }] : []),
      ...(certificateIds.size ? [{ DescribeCertificate: certificateIds.size }] : []),
    ],
  };
}

/**
 * PartnerOverview: one ListProfiles page of PARTNER profiles (its totalCount walks the list, ≤ 1,000 by quota); each
 * listed partner described (certificateIds are Describe-only); their distinct certificates, of which only List
 * members are asked (usage, status, inactiveDate and the days until it): a Describe each, or under the best plan
 * ListCertificates when that is cheaper.
 */
export function partnerOverviewPlan(inventory: Inventory, bound: Bound, first = 50): CallPlan {
  const partners = inventory.profiles.filter((p) => p.ProfileType === 'PARTNER');
  const shown = partners.slice(0, first);
  const certificates = summaryReads(bound, 'Certificate', certificatesOf(shown), listedCertificates(inventory));
  return {
    requests: 1,
    levels: [
      { ListProfiles: listPages(partners.length, { first, totalCount: true }) },
      ...(shown.length ? [{ DescribeProfile: shown.length }] : []),
      ...(Object.keys(certificates).length ? [certificates] : []),
    ],
  };
}

const DAY_MS = 86_400_000;

/**
 * ExpiryDashboard: the certificates whose inactiveDate is within `withinDays` of `now` (or past), so the whole
 * ListCertificates; when any matches, the profiles holding each: the whole ListProfiles and every profile described
 * (only DescribeProfile carries certificateIds, so no List can replace them). Both bounds are the same.
 */
export function expiryDashboardPlan(inventory: Inventory, withinDays: number, now: number): CallPlan {
  const horizon = now + withinDays * DAY_MS;
  const matched = inventory.certificates.filter((c) => c.InactiveDate!.getTime() <= horizon);
  const walk = (size: number) => Math.max(1, Math.ceil(size / AWS_PAGE));
  return {
    requests: 1,
    levels: [
      { ListCertificates: walk(inventory.certificates.length) },
      ...(matched.length ? [{ ListProfiles: walk(inventory.profiles.length) }] : []),
      ...(matched.length && inventory.profiles.length ? [{ DescribeProfile: inventory.profiles.length }] : []),
    ],
  };
}

/**
 * ConnectorsWithPartners: one ListConnectors page; each connector described (the partner profile id is only in
 * DescribeConnector); each distinct partner profile described; each distinct certificate of those described.
 */
export function connectorsWithPartnersPlan(inventory: Inventory, first = 100): CallPlan {
  const connectors = inventory.connectors.slice(0, first);
  const byId = profileIndex(inventory);
  const partnerIds = new Set(connectors.map((c) => c.As2Config?.PartnerProfileId).filter((id): id is string => Boolean(id)));
  const certificateIds = certificatesOf([...partnerIds].map((id) => byId.get(id)));
  return {
    requests: 1,
    levels: [
      { ListConnectors: listPages(inventory.connectors.length, { first }) },
      ...(connectors.length ? [{ DescribeConnector: connectors.length }] : []),
      ...(partnerIds.size ? [{ DescribeProfile: partnerIds.size }] : []),
      ...(certificateIds.size ? [{ DescribeCertificate: certificateIds.size }] : []),
    ],
  };
}

/** A resource named by a node id: its AWS type and keys. */
export interface NodeRef {
  type: 'Server' | 'Agreement' | 'Profile' | 'Certificate' | 'Connector';
  keys: string[];
}

/** Up to `count` distinct resources, taking servers, agreements, profiles, certificates and connectors in turn. */
export function mixedNodes(inventory: Inventory, count = 100): NodeRef[] {
  const pools: NodeRef[][] = [
    inventory.servers.map((s) => ({ type: 'Server' as const, keys: [s.ServerId!] })),
    [...inventory.agreementsByServer.values()].flat().map((a) => ({ type: 'Agreement' as const, keys: [a.ServerId!, a.AgreementId!] })),
    inventory.profiles.map((p) => ({ type: 'Profile' as const, keys: [p.ProfileId!] })),
    inventory.certificates.map((c) => ({ type: 'Certificate' as const, keys: [c.CertificateId!] })),
    inventory.connectors.map((c) => ({ type: 'Connector' as const, keys: [c.ConnectorId!] })),
  ];
  const picked: NodeRef[] = [];
  for (let i = 0; picked.length < count && pools.some((pool) => i < pool.length); i++) {
    for (const pool of pools) if (i < pool.length && picked.length < count) picked.push(pool[i]);
  }
  return picked;
}

/** NodesRefetch: each distinct id described once (every type selects a Describe-only field), all at one level. */
export function nodesRefetchPlan(nodes: NodeRef[]): CallPlan {
  const distinct = new Map(nodes.map((n) => [`${n.type}:${n.keys.join('/')}`, n]));
  const level: Record<string, number> = {};
  for (const { type } of distinct.values()) level[`Describe${type}`] = (level[`Describe${type}`] ?? 0) + 1;
  return { requests: 1, levels: distinct.size ? [level] : [] };
}

/** ProfilesWalk: `first: 100` page after page over every profile: one ListProfiles call per page, each after the last. */
export function profilesWalkPlan(inventory: Inventory, pageSize = 100): CallPlan {
  const pages = Math.max(1, Math.ceil(inventory.profiles.length / pageSize));
  return { requests: pages, levels: Array.from({ length: pages }, () => ({ ListProfiles: 1 })) };
}

/** The calls of a plan by operation. */
export function byOperation(plan: CallPlan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const level of plan.levels) for (const [op, n] of Object.entries(level)) out[op] = (out[op] ?? 0) + n;
  return out;
}

/** The number of calls of a plan. */
export function callsOf(plan: CallPlan): number {
  return Object.values(byOperation(plan)).reduce((a, b) => a + b, 0);
}

/**
 * The least wall time the AWS calls allow: the levels one after the other, each taking one latency per round of
 * at most `concurrency` calls in flight.
 */
export function criticalPathMs(plan: CallPlan, latencyMs: number, concurrency: number): number {
  return plan.levels.reduce((ms, level) => {
    const calls = Object.values(level).reduce((a, b) => a + b, 0);
    return ms + Math.ceil(calls / concurrency) * latencyMs;
  }, 0);
}

/** Whether every level of the plan fits in one round of the concurrency cap. */
export function withinCap(plan: CallPlan, concurrency: number): boolean {
  return plan.levels.every((level) => Object.values(level).reduce((a, b) => a + b, 0) <= concurrency);
}
