#!/usr/bin/env bash
# Resident memory of PeerGraph after reading the whole generated 10,000-study graph twice (bench/sweep-all-studies.mjs),
# for each question cache size given (default: 0 and the default 10000):
#   bench/cache-memory.sh [ENTRIES...]
# Prints one line per size: entries=N rss_kb=K (ps, after the second sweep). RSS counts what the server GC keeps
# committed, not only live objects.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
bundle="$out/peer-10k.json"
[ -f "$bundle" ] || node ../shared/peer/gen/generate.mjs --studies 10000 --seed 42 --out "$bundle" >/dev/null
dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
data=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
url=http://127.0.0.1:5091/graphql
for entries in "${@:-0 10000}"; do
  for e in $entries; do
    src/PeerGraph.Api/bin/Release/net10.0/peergraph --urls http://127.0.0.1:5091 --PeerGraph:DataDir="$data" --PeerGraph:SeedPath="$bundle" \
      --PeerGraph:QuestionCacheEntries="$e" --Logging:LogLevel:Default=Warning >>"$out/cache-memory.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 240); do curl -fs http://127.0.0.1:5091/health/ready >/dev/null 2>&1 && break; sleep 0.5; done
    node bench/sweep-all-studies.mjs "$url" >/dev/null
    node bench/sweep-all-studies.mjs "$url" >/dev/null
    echo "entries=$e rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')"
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  done
done
