import { Fragment, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useGraphQL } from '../components/useGraphQL';
import { Evidence, StudyLink } from '../components/bits';
import { Empty, Loaded, useTitle } from '../components/States';
import { evidenceMapCsv } from '../downloads/csv';
import { saveText } from '../downloads/save';
import { filterFromParams, heat, heatText, isActive, matches, type FilterableStudy, type MapFilter } from '../lib/mapFilter';
import { slugOf } from '../lib/ids';

const FILTER_FIELDS = 'id year methods { id } participants { group { id } }';

// The page's data in one request: the top-level rows. Expanding a row asks for its subthemes' cells.
const MAP_QUERY = `query Map {
  stats { studies }
  stakeholderGroups { id name }
  methods { id name }
  themes { id name children { id name } }
  evidenceMap { groups { id name } cells { theme { id } group { id } studyCount findingCount } }
}`;

const SUBTHEMES_QUERY = `query Subthemes($themeIds: [ID!]) {
  evidenceMap(themeIds: $themeIds) { cells { theme { id } group { id } studyCount findingCount } }
}`;

// The contract's evidenceMap takes no study filter: a filtered map reads each cell's studies and counts them here.
const FILTER_QUERY = `query FilteredCells($themeIds: [ID!]) {
  evidenceMap(themeIds: $themeIds) { cells { theme { id } group { id } studies { ${FILTER_FIELDS} } } }
}`;

/** Up to this many studies in the graph a filter applies at once; above, the page asks first (it reads every cell's studies). */
export const FILTER_AUTOMATIC_LIMIT = 2000;

const CELL_QUERY = `query Cell($themeId: ID!, $groupId: ID!) {
  evidenceMap(themeIds: [$themeId], groupIds: [$groupId]) {
    cells {
      theme { id name } group { id name }
      studies { ${FILTER_FIELDS} title source { file }
        findings(themeId: $themeId, perspectiveId: $groupId) { id statement evidence theme { id name } } }
    }
  }
}`;

type Named = { id: string; name: string };
type MapCell = { theme: { id: string }; group: { id: string }; studyCount: number; findingCount: number };
type StudiesOfCell = { theme: { id: string }; group: { id: string }; studies: FilterableStudy[] };
interface MapData {
  stats: { studies: number };
  stakeholderGroups: Named[];
  methods: Named[];
  themes: (Named & { children: Named[] })[];
  evidenceMap: { groups: Named[]; cells: MapCell[] };
}
interface CellData {
  evidenceMap: {
    cells: {
      theme: Named;
      group: Named;
      studies: (FilterableStudy & { title: string; source: { file: string }; findings: { id: string; statement: string; evidence: string | null; theme: Named }[] })[];
    }[];
  };
}

function CellDetails({ themeId, groupId, filter }: { themeId: string; groupId: string; filter: MapFilter }) {
  const state = useGraphQL<CellData>(CELL_QUERY, { themeId, groupId });
  return (
    <section className="cell-details" aria-live="polite" aria-labelledby="cell-title">
      <Loaded state={state} what="the studies of this cell">
        {({ evidenceMap }) => {
          const cell = evidenceMap.cells[0];
          if (!cell) return <Empty>This cell is not on the map.</Empty>;
          const studies = cell.studies.filter((s) => matches(s, filter));
          return (
            <>
              <h2 id="cell-title">
                {cell.theme.name} × {cell.group.name}: {studies.length} {studies.length === 1 ? 'study' : 'studies'}
              </h2>
              {studies.length === 0 && (
                <p>
                  A gap: no study{isActive(filter) ? ' matching the filters' : ''} reports a finding on this theme from this
                  perspective.
                </p>
              )}
              {studies.map((s) => (
                <div key={s.id} className="cell-study">
                  <h3>
                    <StudyLink study={s} />
                  </h3>
                  {s.findings.map((f) => (
                    <div className="finding" key={f.id}>
                      <p className="statement">{f.statement}</p>
                      <p className="finding-meta">Theme: {f.theme.name}</p>
                      <Evidence text={f.evidence} source={s.source.file} />
                    </div>
                  ))}
                </div>
              ))}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

export function MapPage() {
  useTitle('Evidence and gap map');
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const filtered = isActive(filter);
  const expanded = (params.get('open') ?? '').split(',').filter(Boolean);
  const [selected, setSelected] = useState<{ themeId: string; groupId: string } | null>(null);
  const state = useGraphQL<MapData>(MAP_QUERY, {});
  const childIds = state.status === 'done' ? state.data.themes.filter((t) => expanded.includes(t.id)).flatMap((t) => t.children.map((c) => c.id)) : [];
  const sub = useGraphQL<{ evidenceMap: { cells: MapCell[] } }>(SUBTHEMES_QUERY, childIds.length > 0 ? { themeIds: childIds } : null);
  const [confirmedLarge, setConfirmedLarge] = useState(false);
  const large = state.status === 'done' && state.data.stats.studies > FILTER_AUTOMATIC_LIMIT;
  const runFilter = filtered && state.status === 'done' && (!large || confirmedLarge);
  const filteredTop = useGraphQL<{ evidenceMap: { cells: StudiesOfCell[] } }>(FILTER_QUERY, runFilter ? {} : null);
  const filteredSub = useGraphQL<{ evidenceMap: { cells: StudiesOfCell[] } }>(FILTER_QUERY, runFilter && childIds.length > 0 ? { themeIds: childIds } : null);

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: false });
  };
  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setParam(Object.fromEntries(['from', 'to', 'method', 'group'].map((k) => [k, String(form.get(k) ?? '').trim() || null])));
  };
  const toggle = (themeId: string) =>
    setParam({ open: (expanded.includes(themeId) ? expanded.filter((t) => t !== themeId) : [...expanded, themeId]).join(',') || null });

  return (
    <>
      <h1>Evidence and gap map</h1>
      <p>
        Themes × the stakeholder perspectives findings report. Each cell counts the studies with a finding on the theme (or
        its subthemes) from that perspective; empty cells are gaps. Choose a cell to read its studies and evidence.
      </p>
      <Loaded state={state} what="the evidence map">
        {(data) => {
          const { groups } = data.evidenceMap;
          const subLoaded = childIds.length > 0 && sub.status === 'done' && (!filtered || filteredSub.status === 'done');
          const cells = [...data.evidenceMap.cells, ...(subLoaded ? sub.data.evidenceMap.cells : [])];
          const rowIds = data.themes.flatMap((t) => [t.id, ...(expanded.includes(t.id) && subLoaded ? t.children.map((c) => c.id) : [])]);
          const pending = !filtered ? null : !runFilter ? (
            <p role="status">
              The graph holds {data.stats.studies} studies: filtering the map reads every cell's studies, which takes a while.{' '}
              <button type="button" onClick={() => setConfirmedLarge(true)}>Filter the map anyway</button>
            </p>
          ) : filteredTop.status !== 'done' ? (
            <Loaded state={filteredTop} what="the filtered map">{() => null}</Loaded>
          ) : null;
          const studiesOf = new Map(
            [...(filteredTop.status === 'done' ? filteredTop.data.evidenceMap.cells : []), ...(filteredSub.status === 'done' ? filteredSub.data.evidenceMap.cells : [])]
              .map((c) => [`${c.theme.id}|${c.group.id}`, c.studies]),
          );
          const counted = cells.map((c) => ({
            ...c,
            studyCount: filtered ? (studiesOf.get(`${c.theme.id}|${c.group.id}`) ?? []).filter((s) => matches(s, filter)).length : c.studyCount,
            findingCount: filtered ? null : c.findingCount,
          }));
          const cellOf = new Map(counted.map((c) => [`${c.theme.id}|${c.group.id}`, c]));
          const max = Math.max(0, ...counted.map((c) => c.studyCount));
          const names = new Map(data.themes.flatMap((t) => [[t.id, t.name] as const, ...t.children.map((c) => [c.id, c.name] as const)]));
          const groupNames = new Map(groups.map((g) => [g.id, g.name]));
          const gaps = counted.filter((c) => c.studyCount === 0).length;
          const downloadCsv = () =>
            saveText('peergraph-evidence-map.csv', 'text/csv', evidenceMapCsv(counted.map((c) => ({
              theme: names.get(c.theme.id) ?? c.theme.id, group: groupNames.get(c.group.id) ?? c.group.id, studyCount: c.studyCount, findingCount: c.findingCount,
            }))));
          return (
            <>
              <form className="filters" onSubmit={applyFilters} aria-label="Filter the map">
                <label>From year <input name="from" type="number" defaultValue={params.get('from') ?? ''} /></label>
                <label>To year <input name="to" type="number" defaultValue={params.get('to') ?? ''} /></label>
                <label>
                  Method
                  <select name="method" defaultValue={filter.methodId ?? ''}>
                    <option value="">any</option>
                    {data.methods.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                  </select>
                </label>
                <label>
                  Participant group
                  <select name="group" defaultValue={filter.participantGroupId ?? ''}>
                    <option value="">any</option>
                    {data.stakeholderGroups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
                  </select>
                </label>
                <button type="submit">Apply filters</button>
                {filtered && <Link to="/map">Clear filters</Link>}
              </form>
              {pending}
              {!pending && (<>
              <p aria-live="polite">
                {counted.length - gaps} of {counted.length} cells have evidence; {gaps} are gaps.
                {filtered && ' Filtered: counts are of matching studies; finding counts are shown without filters only.'}{' '}
                <button type="button" onClick={downloadCsv}>Download the map as CSV</button>
              </p>
              <div className="map-scroll">
                <table className="evidence-map">
                  <caption className="visually-hidden">Studies per theme and perspective</caption>
                  <thead>
                    <tr>
                      <th scope="col">Theme</th>
                      {groups.map((g) => (
                        <th scope="col" key={g.id}>
                          <Link to={`/groups/${encodeURIComponent(slugOf(g.id))}`}>{g.name}</Link>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rowIds.map((themeId) => {
                      const topTheme = data.themes.find((t) => t.id === themeId);
                      return (
                        <Fragment key={themeId}>
                          <tr className={topTheme ? 'top-row' : 'sub-row'}>
                            <th scope="row">
                              {topTheme && topTheme.children.length > 0 ? (
                                <button type="button" className="expand" aria-expanded={expanded.includes(themeId)} onClick={() => toggle(themeId)}
                                  aria-label={`${expanded.includes(themeId) ? 'Collapse' : 'Expand'} ${topTheme.name}`}>
                                  {expanded.includes(themeId) ? '▾' : '▸'}
                                </button>
                              ) : <span className="expand-space" />}
                              <Link to={`/themes/${encodeURIComponent(slugOf(themeId))}`}>{names.get(themeId) ?? themeId}</Link>
                            </th>
                            {groups.map((g) => {
                              const cell = cellOf.get(`${themeId}|${g.id}`);
                              const count = cell?.studyCount ?? 0;
                              const isSelected = selected?.themeId === themeId && selected.groupId === g.id;
                              const label = `${names.get(themeId)} from the perspective of ${g.name}: ${count === 0 ? 'gap, no study' : `${count} ${count === 1 ? 'study' : 'studies'}`}${cell?.findingCount ? `, ${cell.findingCount} findings` : ''}`;
                              return (
                                <td key={g.id} className={count === 0 ? 'gap' : 'has-evidence'} style={{ background: heat(count, max), color: heatText(count, max) }}>
                                  <button type="button" aria-label={label} aria-pressed={isSelected} title={label}
                                    onClick={() => setSelected({ themeId, groupId: g.id })}>
                                    {count === 0 ? <span className="gap-mark">gap</span> : <>{count}{cell?.findingCount != null && <small> · {cell.findingCount}f</small>}</>}
                                  </button>
                                </td>
                              );
                            })}
                          </tr>
                        </Fragment>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {childIds.length > 0 && sub.status === 'loading' && <p role="status">Loading subthemes…</p>}
              {childIds.length > 0 && sub.status === 'error' && <p role="alert">Subthemes could not be loaded: {sub.error.message}</p>}
              <p className="legend">Numbers: studies{filtered ? '' : ' · findings (f)'}. Darker is more studies; “gap” marks a cell with none.</p>
              {selected && <CellDetails themeId={selected.themeId} groupId={selected.groupId} filter={filter} />}
              </>)}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
