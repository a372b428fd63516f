#!/usr/bin/env bash
# PeerGraph against the graphql-js peer (../shared/peer), side by side in one run, on the same generated
# 10,000-study bundle, with the peer's own load script (wrk, 32 connections, only 127.0.0.1):
#   bench/load-vs-peer.sh [CONNECTIONS=32] [SECONDS=10]
# Prints one line per server and query: rps, p50, p99, errors; then the ratios PeerGraph/peer per query, with and
# without PeerGraph's question cache.
set -euo pipefail
cd "$(dirname "$0")/.."
conns=${1:-32} secs=${2:-10}
# Each server gets the same warm-up per query before it is measured: PeerGraph answers at less than half its
# steady rate for its first seconds (tiered JIT, SQLite page caches of new pooled connections).
warmup=${WARMUP_SECONDS:-10}
peer=../shared/peer
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

bundle="$out/peer-10k.json"
[ -f "$bundle" ] || node "$peer/gen/generate.mjs" --studies 10000 --seed 42 --out "$bundle" >/dev/null

# The peer runs from a copy, so its npm install stays out of ../shared.
rm -rf "$out/graphql-js-peer" && cp -r "$peer/graphql-js-peer" "$out/graphql-js-peer"
(cd "$out/graphql-js-peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
data=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$data"; }
trap cleanup EXIT

wait_for() { for _ in $(seq 1 120); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "not ready: $1" >&2; exit 1; }

# Query (b) for every study in turn (bench/study-bodies.mjs), not one study over and over: what a cache that keeps
# answers between requests gains on a load of distinct questions. No separate warm-up: the four queries before it warmed
# the code, and a warm-up over the same list would fill the cache with the studies measured next.
bodies="$out/b-every-study.jsonl"
node bench/study-bodies.mjs "$bundle" "$peer/load/queries/b-study-deep.graphql" "$bodies"

run_all() { # NAME URL
  for q in "$peer"/load/queries/*.graphql; do
    line=$(WARMUP_SECONDS=$warmup bash "$peer/load/run-load.sh" "$2" "$q" "$conns" "$secs" | tail -1)
    echo "$1 $(basename "$q" .graphql) $line" | tee -a "$out/load-results.txt"
  done
  line=$(WRK_BODIES_FILE=$bodies wrk -t1 -c"$conns" -d"${secs}s" --latency -s bench/random-body.lua "$2" | tail -1)
  echo "$1 b-every-study $line" | tee -a "$out/load-results.txt"
}

: > "$out/load-results.txt"
sdl=$(realpath "$peer/../design/schema.graphql")
bundle_path=$(realpath "$bundle")
(cd "$out/graphql-js-peer" && NODE_ENV=production exec node server.mjs --data "$bundle_path" --schema "$sdl" --port 4100 --workers 2) >"$out/peer.log" 2>&1 &
pids+=($!)
wait_for http://127.0.0.1:4100/healthz
run_all peer http://127.0.0.1:4100/graphql
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true

# PeerGraph twice on the same file: with its question cache (the default; wrk repeats one query, so after the first
# request search and related studies come from memory) and without it (every request computes its answer in SQL,
# as the peer computes its answers per request).
start_peergraph() { # CACHE_ENTRIES
  src/PeerGraph.Api/bin/Release/net10.0/peergraph --urls http://127.0.0.1:5090 --PeerGraph:DataDir="$data" --PeerGraph:SeedPath="$bundle" \
    --PeerGraph:QuestionCacheEntries="$1" --Logging:LogLevel:Default=Warning >>"$out/peergraph.log" 2>&1 &
  pids+=($!)
  wait_for http://127.0.0.1:5090/health/ready
}
: > "$out/peergraph.log"
start_peergraph 10000 # the default
run_all peergraph http://127.0.0.1:5090/graphql
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
start_peergraph 0
run_all peergraph-nocache http://127.0.0.1:5090/graphql

echo "== ratio PeerGraph / peer (requests per second): with the question cache, without"
awk '{ split($3, a, "="); rps[$1" "$2] = a[2]; q[$2] = 1 } END { for (k in q) printf "%s %.2f %.2f\n", k, rps["peergraph "k] / rps["peer "k], rps["peergraph-nocache "k] / rps["peer "k] }' "$out/load-results.txt" | sort
