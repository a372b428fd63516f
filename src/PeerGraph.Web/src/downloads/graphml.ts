// GraphML (http://graphml.graphdrawing.org/) for Gephi and yEd: one <key> per node attribute with its type (year and
// counts as int, similarity as double, the rest string), UTF-8 without a byte-order mark, directed edges labelled with
// the relationship type.

export type AttributeValue = string | number | null | undefined;

export interface ExportNode {
  id: string;
  kind: string;
  label: string;
  attributes: Record<string, AttributeValue>;
}

export interface ExportEdge {
  source: string;
  target: string;
  type: string;
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

type GraphMLType = 'int' | 'double' | 'string';

function typeOf(values: AttributeValue[]): GraphMLType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isInteger(v)) ? 'int' : 'double';
  }
  return 'string';
}

export function toGraphML(nodes: ExportNode[], edges: ExportEdge[]): string {
  const names = [...new Set(nodes.flatMap((n) => Object.keys(n.attributes)))].filter((n) => n !== 'kind' && n !== 'label');
  const types = new Map(names.map((name) => [name, typeOf(nodes.map((n) => n.attributes[name]))]));
  const keyId = (name: string) => `n_${name}`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...names.map((name) => `  <key id="${keyId(name)}" for="node" attr.name="${escapeXml(name)}" attr.type="${types.get(name)}"/>`),
    '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of nodes) {
    out.push(`    <node id="${escapeXml(node.id)}">`);
    out.push(`      <data key="n_kind">${escapeXml(node.kind)}</data>`);
    out.push(`      <data key="n_label">${escapeXml(node.label)}</data>`);
    for (const name of names) {
      const value = node.attributes[name];
      if (value === null || value === undefined || value === '') continue;
      out.push(`      <data key="${keyId(name)}">${escapeXml(String(value))}</data>`);
    }
    out.push('    </node>');
  }
  edges.forEach((edge, i) => {
    out.push(`    <edge id="e${i}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`);
    out.push(`      <data key="e_type">${escapeXml(edge.type)}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
