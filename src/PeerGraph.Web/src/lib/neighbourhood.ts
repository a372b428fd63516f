// One GraphQL request per node expanded: the node and its relationships in the graph model (as Neo4j holds them).
import type { GraphEdge, GraphNode } from './graphModel';
import { kindOf } from './ids';

export const NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Study { title year doi journal { id name } authors { id name } methods { id name }
      settings { id name } participants { count group { id name } }
      findings { id statement evidence theme { id name } perspectives { id name } about { id name } } }
    ... on Finding { statement evidence study { id title year doi } theme { id name }
      perspectives { id name } about { id name } }
    ... on Theme { name description parent { id name } children { id name }
      findings { id statement evidence study { id title year doi } } }
    ... on StakeholderGroup { name description studies { id title year doi }
      findings { id statement evidence theme { id name } } }
    ... on Journal { name studies { id title year doi } }
    ... on Author { name studies { id title year doi } }
    ... on Method { name studies { id title year doi } }
    ... on Setting { name studies { id title year doi } }
  }
}`;

type Ref = { id: string; [property: string]: unknown };

export interface Neighbourhood {
  centre: GraphNode;
  neighbours: GraphNode[];
  edges: GraphEdge[];
}

function toNode(ref: Ref): GraphNode {
  const properties: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(ref)) {
    if (key === 'id' || key === '__typename') continue;
    if (value === null || typeof value === 'string' || typeof value === 'number') properties[key] = value;
  }
  return { id: ref.id, kind: kindOf(ref.id), properties };
}

/** Turns the answer to NEIGHBOURHOOD_QUERY into nodes and relationships (directions as stored in the graph). */
export function neighbourhoodOf(answer: Ref): Neighbourhood {
  const centre = toNode(answer);
  const neighbours: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const link = (ref: Ref | null | undefined, type: string, outgoing: boolean, from: string = centre.id) => {
    if (!ref) return;
    neighbours.push(toNode(ref));
    edges.push(outgoing ? { source: from, target: ref.id, type } : { source: ref.id, target: from, type });
  };
  const refs = (key: string) => ((answer[key] as Ref[] | undefined) ?? []);
  switch (centre.kind) {
    case 'Study':
      link(answer.journal as Ref | null, 'PUBLISHED_IN', true);
      refs('authors').forEach((a) => link(a, 'AUTHORED', false));
      refs('methods').forEach((m) => link(m, 'USED_METHOD', true));
      refs('settings').forEach((s) => link(s, 'CONDUCTED_IN', true));
      refs('participants').forEach((p) => link((p as unknown as { group: Ref }).group, 'SAMPLED', true));
      refs('findings').forEach((f) => {
        link(f, 'REPORTS', true);
        link(f.theme as Ref, 'ABOUT', true, f.id);
        (f.perspectives as Ref[]).forEach((g) => link(g, 'FROM_PERSPECTIVE_OF', true, f.id));
        (f.about as Ref[]).forEach((g) => link(g, 'CONCERNS', true, f.id));
      });
      break;
    case 'Finding':
      link(answer.study as Ref, 'REPORTS', false);
      link(answer.theme as Ref, 'ABOUT', true);
      refs('perspectives').forEach((g) => link(g, 'FROM_PERSPECTIVE_OF', true));
      refs('about').forEach((g) => link(g, 'CONCERNS', true));
      break;
    case 'Theme':
      link(answer.parent as Ref | null, 'SUBTHEME_OF', true);
      refs('children').forEach((c) => link(c, 'SUBTHEME_OF', false));
      refs('findings').forEach((f) => {
        link(f, 'ABOUT', false);
        link(f.study as Ref, 'REPORTS', false, f.id);
      });
      break;
    case 'StakeholderGroup':
      refs('studies').forEach((s) => link(s, 'SAMPLED', false));
      refs('findings').forEach((f) => {
        link(f, 'FROM_PERSPECTIVE_OF', false);
        link(f.theme as Ref, 'ABOUT', true, f.id);
      });
      break;
    case 'Journal':
      refs('studies').forEach((s) => link(s, 'PUBLISHED_IN', false));
      break;
    case 'Author':
      refs('studies').forEach((s) => link(s, 'AUTHORED', true));
      break;
    case 'Method':
      refs('studies').forEach((s) => link(s, 'USED_METHOD', false));
      break;
    case 'Setting':
      refs('studies').forEach((s) => link(s, 'CONDUCTED_IN', false));
      break;
  }
  return { centre, neighbours, edges };
}
