// Writes GraphQL-over-HTTP bodies, one per line, for bench/random-body.lua: loads where every request asks something
// new, generated from a bundle (a fixed pseudo-random order, so every run sends the same list).
//   node bench/distinct-bodies.mjs BUNDLE OUTDIR [COUNT=20000]
// Files written in OUTDIR:
//   b-study.jsonl       query (b) of ../shared/peer/load/queries, one random study in depth per request
//   d-search.jsonl      query (d) with two random words of the bundle's titles (the second as a prefix, as search does)
//   a-theme-year.jsonl  query (a): 20 studies filtered by a random theme and a random yearFrom
//   e-text.jsonl        query (a) filtered by text instead: two random words of the bundle's titles, both required
//                       (the studies' text filter; whole words, as both servers match them)
//   mix.jsonl           the three above, interleaved one by one
//   stats.jsonl         `{ stats { ... } }`, the counts a home page shows (the same every time)
//   b-kept.jsonl        query (b) for 100 studies only, over and over: what a study page costs once its answer is kept
//   a-kept.jsonl, d-kept.jsonl, e-kept.jsonl
//                       100 questions of a-theme-year, d-search and e-text each, over and over: the same for those loads
//   typename.jsonl      `{ __typename }`: no field to resolve, so no store call; what is left is the server's HTTP and
//                       GraphQL pipeline, the floor under every other load's cost
//   reads.jsonl         the read mix of the mixed read/write run: list pages, study pages, the evidence map, searches
//   writes.jsonl        upsertStudy of a random study of the bundle as it is (the study is replaced by itself)
import fs from 'node:fs';
import path from 'node:path';

const [bundleFile, outDir, countArg] = process.argv.slice(2);
if (!outDir) { console.error('usage: node bench/distinct-bodies.mjs BUNDLE OUTDIR [COUNT]'); process.exit(2); }
const count = Number(countArg ?? 20000);
const here = path.dirname(new URL(import.meta.url).pathname);
const queries = path.join(here, '..', '..', 'shared', 'peer', 'load', 'queries');
const read = (name) => fs.readFileSync(path.join(queries, name), 'utf8');
const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8'));

let state = 42; // a small LCG: the same lists on every run
// In 32-bit integers (Math.imul): the product in doubles lost its low bits past 2^53, and the sequence fell into
// short cycles (a 100,000-line load of random study pages held 7,988 distinct studies of 10,000).
const random = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];

const words = [...new Set(bundle.studies.flatMap((s) => s.title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))]
  .filter((w) => w.length >= 4);
const years = bundle.studies.map((s) => s.year).filter((y) => y != null);
const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];

const studyQuery = read('b-study-deep.graphql');
const searchQuery = 'query Search($text: String!) { search(text: $text, first: 10) { score node { id ... on Study { title } } } }';
const pageQuery = read('a-studies-page.graphql')
  .replace('query StudiesPage {', 'query StudiesPage($theme: ID!, $year: Int!) {')
  .replace('where: { yearFrom: 2010 }', 'where: { yearFrom: $year, themeIds: [$theme] }');
const textPageQuery = read('a-studies-page.graphql')
  .replace('query StudiesPage {', 'query StudiesPage($text: String!) {')
  .replace('where: { yearFrom: 2010 }', 'where: { text: $text }');
const statsQuery = '{ stats { studies themes findings stakeholderGroups authors journals relationships } }';
const mapQuery = read('c-evidence-map.graphql');

const body = (query, variables) => JSON.stringify(variables ? { query, variables } : { query });
const study = () => body(studyQuery, { id: `Study:${pick(bundle.studies).id}` });
const search = () => body(searchQuery, { text: `${pick(words)} ${pick(words).slice(0, 4)}` });
const textPage = () => body(textPageQuery, { text: `${pick(words)} ${pick(words)}` });
const page = () => body(pageQuery, { theme: `Theme:${pick(bundle.themes).id}`, year: minYear + Math.floor(random() * (maxYear - minYear + 1)) });

const upsert = 'mutation Upsert($input: StudyInput!) { upsertStudy(input: $input) { study { id } errors { message } } }';
const inputOf = (s) => ({
  id: s.id, title: s.title, titleIsDerived: s.titleIsDerived, abstract: s.abstract, year: s.year, publishedOn: s.publishedOn, doi: s.doi,
  url: s.url, journal: s.journal, volume: s.volume, issue: s.issue, pages: s.pages, authors: s.authors, design: s.design, methodIds: s.methods,
  settings: s.settings, location: s.location, dataCollectedFrom: s.dataCollectedFrom, dataCollectedTo: s.dataCollectedTo, keywords: s.keywords,
  citationCount: s.citationCount, source: s.source,
  participants: s.participants.map((p) => ({ groupId: p.group, count: p.count, note: p.note })),
  findings: s.findings.map((f) => ({ id: f.id, themeId: f.theme, perspectiveIds: f.perspectives, aboutIds: f.about, statement: f.statement, evidence: f.evidence })),
});

const lines = (make, n = count) => Array.from({ length: n }, make).join('\n') + '\n';
fs.mkdirSync(outDir, { recursive: true });
const write = (name, text) => fs.writeFileSync(path.join(outDir, name), text);
write('b-study.jsonl', lines(study));
write('d-search.jsonl', lines(search));
write('a-theme-year.jsonl', lines(page));
let turn = 0;
write('mix.jsonl', lines(() => [study, search, page][turn++ % 3]()));
write('stats.jsonl', lines(() => body(statsQuery), 1));
write('typename.jsonl', lines(() => body('{ __typename }'), 1));
const readKinds = [page, study, study, () => body(mapQuery), search];
write('reads.jsonl', lines(() => pick(readKinds)()));
write('writes.jsonl', lines(() => body(upsert, { input: inputOf(pick(bundle.studies)) }), 2000));
// Last, so that the files above stay as they were before this load was added.
write('e-text.jsonl', lines(textPage));
// Last again, for the same reason: the study pages of 100 studies, over and over (PeerGraph answers them from its kept
// answers after the second ask): what a study page costs each server when its store is not asked.
const kept = new Set();
while (kept.size < Math.min(100, bundle.studies.length)) kept.add(pick(bundle.studies));
const keptStudies = [...kept];
write('b-kept.jsonl', lines(() => body(studyQuery, { id: `Study:${pick(keptStudies).id}` })));
// Last again: 100 questions of each other load, over and over (the same for filtered pages, search and the text filter).
const keptOf = (make) => { const questions = Array.from({ length: 100 }, make); return () => pick(questions); };
write('a-kept.jsonl', lines(keptOf(page)));
write('d-kept.jsonl', lines(keptOf(search)));
write('e-kept.jsonl', lines(keptOf(textPage)));
console.log(`wrote ${outDir}: ${count} bodies per load, ${words.length} words, years ${minYear}-${maxYear}`);
