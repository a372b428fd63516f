// Global IDs are `Type:slug`; the explorer's URLs use the slug.

export type NodeKind = 'Study' | 'Finding' | 'Theme' | 'StakeholderGroup' | 'Journal' | 'Author' | 'Method' | 'Setting';

export function kindOf(globalId: string): NodeKind {
  return globalId.slice(0, globalId.indexOf(':')) as NodeKind;
}

export function slugOf(globalId: string): string {
  return globalId.slice(globalId.indexOf(':') + 1);
}

const routes: Partial<Record<NodeKind, string>> = { Study: 'studies', Theme: 'themes', StakeholderGroup: 'groups' };

/** The explorer page of a node: its own page for studies, themes and groups; a finding's is its study's page. */
export function pageOf(globalId: string): string | null {
  const kind = kindOf(globalId);
  if (kind === 'Finding') {
    const slug = slugOf(globalId);
    return `/studies/${encodeURIComponent(slug.slice(0, slug.indexOf('/')))}#${encodeURIComponent(globalId)}`;
  }
  const route = routes[kind];
  return route ? `/${route}/${encodeURIComponent(slugOf(globalId))}` : null;
}
