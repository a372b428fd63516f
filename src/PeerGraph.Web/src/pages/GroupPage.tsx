import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useGraphQL } from '../components/useGraphQL';
import { Evidence, GroupLinks, StudyLink, ThemeLink } from '../components/bits';
import { Loaded, Loading, NotFound, useMissingRecord, useTitle } from '../components/States';

/** Studies read for the findings from the group's perspective and for the studies that sampled it (newest first). */
export const STUDIES_SHOWN = 20;

/** Up to this many findings in the graph, the findings about a group are gathered with the page; above, on request. */
export const ABOUT_AUTOMATIC_LIMIT = 5000;

const GROUP_QUERY = `query Group($id: ID!, $globalId: ID!, $studies: Int!) {
  stakeholderGroup(id: $id) { id name description synonyms themes { id name } }
  fromPerspective: studies(where: { perspectiveIds: [$globalId] }, first: $studies) {
    totalCount
    nodes { id title year source { file } findings(perspectiveId: $globalId) { ...FindingFields } }
  }
  sampling: studies(where: { participantGroupIds: [$globalId] }, first: $studies) {
    totalCount
    nodes { id title year participants { count group { id } } }
  }
  stats { findings }
}
fragment FindingFields on Finding { id statement evidence theme { id name } perspectives { id name } about { id name } }`;

// The contract has no "findings about a group" field: they are gathered from every group's findings (each finding has
// at least one perspective), keeping those whose about list names this group. This reads every finding of the graph.
const ABOUT_QUERY = `query FindingsAbout {
  stakeholderGroups { id findings { id statement evidence theme { id name } perspectives { id name } about { id name }
    study { id title year source { file } } } }
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
type StudyRef = { id: string; title: string; year: number | null; source: { file: string } };
interface GroupData {
  stakeholderGroup: { id: string; name: string; description: string | null; synonyms: string[]; themes: Named[] } | null;
  fromPerspective: { totalCount: number; nodes: (StudyRef & { findings: Omit<FindingFields, 'study'>[] })[] };
  sampling: { totalCount: number; nodes: { id: string; title: string; year: number | null; participants: { count: number | null; group: { id: string } }[] }[] };
  stats: { findings: number };
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

function FindingsAbout({ groupId, findingCount }: { groupId: string; findingCount: number }) {
  const [asked, setAsked] = useState(findingCount <= ABOUT_AUTOMATIC_LIMIT);
  const state = useGraphQL<{ stakeholderGroups: { findings: FindingFields[] }[] }>(ABOUT_QUERY, asked ? {} : null);
  if (!asked) {
    return (
      <p>
        Finding them reads all {findingCount} findings of the graph.{' '}
        <button type="button" onClick={() => setAsked(true)}>Find the findings about this group</button>
      </p>
    );
  }
  return (
    <Loaded state={state} what="the findings about this group">
      {({ stakeholderGroups }) => {
        const about = findingsAbout(groupId, stakeholderGroups);
        return (
          <>
            <p>{about.length === 0 ? 'No finding is about this group.' : `${about.length} ${about.length === 1 ? 'finding is' : 'findings are'} about this group.`}</p>
            <FindingList findings={about} show="perspectives" />
          </>
        );
      }}
    </Loaded>
  );
}

export function GroupPage() {
  const { id = '' } = useParams();
  const state = useGraphQL<GroupData>(GROUP_QUERY, { id, globalId: `StakeholderGroup:${id}`, studies: STUDIES_SHOWN });
  useTitle(state.status === 'done' ? (state.data.stakeholderGroup?.name ?? 'No such group') : 'Stakeholder group');
  const missing = useMissingRecord(state, 'stakeholderGroup', id);
  if (missing === 'checking') return <Loading what="the stakeholder group" />;
  if (missing === 'missing') return <NotFound what="stakeholder group" id={id} />;
  return (
    <Loaded state={state} what="the stakeholder group">
      {({ stakeholderGroup: group, fromPerspective, sampling, stats }) => {
        if (!group) return <NotFound what="stakeholder group" id={id} />;
        const fromFindings = fromPerspective.nodes.flatMap((s) => s.findings.map((f) => ({ ...f, study: s })));
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
              <h2 id="from">Findings from its perspective ({fromPerspective.totalCount} {fromPerspective.totalCount === 1 ? 'study' : 'studies'})</h2>
              {fromPerspective.totalCount > fromPerspective.nodes.length && (
                <p className="note">The findings of the {fromPerspective.nodes.length} newest of these studies.</p>
              )}
              {fromFindings.length === 0 ? <p>No finding reports this group's perspective.</p> : <FindingList findings={fromFindings} show="about" />}
            </section>
            <section aria-labelledby="about">
              <h2 id="about">Findings about it</h2>
              <FindingsAbout groupId={group.id} findingCount={stats.findings} />
            </section>
            <section aria-labelledby="sampled">
              <h2 id="sampled">Studies that sampled it ({sampling.totalCount})</h2>
              {sampling.totalCount > sampling.nodes.length && (
                <p className="note">
                  The {sampling.nodes.length} newest; <Link to={`/?group=${encodeURIComponent(group.id)}`}>list all {sampling.totalCount}</Link>.
                </p>
              )}
              {sampling.nodes.length === 0 ? (
                <p>No study sampled this group.</p>
              ) : (
                <ul>
                  {sampling.nodes.map((s) => {
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
