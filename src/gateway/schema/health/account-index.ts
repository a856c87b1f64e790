import type { DescribedConnector, ListedAgreement, ListedCertificate, ListedServer } from '@aws-sdk/client-transfer';
import type { GatewayContext } from '../../request/context';
import { codeOf } from '../../upstream/errors';
import { walkDescribed } from '../common/walk-described';
import { walkAll } from '../../upstream/list-source';

interface Indexes {
  certificates?: Promise<Map<string, ListedCertificate>>;
  servers?: Promise<Map<string, ListedServer>>;
  agreements?: Promise<Map<string, ListedAgreement[]>>;
  connectors?: Promise<Map<string, DescribedConnector[]>>;
}

/** One set per request (per region): keyed on the request's loaders, dropped with them. */
const perRequest = new WeakMap<object, Indexes>();

function indexes(ctx: GatewayContext): Indexes {
  let found = perRequest.get(ctx.loaders);
  if (!found) perRequest.set(ctx.loaders, (found = {}));
  return found;
}

const byId = <T>(items: T[], idOf: (item: T) => string) => new Map(items.map((item) => [idOf(item), item]));

function pushTo<K, V>(map: Map<K, V[]>, key: K | undefined, value: V): void {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/**
 * Every certificate's summary by id. Health reads only what ListCertificates carries (usage, status, dates, whether
 * there is a private key), so one call per 1,000 certificates replaces a DescribeCertificate per certificate.
 */
export function certificatesById(ctx: GatewayContext): Promise<Map<string, ListedCertificate>> {
  const i = indexes(ctx);
  return (i.certificates ??= walkAll(ctx.loaders.certificates()).then((all) =>
    byId(
      all.map((e) => e.item),
      (c) => c.CertificateId!,
    ),
  ));
}

/** Every server's summary by id: ListServers carries State, so one call replaces a DescribeServer per server. */
export function serversById(ctx: GatewayContext): Promise<Map<string, ListedServer>> {
  const i = indexes(ctx);
  return (i.servers ??= walkAll(ctx.loaders.servers()).then((all) =>
    byId(
      all.map((e) => e.item),
      (s) => s.ServerId!,
    ),
  ));
}

/**
 * Every agreement by the profiles it names (local and partner): ListServers, then ListAgreements on each server.
 * The summaries carry both profile ids, so no agreement is described. A server deleted meanwhile is skipped.
 */
export function agreementsByProfile(ctx: GatewayContext): Promise<Map<string, ListedAgreement[]>> {
  const i = indexes(ctx);
  return (i.agreements ??= (async () => {
    const servers = [...(await serversById(ctx)).keys()];
    const lists = await Promise.all(
      servers.map((serverId) =>
        walkAll(ctx.loaders.agreements(serverId)).catch((error: unknown) => {
          if (codeOf(error) === 'NOT_FOUND') return [];
          throw error;
        }),
      ),
    );
    const map = new Map<string, ListedAgreement[]>();
    for (const { item } of lists.flat()) {
      pushTo(map, item.LocalProfileId, item);
      pushTo(map, item.PartnerProfileId, item);
    }
    return map;
  })());
}

/**
 * Every AS2 connector, described, by the profiles it names. Only DescribeConnector carries the profiles, but the List
 * summary's Url tells AS2 (http/https) from SFTP (sftp://, or none behind VPC Lattice), so SFTP connectors are
 * never described.
 */
export function as2ConnectorsByProfile(ctx: GatewayContext): Promise<Map<string, DescribedConnector[]>> {
  const i = indexes(ctx);
  return (i.connectors ??= (async () => {
    const source = ctx.loaders.connectors();
    const as2Only = {
      ...source,
      fetch: async (token: string | null, max: number) => {
        const page = await source.fetch(token, max);
        return { ...page, items: page.items.filter((c) => /^https?:\/\//i.test(c.Url ?? '')) };
      },
    };
    const described = await walkDescribed(as2Only, (c) => ctx.loaders.connector.load(c.ConnectorId!));
    const map = new Map<string, DescribedConnector[]>();
    for (const { described: c } of described) {
      pushTo(map, c.As2Config?.LocalProfileId, c);
      pushTo(map, c.As2Config?.PartnerProfileId, c);
    }
    return map;
  })());
}
