import '@xyflow/react/dist/style.css';
import './portal.css';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider, useQuery } from 'urql';
import { createClient, credentials, explain } from './client';
import { PortalAttentionDocument, PortalCertificatesDocument, PortalGraphDocument, PortalPartnersDocument } from './generated';
import { PartnerGraph } from './graph';
import { Onboarding } from './onboarding';
import { PartnerDetail } from './partner';
import { ExpiryTimeline } from './timeline';

const PAGES = { overview: 'Overview', graph: 'Partner graph', partners: 'Partners', onboarding: 'Onboarding' } as const;
type Page = keyof typeof PAGES;
const pageOf = (hash: string): Page => (hash.slice(1) in PAGES ? (hash.slice(1) as Page) : 'overview');
/** The profile id of a #partner/<id> link, if the hash is one. */
const partnerOf = (hash: string): string | null =>
  hash.startsWith('#partner/') ? decodeURIComponent(hash.slice('#partner/'.length)) : null;

function Failure({ error }: { error: Parameters<typeof explain>[0] }) {
  return (
    <p role="alert" className="error">
      {explain(error)}
    </p>
  );
}

function Overview() {
  const [attention] = useQuery({ query: PortalAttentionDocument, variables: { withinDays: 30 } });
  const [certificates] = useQuery({ query: PortalCertificatesDocument, variables: {} });
  const now = useMemo(() => Date.now(), []);
  if (attention.error) return <Failure error={attention.error} />;
  if (certificates.error) return <Failure error={certificates.error} />;
  if (!attention.data || !certificates.data) return <p>Loading…</p>;
  const items = attention.data.attention ?? [];
  return (
    <section data-ready="overview">
      <h2>Needs attention within 30 days ({items.length})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Certificate</th>
            <th scope="col">Usage</th>
            <th scope="col">Days left</th>
            <th scope="col">Profiles left without one</th>
            <th scope="col">Replacements</th>
            <th scope="col">Agreements</th>
            <th scope="col">Connectors</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.certificate.id}>
              <td>{a.certificate.description ?? a.certificate.certificateId}</td>
              <td>{a.certificate.usage}</td>
              <td>{a.daysUntilExpiry}</td>
              <td>{a.profiles.map((p) => p.as2Id).join(', ')}</td>
              <td>{a.replacements.map((r) => `${r.certificate.certificateId} (${r.profile.as2Id})`).join(', ')}</td>
              <td>{a.agreements.map((g) => g.agreementId).join(', ')}</td>
              <td>{a.connectors.map((c) => c.connectorId).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Expiry timeline</h2>
      <ExpiryTimeline certificates={(certificates.data.certificates?.edges ?? []).map((e) => e.node)} attention={items} now={now} />
    </section>
  );
}

function Partners() {
  const [after, setAfter] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [health, setHealth] = useState('');
  const [result] = useQuery({ query: PortalPartnersDocument, variables: { after } });
  if (result.error) return <Failure error={result.error} />;
  if (!result.data?.profiles) return <p>Loading…</p>;
  const { edges, pageInfo, totalCount } = result.data.profiles;
  // The API has no search or sort arguments yet: both run here, over the pages loaded so far.
  const rows = edges
    .map((e) => ({ ...e.node, expiry: Math.min(...e.node.certificates.edges.map((c) => c.node.daysUntilExpiry)) }))
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

function Graph() {
  const [result] = useQuery({ query: PortalGraphDocument, variables: {} });
  const [open, setOpen] = useState<string | null>(null);
  if (result.error) return <Failure error={result.error} />;
  if (!result.data) return <p>Loading…</p>;
  return (
    <div data-ready="graph">
      <PartnerGraph data={result.data} onOpen={(id, label) => setOpen(`${label} — id ${id}`)} />
      {open && (
        <p className="details" role="status">
          {open}
        </p>
      )}
    </div>
  );
}

function SignIn({ onDone }: { onDone: () => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      className="signin"
      onSubmit={(e) => {
        e.preventDefault();
        credentials.set(value);
        onDone();
      }}
    >
      <label>
        API key or bearer token (kept for this tab only; leave empty when the gateway needs none){' '}
        <input type="password" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit">Continue</button>
    </form>
  );
}

function App() {
  const [page, setPage] = useState<Page>(pageOf(window.location.hash));
  const [partner, setPartner] = useState<string | null>(partnerOf(window.location.hash));
  const [signedIn, setSignedIn] = useState(sessionStorage.getItem('transfer-graph.credentials') !== null);
  const client = useMemo(() => createClient(), [signedIn]);
  useEffect(() => {
    const onHash = () => {
      setPage(pageOf(window.location.hash));
      setPartner(partnerOf(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <>
      <header>
        <h1>transfer-graph portal</h1>
        {signedIn && (
          <nav aria-label="Pages">
            {(Object.keys(PAGES) as Page[]).map((p) => (
              <a key={p} href={`#${p}`} aria-current={p === (partner ? 'partners' : page) ? 'page' : undefined}>
                {PAGES[p]}
              </a>
            ))}
            <button
              onClick={() => {
                credentials.clear();
                setSignedIn(false);
              }}
            >
              Sign out
            </button>
          </nav>
        )}
      </header>
      <main>
        {!signedIn ? (
          <SignIn onDone={() => setSignedIn(true)} />
        ) : (
          <Provider value={client}>
            {!partner && page === 'overview' && <Overview />}
            {!partner && page === 'graph' && <Graph />}
            {!partner && page === 'onboarding' && <Onboarding />}
            {partner ? <PartnerDetail id={partner} /> : page === 'partners' && <Partners />}
          </Provider>
        )}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
