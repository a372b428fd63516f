// graphql-js's own check that the served schema is a superset of the contract: PeerGraph is introspected with
// graphql-js's full introspection query (every option on: descriptions, specifiedByURL, isRepeatable, schema
// description, deprecated input values), the answer is rebuilt with buildClientSchema (which also checks that the
// introspection answer is well formed), and findBreakingChanges / findDangerousChanges compare the contract with it.
// Changes to graphql-js's own built-in directives (its version's @deprecated locations, @oneOf...) are listed apart
// from the contract's. Prints one JSON object: { breaking: [...], dangerous: [...], builtInDirectives: [...] }.
// Usage: node schema-superset.mjs GRAPHQL_URL CONTRACT.graphql
import fs from 'node:fs';
import {
  buildClientSchema, buildSchema, findBreakingChanges, findDangerousChanges, getIntrospectionQuery, specifiedDirectives,
} from 'graphql';

const [url, contractPath] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.error(`introspection failed: ${response.status} ${JSON.stringify(body.errors)}`);
  process.exit(1);
}
const served = buildClientSchema(body.data);
const contract = buildSchema(fs.readFileSync(contractPath, 'utf8'));
const builtIn = new Set(specifiedDirectives.map((d) => d.name));
// The directive a DIRECTIVE_* change is about, from its description ("oneOf was removed.", "X was removed from deprecated.",
// "A required arg x on directive y was added.").
const directiveOf = (c) => /^(REQUIRED_)?DIRECTIVE_/.test(c.type)
  ? (c.description.match(/on directive (\w+)/) ?? c.description.match(/ from (\w+)\.$/) ?? c.description.match(/^(\w+) was removed\.$/))?.[1]
  : undefined;
const aboutBuiltIn = (c) => builtIn.has(directiveOf(c));
const describe = (changes) => changes.map((c) => `${c.type}: ${c.description}`);
const breaking = findBreakingChanges(contract, served);
const dangerous = findDangerousChanges(contract, served);
console.log(JSON.stringify({
  breaking: describe(breaking.filter((c) => !aboutBuiltIn(c))),
  dangerous: describe(dangerous.filter((c) => !aboutBuiltIn(c))),
  builtInDirectives: describe([...breaking, ...dangerous].filter(aboutBuiltIn)),
}));
