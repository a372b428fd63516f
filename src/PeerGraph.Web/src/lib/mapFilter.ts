// The evidence map's filters. The contract's evidenceMap takes no study filter, so a filtered map is counted here from
// each cell's studies: a study counts when its year is in range (a study without a year is left out once a bound is
// set, as the studies filter does), it used the method, and it sampled the group.

export interface MapFilter {
  yearFrom?: number;
  yearTo?: number;
  methodId?: string;
  participantGroupId?: string;
}

export interface FilterableStudy {
  id: string;
  year: number | null;
  methods: { id: string }[];
  participants: { group: { id: string } }[];
}

export function isActive(filter: MapFilter): boolean {
  return filter.yearFrom !== undefined || filter.yearTo !== undefined || !!filter.methodId || !!filter.participantGroupId;
}

export function matches(study: FilterableStudy, filter: MapFilter): boolean {
  if (filter.yearFrom !== undefined || filter.yearTo !== undefined) {
    if (study.year === null) return false;
    if (filter.yearFrom !== undefined && study.year < filter.yearFrom) return false;
    if (filter.yearTo !== undefined && study.year > filter.yearTo) return false;
  }
  if (filter.methodId && !study.methods.some((m) => m.id === filter.methodId)) return false;
  if (filter.participantGroupId && !study.participants.some((p) => p.group.id === filter.participantGroupId)) return false;
  return true;
}

export function filterFromParams(params: URLSearchParams): MapFilter {
  const int = (name: string) => {
    const value = Number.parseInt(params.get(name) ?? '', 10);
    return Number.isNaN(value) ? undefined : value;
  };
  return {
    yearFrom: int('from'),
    yearTo: int('to'),
    methodId: params.get('method') || undefined,
    participantGroupId: params.get('group') || undefined,
  };
}

/** Cell colour: white for a gap, then lighter to darker blue as the study count nears the map's largest. */
export function heat(count: number, max: number): string {
  if (count === 0 || max === 0) return '#ffffff';
  const t = Math.min(1, count / max);
  const lightness = Math.round(92 - t * 55);
  return `hsl(212, 70%, ${lightness}%)`;
}

/** Text on a cell stays readable on dark backgrounds. */
export function heatText(count: number, max: number): string {
  return max > 0 && count / max > 0.55 ? '#ffffff' : '#10243e';
}
