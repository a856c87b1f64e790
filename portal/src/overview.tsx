import { useMemo } from 'react';
import { useQuery } from 'urql';
import { explain } from './client';
import {
  PortalAttentionDocument,
  PortalAttentionWithAgreementsDocument,
  PortalCertificatesDocument,
  type PortalAttentionQuery,
  type PortalAttentionWithAgreementsQuery,
} from './generated';
import { inRegion, useSession } from './session';
import { ExpiryTimeline } from './timeline';

/** What needs attention within 30 days, and every certificate on the expiry timeline. */
export function Overview() {
  const session = useSession();
  const several = session.viewer.regions.length > 1;
  // One question or the other, never both (each walks every profile): with several regions, without the agreements.
  const [attention] = useQuery<PortalAttentionQuery | PortalAttentionWithAgreementsQuery>({
    query: several ? PortalAttentionDocument : PortalAttentionWithAgreementsDocument,
    variables: { withinDays: 30 },
  });
  const [certificates] = useQuery({ query: PortalCertificatesDocument, variables: {} });
  const now = useMemo(() => Date.now(), []);
  const failed = attention.error ?? certificates.error;
  if (failed)
    return (
      <p role="alert" className="error">
        {explain(failed)}
      </p>
    );
  if (!attention.data || !certificates.data) return <p>Loading…</p>;
  const items = (attention.data.attention ?? []).filter((a) => inRegion(session, a.certificate.arn));
  const all = (certificates.data.certificates?.edges ?? []).map((e) => e.node).filter((c) => inRegion(session, c.arn));
  type WithAgreements = NonNullable<PortalAttentionWithAgreementsQuery['attention']>[number];
  const agreementsOf = (a: (typeof items)[number]) =>
    'agreements' in a ? (a as WithAgreements).agreements.map((g) => g.agreementId).join(', ') : '—';
  return (
    <section data-ready="overview">
      <h2>Needs attention within 30 days ({items.length})</h2>
      {several && (
        <p className="note">
          Agreements affected: not asked for. Across {session.viewer.regions.length} regions the worst case of that question is over the
          gateway's default query cost limit (QUERY_MAX_COST); each profile's page lists its agreements.
        </p>
      )}
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
              <td>
                {a.profiles.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ', '}
                    <a href={`#partner/${encodeURIComponent(p.id)}`}>{p.as2Id}</a>
                  </span>
                ))}
              </td>
              <td>{a.replacements.map((r) => `${r.certificate.certificateId} (${r.profile.as2Id})`).join(', ')}</td>
              <td>{agreementsOf(a)}</td>
              <td>{a.connectors.map((c) => c.connectorId).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Expiry timeline</h2>
      <ExpiryTimeline certificates={all} attention={items} now={now} />
    </section>
  );
}
