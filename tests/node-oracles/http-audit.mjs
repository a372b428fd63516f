// Runs graphql-http's GraphQL-over-HTTP server audits against a running endpoint and prints one JSON line per
// audit: { id, name, status, reason }. Usage: node http-audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs URL');
  process.exit(2);
}
const results = await auditServer({ url, fetchFn: fetch });
for (const r of results) {
  console.log(JSON.stringify({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? null }));
}
