import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../lib/api';
import { useGraphQL } from '../components/useGraphQL';
import { CITATION_FIELDS, CitationDownloads, StudyLink } from '../components/bits';
import { Empty, ErrorView, Loading, useTitle } from '../components/States';
import type { CitedStudy } from '../downloads/types';

const HOME_QUERY = `query Home($where: StudyFilter, $orderBy: StudyOrder, $after: String) {
  stats { studies themes findings stakeholderGroups authors journals relationships }
  stakeholderGroups { id name }
  methods { id name kind }
  studies(where: $where, orderBy: $orderBy, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { ${CITATION_FIELDS} participants { group { id name } } }
  }
}`;

const MORE_QUERY = `query More($where: StudyFilter, $orderBy: StudyOrder, $after: String) {
  studies(where: $where, orderBy: $orderBy, first: 20, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { ${CITATION_FIELDS} participants { group { id name } } }
  }
}`;

type ListStudy = CitedStudy & { participants: { group: { id: string; name: string } }[] };
interface StudyPage { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: ListStudy[] }
interface HomeData {
  stats: Record<string, number>;
  stakeholderGroups: { id: string; name: string }[];
  methods: { id: string; name: string; kind: string }[];
  studies: StudyPage & { totalCount: number };
}

const orders = [
  ['YEAR_DESC', 'Newest first'],
  ['YEAR_ASC', 'Oldest first'],
  ['TITLE_ASC', 'Title'],
  ['CITATIONS_DESC', 'Most cited'],
] as const;

/** The filter as it stands in the URL (so a filtered list can be bookmarked). */
function filterFromParams(params: URLSearchParams) {
  const where: Record<string, unknown> = {};
  const text = params.get('text');
  if (text) where.text = text;
  const from = Number.parseInt(params.get('from') ?? '', 10);
  const to = Number.parseInt(params.get('to') ?? '', 10);
  if (!Number.isNaN(from)) where.yearFrom = from;
  if (!Number.isNaN(to)) where.yearTo = to;
  const group = params.get('group');
  if (group) where.participantGroupIds = [group];
  const method = params.get('method');
  if (method) where.methodIds = [method];
  return { where, orderBy: params.get('order') ?? 'YEAR_DESC' };
}

export function HomePage() {
  useTitle(null);
  const [params, setParams] = useSearchParams();
  const { where, orderBy } = filterFromParams(params);
  const state = useGraphQL<HomeData>(HOME_QUERY, { where, orderBy });
  const [more, setMore] = useState<{ nodes: ListStudy[]; pageInfo: StudyPage['pageInfo'] } | null>(null);
  const [moreError, setMoreError] = useState<Error | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const paramKey = params.toString();
  useEffect(() => setMore(null), [paramKey]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['text', 'from', 'to', 'group', 'method', 'order']) {
      const value = String(form.get(key) ?? '').trim();
      if (value && !(key === 'order' && value === 'YEAR_DESC')) next.set(key, value);
    }
    setParams(next);
  };

  if (state.status === 'loading') return <Loading what="the studies" />;
  if (state.status === 'error') return <ErrorView error={state.error} />;
  const { stats, stakeholderGroups, methods, studies } = state.data;
  const shown = [...studies.nodes, ...(more?.nodes ?? [])];
  const pageInfo = more?.pageInfo ?? studies.pageInfo;

  const loadMore = async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const data = await graphql<{ studies: StudyPage }>(MORE_QUERY, { where, orderBy, after: pageInfo.endCursor });
      setMore({ nodes: [...(more?.nodes ?? []), ...data.studies.nodes], pageInfo: data.studies.pageInfo });
    } catch (error) {
      setMoreError(error as Error);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <h1>Studies of peer support work in mental health</h1>
      <p className="stats">
        {stats.studies} studies, {stats.findings} findings, {stats.themes} themes, {stats.stakeholderGroups} stakeholder
        groups, {stats.authors} authors, {stats.journals} journals, {stats.relationships} relationships.{' '}
        <Link to="/map">See where evidence is missing</Link>.
      </p>
      <form className="filters" onSubmit={apply} aria-label="Filter the studies">
        <label>
          Words <input name="text" type="text" defaultValue={params.get('text') ?? ''} />
        </label>
        <label>
          From year <input name="from" type="number" inputMode="numeric" defaultValue={params.get('from') ?? ''} />
        </label>
        <label>
          To year <input name="to" type="number" inputMode="numeric" defaultValue={params.get('to') ?? ''} />
        </label>
        <label>
          Sampled group
          <select name="group" defaultValue={params.get('group') ?? ''}>
            <option value="">any</option>
            {stakeholderGroups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>
        </label>
        <label>
          Method
          <select name="method" defaultValue={params.get('method') ?? ''}>
            <option value="">any</option>
            {methods.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </label>
        <label>
          Order
          <select name="order" defaultValue={orderBy}>
            {orders.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <button type="submit">Apply</button>
      </form>
      <p aria-live="polite">
        {studies.totalCount === 0 ? 'No study matches these filters.' : `${studies.totalCount} studies match; showing ${shown.length}.`}
      </p>
      <CitationDownloads studies={shown} name="peergraph-studies" label={`the ${shown.length} studies shown`} />
      {shown.length === 0 ? (
        <Empty>Try fewer filters.</Empty>
      ) : (
        <ol className="study-list">
          {shown.map((s) => (
            <li key={s.id}>
              <StudyLink study={s} />
              <div className="meta">
                {s.authors.map((a) => a.name).join(', ') || 'No authors named'}
                {s.journal ? ` · ${s.journal.name}` : ''}
                {s.participants.length > 0 && ` · sampled ${s.participants.map((p) => p.group.name).join(', ')}`}
              </div>
            </li>
          ))}
        </ol>
      )}
      {moreError && <ErrorView error={moreError} />}
      {pageInfo.hasNextPage && (
        <button type="button" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show 20 more'}
        </button>
      )}
    </>
  );
}
