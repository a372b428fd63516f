// graphql-js executing the execution corpus over the reference peer's resolvers (shared/peer/graphql-js-peer) and a
// seed bundle; prints one JSON line per case: { id, query, variables, dataIsNull, errorPaths }.
// Usage: node execute.mjs SCHEMA.graphql BUNDLE.json PEER_DIR
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSchema, graphql } from 'graphql';
import cases from './execution-corpus.mjs';

const [sdlPath, bundlePath, peerDir] = process.argv.slice(2);
// The peer's modules are copied beside this script so that their `import 'graphql'` resolves to this folder's
// graphql@16 (one module instance) and nothing is installed into ../shared.
const copy = path.join(path.dirname(new URL(import.meta.url).pathname), '.peer');
fs.mkdirSync(copy, { recursive: true });
for (const file of ['data.mjs', 'resolvers.mjs']) fs.copyFileSync(path.join(peerDir, file), path.join(copy, file));
const { loadBundle } = await import(pathToFileURL(path.join(copy, 'data.mjs')).href);
const { makeResolvers } = await import(pathToFileURL(path.join(copy, 'resolvers.mjs')).href);
const schema = buildSchema(fs.readFileSync(sdlPath, 'utf8'));
for (const [typeName, fields] of Object.entries(makeResolvers(loadBundle(bundlePath)))) {
  const type = schema.getType(typeName);
  for (const [fieldName, fn] of Object.entries(fields)) {
    if (fieldName === '__resolveType') type.resolveType = fn; else type.getFields()[fieldName].resolve = fn;
  }
}
for (const c of cases) {
  const result = await graphql({ schema, source: c.query, variableValues: c.variables ?? {}, contextValue: { memo: new Map() } });
  console.log(JSON.stringify({ ...c, variables: c.variables ?? null, dataIsNull: result.data == null,
    errorPaths: (result.errors ?? []).map((e) => (e.path ?? []).join('.')).sort() }));
}
