// The graph view's model: nodes and relationships gathered from GraphQL answers, kept under a cap so the drawing stays
// responsive on large graphs; what did not fit is counted and reported, never dropped silently.
import type { NodeKind } from './ids';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** The properties Neo4j holds for the node (title, name, statement, year, doi, evidence ...). */
  properties: Record<string, string | number | null>;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
}

export interface GraphModel {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  /** Nodes seen in answers but left out because the cap was reached, by kind. */
  omitted: Map<NodeKind, Set<string>>;
}

export function emptyModel(): GraphModel {
  return { nodes: new Map(), edges: new Map(), omitted: new Map() };
}

export function edgeKey(edge: GraphEdge): string {
  return `${edge.source}|${edge.type}|${edge.target}`;
}

export function omittedCount(model: GraphModel): number {
  let n = 0;
  model.omitted.forEach((ids) => (n += ids.size));
  return n;
}

/**
 * Adds a neighbourhood: the centre first, then its neighbours in the order given, while the model has fewer than
 * `cap` nodes. Edges are kept only between nodes that are drawn. Returns a new model.
 */
export function addNeighbourhood(model: GraphModel, centre: GraphNode, neighbours: GraphNode[], edges: GraphEdge[], cap: number): GraphModel {
  const next: GraphModel = { nodes: new Map(model.nodes), edges: new Map(model.edges), omitted: new Map() };
  model.omitted.forEach((ids, kind) => next.omitted.set(kind, new Set(ids)));
  for (const node of [centre, ...neighbours]) {
    const known = next.nodes.get(node.id);
    if (known) {
      next.nodes.set(node.id, { ...known, properties: { ...known.properties, ...node.properties } });
      continue;
    }
    if (next.nodes.size < cap) {
      next.nodes.set(node.id, node);
      next.omitted.get(node.kind)?.delete(node.id);
    } else {
      if (!next.omitted.has(node.kind)) next.omitted.set(node.kind, new Set());
      next.omitted.get(node.kind)!.add(node.id);
    }
  }
  for (const edge of edges) {
    if (next.nodes.has(edge.source) && next.nodes.has(edge.target)) next.edges.set(edgeKey(edge), edge);
  }
  for (const [kind, ids] of [...next.omitted]) if (ids.size === 0) next.omitted.delete(kind);
  return next;
}

export function caption(node: GraphNode, property: string | null, maxLength = 40): string {
  const raw = property ? node.properties[property] : null;
  const text = raw === null || raw === undefined ? node.id.slice(node.id.indexOf(':') + 1) : String(raw);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
