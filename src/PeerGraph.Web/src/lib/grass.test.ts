import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { labelStyle, parseGrass } from './grass';

const repositoryStyle = readFileSync(new URL('../../../../neo4j/browser/style.grass', import.meta.url), 'utf8');

describe("Neo4j Browser's style (style.grass)", () => {
  const style = parseGrass(repositoryStyle);

  it('reads colours, sizes and the caption property of each label', () => {
    expect(labelStyle(style, 'Study')).toEqual({ color: '#4C8EDA', borderColor: '#2870C2', textColor: '#FFFFFF', diameter: 80, captionProperty: 'title' });
    expect(labelStyle(style, 'Finding').captionProperty).toBe('statement');
    expect(labelStyle(style, 'StakeholderGroup').captionProperty).toBe('name');
    expect(labelStyle(style, 'Setting').textColor).toBe('#604A0E');
  });

  it('falls back to the node defaults for a label it does not name', () => {
    expect(labelStyle(style, 'Unknown')).toMatchObject({ color: '#A5ABB6', diameter: 50, captionProperty: null });
  });

  it('keeps braces and semicolons inside quoted values', () => {
    const s = parseGrass('node.X { caption: "{a;b}"; color: #fff; }');
    expect(s['node.X']).toEqual({ caption: '{a;b}', color: '#fff' });
  });
});
