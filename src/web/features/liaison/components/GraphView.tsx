// The relationship graph drawn with React Flow: organisations on a circle sized by activity, agreements and liaison requests as edges; an edge opens its record.
import '@xyflow/react/dist/style.css';
import { Background, Controls, type Edge, type Node, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenPath } from '../../../components/PathLink.tsx';
import type { RelationshipGraph } from '../api/types.ts';

/** Organisations on a circle, the most active first; a node's size grows with its activity. */
function layout(graph: RelationshipGraph, language: string): Node[] {
  const nodes = [...graph.nodes].sort((a, b) => b.activity - a.activity);
  const max = Math.max(1, ...nodes.map((n) => n.activity));
  const radius = Math.max(160, nodes.length * 45);
  return nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    const size = Math.round(70 + 70 * (n.activity / max));
    return {
      id: n.id,
      position: { x: radius + radius * Math.cos(angle) - size / 2, y: radius + radius * Math.sin(angle) - size / 2 },
      data: { label: language === 'ru' && n.nameRu ? n.nameRu : n.name },
      ariaLabel: `${language === 'ru' && n.nameRu ? n.nameRu : n.name} (${n.activity})`,
      style: { width: size, height: size, borderRadius: '50%', display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 12, padding: 4, overflowWrap: 'anywhere' },
      draggable: true,
    };
  });
}

export function GraphView({ graph }: { graph: RelationshipGraph }) {
  const { t, i18n } = useTranslation();
  const openPath = useOpenPath();
  const nodes = useMemo(() => layout(graph, i18n.language), [graph, i18n.language]);
  const edges: Edge[] = useMemo(
    () =>
      graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        label: e.kind === 'agreement' ? e.label : t('liaison.graph.requestsEdge', { count: Number(e.label), status: t(`liaison.status.${e.status}` as 'liaison.status.sent') }),
        ariaLabel: e.label,
        data: { path: e.path },
        style: e.kind === 'agreement' ? { strokeWidth: 2 } : { strokeDasharray: '5 4' },
        labelStyle: { fontSize: 10 },
        focusable: true,
      })),
    [graph, t],
  );
  return (
    <div style={{ height: 560, border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }} data-testid="relationship-graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesConnectable={false}
        onEdgeClick={(_event, edge) => openPath((edge.data as { path: string }).path)}
        proOptions={{ hideAttribution: true }}
        aria-label={t('liaison.graph.title')}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
