import { describe, expect, it } from 'vitest';
import { highlight, queryWords } from './highlight';

const marked = (snippet: string, query: string) =>
  highlight(snippet, query).map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('search snippet highlighting', () => {
  it('marks every query word, case-insensitively', () => {
    expect(marked('Trust and supervision in teams', 'trust SUPERVISION')).toBe('[Trust] and [supervision] in teams');
  });

  it('marks a word the query word starts (the last word is a prefix)', () => {
    expect(marked('Peer workers established trusting relationships', 'rel')).toBe('Peer workers established trusting [relationships]');
  });

  it('does not mark a word that only contains the query word', () => {
    expect(marked('distrust', 'trust')).toBe('distrust');
  });

  it('keeps the snippet text whole, ellipses included', () => {
    const parts = highlight('…connect and establish trust…', 'trust');
    expect(parts.map((p) => p.text).join('')).toBe('…connect and establish trust…');
  });

  it('splits the query on punctuation and drops empty words', () => {
    expect(queryWords('  peer-support, trust ')).toEqual(['peer', 'support', 'trust']);
    expect(highlight('text', '  ')).toEqual([{ text: 'text', match: false }]);
  });
});
