import { useState } from 'react';
import { useQuery } from 'urql';
import { explain } from './client';
import { PortalPartnersDocument } from './generated';
import { inRegion, useSession } from './session';

/** Every PARTNER profile with health and days until its first expiry: search, health filter, sort by expiry, paging, CSV. */
export function Partners() {
  const session = useSession();
  const [after, setAfter] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [health, setHealth] = useState('');
  const [result] = useQuery({ query: PortalPartnersDocument, variables: { after } });
  if (result.error)
    return (
      <p role="alert" className="error">
        {explain(result.error)}
      </p>
    );
  if (!result.data?.profiles) return <p>Loading…</p>;
  const { edges, pageInfo, totalCount } = result.data.profiles;
  // Search, filter and sort run here, over the pages loaded so far.
  const rows = edges
    .map((e) => ({ ...e.node, expiry: Math.min(...e.node.certificates.edges.map((c) => c.node.daysUntilExpiry)) }))
    .filter((p) => inRegion(session, p.arn))
    .filter((p) => p.as2Id.toLowerCase().includes(search.toLowerCase()) && (!health || p.health.status === health))
    .sort((a, b) => a.expiry - b.expiry);
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
  return (
    <section data-ready="partners">
      <div className="filters">
        <label>
          Search <input value={search} onChange={(e) => setSearch(e.target.value)} />
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
        <span className="count">
          {edges.length} of {totalCount} loaded
        </span>
      </div>
      <table>
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
      {pageInfo.hasNextPage && <button onClick={() => setAfter(pageInfo.endCursor ?? null)}>Load more</button>}
    </section>
  );
}
