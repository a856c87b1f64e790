import dagre from '@dagrejs/dagre';
import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useMemo, useState } from 'react';
import type { PortalGraphQuery } from './generated';

const HEALTH: Record<string, string> = { OK: '#c8e6c9', WARNING: '#ffe0b2', BROKEN: '#ffcdd2' };
/** Agreements drawn at once; beyond it the user narrows by server or partner (keeps the large seed responsive). */
const MAX_AGREEMENTS = 150;

/** Servers → agreements → local and partner profiles, laid out left to right by dagre, coloured by health. */
export function PartnerGraph({ data, onOpen }: { data: PortalGraphQuery; onOpen: (id: string, label: string) => void }) {
  const [server, setServer] = useState('');
  const [partner, setPartner] = useState('');
  const servers = (data.servers?.edges ?? []).map((e) => e.node);
  const { nodes, edges, hidden } = useMemo(() => {
    const g = new dagre.graphlib.Graph();
    g.setGraph({ rankdir: 'LR', nodesep: 12, ranksep: 80 });
    g.setDefaultEdgeLabel(() => ({}));
    const nodes = new Map<string, Node>();
    const edges: Edge[] = [];
    const add = (id: string, label: string, colour: string) => {
      if (!nodes.has(id))
        nodes.set(id, { id, data: { label }, position: { x: 0, y: 0 }, style: { background: colour, width: 170, fontSize: 11 } });
    };
    let count = 0,
      hidden = 0;
    for (const s of servers) {
      if (server && s.serverId !== server) continue;
      for (const { node: a } of s.agreements.edges) {
        if (partner && a.partnerProfile?.as2Id !== partner) continue;
        if (count++ >= MAX_AGREEMENTS) {
          hidden++;
          continue;
        }
        add(s.id, `server ${s.serverId} (${s.state})`, s.state === 'ONLINE' ? HEALTH.OK : HEALTH.WARNING);
        add(a.id, `agreement ${a.agreementId}`, HEALTH[a.health.status]);
        edges.push({ id: `${s.id}-${a.id}`, source: s.id, target: a.id });
        if (a.localProfile) {
          add(a.localProfile.id, `local ${a.localProfile.as2Id}`, HEALTH.OK);
          edges.push({ id: `${a.id}-l`, source: a.id, target: a.localProfile.id });
        }
        if (a.partnerProfile) {
          add(a.partnerProfile.id, `partner ${a.partnerProfile.as2Id}`, HEALTH[a.partnerProfile.health.status]);
          edges.push({ id: `${a.id}-p`, source: a.id, target: a.partnerProfile.id });
        }
      }
    }
    for (const n of nodes.values()) g.setNode(n.id, { width: 170, height: 36 });
    for (const e of edges) g.setEdge(e.source, e.target);
    dagre.layout(g);
    for (const n of nodes.values()) {
      const p = g.node(n.id) as { x: number; y: number };
      n.position = { x: p.x - 85, y: p.y - 18 };
    }
    return { nodes: [...nodes.values()], edges, hidden };
  }, [servers, server, partner]);
  const partners = [
    ...new Set(servers.flatMap((s) => s.agreements.edges.map((e) => e.node.partnerProfile?.as2Id).filter((p): p is string => !!p))),
  ].sort();
  return (
    <section>
      <div className="filters">
        <label>
          Server{' '}
          <select value={server} onChange={(e) => setServer(e.target.value)}>
            <option value="">all</option>
            {servers.map((s) => (
              <option key={s.id}>{s.serverId}</option>
            ))}
          </select>
        </label>
        <label>
          Partner{' '}
          <select value={partner} onChange={(e) => setPartner(e.target.value)}>
            <option value="">all</option>
            {partners.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <span className="count">
          {nodes.length} nodes{hidden ? `, ${hidden} agreements not drawn: narrow by server or partner` : ''}
        </span>
      </div>
      <div className="graph" style={{ height: 600 }}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          fitView
          nodesConnectable={false}
          onNodeClick={(_, n) => onOpen(n.id, String(n.data.label))}
          proOptions={{ hideAttribution: true }}
        >
          <Background />
          <Controls />
        </ReactFlow>
      </div>
    </section>
  );
}
