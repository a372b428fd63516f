// Findings grouped under each of their perspectives (a finding from two perspectives appears under both), in the order
// the groups are first met.
export interface HasPerspectives {
  perspectives: { id: string; name: string }[];
}

export function byPerspective<T extends HasPerspectives>(findings: T[]): { group: { id: string; name: string }; findings: T[] }[] {
  const groups = new Map<string, { group: { id: string; name: string }; findings: T[] }>();
  for (const finding of findings) {
    for (const group of finding.perspectives) {
      if (!groups.has(group.id)) groups.set(group.id, { group, findings: [] });
      groups.get(group.id)!.findings.push(finding);
    }
  }
  return [...groups.values()];
}

export interface Pair {
  a: { id: string; name: string };
  b: { id: string; name: string };
  count: number;
  jaccard: number;
}

/** The themes paired with `themeId`, most shared studies first. */
export function partnersOf(themeId: string, pairs: Pair[]): { theme: { id: string; name: string }; count: number; jaccard: number }[] {
  return pairs
    .filter((p) => p.a.id === themeId || p.b.id === themeId)
    .map((p) => ({ theme: p.a.id === themeId ? p.b : p.a, count: p.count, jaccard: p.jaccard }))
    .sort((x, y) => y.count - x.count || y.jaccard - x.jaccard);
}
