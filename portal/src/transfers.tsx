import { useQuery, useSubscription } from 'urql';
import { explain } from './client';
import { PortalFollowTransferDocument, PortalRecentTransfersDocument } from './generated';

const KEY = 'transfer-graph.transfers';
/** Transfers remembered per browser; AWS keeps a transfer's results for 7 days, and nodes() takes at most 100 ids. */
const KEPT = 50;

interface Started {
  id: string;
  connectorId: string;
  startedAt: string;
}

/**
 * The transfers this browser started (newest first). AWS has no call that lists a connector's transfers, only
 * ListFileTransferResults for a known transfer id, so the portal remembers the ids it got from startFileTransfer.
 */
export const startedTransfers = {
  all(): Started[] {
    try {
      return JSON.parse(localStorage.getItem(KEY) ?? '[]') as Started[];
    } catch {
      return [];
    }
  },
  add(started: Started): void {
    localStorage.setItem(KEY, JSON.stringify([started, ...this.all().filter((t) => t.id !== started.id)].slice(0, KEPT)));
  },
};

/** Follows one transfer over fileTransferUpdates; graphcache writes each update to the FileTransfer, so the table below follows too. */
export function LiveTransfer({ id }: { id: string }) {
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

/** The transfers started from this browser over `connectors` (AWS connector id → name), their status read now. */
export function RecentTransfers({ connectors }: { connectors: Map<string, string> }) {
  const started = startedTransfers.all().filter((t) => connectors.has(t.connectorId));
  const [result] = useQuery({
    query: PortalRecentTransfersDocument,
    variables: { ids: started.map((t) => t.id) },
    // A new start is a new list of ids, so a new query; in between the subscription's updates reach it through the cache.
    pause: started.length === 0,
  });
  if (!started.length) return <p>No transfer started from this browser in the last 7 days.</p>;
  if (result.error)
    return (
      <p role="alert" className="error">
        {explain(result.error)}
      </p>
    );
  const byId = new Map((result.data?.nodes ?? []).flatMap((n) => (n && 'transferId' in n ? [[n.id, n] as const] : [])));
  return (
    <table data-transfers="">
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Connector</th>
          <th scope="col">Transfer</th>
          <th scope="col">Status</th>
          <th scope="col">Files done / failed / all</th>
        </tr>
      </thead>
      <tbody>
        {started.map((t) => {
          const found = byId.get(t.id);
          return (
            <tr key={t.id}>
              <td>{new Date(t.startedAt).toLocaleString()}</td>
              <td>{connectors.get(t.connectorId)}</td>
              <td>{found?.transferId ?? '—'}</td>
              <td data-status={found?.status ?? ''}>
                {result.data ? (found ? (found.status ?? 'no results yet') : 'gone (older than 7 days)') : '…'}
              </td>
              <td>{found ? `${found.fileCounts.completed} / ${found.fileCounts.failed} / ${found.fileCounts.total}` : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
