import { describe, expect, it } from 'vitest';
import { pageRange, risRecord, toRis } from './ris';
import { study, untitledStudy } from '../test/fixtures';

describe('RIS', () => {
  it('writes a JOUR record with one AU line per author, in order, closed by ER', () => {
    const lines = risRecord(study).split('\r\n');
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.filter((l) => l.startsWith('AU  - '))).toEqual(['AU  - Sarah N. Mourra', 'AU  - Larry Davidson']);
    expect(lines).toContain('TI  - Pushing, Patience, and Persistence');
    expect(lines).toContain('PY  - 2014');
    expect(lines).toContain('DA  - 2014/10/02');
    expect(lines).toContain('T2  - American journal of psychiatric rehabilitation');
    expect(lines).toContain('SP  - 307');
    expect(lines).toContain('EP  - 328');
    expect(lines).toContain('DO  - 10.1080/15487768.2014.967141');
    expect(lines).toContain('UR  - https://doi.org/10.1080/15487768.2014.967141');
    expect(lines).toContain('KW  - peer support');
    expect(lines[lines.length - 1]).toBe('ER  - ');
  });

  it('keeps each value on one line', () => {
    expect(risRecord(study)).toContain('AB  - Peer providers {describe} 50% of relationships & more');
  });

  it('leaves out what the study does not have', () => {
    expect(risRecord(untitledStudy).split('\r\n')).toEqual(['TY  - JOUR', 'ID  - Study:diaries', 'TI  - Diaries', 'ER  - ']);
  });

  it('separates records by a blank line', () => {
    expect(toRis([untitledStudy, untitledStudy]).split('\r\n\r\n')).toHaveLength(2);
  });

  it('splits page ranges on hyphens and dashes', () => {
    expect(pageRange('307–328')).toEqual(['307', '328']);
    expect(pageRange('e12')).toEqual(['e12', undefined]);
    expect(pageRange(null)).toEqual([undefined, undefined]);
  });
});
