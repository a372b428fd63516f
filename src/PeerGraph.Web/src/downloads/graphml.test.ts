import { describe, expect, it } from 'vitest';
import { escapeXml, toGraphML } from './graphml';

const nodes = [
  { id: 'Study:a', kind: 'Study', label: 'A <study>', attributes: { year: 2014, doi: '10.1/x', similarity: 0.5 } },
  { id: 'Study:b', kind: 'Study', label: 'B', attributes: { year: null, doi: null, similarity: 1 } },
  { id: 'Finding:a/1', kind: 'Finding', label: 'F', attributes: { evidence: 'said "yes" & left' } },
];
const edges = [{ source: 'Study:a', target: 'Finding:a/1', type: 'REPORTS' }];

describe('GraphML', () => {
  const xml = toGraphML(nodes, edges);

  it('starts with the XML declaration, no byte-order mark', () => {
    expect(xml.charCodeAt(0)).toBe('<'.charCodeAt(0));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(new TextEncoder().encode(xml).slice(0, 3)).not.toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('types numeric attributes as numbers: int for whole numbers, double otherwise', () => {
    expect(xml).toContain('<key id="n_year" for="node" attr.name="year" attr.type="int"/>');
    expect(xml).toContain('<key id="n_similarity" for="node" attr.name="similarity" attr.type="double"/>');
    expect(xml).toContain('<key id="n_doi" for="node" attr.name="doi" attr.type="string"/>');
    expect(xml).toContain('<key id="n_evidence" for="node" attr.name="evidence" attr.type="string"/>');
  });

  it('writes values escaped, and leaves out missing ones', () => {
    expect(xml).toContain('<data key="n_label">A &lt;study&gt;</data>');
    expect(xml).toContain('<data key="n_evidence">said &quot;yes&quot; &amp; left</data>');
    const b = xml.slice(xml.indexOf('<node id="Study:b">'), xml.indexOf('</node>', xml.indexOf('<node id="Study:b">')));
    expect(b).not.toContain('n_year');
  });

  it('writes directed edges with their relationship type', () => {
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
    expect(xml).toContain('<edge id="e0" source="Study:a" target="Finding:a/1">');
    expect(xml).toContain('<data key="e_type">REPORTS</data>');
  });

  it('is well-formed XML', () => {
    // Every opened element is closed, in order (a small check without a DOM in the test environment).
    const stack: string[] = [];
    for (const tag of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (tag[3] === '/') continue;
      if (tag[1] === '/') expect(stack.pop()).toBe(tag[2]);
      else stack.push(tag[2]);
    }
    expect(stack).toEqual([]);
  });

  it('drops characters XML 1.0 does not allow', () => {
    expect(escapeXml('a\u0001b')).toBe('ab');
  });
});
