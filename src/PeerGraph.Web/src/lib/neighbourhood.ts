// One GraphQL request per node expanded: the node and its relationships in the graph model (as Neo4j holds them).
// Studies around a theme, group, journal or method come from the paginated studies field, at most STUDIES_PER_EXPANSION
// of them, with the total count, so a node with thousands of studies costs one bounded request and the page can say
// how many it did not fetch.
import type { GraphEdge, GraphNode } from './graphModel';
import { kindOf, type NodeKind } from './ids';

export const STUDIES_PER_EXPANSION = 100;

const STUDY = 'id title year doi';
const FINDING = 'id statement evidence';

const pageOf = (alias: string, where: string, inner = '') =>
  `${alias}: studies(where: ${where}, first: $first) { totalCount nodes { ${STUDY} ${inner} } }`;

/** The query for a node of this kind; variables are { id, first }. */
export function neighbourhoodQuery(kind: NodeKind): string {
  const node = (fields: string) => `node(id: $id) { __typename id ... on ${kind} { ${fields} } }`;
  switch (kind) {
    case 'Study':
      return `query Neighbourhood($id: ID!) { ${node(`title year doi journal { id name } authors { id name } methods { id name }
        settings { id name } participants { count group { id name } }
        findings { ${FINDING} theme { id name } perspectives { id name } about { id name } }`)} }`;
    case 'Finding':
      return `query Neighbourhood($id: ID!) { ${node(`statement evidence study { ${STUDY} } theme { id name }
        perspectives { id name } about { id name }`)} }`;
    case 'Theme':
      return `query Neighbourhood($id: ID!, $first: Int!) { ${node('name description parent { id name } children { id name }')}
        ${pageOf('reporting', '{ themeIds: [$id] }', `findings(themeId: $id) { ${FINDING} theme { id name } }`)} }`;
    case 'StakeholderGroup':
      return `query Neighbourhood($id: ID!, $first: Int!) { ${node('name description')}
        ${pageOf('sampling', '{ participantGroupIds: [$id] }')}
        ${pageOf('reporting', '{ perspectiveIds: [$id] }', `findings(perspectiveId: $id) { ${FINDING} theme { id name } }`)} }`;
    case 'Journal':
      return `query Neighbourhood($id: ID!, $first: Int!) { ${node('name')} ${pageOf('published', '{ journalId: $id }')} }`;
    case 'Method':
      return `query Neighbourhood($id: ID!, $first: Int!) { ${node('name')} ${pageOf('using', '{ methodIds: [$id] }')} }`;
    case 'Author':
    case 'Setting':
      // No study filter names authors or settings; each has few studies.
      return `query Neighbourhood($id: ID!) { ${node(`name studies { ${STUDY} }`)} }`;
  }
}

type Ref = { id: string; [property: string]: unknown };
type StudyPage = { totalCount: number; nodes: Ref[] };

export interface NeighbourhoodAnswer {
  node: Ref | null;
  [alias: string]: Ref | StudyPage | null;
}

export interface Neighbourhood {
  centre: GraphNode;
  neighbours: GraphNode[];
  edges: GraphEdge[];
  /** Studies linked to the centre that were not fetched (beyond the first page), by relationship type. */
  notFetched: Record<string, number>;
}

function toNode(ref: Ref): GraphNode {
  const properties: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(ref)) {
    if (key === 'id' || key === '__typename') continue;
    if (value === null || typeof value === 'string' || typeof value === 'number') properties[key] = value;
  }
  return { id: ref.id, kind: kindOf(ref.id), properties };
}

/** Turns the answer to neighbourhoodQuery into nodes and relationships (directions as stored in the graph). */
export function neighbourhoodOf(data: NeighbourhoodAnswer): Neighbourhood | null {
  const answer = data.node;
  if (!answer) return null;
  const centre = toNode(answer);
  const neighbours: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const notFetched: Record<string, number> = {};
  const link = (ref: Ref | null | undefined, type: string, outgoing: boolean, from: string = centre.id) => {
    if (!ref) return;
    neighbours.push(toNode(ref));
    edges.push(outgoing ? { source: from, target: ref.id, type } : { source: ref.id, target: from, type });
  };
  const refs = (key: string) => ((answer[key] as Ref[] | undefined) ?? []);
  const page = (alias: string, type: string): Ref[] => {
    const studies = data[alias] as StudyPage | undefined;
    if (!studies) return [];
    const missing = studies.totalCount - studies.nodes.length;
    if (missing > 0) notFetched[type] = (notFetched[type] ?? 0) + missing;
    return studies.nodes;
  };
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
      // Findings on the theme or its subthemes: each is linked to the theme it names.
      page('reporting', 'REPORTS').forEach((study) => {
        (study.findings as Ref[]).forEach((f) => {
          const theme = f.theme as Ref;
          neighbours.push(toNode(f));
          if (theme.id !== centre.id) neighbours.push(toNode(theme));
          edges.push({ source: f.id, target: theme.id, type: 'ABOUT' });
          link(study, 'REPORTS', false, f.id);
        });
      });
      break;
    case 'StakeholderGroup':
      page('sampling', 'SAMPLED').forEach((s) => link(s, 'SAMPLED', false));
      page('reporting', 'REPORTS').forEach((study) => {
        (study.findings as Ref[]).forEach((f) => {
          link(f, 'FROM_PERSPECTIVE_OF', false);
          link(f.theme as Ref, 'ABOUT', true, f.id);
          link(study, 'REPORTS', false, f.id);
        });
      });
      break;
    case 'Journal':
      page('published', 'PUBLISHED_IN').forEach((s) => link(s, 'PUBLISHED_IN', false));
      break;
    case 'Method':
      page('using', 'USED_METHOD').forEach((s) => link(s, 'USED_METHOD', false));
      break;
    case 'Author':
      refs('studies').forEach((s) => link(s, 'AUTHORED', true));
      break;
    case 'Setting':
      refs('studies').forEach((s) => link(s, 'CONDUCTED_IN', false));
      break;
  }
  return { centre, neighbours, edges, notFetched };
}
