// Lints every .cypher file of the repository (or the files/folders given) with Neo4j's own Cypher language support
// (@neo4j-cypher/language-support: parser and semantic analysis, offline). Prints file:line:col: severity: message
// for each diagnostic and exits 1 on any error. Client commands (:param, as in exported scripts) are understood. Warnings (e.g. deprecations) are printed and fail only with --strict.
//   node tools/cypher-lint/lint.mjs [--strict] [PATH...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

// The package's ESM build uses extensionless imports Node cannot resolve; its CommonJS build works.
const { lintCypherQuery } = createRequire(import.meta.url)('@neo4j-cypher/language-support');

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const targets = args.filter((a) => a !== '--strict');

function collect(target, out) {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target)) {
      if (['node_modules', 'bin', 'obj', '.git', 'lint-fixtures'].includes(entry)) continue;
      collect(path.join(target, entry), out);
    }
  } else if (target.endsWith('.cypher')) {
    out.push(target);
  }
  return out;
}

const files = (targets.length ? targets : [root]).flatMap((t) => collect(path.resolve(t), [])).sort();
// Statements are parameterised and their values come from the C# code, so each $name a file uses is declared as a
// parameter; everything else (syntax, variables, clauses, functions of the default set) is checked as Neo4j would.
const schemaFor = (text) => ({ parameters: Object.fromEntries([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => [m[1], null])) });
let errors = 0;
let warnings = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  for (const d of lintCypherQuery(text, schemaFor(text), true)) {
    const severity = d.severity === 1 ? 'error' : 'warning';
    if (severity === 'error') errors++; else warnings++;
    const line = (d.range?.start?.line ?? 0) + 1;
    const column = (d.range?.start?.character ?? 0) + 1;
    console.log(`${path.relative(root, file)}:${line}:${column}: ${severity}: ${d.message}`);
  }
}
console.log(`cypher-lint: ${files.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors > 0 || (strict && warnings > 0) ? 1 : 0);
