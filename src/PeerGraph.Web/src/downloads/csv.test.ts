import { describe, expect, it } from 'vitest';
import { csvField, evidenceMapCsv, studiesCsv, toCsv } from './csv';
import { study, untitledStudy } from '../test/fixtures';

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes empty fields for null and undefined, numbers as they are', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 2021]])).toBe('a,b,c\r\n,,2021\r\n');
  });

  it('keeps spreadsheets from running a leading = + - @ as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });

  it('lists studies one per row with authors joined by semicolons', () => {
    const lines = studiesCsv([study, untitledStudy]).split('\r\n');
    expect(lines[0]).toBe('id,title,year,authors,journal,volume,issue,pages,doi,url,citations');
    expect(lines[1]).toBe(
      'Study:pushing-2014,"Pushing, Patience, and Persistence",2014,Sarah N. Mourra; Larry Davidson,American journal of psychiatric rehabilitation,17,4,307–328,10.1080/15487768.2014.967141,,12',
    );
    expect(lines[2]).toBe('Study:diaries,Diaries,,,,,,,,,');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('writes the map with blank finding counts when they are unknown', () => {
    expect(evidenceMapCsv([{ theme: 'Trust', group: 'Client', studyCount: 0, findingCount: null }])).toBe(
      'theme,perspective,studies,findings\r\nTrust,Client,0,\r\n',
    );
  });
});
