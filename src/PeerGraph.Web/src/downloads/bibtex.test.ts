import { describe, expect, it } from 'vitest';
import { bibtexKeys, escapeBibtex, toBibtex } from './bibtex';
import { study, untitledStudy } from '../test/fixtures';

describe('BibTeX', () => {
  it('writes an @article with authors joined by "and" and a page range with --', () => {
    const entry = toBibtex([study]);
    expect(entry).toMatch(/^@article\{mourra2014,\n/);
    expect(entry).toContain('  author = {Sarah N. Mourra and Larry Davidson}');
    expect(entry).toContain('  year = {2014}');
    expect(entry).toContain('  pages = {307--328}');
    expect(entry).toContain('  doi = {10.1080/15487768.2014.967141}');
    expect(entry.trimEnd().endsWith('}')).toBe(true);
  });

  it('escapes the characters BibTeX treats specially', () => {
    expect(escapeBibtex('50% & {x} #1 $2 a_b')).toBe('50\\% \\& \\{x\\} \\#1 \\$2 a\\_b');
    expect(toBibtex([study])).toContain('abstract = {Peer providers \\{describe\\} 50\\% of relationships \\& more}');
  });

  it('makes keys unique with a, b, ... and uses anon and nd when author or year is missing', () => {
    expect(bibtexKeys([study, study, untitledStudy])).toEqual(['mourra2014a', 'mourra2014b', 'anonnd']);
  });
});
