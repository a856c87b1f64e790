import { useMemo } from 'react';
import { useQuery } from 'urql';
import { explain } from './client';
import { PortalAttentionAgreementsDocument, PortalAttentionDocument, PortalCertificatesDocument } from './generated';
import { inRegion, useSession } from './session';
import { ExpiryTimeline } from './timeline';

/**
 * The agreements column, asked apart: its worst case (each agreement under up to 20 certificates, 100,000 per region) is
 * over the default QUERY_MAX_COST once two regions are served, so with several it is not sent (the gateway would refuse it).
 */
function useAffectedAgreements(regions: number): { byCertificate: Map<string, string>; skipped: string | null } {
  const [result] = useQuery({ query: PortalAttentionAgreementsDocument, variables: { withinDays: 30 }, pause: regions > 1 });
  return useMemo(() => {
    const skipped =
      regions > 1
        ? `not asked for: across ${regions} regions the worst case of that question is over the gateway's default query cost limit (QUERY_MAX_COST); each profile's page lists its agreements`
        : result.error
          ? explain(result.error)
          : null;
    const byCertificate = new Map(
      (result.data?.attention ?? []).map((a) => [a.certificate.id, a.agreements.map((g) => g.agreementId).join(', ')]),
    );
    return { byCertificate, skipped };
  }, [result, regions]);
}

/** What needs attention within 30 days, and every certificate on the expiry timeline. */
export function Overview() {
  const session = useSession();
  const [attention] = useQuery({ query: PortalAttentionDocument, variables: { withinDays: 30 } });
  const [certificates] = useQuery({ query: PortalCertificatesDocument, variables: {} });
  const agreements = useAffectedAgreements(session.viewer.regions.length);
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
  return (
    <section data-ready="overview">
      <h2>Needs attention within 30 days ({items.length})</h2>
      {agreements.skipped && <p className="note">Agreements affected: {agreements.skipped}.</p>}
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
              <td>{agreements.skipped ? '—' : (agreements.byCertificate.get(a.certificate.id) ?? '…')}</td>
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
