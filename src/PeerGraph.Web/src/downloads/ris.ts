// RIS (Research Information Systems) references: one `TY  - JOUR` record per study, `ER  - ` closing it, CRLF line ends.
// Tags: AU author (one per line), TI title, PY year, DA date, T2 journal, VL volume, IS issue, SP/EP pages, DO DOI,
// UR URL, AB abstract, KW keyword, ID the PeerGraph id.
import type { CitedStudy } from './types';

function line(tag: string, value: string | number | null | undefined): string[] {
  if (value === null || value === undefined || value === '') return [];
  return [`${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}`];
}

export function pageRange(pages: string | null | undefined): [string | undefined, string | undefined] {
  if (!pages) return [undefined, undefined];
  const [start, end] = pages.split(/\s*[-–—]+\s*/, 2);
  return [start || undefined, end || undefined];
}

export function risRecord(study: CitedStudy): string {
  const [start, end] = pageRange(study.pages);
  return [
    'TY  - JOUR',
    ...line('ID', study.id),
    ...study.authors.flatMap((a) => line('AU', a.name)),
    ...line('TI', study.title),
    ...line('PY', study.year),
    ...line('DA', study.publishedOn?.replaceAll('-', '/')),
    ...line('T2', study.journal?.name),
    ...line('VL', study.volume),
    ...line('IS', study.issue),
    ...line('SP', start),
    ...line('EP', end),
    ...line('DO', study.doi),
    ...line('UR', study.url ?? (study.doi ? `https://doi.org/${study.doi}` : undefined)),
    ...line('AB', study.abstract),
    ...(study.keywords ?? []).flatMap((k) => line('KW', k)),
    'ER  - ',
  ].join('\r\n');
}

export function toRis(studies: CitedStudy[]): string {
  return studies.map(risRecord).join('\r\n\r\n') + '\r\n';
}
