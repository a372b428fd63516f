// BibTeX: one @article per study. Keys are the first author's family name and the year, made unique with a, b, ...;
// values are braced, with BibTeX's special characters escaped.
import type { CitedStudy } from './types';

export function escapeBibtex(value: string): string {
  return value
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

function familyName(name: string): string {
  const comma = name.indexOf(',');
  const family = comma >= 0 ? name.slice(0, comma) : name.trim().split(/\s+/).pop() ?? '';
  return family.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');
}

export function bibtexKeys(studies: CitedStudy[]): string[] {
  const base = studies.map((s) => `${familyName(s.authors[0]?.name ?? '') || 'anon'}${s.year ?? 'nd'}`.toLowerCase());
  const counts = new Map<string, number>();
  base.forEach((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  const used = new Map<string, number>();
  return base.map((k) => {
    if (counts.get(k) === 1) return k;
    const n = used.get(k) ?? 0;
    used.set(k, n + 1);
    return k + String.fromCharCode(97 + (n % 26)) + (n >= 26 ? Math.floor(n / 26) : '');
  });
}

export function bibtexEntry(study: CitedStudy, key: string): string {
  const fields: [string, string | number | null | undefined][] = [
    ['author', study.authors.map((a) => a.name).join(' and ')],
    ['title', study.title],
    ['journal', study.journal?.name],
    ['year', study.year],
    ['volume', study.volume],
    ['number', study.issue],
    ['pages', study.pages?.replace(/\s*[-–—]+\s*/, '--')],
    ['doi', study.doi],
    ['url', study.url],
    ['abstract', study.abstract],
    ['keywords', study.keywords?.join(', ')],
  ];
  const body = fields
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([name, v]) => `  ${name} = {${typeof v === 'number' ? v : escapeBibtex(v as string)}}`)
    .join(',\n');
  return `@article{${key},\n${body}\n}`;
}

export function toBibtex(studies: CitedStudy[]): string {
  const keys = bibtexKeys(studies);
  return studies.map((s, i) => bibtexEntry(s, keys[i])).join('\n\n') + '\n';
}
