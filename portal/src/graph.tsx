import dagre from '@dagrejs/dagre';
import { Background, Controls, Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { explain } from './client';
import { PortalGraphDocument, PortalPartnerSuggestionsDocument, type PortalGraphProfileFragment, type PortalGraphQuery } from './generated';
import { NodeDetails } from './node-details';
import { useProfileCertificates, type GraphCertificate } from './profile-certificates';
import { inRegion, useSession } from './session';

const HEALTH: Record<string, string> = { OK: '#c8e6c9', WARNING: '#ffe0b2', BROKEN: '#ffcdd2' };
/** Agreements drawn at once, a page of the API's (keeps the large seed, 1,000 agreements, responsive). */
export const WINDOW = 100;
/** React Flow treats a new object as a new setting: one for every render. */
const FIT = { maxZoom: 1.2 };
const WIDTH = 190;
const HEIGHT = 40;

type Kind = 'server' | 'agreement' | 'local' | 'partner' | 'certificate' | 'connector';
type Server = NonNullable<PortalGraphQuery['servers']>['edges'][number]['node'];
type Agreement = NonNullable<PortalGraphQuery['agreements']>['edges'][number]['node'];
type Connector = NonNullable<PortalGraphQuery['connectors']>['edges'][number]['node'];

/** A certificate's health from its dates: BROKEN once inactive, WARNING within 30 days. */
export const certificateHealth = (c: GraphCertificate): string =>
  c.status === 'INACTIVE' || c.daysUntilExpiry < 0 ? 'BROKEN' : c.daysUntilExpiry <= 30 ? 'WARNING' : 'OK';

/** The nodes and edges drawn, laid out left to right by dagre. */
function layout(
  agreements: Agreement[],
  servers: Map<string, Server>,
  connectors: Connector[],
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
  for (const agreement of agreements) {
    const server = servers.get(agreement.serverId);
    add(agreement.id, 'agreement', `agreement ${agreement.agreementId}`, agreement.health.status);
    if (server) {
      add(server.id, 'server', `server ${server.serverId} (${server.state})`, server.state === 'ONLINE' ? 'OK' : 'WARNING');
      link(server.id, agreement.id);
    }
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

/** The partner the box names exactly (its AS2 id, any case), from the API's suggestions for what it holds. */
function usePartnerChoice(text: string): {
  suggestions: Array<{ id: string; as2Id: string }>;
  chosen: { id: string; as2Id: string } | null;
} {
  const wanted = text.trim();
  const [result] = useQuery({ query: PortalPartnerSuggestionsDocument, variables: { as2IdContains: wanted }, pause: !wanted });
  const suggestions = wanted ? (result.data?.profiles?.edges ?? []).map((e) => e.node) : [];
  return { suggestions, chosen: suggestions.find((p) => p.as2Id.toLowerCase() === wanted.toLowerCase()) ?? null };
}

/** The partner box with the API's suggestions; tells the graph the partner it names exactly (or null). */
function PartnerBox({ text, onText, onChosen }: { text: string; onText: (text: string) => void; onChosen: (id: string | null) => void }) {
  const partner = usePartnerChoice(text);
  const chosen = partner.chosen?.id ?? null;
  useEffect(() => onChosen(chosen), [chosen, onChosen]);
  return (
    <label>
      Partner (AS2 id) <input list="graph-partners" value={text} onChange={(e) => onText(e.target.value)} />
      <datalist id="graph-partners">
        {partner.suggestions.map((p) => (
          <option key={p.id} value={p.as2Id} />
        ))}
      </datalist>
    </label>
  );
}

/**
 * Servers → agreements → local and partner profiles → certificates, and connectors → the partners they send to, coloured
 * by health. One page of the API's agreements at a time (WINDOW, of one server or partner when filtered), certificates
 * read for the profiles drawn only; a click opens the node's details.
 */
export function PartnerGraph() {
  const session = useSession();
  const [server, setServer] = useState('');
  const [partnerText, setPartnerText] = useState('');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [withCertificates, setWithCertificates] = useState(true);
  const [open, setOpen] = useState<string | null>(null);
  const openNode = useCallback((_: unknown, n: Node) => setOpen(n.id), []);
  const [result] = useQuery({
    query: PortalGraphDocument,
    variables: {
      after: cursors[cursors.length - 1],
      server: server || null,
      agreementFilter: partnerId ? { partnerProfileId: partnerId } : null,
      connectorFilter: partnerId ? { partnerProfileId: partnerId } : null,
    },
  });
  const data = result.data;
  const { servers, agreements, connectors } = useMemo(() => {
    const servers = (data?.servers?.edges ?? []).map((e) => e.node).filter((s) => inRegion(session, s.arn));
    const agreements = (data?.agreements?.edges ?? []).map((e) => e.node).filter((a) => inRegion(session, a.arn));
    const drawnPartners = new Set(agreements.map((a) => a.partnerProfile?.id));
    // A connector goes with its partner; on the first page of the whole graph, a connector to a partner of no agreement too.
    const firstPage = cursors.length === 1 && !server;
    const connectors = (data?.connectors?.edges ?? [])
      .map((e) => e.node)
      .filter((c) => inRegion(session, c.arn))
      .filter((c) => partnerId || drawnPartners.has(c.partnerProfile?.id) || (firstPage && !c.partnerProfile));
    return { servers, agreements, connectors };
  }, [data, session, cursors, server, partnerId]);
  const profileIds = useMemo(
    () =>
      withCertificates
        ? [
            ...new Set([
              ...agreements.flatMap((a) => [a.localProfile?.id, a.partnerProfile?.id]),
              ...connectors.map((c) => c.partnerProfile?.id),
            ]),
          ].filter((id): id is string => !!id)
        : [],
    [agreements, connectors, withCertificates],
  );
  const certificates = useProfileCertificates(profileIds);
  const ready = !withCertificates || certificates.byProfile !== null;
  // Laid out and drawn once, with the certificates: a first drawing without them would cost as much again.
  const { nodes, edges } = useMemo(
    () =>
      ready
        ? layout(agreements, new Map(servers.map((s) => [s.serverId, s])), connectors, withCertificates ? certificates.byProfile : null)
        : { nodes: [], edges: [] },
    [ready, agreements, servers, connectors, certificates, withCertificates],
  );
  const page = data?.agreements;
  const failed = result.error ?? certificates.error;
  const first = (cursors.length - 1) * WINDOW;
  // A new selection starts from its first page, and closes the details (the node may not be in it).
  const restart = () => {
    setCursors([null]);
    setOpen(null);
  };
  return (
    // The filters stay while a new selection loads, so typing keeps its place.
    <section data-ready={data && ready && !result.fetching ? 'graph' : undefined}>
      <div className="filters">
        <label>
          Server{' '}
          <select
            value={server}
            onChange={(e) => {
              setServer(e.target.value);
              restart();
            }}
          >
            <option value="">all</option>
            {servers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.serverId}
              </option>
            ))}
          </select>
        </label>
        <PartnerBox
          text={partnerText}
          onText={(text) => {
            setPartnerText(text);
            restart();
          }}
          onChosen={setPartnerId}
        />
        <label>
          <input type="checkbox" checked={withCertificates} onChange={(e) => setWithCertificates(e.target.checked)} /> Certificates
        </label>
        <span className="count" role="status">
          {nodes.length} nodes; agreements {page?.edges.length ? first + 1 : 0}–{first + (page?.edges.length ?? 0)} of{' '}
          {page?.totalCount ?? 0}
          {partnerText.trim() && !partnerId ? ' (no partner has that AS2 id: pick one of the suggestions)' : ''}
        </span>
        <button
          disabled={cursors.length === 1}
          onClick={() => {
            setCursors((c) => c.slice(0, -1));
            setOpen(null);
          }}
        >
          Previous agreements
        </button>
        <button
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => {
            setCursors((c) => [...c, page?.pageInfo.endCursor ?? null]);
            setOpen(null);
          }}
        >
          Next agreements
        </button>
      </div>
      <ul className="legend" aria-label="Colours">
        <li style={{ background: HEALTH.OK }}>OK</li>
        <li style={{ background: HEALTH.WARNING }}>WARNING (a certificate within 30 days, a server not ONLINE)</li>
        <li style={{ background: HEALTH.BROKEN }}>BROKEN</li>
      </ul>
      {failed && (
        <p role="alert" className="error">
          {explain(failed)}
        </p>
      )}
      {!(data && ready) && !failed && <p>Loading…</p>}
      <div className="graph-and-details" hidden={!(data && ready)}>
        <div className="graph">
          <ReactFlow
            // A new selection is a new view: mounting it again fits it to the pane.
            key={`${server}|${partnerId}|${cursors.length}|${withCertificates}|${ready && !!data}`}
            nodes={nodes}
            edges={edges}
            fitView
            fitViewOptions={FIT}
            minZoom={0.05}
            nodesConnectable={false}
            nodesDraggable={false}
            onNodeClick={openNode}
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
