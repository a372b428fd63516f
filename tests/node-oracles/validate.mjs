// graphql-js's verdict on every corpus document: parse, validate, then (when valid) coerce the variables of the
// selected operation. Prints one JSON line per case: { id, section, query, variables, operationName, fails, errors }
// where errors are [{ locations }]. Usage: node validate.mjs SCHEMA.graphql
import fs from 'node:fs';
import { buildSchema, parse, validate, getOperationAST, GraphQLError } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import corpus from './corpus.mjs';

const schema = buildSchema(fs.readFileSync(process.argv[2], 'utf8'));
const locations = (errors) => errors.map((e) => ({ locations: (e.locations ?? []).map((l) => [l.line, l.column]) }));

for (const item of corpus) {
  let errors = [];
  let stage = 'ok';
  try {
    const document = parse(item.query);
    errors = validate(schema, document);
    stage = errors.length ? 'validation' : 'ok';
    if (!errors.length) {
      const operation = getOperationAST(document, item.operationName ?? undefined);
      if (!operation) {
        errors = [new GraphQLError('no operation selected')];
        stage = 'operation';
      } else if (!schema.getRootType(operation.operation)) {
        // graphql-js's execute() refuses it so, at the operation.
        errors = [new GraphQLError(`Schema is not configured to execute ${operation.operation} operation.`, { nodes: operation })];
        stage = 'operation';
      } else {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], item.variables ?? {});
        if (coerced.errors) {
          errors = coerced.errors;
          stage = 'variables';
        }
      }
    }
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    errors = [e];
    stage = 'syntax';
  }
  console.log(JSON.stringify({ ...item, fails: errors.length > 0, stage, errors: locations(errors) }));
}
