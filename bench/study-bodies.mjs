// Writes one GraphQL-over-HTTP body per line: query (b) of ../shared/peer/load/queries (one study in depth) for every
// study of a bundle, in a fixed shuffled order, for bench/random-body.lua (a load of distinct studies, not one).
//   node bench/study-bodies.mjs BUNDLE QUERYFILE OUT
import fs from 'node:fs';
const [bundleFile, queryFile, outFile] = process.argv.slice(2);
if (!outFile) { console.error('usage: node bench/study-bodies.mjs BUNDLE QUERYFILE OUT'); process.exit(2); }
const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8'));
const query = fs.readFileSync(queryFile, 'utf8');
const ids = bundle.studies.map(s => s.id);
let state = 42; // a small LCG, so that every run sends the same order
// In 32-bit integers (Math.imul), as in bench/distinct-bodies.mjs, where the product in doubles lost its low bits past
// 2^53 and the sequence fell into short cycles. Here it only orders a shuffle: every study is still sent once.
const next = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 2147483648;
for (let i = ids.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [ids[i], ids[j]] = [ids[j], ids[i]]; }
fs.writeFileSync(outFile, ids.map(id => JSON.stringify({ query, variables: { id: `Study:${id}` } })).join('\n') + '\n');
