// Makes neo4j-5.26-settings.tsv from Neo4j's configuration reference (the Operations Manual page "Configuration
// settings", https://neo4j.com/docs/operations-manual/5/configuration/configuration-settings/, whose source is
// modules/ROOT/pages/configuration/configuration-settings.adoc on the 5.x branch of github.com/neo4j/docs-operations).
//   git -C docs-operations show 5.x:modules/ROOT/pages/configuration/configuration-settings.adoc > settings.adoc
//   node neo4j/settings/extract-settings.mjs settings.adoc <commit> > neo4j/settings/neo4j-5.26-settings.tsv
// One row per setting: name, edition (all | enterprise), the page's "Valid values" text verbatim, its default value.
import fs from 'node:fs';

const [file, commit] = process.argv.slice(2);
const lines = fs.readFileSync(file, 'utf8').split('\n');
const rows = [];
let role = '';
for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (line.startsWith('[role=')) role = line;
  const heading = /^=== `([^`]+)`\s*$/.exec(line);
  if (!heading) continue;
  const section = [];
  for (let j = i + 1; j < lines.length && !lines[j].startsWith('=== '); j++) section.push(lines[j]);
  const after = (label) => {
    const at = section.findIndex((l) => l.trim() === `|${label}`);
    return at < 0 ? null : section[at + 1].replace(/^\s*[am]\|\s*/, '').replace(/^\+\+\+|\+\+\+$/g, '').trim();
  };
  const valid = after('Valid values');
  if (valid !== null) {
    rows.push([heading[1], role.includes('enterprise') ? 'enterprise' : 'all', valid, after('Default value') ?? '']);
  }
  role = '';
}
console.log(`# Neo4j 5.26 configuration settings: name, edition (all | enterprise), valid values, default value.`);
console.log(`# Source: neo4j/docs-operations, branch 5.x, commit ${commit}, modules/ROOT/pages/configuration/configuration-settings.adoc`);
console.log(`# (published as https://neo4j.com/docs/operations-manual/5/configuration/configuration-settings/). Made by extract-settings.mjs.`);
for (const row of rows.sort((a, b) => a[0].localeCompare(b[0]))) console.log(row.map((c) => c.replace(/\t/g, ' ')).join('\t'));
