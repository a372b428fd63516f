// Median latency of upsertStudy (each study of the bundle with 6 findings replaced by itself, one request at a time)
// against a running PeerGraph:
//   node bench/write-latency.mjs URL API_KEY BUNDLE [COUNT=200]
// Env WRITE_CHANGE: unset, the study is sent as it is (the store finds it unchanged and writes nothing); "title", its
// title changed (only its own row is rewritten); "finding", its first finding's statement changed (the whole study
// is written again, with its derived data). Each run's changes its own.
// Prints: upserts=N median_ms=... p90_ms=... max_ms=... errors=N
import fs from 'node:fs';
const [url, apiKey, bundleFile, countArg] = process.argv.slice(2);
if (!bundleFile) { console.error('usage: node bench/write-latency.mjs URL API_KEY BUNDLE [COUNT]'); process.exit(2); }
const count = Number(countArg ?? 200);
const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8'));
const candidates = bundle.studies.filter((s) => s.findings.length === 6);
const query = 'mutation Upsert($input: StudyInput!) { upsertStudy(input: $input) { study { id } errors { message } } }';
const inputOf = (s) => ({
  id: s.id, title: s.title, titleIsDerived: s.titleIsDerived, abstract: s.abstract, year: s.year, publishedOn: s.publishedOn, doi: s.doi,
  url: s.url, journal: s.journal, volume: s.volume, issue: s.issue, pages: s.pages, authors: s.authors, design: s.design, methodIds: s.methods,
  settings: s.settings, location: s.location, dataCollectedFrom: s.dataCollectedFrom, dataCollectedTo: s.dataCollectedTo, keywords: s.keywords,
  citationCount: s.citationCount, source: s.source,
  participants: s.participants.map((p) => ({ groupId: p.group, count: p.count, note: p.note })),
  findings: s.findings.map((f) => ({ id: f.id, themeId: f.theme, perspectiveIds: f.perspectives, aboutIds: f.about, statement: f.statement, evidence: f.evidence })),
});
const change = process.env.WRITE_CHANGE ?? '';
const run = Date.now();
const changed = (input, i) => {
  const mark = `rev ${run}-${i}`;
  if (change === 'title') return { ...input, title: `${mark} ${input.title}` };
  if (change === 'finding') return { ...input, findings: [{ ...input.findings[0], statement: `${mark} ${input.findings[0].statement}` }, ...input.findings.slice(1)] };
  return input;
};
const times = [];
let errors = 0;
for (let i = 0; i < count; i++) {
  const study = candidates[(i * 7919) % candidates.length];
  const started = process.hrtime.bigint();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables: { input: changed(inputOf(study), i) } }),
  });
  const text = await response.text();
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (!response.ok || text.includes('"errors":[{')) { errors++; if (errors === 1) console.error(text.slice(0, 400)); }
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
console.log(`upserts=${count} median_ms=${at(0.5)} p90_ms=${at(0.9)} max_ms=${times[times.length - 1].toFixed(2)} errors=${errors}`);
