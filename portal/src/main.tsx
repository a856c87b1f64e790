import '@xyflow/react/dist/style.css';
import './portal.css';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider, useQuery } from 'urql';
import { createClient, credentials, explain } from './client';
import { PortalViewerDocument } from './generated';
import { PartnerGraph } from './graph';
import { Onboarding } from './onboarding';
import { Overview } from './overview';
import { PartnerDetail } from './partner';
import { Partners } from './partners';
import { SessionProvider, storedRegion, storeRegion } from './session';

const PAGES = { overview: 'Overview', graph: 'Partner graph', partners: 'Partners', onboarding: 'Onboarding' } as const;
type Page = keyof typeof PAGES;
const pageOf = (hash: string): Page => (hash.slice(1) in PAGES ? (hash.slice(1) as Page) : 'overview');
/** The profile id of a #partner/<id> link, if the hash is one. */
const partnerOf = (hash: string): string | null =>
  hash.startsWith('#partner/') ? decodeURIComponent(hash.slice('#partner/'.length)) : null;

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

/** The pages once signed in: who the caller is (viewer), the region picker, the page of the location's hash. */
function Shell({ onSignOut }: { onSignOut: () => void }) {
  const [viewer] = useQuery({ query: PortalViewerDocument, variables: {} });
  const [page, setPage] = useState<Page>(pageOf(window.location.hash));
  const [partner, setPartner] = useState<string | null>(partnerOf(window.location.hash));
  const [region, setRegion] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const onHash = () => {
      setPage(pageOf(window.location.hash));
      setPartner(partnerOf(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const me = viewer.data?.viewer;
  const picked = region === undefined && me ? storedRegion(me.regions) : (region ?? null);
  const session = useMemo(() => (me ? { viewer: me, region: picked } : null), [me, picked]);
  const signOut = (
    <button
      onClick={() => {
        credentials.clear();
        onSignOut();
      }}
    >
      Sign out
    </button>
  );
  return (
    <>
      <header>
        <h1>transfer-graph portal</h1>
        {session && (
          <nav aria-label="Pages">
            {(Object.keys(PAGES) as Page[])
              .filter((p) => p !== 'onboarding' || session.viewer.canWrite)
              .map((p) => (
                <a key={p} href={`#${p}`} aria-current={p === (partner ? 'partners' : page) ? 'page' : undefined}>
                  {PAGES[p]}
                </a>
              ))}
          </nav>
        )}
        <div className="who">
          {session && (
            <>
              <label>
                Region{' '}
                <select
                  value={session.region ?? ''}
                  onChange={(e) => {
                    const next = e.target.value || null;
                    storeRegion(next);
                    setRegion(next);
                  }}
                >
                  {session.viewer.regions.length > 1 && <option value="">every region</option>}
                  {session.viewer.regions.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </label>
              <span data-roles={session.viewer.roles.join(' ')}>
                {session.viewer.principalId ?? 'no credentials checked'} ({session.viewer.canWrite ? 'operator' : 'reader: read only'})
              </span>
            </>
          )}
          {signOut}
        </div>
      </header>
      <main>
        {viewer.error && (
          <p role="alert" className="error">
            {explain(viewer.error)}
          </p>
        )}
        {!session && !viewer.error && <p>Loading…</p>}
        {session && (
          <SessionProvider value={session}>
            {!partner && page === 'overview' && <Overview />}
            {!partner && page === 'graph' && <PartnerGraph />}
            {!partner && page === 'onboarding' && <Onboarding />}
            {partner ? <PartnerDetail key={partner} id={partner} /> : page === 'partners' && <Partners />}
          </SessionProvider>
        )}
      </main>
    </>
  );
}

function App() {
  const [signedIn, setSignedIn] = useState(credentials.present());
  const client = useMemo(() => createClient(), [signedIn]);
  if (!signedIn)
    return (
      <>
        <header>
          <h1>transfer-graph portal</h1>
        </header>
        <main>
          <SignIn onDone={() => setSignedIn(true)} />
        </main>
      </>
    );
  return (
    <Provider value={client}>
      <Shell onSignOut={() => setSignedIn(false)} />
    </Provider>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
