import { Fragment, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useGraphQL } from '../components/useGraphQL';
import { Empty, Loaded, useTitle } from '../components/States';
import { kindOf, pageOf } from '../lib/ids';
import { styleOf } from '../lib/neo4jStyle';

const CHOICES_QUERY = `{
  stakeholderGroups { id name }
  themes(all: true) { id name }
  studies(first: 100, orderBy: TITLE_ASC) { nodes { id title } }
}`;

const PATHS_QUERY = `query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(fromId: $from, toId: $to, maxHops: $maxHops, first: 5) {
    length
    nodes { __typename id ...on Study { title } ...on Theme { name } ...on StakeholderGroup { name } ...on Finding { statement }
      ...on Journal { name } ...on Author { name } ...on Method { name } ...on Setting { name } }
    steps { type from { id } to { id } }
  }
}`;

interface PathNode { __typename: string; id: string; title?: string; name?: string; statement?: string }
interface GraphPath { length: number; nodes: PathNode[]; steps: { type: string; from: { id: string }; to: { id: string } }[] }

function nodeName(n: PathNode): string {
  const text = n.title ?? n.name ?? n.statement ?? n.id;
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function Chain({ path }: { path: GraphPath }) {
  return (
    <ol className="chain" aria-label={`Path of ${path.length} steps`}>
      {path.nodes.map((n, i) => {
        const step = path.steps[i];
        const page = pageOf(n.id);
        const style = styleOf(kindOf(n.id));
        return (
          <Fragment key={`${n.id}-${i}`}>
            <li className="chain-node" style={{ background: style.color, borderColor: style.borderColor, color: style.textColor }}>
              <span className="visually-hidden">{n.__typename}: </span>
              {page ? <Link to={page} style={{ color: style.textColor }}>{nodeName(n)}</Link> : nodeName(n)}
            </li>
            {step && (
              <li className="chain-step" aria-label={`${step.type} ${step.from.id === n.id ? 'to' : 'from'} the next`}>
                {step.from.id === n.id ? `—${step.type}→` : `←${step.type}—`}
              </li>
            )}
          </Fragment>
        );
      })}
    </ol>
  );
}

export default function PathsPage() {
  useTitle('Paths');
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const maxHops = Math.min(6, Math.max(1, Number.parseInt(params.get('hops') ?? '4', 10) || 4));
  const choices = useGraphQL<{ stakeholderGroups: { id: string; name: string }[]; themes: { id: string; name: string }[]; studies: { nodes: { id: string; title: string }[] } }>(CHOICES_QUERY, {});
  const paths = useGraphQL<{ paths: GraphPath[] }>(PATHS_QUERY, from && to ? { from, to, maxHops } : null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setParams({ from: String(form.get('from') ?? '').trim(), to: String(form.get('to') ?? '').trim(), hops: String(form.get('hops') ?? '4') });
  };
  return (
    <>
      <h1>Shortest paths between two nodes</h1>
      <p>Over every relationship, in either direction. Type a global id (e.g. <code>StakeholderGroup:client</code>) or pick one from the list.</p>
      <Loaded state={choices} what="the node list">
        {(data) => (
          <form className="filters" onSubmit={submit} aria-label="Choose two nodes">
            <datalist id="node-ids">
              {data.stakeholderGroups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
              {data.themes.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
              {data.studies.nodes.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            </datalist>
            <label>From <input name="from" list="node-ids" defaultValue={from} required size={40} /></label>
            <label>To <input name="to" list="node-ids" defaultValue={to} required size={40} /></label>
            <label>At most <input name="hops" type="number" min={1} max={6} defaultValue={maxHops} /> steps</label>
            <button type="submit">Find paths</button>
          </form>
        )}
      </Loaded>
      {from && to && (
        <Loaded state={paths} what="the paths">
          {(data) =>
            data.paths.length === 0 ? (
              <Empty>No path of at most {maxHops} steps joins {from} and {to} (or one of them does not exist).</Empty>
            ) : (
              <section aria-label="Paths">
                <p aria-live="polite">{data.paths.length} shortest {data.paths.length === 1 ? 'path' : 'paths'} of {data.paths[0].length} steps.</p>
                {data.paths.map((p, i) => <Chain key={i} path={p} />)}
              </section>
            )
          }
        </Loaded>
      )}
    </>
  );
}
