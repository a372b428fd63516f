// Neo4j Browser's style for PeerGraph's labels, read at build time from the repository's neo4j/browser/style.grass.
import grassText from '../../../../neo4j/browser/style.grass?raw';
import { labelStyle, parseGrass, type LabelStyle } from './grass';

const grass = parseGrass(grassText);
const cache = new Map<string, LabelStyle>();

export function styleOf(label: string): LabelStyle {
  if (!cache.has(label)) cache.set(label, labelStyle(grass, label));
  return cache.get(label)!;
}

export const LABELS = ['Study', 'Finding', 'Theme', 'StakeholderGroup', 'Journal', 'Author', 'Method', 'Setting'] as const;

export const RELATIONSHIP_COLOR = grass.relationship?.color ?? '#A5ABB6';
