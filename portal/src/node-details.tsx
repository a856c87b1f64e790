import { useQuery } from 'urql';
import { explain } from './client';
import { PortalNodeDetailsDocument, type PortalHealthFragment } from './generated';
import { regionOf } from './session';

function Health({ health }: { health: PortalHealthFragment }) {
  return (
    <>
      <div>
        <dt>Health</dt>
        <dd className={`health-${health.status}`}>{health.status}</dd>
      </div>
      {health.problems.length > 0 && (
        <div>
          <dt>Problems</dt>
          <dd>
            <ul>
              {health.problems.map((p, i) => (
                <li key={i}>
                  {p.severity} {p.code}: {p.message}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </>
  );
}

/** The details panel of the graph node clicked: what it is, its state and health problems, read when opened. */
export function NodeDetails({ id, onClose }: { id: string; onClose: () => void }) {
  const [result] = useQuery({ query: PortalNodeDetailsDocument, variables: { id } });
  const node = result.data?.node;
  const rows: Array<[string, string | null | undefined]> = [];
  let title = '…';
  let health: PortalHealthFragment | null = null;
  let partnerLink: string | null = null;
  if (node && 'serverId' in node && 'state' in node) {
    title = `Server ${node.serverId}`;
    rows.push(['State', node.state], ['Protocols', node.protocols.join(', ')]);
  } else if (node && 'agreementId' in node) {
    title = `Agreement ${node.agreementId}`;
    rows.push(['Server', node.serverId], ['Status', node.agreementStatus], ['Base directory', node.baseDirectory]);
    health = node.health;
  } else if (node && 'as2Id' in node) {
    title = `${node.profileType === 'LOCAL' ? 'Local' : 'Partner'} profile ${node.as2Id}`;
    rows.push(['Profile id', node.profileId]);
    health = node.health;
    partnerLink = `#partner/${encodeURIComponent(node.id)}`;
  } else if (node && 'certificateId' in node) {
    title = `Certificate ${node.certificateId}`;
    rows.push(
      ['Usage', node.usage],
      ['Status', node.certificateStatus],
      ['Description', node.description],
      ['Active from', node.activeDate.slice(0, 10)],
      ['Inactive from', node.inactiveDate.slice(0, 10)],
      ['Days until expiry', String(node.daysUntilExpiry)],
    );
  } else if (node && 'connectorId' in node) {
    title = `Connector ${node.connectorId}`;
    rows.push(['URL', node.url], ['Status', node.connectorStatus]);
    health = node.health;
  }
  if (node && 'arn' in node) rows.push(['Region', regionOf(node.arn)], ['ARN', node.arn]);
  return (
    <aside className="details" aria-label="Details" data-details={node ? 'ready' : 'loading'}>
      <h3>{result.error ? 'Details' : title}</h3>
      {result.error && (
        <p role="alert" className="error">
          {explain(result.error)}
        </p>
      )}
      {!result.data && !result.error && <p>Loading…</p>}
      {result.data && !node && <p>It no longer exists.</p>}
      {node && (
        <dl>
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v ?? '—'}</dd>
            </div>
          ))}
          {health && <Health health={health} />}
        </dl>
      )}
      {partnerLink && <a href={partnerLink}>Open the profile's page</a>} <button onClick={onClose}>Close details</button>
    </aside>
  );
}
