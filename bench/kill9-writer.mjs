// Bursts of upsertStudy mutations against a running PeerGraph until it stops answering (it is killed with SIGKILL).
// Each acknowledged write (HTTP 200, no errors, the study in the payload) is appended to LOG, synchronously, before
// the next one is sent: "id version". Version V of a study has 1 + V % 4 findings, each tagged "vV". Each worker owns
// its own studies (worker w: kill9-w, kill9-(w+C), ...), so the writes to one study are sent one after the other and
// the last acknowledged version of a study is the newest that can have committed before it, or an older one.
// Usage: node bench/kill9-writer.mjs URL API_KEY LOG FIRST_VERSION [CONCURRENCY=8] [STUDIES=50]
import fs from 'node:fs';

const [url, key, log, firstVersion, concurrency = '8', studies = '50'] = process.argv.slice(2);
let version = Number(firstVersion);
const mutation = 'mutation($input: StudyInput!) { upsertStudy(input: $input) { study { id } errors { message } } }';

function input(id, v) {
  const findings = Array.from({ length: 1 + (v % 4) }, (_, i) => ({
    id: `${id}/f${i}`, themeId: i % 2 ? 'role-ambiguity' : 'role-clarity', perspectiveIds: ['client'], statement: `v${v} finding ${i}`,
  }));
  return { id, title: `v${v} ${id}`, year: 2020, methodIds: ['interviews'], participants: [{ groupId: 'client', count: 1 + (v % 100) }], findings, source: { file: 'kill9.txt' } };
}

async function worker(w) {
  const own = Array.from({ length: Math.ceil(Number(studies) / Number(concurrency)) }, (_, i) => w + i * Number(concurrency));
  for (;;) {
    const v = version++;
    const id = `kill9-${own[Math.floor(Math.random() * own.length)]}`;
    let body;
    try {
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: mutation, variables: { input: input(id, v) } }) });
      body = r.status === 200 ? await r.json() : null;
    } catch {
      return; // the server is gone
    }
    const payload = body?.data?.upsertStudy;
    if (!body?.errors && payload?.study && payload.errors.length === 0) fs.appendFileSync(log, `${id} ${v}\n`);
    else if (body) { console.error(`refused: ${JSON.stringify(body).slice(0, 300)}`); process.exit(1); }
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, (_, w) => worker(w)));
