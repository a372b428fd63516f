import { describe, expect, it } from 'vitest';
import { filterFromParams, heat, isActive, matches } from './mapFilter';
import { byPerspective, partnersOf } from './grouping';
import { pageOf } from './ids';

const s = (year: number | null, methods: string[] = [], groups: string[] = []) => ({
  id: 'Study:x', year, methods: methods.map((id) => ({ id })), participants: groups.map((id) => ({ group: { id } })),
});

describe('evidence map filters', () => {
  it('keeps studies in the year range, bounds included; a study without a year is out once a bound is set', () => {
    expect(matches(s(2014), { yearFrom: 2014, yearTo: 2014 })).toBe(true);
    expect(matches(s(2013), { yearFrom: 2014 })).toBe(false);
    expect(matches(s(null), { yearTo: 2020 })).toBe(false);
    expect(matches(s(null), {})).toBe(true);
  });

  it('keeps studies that used the method and sampled the group', () => {
    expect(matches(s(2014, ['Method:interviews'], ['StakeholderGroup:client']), { methodId: 'Method:interviews', participantGroupId: 'StakeholderGroup:client' })).toBe(true);
    expect(matches(s(2014, [], ['StakeholderGroup:client']), { methodId: 'Method:interviews' })).toBe(false);
    expect(matches(s(2014, ['Method:interviews'], []), { participantGroupId: 'StakeholderGroup:client' })).toBe(false);
  });

  it('reads the filter from the URL, ignoring what is not a number', () => {
    const f = filterFromParams(new URLSearchParams('from=2010&to=abc&group=StakeholderGroup:client'));
    expect(f).toEqual({ yearFrom: 2010, yearTo: undefined, methodId: undefined, participantGroupId: 'StakeholderGroup:client' });
    expect(isActive(f)).toBe(true);
    expect(isActive(filterFromParams(new URLSearchParams('')))).toBe(false);
  });

  it('colours gaps white and darkens with the count', () => {
    expect(heat(0, 4)).toBe('#ffffff');
    expect(heat(4, 4)).not.toBe(heat(1, 4));
  });
});

describe('grouping and links', () => {
  it('puts a finding under each of its perspectives', () => {
    const f = { id: 'f', perspectives: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] };
    expect(byPerspective([f]).map((g) => [g.group.id, g.findings.length])).toEqual([['a', 1], ['b', 1]]);
  });

  it('lists the partners of a theme from the co-occurring pairs, most shared first', () => {
    const t = (id: string) => ({ id, name: id });
    const pairs = [
      { a: t('x'), b: t('y'), count: 1, jaccard: 0.1 },
      { a: t('z'), b: t('x'), count: 3, jaccard: 0.5 },
      { a: t('y'), b: t('z'), count: 9, jaccard: 0.9 },
    ];
    expect(partnersOf('x', pairs).map((p) => p.theme.id)).toEqual(['z', 'y']);
  });

  it('links a node to its explorer page (a finding to its study)', () => {
    expect(pageOf('Study:a-2014')).toBe('/studies/a-2014');
    expect(pageOf('StakeholderGroup:client')).toBe('/groups/client');
    expect(pageOf('Finding:a-2014/f1')).toBe('/studies/a-2014#Finding%3Aa-2014%2Ff1');
    expect(pageOf('Author:x')).toBeNull();
  });
});
