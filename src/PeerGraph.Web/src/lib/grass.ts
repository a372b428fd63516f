// Reads Neo4j Browser's graph style (neo4j/browser/style.grass, the file docker-compose gives Neo4j Browser), so the
// explorer's graph uses the same colours, sizes and captions. The format is CSS-like: `node.Label { key: value; }`.

export interface LabelStyle {
  color: string;
  borderColor: string;
  textColor: string;
  diameter: number;
  /** The property the caption shows, from `caption: "{name}"`; null when the caption is fixed text. */
  captionProperty: string | null;
}

export type GrassStyle = Record<string, Record<string, string>>;

export function parseGrass(text: string): GrassStyle {
  const style: GrassStyle = {};
  // A rule's body may hold braces inside quoted values (caption: "{name}").
  const rule = /([\w.]+)\s*\{((?:[^{}"]|"[^"]*")*)\}/g;
  for (const match of text.matchAll(rule)) {
    const declarations: Record<string, string> = {};
    for (const declaration of match[2].split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const key = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).trim().replace(/^"(.*)"$/, '$1');
      if (key) declarations[key] = value;
    }
    style[match[1]] = declarations;
  }
  return style;
}

export function labelStyle(style: GrassStyle, label: string): LabelStyle {
  const merged = { ...(style.node ?? {}), ...(style[`node.${label}`] ?? {}) };
  const caption = /^\{(\w+)\}$/.exec(merged.caption ?? '');
  return {
    color: merged.color ?? '#A5ABB6',
    borderColor: merged['border-color'] ?? '#9AA1AC',
    textColor: merged['text-color-internal'] ?? '#FFFFFF',
    diameter: parseFloat(merged.diameter ?? '50'),
    captionProperty: caption ? caption[1] : null,
  };
}
