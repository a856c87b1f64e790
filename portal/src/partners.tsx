import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { explain } from './client';
import { PortalPartnersDocument } from './generated';
import { inRegion, useSession } from './session';

/** The search box's value once typing has paused for `ms` (a request per pause, not per key). */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The AWS calls the gateway made for an answer (extensions.cost.upstream); undefined for one read from graphcache. */
const awsCalls = (extensions: Record<string, unknown> | undefined): number | undefined =>
  (extensions?.cost as { upstream?: { calls?: number } } | undefined)?.upstream?.calls;

/**
 * Every PARTNER profile with health and days until its first expiry: searched by AS2 id, filtered by expiry and ordered
 * (by AS2 id by default) through the API's filter and orderBy, by health over the pages loaded; paging, CSV. First
 * expiry first and the expiry filter read every profile for each page (AWS names a profile's certificates only in its
 * DescribeProfile), so they are a choice, and the page says what the last answer cost.
 */
export function Partners() {
  const session = useSession();
  const [pages, setPages] = useState<{ key: string; after: string | null }>({ key: '', after: null });
  const [search, setSearch] = useState('');
  const [within, setWithin] = useState('');
  const [health, setHealth] = useState('');
  const as2IdContains = useSettled(search.trim(), 300);
  const [order, setOrder] = useState<'EXPIRY' | 'AS2_ID' | ''>('AS2_ID');
  const filter = { ...(as2IdContains ? { as2IdContains } : {}), ...(within ? { certificateExpiringWithinDays: Number(within) } : {}) };
  const key = JSON.stringify([filter, order]);
  // A new filter or order starts from the first page.
  const after = pages.key === key ? pages.after : null;
  const [result] = useQuery({
    query: PortalPartnersDocument,
    variables: { after, filter: Object.keys(filter).length ? filter : null, orderBy: order ? { field: order } : null },
  });
  const profiles = result.data?.profiles;
  const calls = result.fetching ? undefined : awsCalls(result.extensions);
  const readsEvery = order === 'EXPIRY' || !!within;
  const edges = profiles?.edges ?? [];
  // The API has no health filter: it runs here, over the pages loaded so far.
  const rows = edges
    .map((e) => ({ ...e.node, expiry: Math.min(...e.node.certificates.edges.map((c) => c.node.daysUntilExpiry)) }))
    .filter((p) => inRegion(session, p.arn))
    .filter((p) => !health || p.health.status === health);
  const csv = () => {
    const lines = [
      ['as2Id', 'profileId', 'health', 'daysUntilExpiry'],
      ...rows.map((r) => [r.as2Id, r.profileId, r.health.status, String(r.expiry)]),
    ];
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([lines.map((l) => l.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n')], { type: 'text/csv' }),
    );
    link.download = 'partners.csv';
    link.click();
  };
  // The filters stay while a new filter's first page loads, so typing keeps its place.
  return (
    <section data-ready={profiles ? 'partners' : undefined}>
      <div className="filters">
        <label>
          Search <input value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          A certificate expiring within{' '}
          <select value={within} onChange={(e) => setWithin(e.target.value)}>
            <option value="">any time</option>
            <option value="30">30 days</option>
            <option value="60">60 days</option>
            <option value="90">90 days</option>
          </select>
        </label>
        <label>
          Order{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value as typeof order)}>
            <option value="AS2_ID">AS2 id</option>
            <option value="">AWS list order</option>
            <option value="EXPIRY">first expiry first (reads every profile, each page)</option>
          </select>
        </label>
        <label>
          Health{' '}
          <select value={health} onChange={(e) => setHealth(e.target.value)}>
            <option value="">any</option>
            <option>OK</option>
            <option>WARNING</option>
            <option>BROKEN</option>
          </select>
        </label>
        <button onClick={csv}>Export CSV</button>
        {profiles && (
          <span className="count" role="status">
            {edges.length} of {profiles.totalCount} loaded
            {calls !== undefined && <span data-aws-calls={calls}>; the last page took {calls.toLocaleString('en-US')} AWS calls</span>}
          </span>
        )}
      </div>
      {readsEvery && (
        <p className="note">
          {order === 'EXPIRY' ? 'First expiry first' : 'The expiry filter'} reads every partner profile again for each page loaded: AWS
          names a profile's certificates only in its DescribeProfile, one call per profile. AS2 id and AWS list order read only the profiles
          of the rows shown (and one ListProfiles per 1,000).
        </p>
      )}
      {result.error && (
        <p role="alert" className="error">
          {explain(result.error)}
        </p>
      )}
      {!profiles && !result.error && <p>Loading…</p>}
      {profiles && (
        <table data-query={result.fetching ? undefined : key}>
          <thead>
            <tr>
              <th scope="col">AS2 id</th>
              <th scope="col">Profile</th>
              <th scope="col">Health</th>
              <th scope="col">Days until first expiry</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`#partner/${encodeURIComponent(r.id)}`}>{r.as2Id}</a>
                </td>
                <td>{r.profileId}</td>
                <td className={`health-${r.health.status}`}>{r.health.status}</td>
                <td>{Number.isFinite(r.expiry) ? r.expiry : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {profiles?.pageInfo.hasNextPage && (
        <button onClick={() => setPages({ key, after: profiles.pageInfo.endCursor ?? null })}>Load more</button>
      )}
    </section>
  );
}
