// Reads every study of a running PeerGraph (or the peer) through GraphQL, 100 per page, with findings, themes,
// authors and participants: a whole-graph sweep for memory figures (bench/cache-memory.sh).
// node bench/sweep-all-studies.mjs URL
const url = process.argv[2];
let after = null, n = 0, pages = 0;
const q = `query($after: String) { studies(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
  edges { node { id title abstract year journal { name } themes { name } authors { name } participants { group { name } count }
    findings { id statement theme { name } perspectives { name } } } } } }`;
for (;;) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: { after } }) });
  const j = await r.json();
  if (j.errors) { console.error(JSON.stringify(j.errors)); process.exit(1); }
  n += j.data.studies.edges.length; pages++;
  if (!j.data.studies.pageInfo.hasNextPage) break;
  after = j.data.studies.pageInfo.endCursor;
}
console.log(`studies=${n} pages=${pages}`);
