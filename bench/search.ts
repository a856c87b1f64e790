/**
 * `npm run bench -- search`: the AWS calls of each search (filter and orderBy) and of each guarded delete's check, on
 * the demo data and on the large seed: cold through a gateway without a cache, and again through one with a shared
 * cache once it is warm. The deletes are refused (IN_USE) or dry runs, so the data stays as seeded.
 */
import { DescribeCertificateCommand } from '@aws-sdk/client-transfer';
import type { Post } from './canonical';
import { startBenchEmulator, startBenchGateway, type BenchEmulator, type Dataset } from './gateway';
import { readInventory, type Inventory } from './lower-bound';
import { markdownTable } from './table';

interface Search {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Refused deletes must say IN_USE; nothing else may answer with userErrors. */
  expectInUse?: boolean;
}

const FIRST = 10;
const DAY = 86_400_000;
const page = (root: string, args: string, fields: string) =>
  `query($filter: ${args}Filter, $orderBy: ${args}Order) { ${root}(first: ${FIRST}, filter: $filter, orderBy: $orderBy) { edges { node { id ${fields} } } pageInfo { hasNextPage } } }`;
const PROFILES = page('profiles', 'Profile', 'as2Id');
const CERTIFICATES = page('certificates', 'Certificate', 'status');
const AGREEMENTS = page('agreements', 'Agreement', 'status');
const CONNECTORS = page('connectors', 'Connector', 'url');

const deletion = (mutation: string) =>
  `mutation($id: ID!, $dryRun: Boolean) { ${mutation}(input: { id: $id, dryRun: $dryRun }) { deletedId dependents { type } userErrors { code message } } }`;

/** A part of `text` that is rare enough to filter by: its middle third, at least 3 characters. */
const middle = (text: string) =>
  text.slice(Math.floor(text.length / 3), Math.max(Math.floor(text.length / 3) + 3, Math.ceil((text.length * 2) / 3)));

/** The searches and deletes of the issue, with values taken from the data (a partner, a tag, a serial, a URL it has). */
async function searchesOf(emulator: BenchEmulator, inventory: Inventory): Promise<Search[]> {
  const partners = inventory.profiles.filter((p) => p.ProfileType === 'PARTNER');
  const partner = partners.find((p) => p.CertificateIds?.length) ?? partners[0];
  const tagged = inventory.profiles.find((p) => p.Tags?.length);
  const certificate = inventory.certificates.find((c) => inventory.profiles.some((p) => p.CertificateIds?.includes(c.CertificateId!)))!;
  const { Certificate } = await emulator.sdk.send(new DescribeCertificateCommand({ CertificateId: certificate.CertificateId }));
  const connector = inventory.connectors.find((c) => c.As2Config?.PartnerProfileId) ?? inventory.connectors[0];
  const usedPartner =
    partners.find((p) => [...inventory.agreementsByServer.values()].flat().some((a) => a.PartnerProfileId === p.ProfileId)) ?? partner;
  // A window that holds at least the certificate going inactive first (the demo data has none due within 30 days).
  const soonest = Math.min(...inventory.certificates.map((c) => c.InactiveDate?.getTime() ?? Infinity));
  const withinDays = Math.min(3650, Math.max(30, Math.ceil((soonest - Date.now()) / DAY)));
  const serverWithAgreements = inventory.servers.find((s) => inventory.agreementsByServer.get(s.ServerId!)?.length) ?? inventory.servers[0];
  const searches: Search[] = [
    { name: 'profiles: as2IdContains', query: PROFILES, variables: { filter: { as2IdContains: middle(partner.As2Id!) } } },
    { name: 'profiles: profileType PARTNER', query: PROFILES, variables: { filter: { profileType: 'PARTNER' } } },
    {
      name: `profiles: certificateExpiringWithinDays ${withinDays}`,
      query: PROFILES,
      variables: { filter: { certificateExpiringWithinDays: withinDays } },
    },
    { name: 'profiles: orderBy AS2_ID', query: PROFILES, variables: { orderBy: { field: 'AS2_ID' } } },
    { name: 'profiles: orderBy EXPIRY', query: PROFILES, variables: { orderBy: { field: 'EXPIRY' } } },
    { name: 'certificates: status ACTIVE', query: CERTIFICATES, variables: { filter: { status: 'ACTIVE' } } },
    { name: 'certificates: usage SIGNING', query: CERTIFICATES, variables: { filter: { usage: 'SIGNING' } } },
    {
      name: `certificates: inactiveWithinDays ${withinDays}`,
      query: CERTIFICATES,
      variables: { filter: { inactiveWithinDays: withinDays } },
    },
    { name: 'certificates: serial', query: CERTIFICATES, variables: { filter: { serial: Certificate!.Serial } } },
    { name: 'certificates: orderBy EXPIRY', query: CERTIFICATES, variables: { orderBy: { field: 'EXPIRY' } } },
    { name: 'agreements (every server): status ACTIVE', query: AGREEMENTS, variables: { filter: { status: 'ACTIVE' } } },
    { name: 'agreements (every server): partner', query: AGREEMENTS, variables: { filter: { partnerProfileId: usedPartner.ProfileId } } },
    { name: 'agreements (every server): orderBy PARTNER', query: AGREEMENTS, variables: { orderBy: { field: 'PARTNER' } } },
    { name: 'agreements (every server): orderBy STATUS', query: AGREEMENTS, variables: { orderBy: { field: 'STATUS' } } },
    { name: 'connectors: urlContains', query: CONNECTORS, variables: { filter: { urlContains: middle(connector.Url!) } } },
    { name: 'connectors: partner', query: CONNECTORS, variables: { filter: { partnerProfileId: connector.As2Config?.PartnerProfileId } } },
    { name: 'connectors: orderBy URL', query: CONNECTORS, variables: { orderBy: { field: 'URL' } } },
    { name: 'connectors: orderBy PARTNER', query: CONNECTORS, variables: { orderBy: { field: 'PARTNER' } } },
  ];
  if (tagged) {
    const [{ Key, Value }] = tagged.Tags!;
    searches.splice(2, 0, { name: 'profiles: tag', query: PROFILES, variables: { filter: { tag: { key: Key, value: Value } } } });
  }
  const deletes: Array<[string, string, string]> = [
    ['deleteCertificate (used by a profile)', 'deleteCertificate', certificate.CertificateId!],
    ['deleteProfile (used by agreements)', 'deleteProfile', usedPartner.ProfileId!],
    ['deleteServer (with agreements)', 'deleteServer', serverWithAgreements.ServerId!],
  ];
  for (const [name, mutation, id] of deletes) {
    searches.push({ name: `${name}, refused`, query: deletion(mutation), variables: { id }, expectInUse: true });
    searches.push({ name: `${name}, dry run`, query: deletion(mutation), variables: { id, dryRun: true }, expectInUse: true });
  }
  return searches;
}

/** Runs `search` and answers the AWS calls the emulator received for it, checking the answer is what it should be. */
async function callsOf(emulator: BenchEmulator, post: Post, search: Search): Promise<number> {
  await emulator.resetStats();
  const answer = await post(search.query, search.variables);
  if (answer.errors) throw new Error(`${search.name}: ${JSON.stringify(answer.errors.slice(0, 3))}`);
  const payload = Object.values(answer.data as Record<string, any>)[0];
  if (search.expectInUse) {
    const codes = (payload.userErrors as Array<{ code: string }>).map((e) => e.code);
    if (payload.deletedId || !codes.includes('IN_USE'))
      throw new Error(`${search.name} was not refused as IN_USE: ${JSON.stringify(payload)}`);
  } else if (!payload.edges.length) {
    throw new Error(`${search.name} found nothing: choose a value the data has`);
  }
  const received = (await emulator.stats()).total;
  const reported = answer.extensions?.cost?.upstream?.calls;
  if (reported !== undefined && reported !== received)
    throw new Error(`${search.name}: reported ${reported} calls, emulator received ${received}`);
  return received;
}

async function rowsOf(dataset: Dataset): Promise<string[][]> {
  const emulator = await startBenchEmulator(dataset);
  try {
    const inventory = await readInventory(emulator.sdk);
    const searches = await searchesOf(emulator, inventory);
    const uncached = await startBenchGateway(emulator.endpoint);
    const cached = await startBenchGateway(emulator.endpoint, { CACHE_TTL_MS: '600000' });
    try {
      const rows: string[][] = [];
      for (const search of searches) {
        const cold = await callsOf(emulator, uncached.post, search);
        await callsOf(emulator, cached.post, search);
        const warm = await callsOf(emulator, cached.post, search);
        rows.push([dataset, search.name, String(cold), String(warm)]);
      }
      return rows;
    } finally {
      await Promise.all([uncached.stop(), cached.stop()]);
    }
  } finally {
    await emulator.stop();
  }
}

export async function benchSearch(): Promise<string> {
  const rows = [...(await rowsOf('demo')), ...(await rowsOf('large'))];
  return [
    `AWS calls of a first page (first: ${FIRST}) of each search, and of each guarded delete's check (refused as IN_USE, or a dry run): ` +
      'cold through a gateway without a cache, and warm through one with the shared cache (CACHE_TTL_MS) after the same request once.',
    '',
    markdownTable(['data', 'request', 'AWS calls, cold', 'AWS calls, warm cache'], rows),
  ].join('\n');
}
