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
import type { ListPage, ListSource } from './list-source';
import type { RequestUpstream } from './client';
import { fromUpstreamError } from './errors';
import { tracedBatch } from './tracing';

export interface AgreementKey {
  serverId: string;
  agreementId: string;
}

/**
 * A DataLoader that describes each key with one AWS call: the Describe APIs take one id, so batching here means
 * deduplication and caching within the request, with concurrency bounded by the request's limiter.
 */
function describeLoader<K, V>(describe: (key: K) => Promise<V>, cacheKeyFn?: (key: K) => string): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    tracedBatch((keys) => Promise.all(keys.map((key) => describe(key).catch((error: unknown) => toError(fromUpstreamError(error)))))),
    cacheKeyFn ? { cacheKeyFn } : undefined,
  );
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** The per-request loaders: one Describe loader per resource type and deduplicated List pages. */
export function createLoaders(upstream: RequestUpstream) {
  const pages = new DataLoader<{ key: string; token: string | null; max: number; fetch: () => Promise<ListPage<unknown>> }, ListPage<unknown>, string>(
    tracedBatch((requests) => Promise.all(requests.map((r) => r.fetch().catch((error: unknown) => toError(fromUpstreamError(error)))))),
    { cacheKeyFn: (r) => `${r.key}|${r.token ?? ''}|${r.max}` },
  );

  /** A ListSource whose pages are fetched at most once per request. */
  function source<T>(key: string, idOf: (item: T) => string, fetch: (token: string | undefined, max: number) => Promise<ListPage<T>>): ListSource<T> {
    return {
      key,
      idOf,
      fetch: (token, max) =>
        pages.load({ key, token, max, fetch: () => fetch(token ?? undefined, max) }) as Promise<ListPage<T>>,
    };
  }

  return {
    server: describeLoader((id: string) => upstream.read(new DescribeServerCommand({ ServerId: id })).then((r) => r.Server as DescribedServer)),
    agreement: describeLoader(
      ({ serverId, agreementId }: AgreementKey) =>
        upstream.read(new DescribeAgreementCommand({ ServerId: serverId, AgreementId: agreementId })).then((r) => r.Agreement as DescribedAgreement),
      ({ serverId, agreementId }) => `${serverId}/${agreementId}`,
    ),
    profile: describeLoader((id: string) => upstream.read(new DescribeProfileCommand({ ProfileId: id })).then((r) => r.Profile as DescribedProfile)),
    certificate: describeLoader((id: string) =>
      upstream.read(new DescribeCertificateCommand({ CertificateId: id })).then((r) => r.Certificate as DescribedCertificate),
    ),
    connector: describeLoader((id: string) =>
      upstream.read(new DescribeConnectorCommand({ ConnectorId: id })).then((r) => r.Connector as DescribedConnector),
    ),

    servers: () =>
      source<ListedServer>('servers', (s) => s.ServerId!, async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListServersCommand({ NextToken, MaxResults }));
        return { items: r.Servers ?? [], nextToken: r.NextToken };
      }),
    agreements: (serverId: string) =>
      source<ListedAgreement>(`agreements:${serverId}`, (a) => a.AgreementId!, async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListAgreementsCommand({ ServerId: serverId, NextToken, MaxResults }));
        return { items: r.Agreements ?? [], nextToken: r.NextToken };
      }),
    profiles: (profileType?: ProfileType) =>
      source<ListedProfile>(`profiles:${profileType ?? '*'}`, (p) => p.ProfileId!, async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListProfilesCommand({ ProfileType: profileType, NextToken, MaxResults }));
        return { items: r.Profiles ?? [], nextToken: r.NextToken };
      }),
    certificates: () =>
      source<ListedCertificate>('certificates', (c) => c.CertificateId!, async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListCertificatesCommand({ NextToken, MaxResults }));
        return { items: r.Certificates ?? [], nextToken: r.NextToken };
      }),
    connectors: () =>
      source<ListedConnector>('connectors', (c) => c.ConnectorId!, async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListConnectorsCommand({ NextToken, MaxResults }));
        return { items: r.Connectors ?? [], nextToken: r.NextToken };
      }),
    fileTransferResults: (connectorId: string, transferId: string) =>
      source<ConnectorFileTransferResult>(`transfer:${connectorId}:${transferId}`, (f) => f.FilePath!, async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListFileTransferResultsCommand({ ConnectorId: connectorId, TransferId: transferId, NextToken, MaxResults }));
        return { items: r.FileTransferResults ?? [], nextToken: r.NextToken };
      }),
    tags: (arn: string) =>
      source<Tag>(`tags:${arn}`, (t) => t.Key!, async (NextToken, MaxResults) => {
        const r = await upstream.read(new ListTagsForResourceCommand({ Arn: arn, NextToken, MaxResults }));
        return { items: r.Tags ?? [], nextToken: r.NextToken };
      }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
