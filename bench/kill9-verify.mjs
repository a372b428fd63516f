// After a kill -9 and a restart: every write kill9-writer.mjs saw acknowledged is present and whole. For each study,
// the stored version is at least the last acknowledged one (a later write may have committed without its answer
// arriving), its findings all carry that version, and there are as many as that version has (1 + V % 4).
// Usage: node bench/kill9-verify.mjs URL LOG   (prints one JSON line; exit 1 on any problem)
import fs from 'node:fs';

const [url, log] = process.argv.slice(2);
const acked = new Map();
let writes = 0;
for (const line of fs.readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
  const [id, v] = line.split(' ');
  acked.set(id, Math.max(acked.get(id) ?? -1, Number(v)));
  writes++;
}
const problems = [];
for (const [id, v] of acked) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { study(id: $id) { title findings { statement } } }', variables: { id } }) });
  const study = (await r.json()).data?.study;
  if (!study) { problems.push(`${id}: missing (last acknowledged v${v})`); continue; }
  const stored = Number(study.title.split(' ')[0].slice(1));
  const tags = new Set(study.findings.map((f) => f.statement.split(' ')[0]));
  if (stored < v) problems.push(`${id}: v${stored} stored, v${v} was acknowledged`);
  if (tags.size !== 1 || !tags.has(`v${stored}`)) problems.push(`${id}: title v${stored}, findings ${[...tags].join(',')}`);
  if (study.findings.length !== 1 + (stored % 4)) problems.push(`${id}: ${study.findings.length} findings, v${stored} has ${1 + (stored % 4)}`);
}
console.log(JSON.stringify({ acknowledgedWrites: writes, studies: acked.size, problems: problems.slice(0, 20), problemCount: problems.length }));
process.exit(problems.length ? 1 : 0);
