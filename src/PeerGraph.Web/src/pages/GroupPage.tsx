import { Link, useParams } from 'react-router';
import { useGraphQL } from '../components/useGraphQL';
import { Evidence, GroupLinks, StudyLink, ThemeLink } from '../components/bits';
import { Loaded, NotFound, useTitle } from '../components/States';

// The contract has no "findings about a group" field: they are composed from every group's findings (each finding has
// at least one perspective), keeping those whose about list names this group. This reads every finding of the graph.
const GROUP_QUERY = `query Group($id: ID!) {
  stakeholderGroup(id: $id) {
    id name description synonyms
    themes { id name }
    findings { ...FindingFields }
    studies { id title year participants { count group { id } } }
  }
  stakeholderGroups { id findings { ...FindingFields } }
}
fragment FindingFields on Finding {
  id statement evidence theme { id name } perspectives { id name } about { id name }
  study { id title year source { file } }
}`;

type Named = { id: string; name: string };
interface FindingFields {
  id: string;
  statement: string;
  evidence: string | null;
  theme: Named;
  perspectives: Named[];
  about: Named[];
  study: { id: string; title: string; year: number | null; source: { file: string } };
}
interface GroupData {
  stakeholderGroup: {
    id: string;
    name: string;
    description: string | null;
    synonyms: string[];
    themes: Named[];
    findings: FindingFields[];
    studies: { id: string; title: string; year: number | null; participants: { count: number | null; group: { id: string } }[] }[];
  } | null;
  stakeholderGroups: { id: string; findings: FindingFields[] }[];
}

export function findingsAbout(groupId: string, everyGroup: { findings: FindingFields[] }[]): FindingFields[] {
  const seen = new Map<string, FindingFields>();
  for (const g of everyGroup) for (const f of g.findings) if (f.about.some((a) => a.id === groupId)) seen.set(f.id, f);
  return [...seen.values()];
}

function FindingList({ findings, show }: { findings: FindingFields[]; show: 'perspectives' | 'about' }) {
  return (
    <>
      {findings.map((f) => (
        <div className="finding" key={f.id}>
          <p className="statement">{f.statement}</p>
          <p className="finding-meta">
            <StudyLink study={f.study} /> · Theme: <ThemeLink theme={f.theme} />
            {show === 'perspectives' && <> · From the perspective of <GroupLinks groups={f.perspectives} /></>}
            {show === 'about' && f.about.length > 0 && <> · About <GroupLinks groups={f.about} /></>}
          </p>
          <Evidence text={f.evidence} source={f.study.source.file} />
        </div>
      ))}
    </>
  );
}

export function GroupPage() {
  const { id = '' } = useParams();
  const state = useGraphQL<GroupData>(GROUP_QUERY, { id });
  useTitle(state.status === 'done' ? (state.data.stakeholderGroup?.name ?? 'No such group') : 'Stakeholder group');
  return (
    <Loaded state={state} what="the stakeholder group">
      {({ stakeholderGroup: group, stakeholderGroups }) => {
        if (!group) return <NotFound what="stakeholder group" id={id} />;
        const about = findingsAbout(group.id, stakeholderGroups);
        return (
          <article>
            <p className="breadcrumb">Stakeholder group</p>
            <h1>{group.name}</h1>
            {group.description && <p>{group.description}</p>}
            {group.synonyms.length > 0 && <p>Also called: {group.synonyms.join(', ')}.</p>}
            <p>
              <Link to={`/graph?node=${encodeURIComponent(group.id)}`}>See this group in the graph</Link>
            </p>
            <section aria-labelledby="from">
              <h2 id="from">Findings from its perspective ({group.findings.length})</h2>
              {group.findings.length === 0 ? <p>No finding reports this group's perspective.</p> : <FindingList findings={group.findings} show="about" />}
            </section>
            <section aria-labelledby="about">
              <h2 id="about">Findings about it ({about.length})</h2>
              {about.length === 0 ? <p>No finding is about this group.</p> : <FindingList findings={about} show="perspectives" />}
            </section>
            <section aria-labelledby="sampled">
              <h2 id="sampled">Studies that sampled it ({group.studies.length})</h2>
              {group.studies.length === 0 ? (
                <p>No study sampled this group.</p>
              ) : (
                <ul>
                  {group.studies.map((s) => {
                    const count = s.participants.find((p) => p.group.id === group.id)?.count;
                    return (
                      <li key={s.id}>
                        <StudyLink study={s} /> · {count ?? 'number not stated'} participants
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
            {group.themes.length > 0 && (
              <section aria-labelledby="themes">
                <h2 id="themes">Themes from its perspective</h2>
                <ul>
                  {group.themes.map((t) => <li key={t.id}><ThemeLink theme={t} /></li>)}
                </ul>
              </section>
            )}
          </article>
        );
      }}
    </Loaded>
  );
}
