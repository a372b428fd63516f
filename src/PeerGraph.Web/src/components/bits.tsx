import { Link } from 'react-router';
import type { CitedStudy } from '../downloads/types';
import { studiesCsv } from '../downloads/csv';
import { toRis } from '../downloads/ris';
import { toBibtex } from '../downloads/bibtex';
import { saveText } from '../downloads/save';
import { slugOf } from '../lib/ids';

/** The fields the study lists and the citation downloads need. */
export const CITATION_FIELDS = `id title year publishedOn doi url abstract volume issue pages keywords citationCount
  journal { name } authors { name }`;

export function StudyLink({ study }: { study: { id: string; title: string; year?: number | null } }) {
  return (
    <>
      <Link to={`/studies/${encodeURIComponent(slugOf(study.id))}`}>{study.title}</Link>
      {study.year ? ` (${study.year})` : ' (no year)'}
    </>
  );
}

export function GroupLinks({ groups }: { groups: { id: string; name: string }[] }) {
  return (
    <>
      {groups.map((g, i) => (
        <span key={g.id}>
          {i > 0 && ', '}
          <Link to={`/groups/${encodeURIComponent(slugOf(g.id))}`}>{g.name}</Link>
        </span>
      ))}
    </>
  );
}

export function ThemeLink({ theme }: { theme: { id: string; name: string } }) {
  return <Link to={`/themes/${encodeURIComponent(slugOf(theme.id))}`}>{theme.name}</Link>;
}

export function Evidence({ text, source }: { text: string | null | undefined; source?: string | null }) {
  if (!text) return <p className="no-evidence">No verbatim evidence was curated for this finding.</p>;
  return (
    <figure className="evidence">
      <blockquote>“{text}”</blockquote>
      {source && <figcaption>Source document: {source}</figcaption>}
    </figure>
  );
}

/** CSV, RIS and BibTeX of the given studies; the file name says what they are. */
export function CitationDownloads({ studies, name, label }: { studies: CitedStudy[]; name: string; label: string }) {
  if (studies.length === 0) return null;
  return (
    <div className="downloads" role="group" aria-label={`Download ${label}`}>
      <span>Download {label}:</span>
      <button type="button" onClick={() => saveText(`${name}.csv`, 'text/csv', studiesCsv(studies))}>CSV</button>
      <button type="button" onClick={() => saveText(`${name}.ris`, 'application/x-research-info-systems', toRis(studies))}>RIS</button>
      <button type="button" onClick={() => saveText(`${name}.bib`, 'application/x-bibtex', toBibtex(studies))}>BibTeX</button>
    </div>
  );
}
