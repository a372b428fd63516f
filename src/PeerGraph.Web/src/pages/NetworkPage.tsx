import { useMemo, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { CytoscapeView } from '../components/CytoscapeView';
import { useGraphQL } from '../components/useGraphQL';
import { Empty, Loaded, useTitle } from '../components/States';
import { ThemeLink } from '../components/bits';
import { slugOf } from '../lib/ids';

const NETWORK_QUERY = `query Network($min: Int!, $first: Int!) {
  themeCooccurrence(minSharedStudies: $min, first: $first) { count jaccard a { id name } b { id name } }
}`;

type Named = { id: string; name: string };
interface Pair { count: number; jaccard: number; a: Named; b: Named }

/** Edge width grows with the number of shared studies, from 1 to 10 pixels. */
export function edgeWidth(count: number, max: number): number {
  return max <= 1 ? 2 : 1 + (9 * (count - 1)) / (max - 1);
}

export default function NetworkPage() {
  useTitle('Theme co-occurrence');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const min = Math.max(1, Number.parseInt(params.get('min') ?? '1', 10) || 1);
  const first = Math.min(100, Math.max(1, Number.parseInt(params.get('first') ?? '100', 10) || 100));
  const state = useGraphQL<{ themeCooccurrence: Pair[] }>(NETWORK_QUERY, { min, first });
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setParams({ min: String(form.get('min') ?? '1'), first: String(form.get('first') ?? '100') });
  };
  const elements = useMemo(() => {
    if (state.status !== 'done') return [];
    const pairs = state.data.themeCooccurrence;
    const max = Math.max(1, ...pairs.map((p) => p.count));
    const themes = new Map(pairs.flatMap((p) => [[p.a.id, p.a], [p.b.id, p.b]] as const));
    return [
      ...[...themes.values()].map((t) => ({ data: { id: t.id, caption: t.name }, classes: 'Theme' })),
      ...pairs.map((p) => ({ data: { id: `${p.a.id}|${p.b.id}`, source: p.a.id, target: p.b.id, width: edgeWidth(p.count, max), type: '' } })),
    ];
  }, [state]);
  return (
    <>
      <h1>Theme co-occurrence</h1>
      <p>Themes reported by the same studies, joined by a line whose width grows with the number of shared studies. Select a theme to open its page.</p>
      <form className="filters" onSubmit={apply} aria-label="Choose the pairs">
        <label>At least this many shared studies <input name="min" type="number" min={1} defaultValue={min} /></label>
        <label>Pairs drawn (at most 100) <input name="first" type="number" min={1} max={100} defaultValue={first} /></label>
        <button type="submit">Draw</button>
      </form>
      <Loaded state={state} what="the theme pairs">
        {({ themeCooccurrence: pairs }) =>
          pairs.length === 0 ? (
            <Empty>No two themes share {min} or more studies.</Empty>
          ) : (
            <>
              <p aria-live="polite">The {pairs.length} pairs most often reported together{pairs.length === first ? ` (the first ${first}; raise the minimum to see only the strongest)` : ''}.</p>
              <CytoscapeView elements={elements} label={`Theme co-occurrence network of ${pairs.length} pairs`} weighted onTap={(id) => navigate(`/themes/${encodeURIComponent(slugOf(id))}`)} />
              <table className="pairs">
                <caption>Theme pairs</caption>
                <thead><tr><th scope="col">Theme</th><th scope="col">Theme</th><th scope="col">Shared studies</th><th scope="col">Jaccard</th></tr></thead>
                <tbody>
                  {pairs.map((p) => (
                    <tr key={`${p.a.id}|${p.b.id}`}>
                      <td><ThemeLink theme={p.a} /></td><td><ThemeLink theme={p.b} /></td><td>{p.count}</td><td>{p.jaccard.toFixed(2)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </Loaded>
    </>
  );
}
