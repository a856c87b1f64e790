import dagre from '@dagrejs/dagre';
import { Background, Controls, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { explain } from './client';
import { PortalGraphDocument, type PortalGraphProfileFragment, type PortalGraphQuery } from './generated';
import { NodeDetails } from './node-details';
import { useProfileCertificates, type GraphCertificate } from './profile-certificates';
import { inRegion, useSession } from './session';

const HEALTH: Record<string, string> = { OK: '#c8e6c9', WARNING: '#ffe0b2', BROKEN: '#ffcdd2' };
/** Agreements drawn at once; the rest are a window away (keeps the large seed, 100 agreements per server, responsive). */
export const WINDOW = 100;
const WIDTH = 190;
const HEIGHT = 40;

type Kind = 'server' | 'agreement' | 'local' | 'partner' | 'certificate' | 'connector';
type Server = NonNullable<PortalGraphQuery['servers']>['edges'][number]['node'];
type Agreement = Server['agreements']['edges'][number]['node'];

/** A certificate's health from its dates: BROKEN once inactive, WARNING within 30 days. */
export const certificateHealth = (c: GraphCertificate): string =>
  c.status === 'INACTIVE' || c.daysUntilExpiry < 0 ? 'BROKEN' : c.daysUntilExpiry <= 30 ? 'WARNING' : 'OK';

/** The nodes and edges drawn, laid out left to right by dagre. */
function layout(
  drawn: Array<{ server: Server; agreement: Agreement }>,
  connectors: NonNullable<PortalGraphQuery['connectors']>['edges'][number]['node'][],
  certificates: Map<string, GraphCertificate[]> | null,
): { nodes: Node[]; edges: Edge[] } {
  const nodes = new Map<string, Node>();
  const edges = new Map<string, Edge>();
  const add = (id: string, kind: Kind, label: string, health: string) => {
    if (nodes.has(id)) return;
    nodes.set(id, {
      id,
      data: { label },
      position: { x: 0, y: 0 },
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
      className: `node-${kind}`,
      ariaLabel: `${label}, ${health}`,
      style: { background: HEALTH[health], width: WIDTH, fontSize: 11, padding: 4 },
    });
  };
  const link = (source: string, target: string) => edges.set(`${source}>${target}`, { id: `${source}>${target}`, source, target });
  const profile = (p: PortalGraphProfileFragment, from: string) => {
    add(
      p.id,
      p.profileType === 'LOCAL' ? 'local' : 'partner',
      `${p.profileType === 'LOCAL' ? 'local' : 'partner'} ${p.as2Id}`,
      p.health.status,
    );
    link(from, p.id);
    for (const c of certificates?.get(p.id) ?? []) {
      add(c.id, 'certificate', `${c.usage.toLowerCase()} ${c.certificateId} (${c.daysUntilExpiry} d)`, certificateHealth(c));
      link(p.id, c.id);
    }
  };
  for (const { server, agreement } of drawn) {
    add(server.id, 'server', `server ${server.serverId} (${server.state})`, server.state === 'ONLINE' ? 'OK' : 'WARNING');
    add(agreement.id, 'agreement', `agreement ${agreement.agreementId}`, agreement.health.status);
    link(server.id, agreement.id);
    if (agreement.localProfile) profile(agreement.localProfile, agreement.id);
    if (agreement.partnerProfile) profile(agreement.partnerProfile, agreement.id);
  }
  for (const c of connectors) {
    add(c.id, 'connector', `connector ${c.connectorId}`, c.health.status);
    if (c.partnerProfile) profile(c.partnerProfile, c.id);
    if (c.localProfile && nodes.has(c.localProfile.id)) link(c.id, c.localProfile.id);
  }
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 10, ranksep: 70 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes.values()) g.setNode(n.id, { width: WIDTH, height: HEIGHT });
  for (const e of edges.values()) g.setEdge(e.source, e.target);
  dagre.layout(g);
  for (const n of nodes.values()) {
    const p = g.node(n.id) as { x: number; y: number };
    n.position = { x: p.x - WIDTH / 2, y: p.y - HEIGHT / 2 };
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * Servers → agreements → local and partner profiles → certificates, and connectors → the partners they send to, coloured
 * by health. Ten servers a page, at most WINDOW agreements drawn at once (filter by server or partner, or move the
 * window), certificates loaded for the profiles drawn only; a click opens the node's details.
 */
export function PartnerGraph() {
  const session = useSession();
  const [pages, setPages] = useState<Array<string | null>>([null]);
  const [result] = useQuery({ query: PortalGraphDocument, variables: { after: pages[pages.length - 1] } });
  const [server, setServer] = useState('');
  const [partner, setPartner] = useState('');
  const [start, setStart] = useState(0);
  const [withCertificates, setWithCertificates] = useState(true);
  const [open, setOpen] = useState<string | null>(null);
  const data = result.data;
  const servers = useMemo(() => (data?.servers?.edges ?? []).map((e) => e.node).filter((s) => inRegion(session, s.arn)), [data, session]);
  const { drawn, matching, connectors } = useMemo(() => {
    const wanted = partner.trim().toLowerCase();
    const matches = (p: { as2Id: string } | null | undefined) => !wanted || (!!p && p.as2Id.toLowerCase().includes(wanted));
    const matching = servers
      .filter((s) => !server || s.serverId === server)
      .flatMap((s) => s.agreements.edges.map((e) => ({ server: s, agreement: e.node })))
      .filter(({ agreement }) => matches(agreement.partnerProfile));
    const drawn = matching.slice(start, start + WINDOW);
    const partners = new Set(drawn.map(({ agreement }) => agreement.partnerProfile?.id));
    const everyPartner = new Set(servers.flatMap((s) => s.agreements.edges.map((e) => e.node.partnerProfile?.id)));
    // A connector goes with its partner; one to a partner of no agreement shows in the first window of the whole graph.
    const connectors = (data?.connectors?.edges ?? [])
      .map((e) => e.node)
      .filter((c) => inRegion(session, c.arn) && matches(c.partnerProfile))
      .filter((c) => partners.has(c.partnerProfile?.id) || (!server && start === 0 && !everyPartner.has(c.partnerProfile?.id)));
    return { drawn, matching, connectors };
  }, [servers, data, session, server, partner, start]);
  const profileIds = useMemo(
    () =>
      withCertificates
        ? [
            ...new Set([
              ...drawn.flatMap(({ agreement }) => [agreement.localProfile?.id, agreement.partnerProfile?.id]),
              ...connectors.map((c) => c.partnerProfile?.id),
            ]),
          ].filter((id): id is string => !!id)
        : [],
    [drawn, connectors, withCertificates],
  );
  const certificates = useProfileCertificates(profileIds);
  const { nodes, edges } = useMemo(
    () => layout(drawn, connectors, withCertificates ? certificates.byProfile : null),
    [drawn, connectors, certificates, withCertificates],
  );
  if (result.error)
    return (
      <p role="alert" className="error">
        {explain(result.error)}
      </p>
    );
  if (certificates.error)
    return (
      <p role="alert" className="error">
        {explain(certificates.error)}
      </p>
    );
  if (!data) return <p>Loading…</p>;
  const ready = !withCertificates || certificates.byProfile !== null;
  const move = (by: number) => setStart((s) => Math.max(0, s + by));
  const filtered = (set: (v: string) => void) => (v: string) => {
    set(v);
    setStart(0);
  };
  return (
    <section data-ready={ready ? 'graph' : undefined}>
      <div className="filters">
        <label>
          Server{' '}
          <select value={server} onChange={(e) => filtered(setServer)(e.target.value)}>
            <option value="">all</option>
            {servers.map((s) => (
              <option key={s.id}>{s.serverId}</option>
            ))}
          </select>
        </label>
        <label>
          Partner (AS2 id contains) <input value={partner} onChange={(e) => filtered(setPartner)(e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={withCertificates} onChange={(e) => setWithCertificates(e.target.checked)} /> Certificates
        </label>
        <span className="count" role="status">
          {nodes.length} nodes; agreements {matching.length ? start + 1 : 0}–{start + drawn.length} of {matching.length}
        </span>
        <button disabled={start === 0} onClick={() => move(-WINDOW)}>
          Previous agreements
        </button>
        <button disabled={start + WINDOW >= matching.length} onClick={() => move(WINDOW)}>
          Next agreements
        </button>
        {pages.length > 1 && <button onClick={() => (setPages((p) => p.slice(0, -1)), setStart(0))}>Previous servers</button>}
        {data.servers?.pageInfo.hasNextPage && (
          <button onClick={() => (setPages((p) => [...p, data.servers!.pageInfo.endCursor ?? null]), setStart(0))}>Next servers</button>
        )}
      </div>
      <ul className="legend" aria-label="Colours">
        <li style={{ background: HEALTH.OK }}>OK</li>
        <li style={{ background: HEALTH.WARNING }}>WARNING (a certificate within 30 days, a server not ONLINE)</li>
        <li style={{ background: HEALTH.BROKEN }}>BROKEN</li>
      </ul>
      <div className="graph-and-details">
        <div className="graph">
          <ReactFlow
            // A new selection is a new view: mounting it again fits it to the pane.
            key={`${server}|${partner}|${start}|${withCertificates}|${pages.length}|${ready}`}
            nodes={nodes}
            edges={edges}
            fitView
            fitViewOptions={{ maxZoom: 1.2 }}
            minZoom={0.05}
            nodesConnectable={false}
            nodesDraggable={false}
            onNodeClick={(_, n) => setOpen(n.id)}
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <Controls />
          </ReactFlow>
        </div>
        {open && <NodeDetails id={open} onClose={() => setOpen(null)} />}
      </div>
    </section>
  );
}
