import { describe, expect, it } from 'vitest';
import { addNeighbourhood, caption, emptyModel, omittedCount, type GraphNode } from './graphModel';
import { neighbourhoodOf } from './neighbourhood';

const node = (id: string, properties: Record<string, string | number | null> = {}): GraphNode => ({ id, kind: id.split(':')[0] as GraphNode['kind'], properties });

describe('graph model', () => {
  it('never holds more nodes than the cap, and counts what it left out by kind', () => {
    const studies = Array.from({ length: 10 }, (_, i) => node(`Study:s${i}`));
    const edges = studies.map((s) => ({ source: s.id, target: 'Theme:t', type: 'X' }));
    const model = addNeighbourhood(emptyModel(), node('Theme:t'), studies, edges, 4);
    expect(model.nodes.size).toBe(4);
    expect(omittedCount(model)).toBe(7);
    expect(model.omitted.get('Study')?.size).toBe(7);
    // Only edges between drawn nodes are kept.
    expect(model.edges.size).toBe(3);
  });

  it('merges a node seen again and no longer counts it as left out once drawn', () => {
    let model = addNeighbourhood(emptyModel(), node('Theme:t'), [node('Study:a'), node('Study:b')], [], 2);
    expect(omittedCount(model)).toBe(1);
    model = addNeighbourhood(model, node('Study:a', { year: 2014 }), [], [], 3);
    expect(model.nodes.get('Study:a')?.properties.year).toBe(2014);
    expect(model.nodes.size).toBe(2);
  });

  it('captions with the style property, shortened, or the slug when the property is missing', () => {
    expect(caption(node('Study:a', { title: 'A very long title of a study' }), 'title', 10)).toBe('A very lo…');
    expect(caption(node('Theme:trust'), 'name')).toBe('trust');
  });

  it('turns a study answer into the relationships of the graph model', () => {
    const n = neighbourhoodOf({ node: {
      __typename: 'Study', id: 'Study:a', title: 'A', year: 2020, journal: { id: 'Journal:j', name: 'J' }, authors: [{ id: 'Author:x', name: 'X' }],
      methods: [], settings: [], participants: [{ count: 3, group: { id: 'StakeholderGroup:client', name: 'Client' } }],
      findings: [{ id: 'Finding:a/1', statement: 'S', evidence: 'E', theme: { id: 'Theme:t', name: 'T' }, perspectives: [{ id: 'StakeholderGroup:peer', name: 'P' }], about: [] }],
    } })!;
    expect(n.centre).toEqual({ id: 'Study:a', kind: 'Study', properties: { title: 'A', year: 2020 } });
    expect(n.edges).toEqual([
      { source: 'Study:a', target: 'Journal:j', type: 'PUBLISHED_IN' },
      { source: 'Author:x', target: 'Study:a', type: 'AUTHORED' },
      { source: 'Study:a', target: 'StakeholderGroup:client', type: 'SAMPLED' },
      { source: 'Study:a', target: 'Finding:a/1', type: 'REPORTS' },
      { source: 'Finding:a/1', target: 'Theme:t', type: 'ABOUT' },
      { source: 'Finding:a/1', target: 'StakeholderGroup:peer', type: 'FROM_PERSPECTIVE_OF' },
    ]);
    expect(n.neighbours.find((x) => x.id === 'Finding:a/1')?.properties).toEqual({ statement: 'S', evidence: 'E' });
    expect(n.notFetched).toEqual({});
  });

  it('counts the studies of a large group that were not fetched, by relationship', () => {
    const n = neighbourhoodOf({
      node: { __typename: 'StakeholderGroup', id: 'StakeholderGroup:client', name: 'Client' },
      sampling: { totalCount: 250, nodes: [{ id: 'Study:a', title: 'A' }] },
      reporting: { totalCount: 1, nodes: [{ id: 'Study:a', title: 'A', findings: [{ id: 'Finding:a/1', statement: 'S', theme: { id: 'Theme:t', name: 'T' } }] }] },
    })!;
    expect(n.notFetched).toEqual({ SAMPLED: 249 });
    expect(n.edges).toContainEqual({ source: 'Study:a', target: 'StakeholderGroup:client', type: 'SAMPLED' });
    expect(n.edges).toContainEqual({ source: 'Finding:a/1', target: 'StakeholderGroup:client', type: 'FROM_PERSPECTIVE_OF' });
    expect(n.edges).toContainEqual({ source: 'Finding:a/1', target: 'Theme:t', type: 'ABOUT' });
    expect(n.edges).toContainEqual({ source: 'Study:a', target: 'Finding:a/1', type: 'REPORTS' });
  });

  it('links a theme to the findings on it and on its subthemes, each at the theme it names', () => {
    const n = neighbourhoodOf({
      node: { __typename: 'Theme', id: 'Theme:t', name: 'T', parent: null, children: [{ id: 'Theme:c', name: 'C' }] },
      reporting: { totalCount: 1, nodes: [{ id: 'Study:a', title: 'A', findings: [{ id: 'Finding:a/1', statement: 'S', theme: { id: 'Theme:c', name: 'C' } }] }] },
    })!;
    expect(n.edges).toEqual([
      { source: 'Theme:c', target: 'Theme:t', type: 'SUBTHEME_OF' },
      { source: 'Finding:a/1', target: 'Theme:c', type: 'ABOUT' },
      { source: 'Study:a', target: 'Finding:a/1', type: 'REPORTS' },
    ]);
  });

  it('answers nothing for a node that does not exist', () => {
    expect(neighbourhoodOf({ node: null })).toBeNull();
  });
});
