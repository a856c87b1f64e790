import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { explain } from './client';
import { PortalDeleteProfileDocument, PortalFollowTransferDocument, PortalPartnerDocument, PortalStartTransferDocument } from './generated';

/** Follows one transfer live over fileTransferUpdates until every file is COMPLETED or FAILED. */
function LiveTransfer({ id }: { id: string }) {
  const [result] = useSubscription({ query: PortalFollowTransferDocument, variables: { id } });
  if (result.error)
    return (
      <p role="alert" className="error">
        {explain(result.error)}
      </p>
    );
  const t = result.data?.fileTransferUpdates;
  return (
    <p role="status" data-transfer-status={t?.status ?? 'WAITING'}>
      Transfer {t?.transferId ?? '…'}: {t?.status ?? 'waiting for the first update'}
    </p>
  );
}

/** One partner profile: certificates with days until expiry, agreements, connectors; a transfer started and followed live. */
export function PartnerDetail({ id }: { id: string }) {
  const [result] = useQuery({ query: PortalPartnerDocument, variables: { id } });
  const [started, start] = useMutation(PortalStartTransferDocument);
  const [path, setPath] = useState('/outbox/portal-test.edi');
  const [transfer, setTransfer] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleting, remove] = useMutation(PortalDeleteProfileDocument);
  if (result.error)
    return (
      <p role="alert" className="error">
        {explain(result.error)}
      </p>
    );
  const profile = result.data?.node;
  if (!result.data) return <p>Loading…</p>;
  if (!profile || !('as2Id' in profile)) return <p role="alert">No profile with id {id}.</p>;
  const send = async (connectorId: string) => {
    setProblem(null);
    const answer = await start({ input: { connectorId, sendFilePaths: [path] } });
    if (answer.error) return setProblem(explain(answer.error));
    const payload = answer.data?.startFileTransfer;
    if (payload?.userErrors.length)
      return setProblem(payload.userErrors.map((e) => `${(e.field ?? []).join('.')}: ${e.message}`).join('; '));
    setTransfer(payload?.fileTransfer?.id ?? null);
  };
  const destroy = async () => {
    setProblem(null);
    // The operator confirmed after seeing what uses the profile, so the gateway's IN_USE guard is passed on purpose.
    const inUse = profile.agreements.edges.length + profile.connectors.edges.length > 0;
    const answer = await remove({ input: { id: profile.id, force: inUse } });
    if (answer.error) return setProblem(explain(answer.error));
    const payload = answer.data?.deleteProfile;
    if (payload?.userErrors.length)
      return setProblem(payload.userErrors.map((e) => `${(e.field ?? []).join('.')}: ${e.message}`).join('; '));
    window.location.hash = '#partners';
  };
  const agreements = profile.agreements.edges.map((e) => e.node);
  const connectors = profile.connectors.edges.map((e) => e.node);
  return (
    <section data-ready="partner">
      <h2>
        {profile.as2Id} ({profile.profileType}, {profile.profileId})
      </h2>
      <h3>Certificates</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Certificate</th>
            <th scope="col">Usage</th>
            <th scope="col">Status</th>
            <th scope="col">Days until expiry</th>
          </tr>
        </thead>
        <tbody>
          {profile.certificates.edges.map(({ node: c }) => (
            <tr key={c.id}>
              <td>{c.certificateId}</td>
              <td>{c.usage}</td>
              <td>{c.status}</td>
              <td>{c.daysUntilExpiry}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Agreements</h3>
      <ul>
        {profile.agreements.edges.map(({ node: a }) => (
          <li key={a.id}>
            {a.agreementId} on {a.serverId} ({a.status})
          </li>
        ))}
      </ul>
      <h3>Connectors</h3>
      <label>
        File to send <input value={path} onChange={(e) => setPath(e.target.value)} />
      </label>
      <ul>
        {profile.connectors.edges.map(({ node: c }) => (
          <li key={c.id}>
            {c.connectorId} {c.url} ({c.status}){' '}
            <button disabled={started.fetching} onClick={() => void send(c.id)}>
              Send over {c.connectorId}
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {transfer && <LiveTransfer id={transfer} />}
      <h3>Delete</h3>
      {!confirming ? (
        <button onClick={() => setConfirming(true)}>Delete {profile.as2Id}…</button>
      ) : (
        <div role="dialog" aria-label={`Delete ${profile.as2Id}`} className="confirm">
          {/* The API has no guarded delete yet: the dependents come from the profile's own links. */}
          <p>
            {agreements.length} agreements and {connectors.length} connectors use this profile; after the delete they keep a reference that
            resolves to nothing:
          </p>
          <ul data-dependents="">
            {agreements.map((a) => (
              <li key={a.id}>agreement {a.agreementId}</li>
            ))}
            {connectors.map((c) => (
              <li key={c.id}>connector {c.connectorId}</li>
            ))}
          </ul>
          <button disabled={deleting.fetching} onClick={() => void destroy()}>
            Delete {profile.as2Id} now
          </button>{' '}
          <button onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      )}
    </section>
  );
}
