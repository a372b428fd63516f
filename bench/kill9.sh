#!/usr/bin/env bash
# Proof that nothing acknowledged is lost: ROUNDS times, start PeerGraph (Release, SQLite), send bursts of upsertStudy
# mutations (bench/kill9-writer.mjs, 8 at a time), SIGKILL the server 3 to 6 s in, run PRAGMA integrity_check on the
# database as the kill left it, restart, and check that every acknowledged write is present and whole
# (bench/kill9-verify.mjs). Needs node and sqlite3. Usage: bench/kill9.sh [ROUNDS=5] [PORT=5391]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
port=${2:-5391}
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }
dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
bin=src/PeerGraph.Api/bin/Release/net10.0/peergraph
data=$(mktemp -d)
log="$out/kill9-acks.log"
: > "$log"
url="http://127.0.0.1:$port/graphql"
key="kill9-key-0123456789"
server=""
trap '[ -n "$server" ] && kill -9 "$server" 2>/dev/null; rm -rf "$data"' EXIT

start() {
  "$bin" serve --urls "http://127.0.0.1:$port" --PeerGraph:DataDir="$data" --PeerGraph:ApiKeys:0="$key" --PeerGraph:RateLimit:Mutations:PermitLimit=0 > "$out/kill9-server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.2; done
  echo "the server did not start: $(tail -3 "$out/kill9-server.log")" >&2; exit 1
}

for round in $(seq 1 "$rounds"); do
  start
  before=$(wc -l < "$log")
  node bench/kill9-writer.mjs "$url" "$key" "$log" $((round * 1000000)) &
  writer=$!
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 3 + 3 * r / 32767 }')"
  kill -9 "$server"; wait "$server" 2>/dev/null || true; server=""
  wait "$writer" || { echo "the writer failed" >&2; exit 1; }
  wal=$(stat -c %s "$data/peergraph.db-wal" 2>/dev/null || echo 0)
  integrity=$(sqlite3 "$data/peergraph.db" "PRAGMA integrity_check")
  start
  verdict=$(node bench/kill9-verify.mjs "$url" "$log") || { echo "round $round: $verdict" >&2; exit 1; }
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  echo "round $round: $(( $(wc -l < "$log") - before )) writes acknowledged before SIGKILL, WAL left $((wal / 1024)) KiB, integrity_check=$integrity, after restart: $verdict"
  [ "$integrity" = ok ] || exit 1
done
