import {
  DescribeAgreementCommand,
  DescribeCertificateCommand,
  DescribeConnectorCommand,
  DescribeProfileCommand,
  DescribeServerCommand,
  ListAgreementsCommand,
  ListCertificatesCommand,
  ListConnectorsCommand,
  ListFileTransferResultsCommand,
  ListProfilesCommand,
  ListServersCommand,
  ListTagsForResourceCommand,
  type ConnectorFileTransferResult,
  type DescribedAgreement,
  type DescribedCertificate,
  type DescribedConnector,
  type DescribedProfile,
  type DescribedServer,
  type ListedAgreement,
  type ListedCertificate,
  type ListedConnector,
  type ListedProfile,
  type ListedServer,
  type ProfileType,
  type Tag,
} from '@aws-sdk/client-transfer';
import DataLoader from 'dataloader';
import { type ListPage, type ListSource, MAX_AWS_PAGE } from './list-source';
import type { RequestUpstream } from './client';
import { fromUpstreamError } from './errors';
import { tracedBatch } from './tracing';
import { summaryLoader } from './summary-loader';

export interface AgreementKey {
  serverId: string;
  agreementId: string;
}

/** A DataLoader's cache that tells `forgotten` each key it drops (DataLoader.clear), so that what was read with it goes too. */
class ForgettingCache<V> extends Map<string, V> {
  constructor(private readonly forgotten: (key: string) => void) {
    super();
  }

  override delete(key: string): boolean {
    this.forgotten(key);
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this.keys()) this.forgotten(key);
    super.clear();
  }
}

/**
 * A DataLoader that describes each key with one AWS call: the Describe APIs take one id, so batching here means
 * deduplication and caching within the request, with concurrency bounded by the request's limiter. Its cache is
 * `cache`, which the type's summary loader reads to know which keys are described anyway.
 */
function describeLoader<K, V>(
  describe: (key: K) => Promise<V>,
  cache: Map<string, Promise<V>>,
  cacheKeyFn: (key: K) => string,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    tracedBatch((keys) => Promise.all(keys.map((key) => describe(key).catch((error: unknown) => toError(fromUpstreamError(error)))))),
    { cacheKeyFn, cacheMap: cache },
  );
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

type PageRequest = { key: string; token: string | null; max: number; fetch: () => Promise<ListPage<unknown>> };
const pageCacheKey = (key: string, token: string | null, max: number) => `${key}|${token ?? ''}|${max}`;
const byId = (id: string) => id;

/**
 * The per-request loaders: per resource type a Describe loader, a summary loader (the members its List carries, read
 * from the List or from Describe, whichever the batch makes cheaper: summary-loader.ts) and its List sources, whose
 * pages are fetched at most once per request.
 */
export function createLoaders(upstream: RequestUpstream) {
  const pageCache = new Map<string, Promise<ListPage<unknown>>>();
  const pages = new DataLoader<PageRequest, ListPage<unknown>, string>(
    tracedBatch((requests) => Promise.all(requests.map((r) => r.fetch().catch((error: unknown) => toError(fromUpstreamError(error)))))),
    { cacheKeyFn: (r) => pageCacheKey(r.key, r.token, r.max), cacheMap: pageCache },
  );

  /** A ListSource whose pages are fetched at most once per request. */
  function source<T>(
    key: string,
    idOf: (item: T) => string,
    fetch: (token: string | undefined, max: number) => Promise<ListPage<T>>,
  ): ListSource<T> {
    return {
      key,
      idOf,
      fetch: (token, max) => pages.load({ key, token, max, fetch: () => fetch(token ?? undefined, max) }) as Promise<ListPage<T>>,
    };
  }

  const servers = () =>
    source<ListedServer>(
      'servers',
      (s) => s.ServerId!,
      async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListServersCommand({ NextToken, MaxResults }));
        return { items: r.Servers ?? [], nextToken: r.NextToken };
      },
    );
  const agreements = (serverId: string) =>
    source<ListedAgreement>(
      `agreements:${serverId}`,
      (a) => a.AgreementId!,
      async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListAgreementsCommand({ ServerId: serverId, NextToken, MaxResults }));
        return { items: r.Agreements ?? [], nextToken: r.NextToken };
      },
    );
  const profiles = (profileType?: ProfileType) =>
    source<ListedProfile>(
      `profiles:${profileType ?? '*'}`,
      (p) => p.ProfileId!,
      async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListProfilesCommand({ ProfileType: profileType, NextToken, MaxResults }));
        return { items: r.Profiles ?? [], nextToken: r.NextToken };
      },
    );
  const certificates = () =>
    source<ListedCertificate>(
      'certificates',
      (c) => c.CertificateId!,
      async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListCertificatesCommand({ NextToken, MaxResults }));
        return { items: r.Certificates ?? [], nextToken: r.NextToken };
      },
    );
  const connectors = () =>
    source<ListedConnector>(
      'connectors',
      (c) => c.ConnectorId!,
      async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListConnectorsCommand({ NextToken, MaxResults }));
        return { items: r.Connectors ?? [], nextToken: r.NextToken };
      },
    );

  /** A type's Describe loader and its summary loader, which forgets a key when the Describe loader is cleared of it. */
  function readers<K, S, D extends S>(
    describe: (key: K) => Promise<D>,
    cacheKey: (key: K) => string,
    listOf: (key: K) => { source: ListSource<S>; id: string },
  ) {
    const summaryCache = new Map<string, Promise<S>>();
    const cache = new ForgettingCache<Promise<D>>((k) => summaryCache.delete(k));
    const described = describeLoader(describe, cache, cacheKey);
    const summaries = summaryLoader<K, S, D>({
      describe: described,
      cacheKey,
      described: (k) => cache.has(k),
      listOf,
      listStarted: (list) => pageCache.has(pageCacheKey(list.key, null, MAX_AWS_PAGE)),
      written: () => upstream.meter.writes.length > 0,
      cache: summaryCache,
    });
    return { described, summaries };
  }

  const server = readers(
    (id: string) => upstream.read(new DescribeServerCommand({ ServerId: id })).then((r) => r.Server as DescribedServer),
    byId,
    (id) => ({ source: servers(), id }),
  );
  const agreement = readers(
    ({ serverId, agreementId }: AgreementKey) =>
      upstream
        .read(new DescribeAgreementCommand({ ServerId: serverId, AgreementId: agreementId }))
        .then((r) => r.Agreement as DescribedAgreement),
    ({ serverId, agreementId }) => `${serverId}/${agreementId}`,
    ({ serverId, agreementId }) => ({ source: agreements(serverId), id: agreementId }),
  );
  const profile = readers(
    (id: string) => upstream.read(new DescribeProfileCommand({ ProfileId: id })).then((r) => r.Profile as DescribedProfile),
    byId,
    (id) => ({ source: profiles(), id }),
  );
  const certificate = readers(
    (id: string) => upstream.read(new DescribeCertificateCommand({ CertificateId: id })).then((r) => r.Certificate as DescribedCertificate),
    byId,
    (id) => ({ source: certificates(), id }),
  );
  const connector = readers(
    (id: string) => upstream.read(new DescribeConnectorCommand({ ConnectorId: id })).then((r) => r.Connector as DescribedConnector),
    byId,
    (id) => ({ source: connectors(), id }),
  );

  return {
    server: server.described,
    agreement: agreement.described,
    profile: profile.described,
    certificate: certificate.described,
    connector: connector.described,

    serverSummary: server.summaries,
    agreementSummary: agreement.summaries,
    profileSummary: profile.summaries,
    certificateSummary: certificate.summaries,
    connectorSummary: connector.summaries,

    servers,
    agreements,
    profiles,
    certificates,
    connectors,
    fileTransferResults: (connectorId: string, transferId: string) =>
      source<ConnectorFileTransferResult>(
        `transfer:${connectorId}:${transferId}`,
        (f) => f.FilePath!,
        async (NextToken, MaxResults) => {
          const r = await upstream.read(
            new ListFileTransferResultsCommand({ ConnectorId: connectorId, TransferId: transferId, NextToken, MaxResults }),
          );
          return { items: r.FileTransferResults ?? [], nextToken: r.NextToken };
        },
      ),
    tags: (arn: string) =>
      source<Tag>(
        `tags:${arn}`,
        (t) => t.Key!,
        async (NextToken, MaxResults) => {
          const r = await upstream.read(new ListTagsForResourceCommand({ Arn: arn, NextToken, MaxResults }));
          return { items: r.Tags ?? [], nextToken: r.NextToken };
        },
      ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
