import { useEffect, useMemo, useState } from 'react';
import { type CombinedError, useClient, useQuery } from 'urql';
import { explain } from './client';
import { PortalAttentionDocument, PortalCertificatesDocument, type PortalAttentionQuery } from './generated';
import { inRegion, useSession } from './session';
import { ExpiryTimeline } from './timeline';

type Item = NonNullable<PortalAttentionQuery['attention']>[number];
type Answer = { data?: PortalAttentionQuery; error?: CombinedError };

/** The gateway's order (Query.attention): certificates that break a profile first, then by inactiveDate, then id. */
const byUrgency = (a: Item, b: Item): number =>
  Number(b.profiles.length > 0) - Number(a.profiles.length > 0) ||
  Date.parse(a.certificate.inactiveDate) - Date.parse(b.certificate.inactiveDate) ||
  a.certificate.certificateId.localeCompare(b.certificate.certificateId);

/**
 * `attention(withinDays:, region:)` for each region, one region after the other answered: each request's requested cost
 * is one region's (133,010 with the agreements, under QUERY_MAX_COST), and only one is reserved from the cost budget
 * at a time, however many regions there are. Answers stay live (graphcache re-reads them when a write drops them).
 */
function useAttention(regions: string[], withinDays: number): { answers: Record<string, Answer>; done: boolean } {
  const client = useClient();
  const key = regions.join(',');
  const [state, setState] = useState<{ key: string; answers: Record<string, Answer> }>({ key: '', answers: {} });
  useEffect(() => {
    const all = key.split(',');
    const asked: Array<{ unsubscribe(): void }> = [];
    let stopped = false;
    const ask = (i: number) => {
      if (stopped || i >= all.length) return;
      let next = false;
      asked.push(
        client.query(PortalAttentionDocument, { withinDays, region: all[i] }).subscribe((result) => {
          if (stopped) return;
          setState((s) => ({
            key,
            answers: { ...(s.key === key ? s.answers : {}), [all[i]]: { data: result.data, error: result.error } },
          }));
          // The next region once this one has its answer (not a stale one from the cache with a request still out).
          if (!next && !result.stale) {
            next = true;
            ask(i + 1);
          }
        }),
      );
    };
    ask(0);
    return () => {
      stopped = true;
      for (const a of asked) a.unsubscribe();
    };
  }, [client, key, withinDays]);
  const answers = state.key === key ? state.answers : {};
  return { answers, done: regions.every((r) => answers[r] && (answers[r].data || answers[r].error)) };
}

/** What needs attention within 30 days, and every certificate on the expiry timeline. */
export function Overview() {
  const session = useSession();
  const regions = session.region ? [session.region] : session.viewer.regions;
  const attention = useAttention(regions, 30);
  const [certificates] = useQuery({ query: PortalCertificatesDocument, variables: {} });
  const now = useMemo(() => Date.now(), []);
  const failed = regions.flatMap((r) => {
    const error = attention.answers[r]?.error;
    return error ? [regions.length > 1 ? `${r}: ${explain(error)}` : explain(error)] : [];
  });
  if (certificates.error) failed.unshift(explain(certificates.error));
  if (failed.length)
    return (
      <p role="alert" className="error">
        {failed.join(' ')}
      </p>
    );
  if (!attention.done || !certificates.data) return <p>Loading…</p>;
  const items = regions.flatMap((r) => attention.answers[r].data?.attention ?? []).sort(byUrgency);
  const all = (certificates.data.certificates?.edges ?? []).map((e) => e.node).filter((c) => inRegion(session, c.arn));
  return (
    <section data-ready="overview" data-regions={regions.join(' ')}>
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
              <td>
                {a.profiles.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ', '}
                    <a href={`#partner/${encodeURIComponent(p.id)}`}>{p.as2Id}</a>
                  </span>
                ))}
              </td>
              <td>{a.replacements.map((r) => `${r.certificate.certificateId} (${r.profile.as2Id})`).join(', ')}</td>
              <td>{a.agreements.map((g) => g.agreementId).join(', ')}</td>
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
