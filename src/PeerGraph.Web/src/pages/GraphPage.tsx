import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ElementDefinition } from 'cytoscape';
import { CytoscapeView } from '../components/CytoscapeView';
import { useGraphQL } from '../components/useGraphQL';
import { ErrorView, Loaded, Loading, NotFound, useTitle } from '../components/States';
import { graphql } from '../lib/api';
import { addNeighbourhood, caption, edgeKey, emptyModel, omittedCount, type GraphModel } from '../lib/graphModel';
import { neighbourhoodOf, neighbourhoodQuery, STUDIES_PER_EXPANSION, type NeighbourhoodAnswer } from '../lib/neighbourhood';
import { styleOf } from '../lib/neo4jStyle';
import { kindOf, pageOf } from '../lib/ids';
import { toGraphML } from '../downloads/graphml';
import { saveText } from '../downloads/save';

/** The drawing never holds more nodes than this, however large the graph; what is left out is counted and shown. */
export const MAX_NODES = 300;

const KNOWN_KINDS = new Set(['Study', 'Finding', 'Theme', 'StakeholderGroup', 'Journal', 'Author', 'Method', 'Setting']);

const kindNames: Record<string, string> = {
  Study: 'studies', Finding: 'findings', Theme: 'themes', StakeholderGroup: 'stakeholder groups',
  Journal: 'journals', Author: 'authors', Method: 'methods', Setting: 'settings',
};

const STARTS_QUERY = `{ stakeholderGroups { id name } themes { id name } studies(first: 10) { nodes { id title year } } }`;

function StartPicker() {
  const state = useGraphQL<{ stakeholderGroups: { id: string; name: string }[]; themes: { id: string; name: string }[]; studies: { nodes: { id: string; title: string; year: number | null }[] } }>(STARTS_QUERY, {});
  return (
    <Loaded state={state} what="starting points">
      {(data) => (
        <>
          <p>Choose a node to draw its neighbourhood; then select nodes to expand them.</p>
          <div className="start-lists">
            {[
              ['Stakeholder groups', data.stakeholderGroups.map((g) => [g.id, g.name])],
              ['Top-level themes', data.themes.map((t) => [t.id, t.name])],
              ['Newest studies', data.studies.nodes.map((s) => [s.id, `${s.title} (${s.year ?? 'no year'})`])],
            ].map(([title, items]) => (
              <section key={title as string}>
                <h2>{title as string}</h2>
                <ul>
                  {(items as string[][]).map(([id, name]) => (
                    <li key={id}><Link to={`/graph?node=${encodeURIComponent(id)}`}>{name}</Link></li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </Loaded>
  );
}

function toElements(model: GraphModel, centreId: string): ElementDefinition[] {
  return [
    ...[...model.nodes.values()].map((n) => ({
      data: { id: n.id, caption: caption(n, styleOf(n.kind).captionProperty, 28) },
      classes: n.id === centreId ? `${n.kind} centre` : n.kind,
    })),
    ...[...model.edges.values()].map((e) => ({ data: { id: edgeKey(e), source: e.source, target: e.target, type: e.type } })),
  ];
}

function Details({ model, id }: { model: GraphModel; id: string | null }) {
  const node = id ? model.nodes.get(id) : undefined;
  if (!node) return <p className="hint">Hover over or select a node to see its details.</p>;
  const page = pageOf(node.id);
  return (
    <dl className="facts">
      <dt>Kind</dt><dd>{node.kind}</dd>
      <dt>Id</dt><dd><code>{node.id}</code></dd>
      {Object.entries(node.properties).map(([k, v]) => v !== null && v !== '' && (
        <FragmentPair key={k} name={k} value={String(v)} />
      ))}
      {page && <><dt>Page</dt><dd><Link to={page}>Open its page</Link></dd></>}
    </dl>
  );
}

function FragmentPair({ name, value }: { name: string; value: string }) {
  return <><dt>{name}</dt><dd>{value}</dd></>;
}

function GraphDrawing({ startId }: { startId: string }) {
  const [model, setModel] = useState<GraphModel>(emptyModel);
  const [status, setStatus] = useState<{ loading: string | null; error: Error | null; missing: boolean }>({ loading: startId, error: null, missing: false });
  const [focus, setFocus] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  // Per expanded node: studies linked to it beyond the first page, which were not fetched.
  const [notFetched, setNotFetched] = useState<Map<string, Record<string, number>>>(new Map());

  const expand = useCallback(async (id: string, reset = false) => {
    setStatus({ loading: id, error: null, missing: false });
    try {
      const kind = kindOf(id);
      const n = KNOWN_KINDS.has(kind)
        ? neighbourhoodOf(await graphql<NeighbourhoodAnswer>(neighbourhoodQuery(kind), { id, first: STUDIES_PER_EXPANSION }))
        : null;
      if (!n) {
        setStatus({ loading: null, error: null, missing: true });
        return;
      }
      setModel((current) => addNeighbourhood(reset ? emptyModel() : current, n.centre, n.neighbours, n.edges, MAX_NODES));
      setNotFetched((current) => {
        const next = new Map(reset ? [] : current);
        if (Object.keys(n.notFetched).length > 0) next.set(n.centre.id, n.notFetched);
        return next;
      });
      setExpanded((current) => new Set(reset ? [id] : [...current, id]));
      setFocus(id);
      setStatus({ loading: null, error: null, missing: false });
    } catch (error) {
      setStatus({ loading: null, error: error as Error, missing: false });
    }
  }, []);

  useEffect(() => {
    void expand(startId, true);
  }, [startId, expand]);

  const elements = useMemo(() => toElements(model, startId), [model, startId]);
  if (status.missing && model.nodes.size === 0) return <NotFound what="node" id={startId} />;
  if (status.error && model.nodes.size === 0) return <ErrorView error={status.error} />;
  if (model.nodes.size === 0) return <Loading what="the neighbourhood" />;

  const left = omittedCount(model);
  const nodes = [...model.nodes.values()];
  const download = () =>
    saveText('peergraph-graph.graphml', 'application/graphml+xml', toGraphML(
      nodes.map((n) => ({ id: n.id, kind: n.kind, label: caption(n, styleOf(n.kind).captionProperty, 200), attributes: n.properties })),
      [...model.edges.values()],
    ));
  return (
    <div className="graph-layout">
      <div>
        <p aria-live="polite" className="graph-status">
          Drawing {model.nodes.size} nodes and {model.edges.size} relationships.{' '}
          {left > 0
            ? `Left out ${left} more (${[...model.omitted].map(([k, ids]) => `${ids.size} ${kindNames[k] ?? k}`).join(', ')}): the drawing stops at ${MAX_NODES} nodes.`
            : 'Nothing was left out.'}
          {[...notFetched].map(([id, counts]) => (
            <span key={id}>
              {' '}Around {model.nodes.get(id) ? caption(model.nodes.get(id)!, styleOf(kindOf(id)).captionProperty, 60) : id}, only the first {STUDIES_PER_EXPANSION} studies were fetched:{' '}
              {Object.entries(counts).map(([type, n]) => `${n} more by ${type}`).join(', ')} not shown.
            </span>
          ))}
          {status.loading && ` Expanding ${status.loading}…`}
          {status.error && ` Could not expand: ${status.error.message}`}
        </p>
        <CytoscapeView
          elements={elements}
          label={`Graph of ${model.nodes.size} nodes around ${startId}`}
          onTap={(id) => { setFocus(id); if (!expanded.has(id)) void expand(id); }}
          onHover={(id) => id && setFocus(id)}
        />
        <p>
          <button type="button" onClick={download}>Download the drawn graph as GraphML</button>
        </p>
      </div>
      <aside aria-label="Node details">
        <h2>Details</h2>
        <Details model={model} id={focus} />
        <h2>Nodes</h2>
        <p className="hint">Select a node in the drawing, or expand one here:</p>
        <ul className="node-list">
          {nodes.map((n) => (
            <li key={n.id}>
              <span className="swatch" style={{ background: styleOf(n.kind).color }} aria-hidden="true" />
              <button type="button" className="linklike" onClick={() => setFocus(n.id)}>{caption(n, styleOf(n.kind).captionProperty, 50)}</button>
              {expanded.has(n.id) ? <span className="expanded"> (expanded)</span> : (
                <button type="button" className="small" aria-label={`Expand ${caption(n, styleOf(n.kind).captionProperty, 80)}`} onClick={() => void expand(n.id)}>Expand</button>
              )}
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}

export default function GraphPage() {
  const [params] = useSearchParams();
  const node = params.get('node');
  useTitle(node ? `Graph around ${node}` : 'Graph');
  return (
    <>
      <h1>Graph{node ? `: the neighbourhood of ${kindOf(node)} ${node.slice(node.indexOf(':') + 1)}` : ''}</h1>
      {node ? <GraphDrawing key={node} startId={node} /> : <StartPicker />}
      <p className="legend">
        Colours and captions follow PeerGraph's Neo4j Browser style (neo4j/browser/style.grass):{' '}
        {(['Study', 'Finding', 'Theme', 'StakeholderGroup', 'Journal', 'Author', 'Method', 'Setting'] as const).map((k) => (
          <span key={k} className="legend-item"><span className="swatch" style={{ background: styleOf(k).color }} aria-hidden="true" />{k}</span>
        ))}
      </p>
    </>
  );
}
