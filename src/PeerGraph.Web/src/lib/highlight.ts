// Marks the words of a search in a snippet, as the API matches them: case-insensitive, every word of the query, the
// last word also as a prefix. Returns the snippet as parts, the matched ones flagged, so the page can render <mark>.

export interface TextPart {
  text: string;
  match: boolean;
}

export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function highlight(snippet: string, query: string): TextPart[] {
  const words = queryWords(query);
  if (words.length === 0 || snippet.length === 0) return snippet ? [{ text: snippet, match: false }] : [];
  const parts: TextPart[] = [];
  const tokenPattern = /[\p{L}\p{N}]+/gu;
  let position = 0;
  for (const token of snippet.matchAll(tokenPattern)) {
    const word = token[0].toLowerCase();
    // A token matches when a query word starts it: the last word is a prefix for the API, and the snippet shows
    // other words with their endings (trust, trusting) as the full-text index matched them.
    const matched = words.some((w) => word.startsWith(w));
    if (!matched) continue;
    const start = token.index!;
    if (start > position) parts.push({ text: snippet.slice(position, start), match: false });
    parts.push({ text: token[0], match: true });
    position = start + token[0].length;
  }
  if (position < snippet.length) parts.push({ text: snippet.slice(position), match: false });
  return parts;
}
