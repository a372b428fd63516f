import { Link, useParams } from 'react-router';
import { useGraphQL } from '../components/useGraphQL';
import { CITATION_FIELDS, CitationDownloads, Evidence, GroupLinks, StudyLink, ThemeLink } from '../components/bits';
import { Loaded, NotFound, useTitle } from '../components/States';
import type { CitedStudy } from '../downloads/types';

const STUDY_QUERY = `query Study($id: ID!) {
  study(id: $id) {
    ${CITATION_FIELDS}
    titleIsDerived design location dataCollectedFrom dataCollectedTo
    participants { count note group { id name } }
    methods { id name kind }
    settings { id name description }
    source { file kind }
    findings { id statement evidence theme { id name } perspectives { id name } about { id name } }
    relatedStudies(first: 5) { similarity study { id title year } sharedThemes { id name } }
  }
}`;

type Named = { id: string; name: string };
interface StudyData {
  study:
    | (CitedStudy & {
        titleIsDerived: boolean;
        design: string | null;
        location: string | null;
        dataCollectedFrom: string | null;
        dataCollectedTo: string | null;
        participants: { count: number | null; note: string | null; group: Named }[];
        methods: (Named & { kind: string })[];
        settings: (Named & { description: string | null })[];
        source: { file: string; kind: string | null };
        findings: { id: string; statement: string; evidence: string | null; theme: Named; perspectives: Named[]; about: Named[] }[];
        relatedStudies: { similarity: number; study: { id: string; title: string; year: number | null }; sharedThemes: Named[] }[];
      })
    | null;
}

export function StudyPage() {
  const { id = '' } = useParams();
  const state = useGraphQL<StudyData>(STUDY_QUERY, { id });
  useTitle(state.status === 'done' ? (state.data.study?.title ?? 'No such study') : 'Study');
  return (
    <Loaded state={state} what="the study">
      {({ study }) => {
        if (!study) return <NotFound what="study" id={id} />;
        const period = [study.dataCollectedFrom, study.dataCollectedTo].filter(Boolean).join(' to ');
        return (
          <article className="study">
            <h1>{study.title}</h1>
            {study.titleIsDerived && <p className="note">The source gives no title; this one was written by the curator.</p>}
            <p className="citation">
              {study.authors.map((a) => a.name).join(', ') || 'No authors named'} ({study.year ?? 'no year'}).{' '}
              {study.journal && <cite>{study.journal.name}</cite>}
              {study.volume && `, ${study.volume}`}
              {study.issue && `(${study.issue})`}
              {study.pages && `, ${study.pages}`}.{' '}
              {study.doi && (
                <a href={`https://doi.org/${study.doi}`} rel="noreferrer">
                  doi:{study.doi}
                </a>
              )}
            </p>
            <p>
              <Link to={`/graph?node=${encodeURIComponent(study.id)}`}>See this study in the graph</Link>
            </p>
            <CitationDownloads studies={[study]} name={study.id.replace(/[^\w-]+/g, '_')} label="this reference" />
            <section aria-labelledby="abstract">
              <h2 id="abstract">Abstract</h2>
              <p>{study.abstract ?? 'The source gives no abstract.'}</p>
            </section>
            <section aria-labelledby="design">
              <h2 id="design">Design</h2>
              <dl className="facts">
                <dt>Design</dt><dd>{study.design ?? 'not stated'}</dd>
                <dt>Methods</dt><dd>{study.methods.length ? study.methods.map((m) => `${m.name} (${m.kind === 'ANALYSIS' ? 'analysis' : 'data collection'})`).join('; ') : 'not stated'}</dd>
                <dt>Settings</dt><dd>{study.settings.length ? study.settings.map((s) => s.name).join('; ') : 'not stated'}</dd>
                <dt>Location</dt><dd>{study.location ?? 'not stated'}</dd>
                <dt>Data collected</dt><dd>{period || 'not stated'}</dd>
                <dt>Keywords</dt><dd>{study.keywords?.length ? study.keywords.join(', ') : 'none'}</dd>
              </dl>
            </section>
            <section aria-labelledby="participants">
              <h2 id="participants">Participants</h2>
              {study.participants.length === 0 ? (
                <p>The source names no participant groups.</p>
              ) : (
                <ul>
                  {study.participants.map((p) => (
                    <li key={p.group.id}>
                      <GroupLinks groups={[p.group]} />: {p.count ?? 'number not stated'}
                      {p.note && ` (${p.note})`}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="findings">
              <h2 id="findings">Findings ({study.findings.length})</h2>
              {study.findings.length === 0 && <p>No findings were curated for this study.</p>}
              {study.findings.map((f) => (
                <div className="finding" key={f.id} id={f.id}>
                  <p className="statement">{f.statement}</p>
                  <p className="finding-meta">
                    Theme: <ThemeLink theme={f.theme} /> · From the perspective of <GroupLinks groups={f.perspectives} />
                    {f.about.length > 0 && <> · About <GroupLinks groups={f.about} /></>}
                  </p>
                  <Evidence text={f.evidence} source={study.source.file} />
                </div>
              ))}
            </section>
            <section aria-labelledby="related">
              <h2 id="related">Related studies</h2>
              {study.relatedStudies.length === 0 ? (
                <p>No other study shares a theme with this one.</p>
              ) : (
                <ul>
                  {study.relatedStudies.map((r) => (
                    <li key={r.study.id}>
                      <StudyLink study={r.study} /> · similarity {r.similarity.toFixed(2)} · shares{' '}
                      {r.sharedThemes.map((t, i) => (
                        <span key={t.id}>
                          {i > 0 && ', '}
                          <ThemeLink theme={t} />
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <p className="source">
              Curated from the source document {study.source.file}
              {study.source.kind && ` (${study.source.kind})`}.
            </p>
          </article>
        );
      }}
    </Loaded>
  );
}
