import { Link, useParams } from 'react-router';
import { useGraphQL } from '../components/useGraphQL';
import { Evidence, StudyLink, ThemeLink } from '../components/bits';
import { Loaded, Loading, NotFound, useMissingRecord, useTitle } from '../components/States';
import { byPerspective, partnersOf, type Pair } from '../lib/grouping';

const PAIRS_CONSIDERED = 100;

/** Findings are read from this many studies (newest first); the counts per perspective are the theme's own, exact. */
export const STUDIES_SHOWN = 20;

const THEME_QUERY = `query Theme($id: ID!, $globalId: ID!, $pairs: Int!, $studies: Int!) {
  theme(id: $id) {
    id name description studyCount
    parent { id name }
    children { id name studyCount }
    perspectives { studyCount findingCount group { id name } }
  }
  studies(where: { themeIds: [$globalId] }, first: $studies) {
    totalCount
    nodes {
      id title year source { file }
      findings(themeId: $globalId) { id statement evidence theme { id name } perspectives { id name } about { id name } }
    }
  }
  themeCooccurrence(first: $pairs) { count jaccard a { id name } b { id name } }
}`;

type Named = { id: string; name: string };
interface ThemeData {
  theme: {
    id: string;
    name: string;
    description: string | null;
    studyCount: number;
    parent: Named | null;
    children: (Named & { studyCount: number })[];
    perspectives: { studyCount: number; findingCount: number; group: Named }[];
  } | null;
  studies: {
    totalCount: number;
    nodes: {
      id: string;
      title: string;
      year: number | null;
      source: { file: string };
      findings: { id: string; statement: string; evidence: string | null; theme: Named; perspectives: Named[]; about: Named[] }[];
    }[];
  };
  themeCooccurrence: Pair[];
}

export function ThemePage() {
  const { id = '' } = useParams();
  const state = useGraphQL<ThemeData>(THEME_QUERY, { id, globalId: `Theme:${id}`, pairs: PAIRS_CONSIDERED, studies: STUDIES_SHOWN });
  useTitle(state.status === 'done' ? (state.data.theme?.name ?? 'No such theme') : 'Theme');
  const missing = useMissingRecord(state, 'theme', id);
  if (missing === 'checking') return <Loading what="the theme" />;
  if (missing === 'missing') return <NotFound what="theme" id={id} />;
  return (
    <Loaded state={state} what="the theme">
      {({ theme, studies, themeCooccurrence }) => {
        if (!theme) return <NotFound what="theme" id={id} />;
        const partners = partnersOf(theme.id, themeCooccurrence);
        const findings = studies.nodes.flatMap((s) => s.findings.map((f) => ({ ...f, study: s })));
        const counts = new Map(theme.perspectives.map((p) => [p.group.id, p]));
        return (
          <article>
            <p className="breadcrumb">
              {theme.parent ? <>Subtheme of <ThemeLink theme={theme.parent} /></> : 'Top-level theme'}
            </p>
            <h1>{theme.name}</h1>
            {theme.description && <p>{theme.description}</p>}
            <p>
              {theme.studyCount} {theme.studyCount === 1 ? 'study reports' : 'studies report'} it (with its subthemes).{' '}
              <Link to={`/graph?node=${encodeURIComponent(theme.id)}`}>See it in the graph</Link>
            </p>
            <section aria-labelledby="subthemes">
              <h2 id="subthemes">Subthemes</h2>
              {theme.children.length === 0 ? (
                <p>No subthemes.</p>
              ) : (
                <ul>
                  {theme.children.map((c) => (
                    <li key={c.id}>
                      <ThemeLink theme={c} /> ({c.studyCount} {c.studyCount === 1 ? 'study' : 'studies'})
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="cooccurring">
              <h2 id="cooccurring">Co-occurring themes</h2>
              {partners.length === 0 ? (
                <p>Not among the {PAIRS_CONSIDERED} theme pairs most often reported by the same studies.</p>
              ) : (
                <>
                  <p className="note">From the {PAIRS_CONSIDERED} theme pairs most often reported by the same studies.</p>
                  <ul>
                    {partners.map((p) => (
                      <li key={p.theme.id}>
                        <ThemeLink theme={p.theme} />: {p.count} shared {p.count === 1 ? 'study' : 'studies'}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <section aria-labelledby="by-perspective">
              <h2 id="by-perspective">Findings by perspective</h2>
              {findings.length === 0 && <p>No findings on this theme yet.</p>}
              {studies.totalCount > studies.nodes.length && (
                <p className="note">
                  Findings of the {studies.nodes.length} newest of the {studies.totalCount} studies; the counts are of all of them.
                </p>
              )}
              {byPerspective(findings).map(({ group, findings }) => (
                <section key={group.id} className="perspective" aria-label={`From the perspective of ${group.name}`}>
                  <h3>
                    From the perspective of <Link to={`/groups/${encodeURIComponent(group.id.slice(group.id.indexOf(':') + 1))}`}>{group.name}</Link>{' '}
                    ({counts.get(group.id)?.findingCount ?? findings.length} findings in {counts.get(group.id)?.studyCount ?? '?'} studies)
                  </h3>
                  {findings.map((f) => (
                    <div className="finding" key={f.id}>
                      <p className="statement">{f.statement}</p>
                      <p className="finding-meta">
                        <StudyLink study={f.study} />
                        {f.theme.id !== theme.id && <> · <ThemeLink theme={f.theme} /></>}
                      </p>
                      <Evidence text={f.evidence} source={f.study.source.file} />
                    </div>
                  ))}
                </section>
              ))}
            </section>
          </article>
        );
      }}
    </Loaded>
  );
}
