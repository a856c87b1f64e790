import { useEffect, useMemo, useState } from 'react';
import { type CombinedError, useClient } from 'urql';
import { PortalGraphCertificatesDocument, type PortalGraphCertificatesQuery } from './generated';

type Node = NonNullable<PortalGraphCertificatesQuery['nodes'][number]>;
export type GraphCertificate = Extract<Node, { certificates: unknown }>['certificates']['edges'][number]['node'];

/** What the hook answers while a request is out. */
const PENDING = { byProfile: null };

/** nodes(ids:) takes at most 100 ids. */
const CHUNK = 100;

/**
 * The certificates of the given profiles, 100 profiles a request, all requests at once; byProfile is null until every
 * one has answered. Profiles already read come from graphcache.
 */
export function useProfileCertificates(ids: string[]): { byProfile: Map<string, GraphCertificate[]> | null; error?: CombinedError } {
  const client = useClient();
  const key = ids.join(',');
  const [state, setState] = useState<{ key: string; byProfile: Map<string, GraphCertificate[]> | null; error?: CombinedError }>({
    key: '',
    byProfile: null,
  });
  useEffect(() => {
    let current = true;
    // `key` stands for the ids: a new array of the same ids is the same request.
    const all = key ? key.split(',') : [];
    const chunks: string[][] = [];
    for (let i = 0; i < all.length; i += CHUNK) chunks.push(all.slice(i, i + CHUNK));
    void Promise.all(chunks.map((chunk) => client.query(PortalGraphCertificatesDocument, { ids: chunk }).toPromise())).then((answers) => {
      if (!current) return;
      const error = answers.find((a) => a.error)?.error;
      const byProfile = new Map<string, GraphCertificate[]>();
      for (const node of answers.flatMap((a) => a.data?.nodes ?? []))
        if (node && 'certificates' in node)
          byProfile.set(
            node.id,
            node.certificates.edges.map((e) => e.node),
          );
      setState({ key, byProfile, error });
    });
    return () => {
      current = false;
    };
  }, [client, key]);
  // The same object until the answer changes: pages memoise on it.
  return useMemo(() => (state.key === key ? state : PENDING), [state, key]);
}
