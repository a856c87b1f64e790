import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { explain } from './client';
import { PortalPartnerDocument, PortalStartTransferDocument, type PortalPartnerQuery } from './generated';
import { GuardedDelete } from './delete';
import { Rotation } from './rotate';
import { readOnlyNote, regionOf, useSession } from './session';
import { LiveTransfer, RecentTransfers, startedTransfers } from './transfers';

type Profile = Extract<NonNullable<PortalPartnerQuery['node']>, { as2Id: string }>;
const isProfile = (node: PortalPartnerQuery['node']): node is Profile => !!node && 'as2Id' in node;

/** The profile's certificates with days until expiry, each with a rotation for operators. */
function Certificates({ profile, onRotated }: { profile: Profile; onRotated: () => void }) {
  const { viewer } = useSession();
  const [rotating, setRotating] = useState<string | null>(null);
  const certificates = profile.certificates.edges.map((e) => e.node);
  const chosen = certificates.find((c) => c.id === rotating);
  return (
    <>
      <h3>Certificates</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Certificate</th>
            <th scope="col">Usage</th>
            <th scope="col">Status</th>
            <th scope="col">Inactive from</th>
            <th scope="col">Days until expiry</th>
            {viewer.canWrite && <th scope="col">Rotation</th>}
          </tr>
        </thead>
        <tbody>
          {certificates.map((c) => (
            <tr key={c.id}>
              <td>
                {c.certificateId}
                {c.description ? ` (${c.description})` : ''}
              </td>
              <td>{c.usage}</td>
              <td>{c.status}</td>
              <td>{c.inactiveDate.slice(0, 10)}</td>
              <td className={c.daysUntilExpiry < 0 ? 'health-BROKEN' : c.daysUntilExpiry <= 30 ? 'health-WARNING' : undefined}>
                {c.daysUntilExpiry}
              </td>
              {viewer.canWrite && (
                <td>
                  <button onClick={() => setRotating(c.id)} disabled={rotating !== null}>
                    Rotate {c.certificateId}…
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {chosen && (
        <Rotation certificate={chosen} local={profile.profileType === 'LOCAL'} onClose={() => setRotating(null)} onRotated={onRotated} />
      )}
    </>
  );
}

/** The profile's connectors; operators send a file over one and follow the transfer live; recent transfers below. */
function Connectors({ profile }: { profile: Profile }) {
  const { viewer } = useSession();
  const [started, start] = useMutation(PortalStartTransferDocument);
  const [path, setPath] = useState('/outbox/portal-test.edi');
  const [transfer, setTransfer] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const connectors = profile.connectors.edges.map((e) => e.node);
  const send = async (connector: (typeof connectors)[number]) => {
    setProblem(null);
    const answer = await start({ input: { connectorId: connector.id, sendFilePaths: [path] } });
    if (answer.error) return setProblem(explain(answer.error));
    const payload = answer.data!.startFileTransfer;
    if (payload.userErrors.length)
      return setProblem(payload.userErrors.map((e) => `${(e.field ?? []).join('.')}: ${e.message}`).join('; '));
    const t = payload.fileTransfer!;
    startedTransfers.add({ id: t.id, connectorId: t.connectorId, startedAt: new Date().toISOString() });
    setTransfer(t.id);
  };
  return (
    <>
      <h3>Connectors</h3>
      {viewer.canWrite && (
        <label>
          File to send <input value={path} onChange={(e) => setPath(e.target.value)} />
        </label>
      )}
      <ul>
        {connectors.map((c) => (
          <li key={c.id}>
            {c.connectorId} {c.url} ({c.status}){' '}
            {viewer.canWrite && (
              <button disabled={started.fetching} onClick={() => void send(c)}>
                Send over {c.connectorId}
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {transfer && <LiveTransfer id={transfer} />}
      <h3>Recent transfers</h3>
      <RecentTransfers connectors={new Map(connectors.map((c) => [c.connectorId, `${c.connectorId} ${c.url ?? ''}`]))} />
    </>
  );
}

/** One profile: certificates (rotated from here), agreements, connectors with transfers, and a guarded delete. */
export function PartnerDetail({ id }: { id: string }) {
  const { viewer } = useSession();
  const [result, refetch] = useQuery({ query: PortalPartnerDocument, variables: { id } });
  if (result.error)
    return (
      <p role="alert" className="error">
        {explain(result.error)}
      </p>
    );
  if (!result.data) return <p>Loading…</p>;
  const profile = result.data.node;
  if (!isProfile(profile)) return <p role="alert">No profile with id {id}.</p>;
  return (
    <section data-ready="partner">
      <h2>
        {profile.as2Id} ({profile.profileType}, {profile.profileId}, {regionOf(profile.arn)})
      </h2>
      <p>
        Health: <span className={`health-${profile.health.status}`}>{profile.health.status}</span>
      </p>
      {!viewer.canWrite && <p className="note">{readOnlyNote(viewer)}</p>}
      <Certificates profile={profile} onRotated={() => refetch({ requestPolicy: 'network-only' })} />
      <h3>Agreements</h3>
      <ul>
        {profile.agreements.edges.map(({ node: a }) => (
          <li key={a.id}>
            {a.agreementId} on {a.serverId} ({a.status})
          </li>
        ))}
      </ul>
      <Connectors profile={profile} />
      {viewer.canWrite && <GuardedDelete profile={profile} />}
    </section>
  );
}
