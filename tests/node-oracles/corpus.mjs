// The differential corpus: request documents on the PeerGraph contract schema, each with an id, the GraphQL
// spec section it exercises, the document and optional variables/operationName. Both graphql-js (validate.mjs) and
// PeerGraph (the C# conformance test) answer each; the test compares whether the request fails and where.

const c = [];
const add = (id, section, query, variables, operationName) => c.push({ id, section, query, variables: variables ?? null, operationName: operationName ?? null });

// ---- 2. Language: syntax
add('syntax-unclosed-brace', '2.3', '{ stats { studies }');
add('syntax-empty-document', '2.2', '');
add('syntax-comment-only-document', '2.2', '# nothing here\n');
add('syntax-bad-token', '2.1.9', '{ stats { studies $ } }');
add('syntax-unterminated-string', '2.9.4', '{ search(text: "abc) { score } }');
add('syntax-missing-selection-name', '2.4', '{ stats { : studies } }');
add('syntax-argument-without-value', '2.6', '{ search(text:) { score } }');
add('syntax-bad-number', '2.9.1', '{ search(text: "a", first: 01) { score } }');
add('syntax-query-keyword-only', '2.3', 'query');
add('syntax-fragment-on-missing', '2.8', 'fragment F { id } { stats { studies } }');
add('syntax-variable-no-type', '2.10', 'query($a) { stats { studies } }');
add('syntax-block-string-ok', '2.9.4', '{ search(text: """peer""") { score } }');
add('syntax-comment-ok', '2.1.4', '# a comment\n{ stats { studies } }');
add('syntax-unicode-escape-ok', '2.9.4', '{ search(text: "\\u0070eer") { score } }');
add('syntax-bad-escape', '2.9.4', '{ search(text: "\\x") { score } }');
add('syntax-list-unclosed', '2.9.7', '{ nodes(ids: ["a", "b") { id } }');
add('syntax-object-unclosed', '2.9.8', '{ studies(where: { yearFrom: 1 ) { totalCount } }');
add('syntax-directive-no-name', '2.12', '{ stats @ { studies } }');
add('syntax-extra-closing', '2.3', '{ stats { studies } } }');

// ---- 5.1 Documents: executable definitions
add('exec-defs-type-definition', '5.1.1', 'type X { a: Int } { stats { studies } }');
add('exec-defs-schema-definition', '5.1.1', 'schema { query: Query } { stats { studies } }');
add('exec-defs-only-type', '5.1.1', 'scalar Date');
add('exec-defs-extension', '5.1.1', 'extend type Query { x: Int } { stats { studies } }');

// ---- 5.2 Operations
add('op-unique-names', '5.2.1.1', 'query A { stats { studies } } query A { stats { themes } }');
add('op-unique-names-mutation', '5.2.1.1', 'query A { stats { studies } } mutation A { deleteStudy(id: "x") { deletedId } }');
add('op-lone-anonymous', '5.2.2.1', '{ stats { studies } } query B { stats { themes } }');
add('op-two-anonymous', '5.2.2.1', '{ stats { studies } } { stats { themes } }');
add('op-named-ok', '5.2', 'query A { stats { studies } } query B { stats { themes } }', null, 'B');
add('op-name-missing', '6.1', 'query A { stats { studies } } query B { stats { themes } }');
add('op-name-unknown', '6.1', 'query A { stats { studies } } query B { stats { themes } }', null, 'C');
add('op-invalid-before-selection', '6.1', 'query A { stats { nope } } query B { stats { themes } }');
add('op-subscription-unsupported', '5.2.3', 'subscription S { stats { studies } }');

// ---- 5.3 Fields
const fieldsOnCorrectType = [
  ['unknown-root', '{ nope }'],
  ['unknown-nested', '{ stats { nope } }'],
  ['on-interface-concrete-only', '{ node(id: "x") { title } }'],
  ['typename-ok', '{ __typename stats { __typename } }'],
  ['on-fragment-of-scalar', '{ stats { studies { ... on Int { x } } } }'],
  ['unknown-on-connection', '{ studies { total } }'],
  ['unknown-on-edge', '{ studies { edges { nodes { id } } } }'],
  ['on-union-like-hit', '{ search(text: "a") { node { name } } }'],
  ['inline-on-node-ok', '{ search(text: "a") { node { ... on Theme { name } ... on Study { title } } } }'],
  ['mutation-unknown', 'mutation { createStudy { id } }'],
];
for (const [id, q] of fieldsOnCorrectType) add(`fields-${id}`, '5.3.1', q);
add('merge-conflicting-alias', '5.3.2', '{ x: stats { studies } x: stats { themes } }');
add('merge-conflicting-args', '5.3.2', '{ search(text: "a") { score } search(text: "b") { score } }');
add('merge-same-ok', '5.3.2', '{ stats { studies } stats { studies } }');
add('merge-alias-field-conflict', '5.3.2', '{ study(id: "a") { title: doi title } }');
add('merge-different-return-types', '5.3.2', '{ node(id: "a") { ... on Study { x: year } ... on Theme { x: name } } }');
add('leaf-missing-selection', '5.3.3', '{ stats }');
add('leaf-selection-on-scalar', '5.3.3', '{ stats { studies { x } } }');
add('leaf-missing-on-list', '5.3.3', '{ themes }');
add('leaf-missing-on-nested', '5.3.3', '{ study(id: "x") { journal } }');
add('leaf-enum-selection', '5.3.3', '{ methods { kind { x } } }');

// ---- 5.4 Arguments
add('args-unknown', '5.4.1', '{ study(id: "x", nope: 1) { id } }');
add('args-unknown-nested', '5.4.1', '{ study(id: "x") { relatedStudies(max: 2) { similarity } } }');
add('args-unknown-directive-arg', '5.4.1', '{ stats @skip(if: true, when: false) { studies } }');
add('args-unique', '5.4.2', '{ study(id: "a", id: "b") { id } }');
add('args-required-missing', '5.4.2.1', '{ study { id } }');
add('args-required-null', '5.4.2.1', '{ study(id: null) { id } }');
add('args-required-missing-search', '5.4.2.1', '{ search { score } }');
add('args-required-missing-paths', '5.4.2.1', '{ paths(fromId: "a") { length } }');
add('args-required-directive', '5.4.2.1', '{ stats @include { studies } }');
add('args-default-used-ok', '5.4', '{ studies { totalCount } }');

// ---- 5.5 Fragments
add('frag-unique-names', '5.5.1.1', '{ stats { ...F } } fragment F on GraphStats { studies } fragment F on GraphStats { themes }');
add('frag-unknown-type', '5.5.1.2', '{ stats { ...F } } fragment F on Nope { studies }');
add('frag-inline-unknown-type', '5.5.1.2', '{ stats { ... on Nope { studies } } }');
add('frag-on-scalar', '5.5.1.3', '{ stats { ...F } } fragment F on Int { x }');
add('frag-on-enum', '5.5.1.3', '{ stats { ...F } } fragment F on MethodKind { x }');
add('frag-on-input', '5.5.1.3', '{ stats { ...F } } fragment F on StudyFilter { text }');
add('frag-unused', '5.5.1.4', '{ stats { studies } } fragment F on GraphStats { themes }');
add('frag-unused-chain', '5.5.1.4', '{ stats { studies } } fragment F on GraphStats { ...G } fragment G on GraphStats { themes }');
add('frag-undefined-spread', '5.5.2.1', '{ stats { ...Missing } }');
add('frag-cycle', '5.5.2.2', '{ theme(id: "a") { ...A } } fragment A on Theme { parent { ...B } } fragment B on Theme { children { ...A } }');
add('frag-self-cycle', '5.5.2.2', '{ theme(id: "a") { ...A } } fragment A on Theme { parent { ...A } }');
add('frag-impossible-spread', '5.5.2.3', '{ stats { ... on Study { title } } }');
add('frag-impossible-named', '5.5.2.3', '{ stats { ...S } } fragment S on Study { title }');
add('frag-interface-to-object-ok', '5.5.2.3', '{ node(id: "a") { ... on Study { title } } }');
add('frag-object-to-interface-ok', '5.5.2.3', '{ study(id: "a") { ... on Node { id } } }');
add('frag-object-to-other-object', '5.5.2.3', '{ study(id: "a") { ... on Theme { name } } }');
add('frag-ok', '5.5', '{ study(id: "a") { ...S } } fragment S on Study { id title authors { name } }');
add('frag-nested-ok', '5.5', '{ studies { edges { node { ...S } } } } fragment S on Study { themes { ...T } } fragment T on Theme { id name }');

// ---- 5.6 Values
add('values-int-for-string', '5.6.1', '{ search(text: 42) { score } }');
add('values-string-for-int', '5.6.1', '{ search(text: "a", first: "10") { score } }');
add('values-float-for-int', '5.6.1', '{ search(text: "a", first: 1.5) { score } }');
add('values-int-too-big', '5.6.1', '{ search(text: "a", first: 3000000000) { score } }');
add('values-bad-enum', '5.6.1', '{ studies(orderBy: NEWEST) { totalCount } }');
add('values-string-for-enum', '5.6.1', '{ studies(orderBy: "YEAR_DESC") { totalCount } }');
add('values-enum-ok', '5.6.1', '{ studies(orderBy: TITLE_ASC) { totalCount } methods(kind: ANALYSIS) { id } }');
add('values-bool-for-int', '5.6.1', '{ themeCooccurrence(first: true) { count } }');
add('values-int-for-id-ok', '5.6.1', '{ study(id: 5) { id } }');
add('values-float-for-id', '5.6.1', '{ study(id: 5.5) { id } }');
add('values-list-for-scalar', '5.6.1', '{ study(id: ["a"]) { id } }');
add('values-scalar-for-list-ok', '5.6.1', '{ nodes(ids: "a") { id } }');
add('values-null-in-nonnull-list', '5.6.1', '{ nodes(ids: ["a", null]) { id } }');
add('values-object-unknown-field', '5.6.2', '{ studies(where: { nope: 1 }) { totalCount } }');
add('values-object-wrong-field-type', '5.6.1', '{ studies(where: { yearFrom: "2010" }) { totalCount } }');
add('values-object-nested-list-type', '5.6.1', '{ studies(where: { themeIds: [1.5] }) { totalCount } }');
add('values-object-duplicate-field', '5.6.3', '{ studies(where: { yearFrom: 1, yearFrom: 2 }) { totalCount } }');
add('values-input-required-field-missing', '5.6.4', 'mutation { upsertTheme(input: { id: "x" }) { errors { message } } }');
add('values-input-required-field-null', '5.6.4', 'mutation { upsertTheme(input: { id: "x", name: null }) { errors { message } } }');
add('values-nested-input-missing', '5.6.4', 'mutation { upsertStudy(input: { id: "x", title: "t", source: {} }) { errors { message } } }');
add('values-input-ok', '5.6', 'mutation { upsertTheme(input: { id: "x", name: "X" }) { errors { message } } }');
add('values-object-for-scalar', '5.6.1', '{ study(id: { a: 1 }) { id } }');
add('values-scalar-for-object', '5.6.1', '{ studies(where: 5) { totalCount } }');
add('values-list-of-lists', '5.6.1', '{ nodes(ids: [["a"]]) { id } }');
add('values-null-for-nullable-ok', '5.6', '{ studies(after: null, where: null) { totalCount } }');

// ---- 5.7 Directives
add('dir-unknown', '5.7.1', '{ stats @nope { studies } }');
add('dir-wrong-location', '5.7.2', 'query @skip(if: true) { stats { studies } }');
add('dir-deprecated-in-query', '5.7.2', '{ stats @deprecated { studies } }');
add('dir-repeated', '5.7.3', '{ stats @skip(if: false) @skip(if: true) { studies } }');
add('dir-wrong-arg-type', '5.6.1', '{ stats @skip(if: "yes") { studies } }');
add('dir-ok', '5.7', '{ stats @include(if: true) { studies @skip(if: false) } }');
add('dir-variable-ok', '5.7', 'query($b: Boolean!) { stats @include(if: $b) { studies } }', { b: true });
add('dir-specifiedby-in-query', '5.7.2', '{ stats @specifiedBy(url: "x") { studies } }');
add('dir-unknown-with-a-field-argument-name', '5.7.1', '{ study(id: "x") @unknown(id: null) { id } }');

// ---- 5.8 Variables
add('vars-unique', '5.8.1', 'query($a: ID!, $a: ID!) { study(id: $a) { id } }', { a: 'x' });
add('vars-input-type-object', '5.8.2', 'query($a: Study) { stats { studies } }');
add('vars-input-type-unknown', '5.8.2', 'query($a: Nope) { stats { studies } }');
add('vars-input-type-interface', '5.8.2', 'query($a: Node) { stats { studies } }');
add('vars-undefined', '5.8.3', '{ study(id: $a) { id } }');
add('vars-undefined-in-fragment', '5.8.3', 'query A { study(id: "x") { ...F } } fragment F on Study { relatedStudies(first: $n) { similarity } }');
add('vars-unused', '5.8.4', 'query($a: ID) { stats { studies } }');
add('vars-allowed-position-boolean-for-id', '5.8.5', 'query($w: Boolean!) { study(id: $w) { id } }', { w: true });
add('vars-allowed-position-nullable-for-nonnull', '5.8.5', 'query($a: ID) { study(id: $a) { id } }', { a: 'x' });
add('vars-allowed-position-nullable-in-list', '5.8.5', 'query($a: ID) { nodes(ids: [$a]) { id } }', { a: 'x' });
add('vars-allowed-position-nullable-in-input-list', '5.8.5', 'query($a: ID) { studies(where: { themeIds: [$a] }) { totalCount } }', { a: 't' });
add('vars-allowed-position-non-null-in-list-ok', '5.8.5', 'query($a: ID!) { nodes(ids: ["b", $a]) { id } }', { a: 'x' });
add('vars-allowed-position-list-for-scalar', '5.8.5', 'query($a: [ID!]) { study(id: $a) { id } }', { a: ['x'] });
add('vars-allowed-position-default-ok', '5.8.5', 'query($a: Int = 3) { search(text: "a", first: $a) { score } }');
add('vars-allowed-position-int-for-string', '5.8.5', 'query($a: Int) { search(text: $a) { score } }', { a: 1 });
add('vars-allowed-position-enum', '5.8.5', 'query($o: MethodKind) { studies(orderBy: $o) { totalCount } }', { o: 'ANALYSIS' });
add('vars-allowed-position-input-ok', '5.8.5', 'query($w: StudyFilter) { studies(where: $w) { totalCount } }', { w: { yearFrom: 2000 } });
add('vars-allowed-position-nested-input', '5.8.5', 'query($y: String) { studies(where: { yearFrom: $y }) { totalCount } }', { y: '1' });
add('vars-default-wrong-type', '5.6.1', 'query($a: Int = "x") { search(text: "a", first: $a) { score } }');
add('vars-default-on-nonnull-ok', '5.8', 'query($a: Int! = 3) { search(text: "a", first: $a) { score } }');

// ---- 6.1.2 Coercing variable values
add('coerce-missing-required', '6.1.2', 'query($id: ID!) { study(id: $id) { id } }', {});
add('coerce-null-for-required', '6.1.2', 'query($id: ID!) { study(id: $id) { id } }', { id: null });
add('coerce-wrong-type', '6.1.2', 'query($n: Int) { search(text: "a", first: $n) { score } }', { n: 'ten' });
add('coerce-float-for-int', '6.1.2', 'query($n: Int) { search(text: "a", first: $n) { score } }', { n: 1.5 });
add('coerce-int-too-big', '6.1.2', 'query($n: Int) { search(text: "a", first: $n) { score } }', { n: 1e12 });
add('coerce-bad-enum', '6.1.2', 'query($o: StudyOrder) { studies(orderBy: $o) { totalCount } }', { o: 'NEWEST' });
add('coerce-input-unknown-field', '6.1.2', 'query($w: StudyFilter) { studies(where: $w) { totalCount } }', { w: { nope: 1 } });
add('coerce-input-wrong-field', '6.1.2', 'query($w: StudyFilter) { studies(where: $w) { totalCount } }', { w: { yearFrom: 'x' } });
add('coerce-list-item-null', '6.1.2', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', null] });
add('coerce-list-single-value-ok', '6.1.2', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: 'a' });
add('coerce-id-number-ok', '6.1.2', 'query($id: ID!) { study(id: $id) { id } }', { id: 7 });
add('coerce-id-float', '6.1.2', 'query($id: ID!) { study(id: $id) { id } }', { id: 7.5 });
add('coerce-boolean-string', '6.1.2', 'query($b: Boolean!) { stats @include(if: $b) { studies } }', { b: 'true' });
add('coerce-nested-required', '6.1.2', 'mutation($t: ThemeInput!) { upsertTheme(input: $t) { errors { message } } }', { t: { id: 'x' } });
add('coerce-object-for-string', '6.1.2', 'query($s: String!) { search(text: $s) { score } }', { s: { a: 1 } });
add('coerce-ok', '6.1.2', 'query($w: StudyFilter, $n: Int) { studies(where: $w, first: $n) { totalCount } }', { w: { themeIds: ['Theme:role-clarity'], yearFrom: 2000 }, n: 3 });

// ---- operation selection (6.1)
add('opname-unknown', '6.1', 'query A { stats { studies } }', null, 'B');
add('opname-missing-with-two', '6.1', 'query A { stats { studies } } query B { stats { themes } }');
add('opname-selects-second', '6.1', 'query A { stats { studies } } query B { nope }', null, 'A');

// ---- aliases
add('alias-ok', '2.7', '{ a: stats { s: studies } b: stats { t: themes } }');
add('alias-same-name-different-args', '5.3.2', '{ a: study(id: "x") { id } a: study(id: "y") { id } }');
add('alias-of-typename-ok', '2.7', '{ t: __typename }');

// ---- introspection (4)
add('intro-schema-ok', '4.1', '{ __schema { queryType { name } types { name } directives { name isRepeatable locations args { name } } } }');
add('intro-type-ok', '4.2', '{ __type(name: "Study") { name kind fields(includeDeprecated: true) { name args(includeDeprecated: true) { name } } interfaces { name } } }');
add('intro-specifiedby-ok', '4.2', '{ __type(name: "ID") { specifiedByURL } }');
add('intro-input-fields-deprecated-ok', '4.2', '{ __type(name: "StudyInput") { inputFields(includeDeprecated: true) { name } } }');
add('intro-unknown-field', '4', '{ __schema { nope } }');
add('intro-type-missing-arg', '4', '{ __type { name } }');
add('intro-on-nested', '4', '{ stats { __schema { types { name } } } }');
add('intro-typename-mutation-ok', '4', 'mutation { __typename }');
add('intro-enum-values-ok', '4', '{ __type(name: "StudyOrder") { enumValues { name isDeprecated } } }');

// ---- more field combinations on every root field (validity)
const roots = [
  ['node', '{ node(id: "x") { id } }'], ['nodes', '{ nodes(ids: ["x"]) { id } }'], ['study', '{ study(id: "x") { id } }'],
  ['studies', '{ studies(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage } } }'],
  ['theme', '{ theme(id: "x") { id } }'], ['themes', '{ themes(all: true) { id } }'],
  ['stakeholderGroup', '{ stakeholderGroup(id: "x") { id } }'], ['stakeholderGroups', '{ stakeholderGroups { id synonyms } }'],
  ['journal', '{ journal(id: "x") { id } }'], ['journals', '{ journals { issn } }'], ['author', '{ author(id: "x") { name } }'],
  ['authors', '{ authors { id } }'], ['methods', '{ methods { kind } }'], ['settings', '{ settings { name } }'],
  ['search', '{ search(text: "peer") { score snippet node { id } } }'],
  ['evidenceMap', '{ evidenceMap { cells { studyCount } gaps { findingCount } } }'],
  ['themeCooccurrence', '{ themeCooccurrence { a { id } b { id } jaccard } }'],
  ['paths', '{ paths(fromId: "a", toId: "b") { length steps { type } } }'], ['stats', '{ stats { relationships } }'],
];
for (const [name, q] of roots) {
  add(`root-${name}-ok`, '6', q);
  add(`root-${name}-unknown-subfield`, '5.3.1', q.replace(/\{ ([a-z]+) /, '{ $1 nope: zzz ').replace(/ \}$/, ' }'));
}
add('nullprop-shape-ok', '6.4.4', '{ study(id: "x") { title journal { name } } }');

export default c;
