// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled.
// A leading = + - @ is prefixed with ' so spreadsheets do not run a cell as a formula (OWASP's CSV injection advice).
import type { CitedStudy } from './types';

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function studiesCsv(studies: CitedStudy[]): string {
  return toCsv(
    ['id', 'title', 'year', 'authors', 'journal', 'volume', 'issue', 'pages', 'doi', 'url', 'citations'],
    studies.map((s) => [
      s.id,
      s.title,
      s.year,
      s.authors.map((a) => a.name).join('; '),
      s.journal?.name,
      s.volume,
      s.issue,
      s.pages,
      s.doi,
      s.url,
      s.citationCount,
    ]),
  );
}

export interface MapCellRow {
  theme: string;
  group: string;
  studyCount: number;
  findingCount: number | null;
}

export function evidenceMapCsv(cells: MapCellRow[]): string {
  return toCsv(
    ['theme', 'perspective', 'studies', 'findings'],
    cells.map((c) => [c.theme, c.group, c.studyCount, c.findingCount]),
  );
}
