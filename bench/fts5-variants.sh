#!/usr/bin/env bash
# What FTS5 can do for search (issue 13, "measure the FTS5 variants first"): on a seeded database, copies search_doc
# into FTS5 tables with prefix indexes (prefix='1 2 3 4') and with detail=column, and times one top-10 query per table
# and per sample search in the sqlite3 shell (.timer), bm25 ranked as the store ranked it before its in-memory index.
# sd_store is FTS5 as the store's search_doc was until schema version 5 (a plain table since), left as filled; the
# other copies are merged into one segment each ('optimize'), their best case.
#   bench/fts5-variants.sh [DATABASE]   (default: a fresh load of the generated 10,000-study bundle in bench/out)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_OUT:-bench/out}
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
db=${1:-}
if [ -z "$db" ]; then
  bundle="$out/peer-10000.json"
  [ -f "$bundle" ] || node ../shared/peer/gen/generate.mjs --studies 10000 --seed 42 --out "$bundle" >/dev/null
  dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
  rm -rf "$out/fts5" && mkdir -p "$out/fts5"
  src/PeerGraph.Api/bin/Release/net10.0/peergraph seed load "$bundle" --PeerGraph:DataDir="$out/fts5" >/dev/null
  db="$out/fts5/peergraph.db"
fi
copy="$out/fts5-variants.db"
cp "$db" "$copy"
sqlite3 "$copy" <<'SQL'
CREATE VIRTUAL TABLE sd_store USING fts5(kind UNINDEXED, node_id UNINDEXED, heading, keywords, body, evidence, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO sd_store (rowid, kind, node_id, heading, keywords, body, evidence) SELECT rowid, kind, node_id, heading, keywords, body, evidence FROM search_doc;
CREATE VIRTUAL TABLE sd_prefix USING fts5(kind UNINDEXED, node_id UNINDEXED, heading, keywords, body, evidence, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4');
INSERT INTO sd_prefix (sd_prefix, rank) VALUES ('rank', 'bm25(0.0, 0.0, 3.0, 2.0, 1.0, 1.0)');
INSERT INTO sd_prefix (rowid, kind, node_id, heading, keywords, body, evidence) SELECT rowid, kind, node_id, heading, keywords, body, evidence FROM search_doc;
CREATE VIRTUAL TABLE sd_column USING fts5(kind UNINDEXED, node_id UNINDEXED, heading, keywords, body, evidence, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4', detail = column);
INSERT INTO sd_column (sd_column, rank) VALUES ('rank', 'bm25(0.0, 0.0, 3.0, 2.0, 1.0, 1.0)');
INSERT INTO sd_column (rowid, kind, node_id, heading, keywords, body, evidence) SELECT rowid, kind, node_id, heading, keywords, body, evidence FROM search_doc;
INSERT INTO sd_store (sd_store, rank) VALUES ('rank', 'bm25(0.0, 0.0, 3.0, 2.0, 1.0, 1.0)');
INSERT INTO sd_prefix (sd_prefix) VALUES ('optimize'); INSERT INTO sd_column (sd_column) VALUES ('optimize');
SQL
for table in sd_store sd_prefix sd_column; do
  for q in '"ambiguous" "lear"*' '"gets" "inte"*' '"presence" "reci"*' '"with" "trus"*' '"t"*'; do
    ms=$(printf '.timer on\nSELECT count(*) FROM (SELECT node_id FROM %s WHERE %s MATCH %s ORDER BY rank LIMIT 10);\n' "$table" "$table" "'$q'" \
      | sqlite3 "$copy" | awk '/Run Time/ { printf "%.1f", $4 * 1000 }')
    echo "$table $q ${ms} ms"
  done
done
rm -f "$copy"
