#!/usr/bin/env bash
# Reads while people write: PeerGraph (Release, default settings) on a generated bundle, 64 connections, the read mix
# of bench/distinct-bodies.mjs (list pages, random study pages, the evidence map, random searches) read-only and then
# with 5 % upsertStudy (bench/mixed-body.lua), in turns (ROUNDS rounds of SECONDS each), so both meet the same
# background load; then, with SOAK_SECONDS > 0, a soak of the mixed load with resident memory sampled every 10 s.
#   bench/mixed-load.sh [STUDIES=10000] [CONNECTIONS=64] [SECONDS=10]
# Env: ROUNDS (default 2), WRITE_PERCENT (default 5), SOAK_SECONDS (default 0), WARMUP_SECONDS (default 20), PEERGRAPH_BIN,
# WRK_WRITE_CHANGE=0 (writes resend their studies unchanged, which the store skips; by default each changes its title). Also prints the server's CPU per request.
set -euo pipefail
cd "$(dirname "$0")/.."
studies=${1:-10000} conns=${2:-64} secs=${3:-10}
rounds=${ROUNDS:-2} percent=${WRITE_PERCENT:-5} soak=${SOAK_SECONDS:-0}
peer=../shared/peer
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
bundle="$out/peer-$studies.json"
[ -f "$bundle" ] || node "$peer/gen/generate.mjs" --studies "$studies" --seed 42 --out "$bundle" >/dev/null
bodies="$out/bodies-$studies"
[ -f "$bodies/writes.jsonl" ] || node bench/distinct-bodies.mjs "$bundle" "$bodies" 20000 >/dev/null
[ -n "${PEERGRAPH_BIN:-}" ] || dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
bin=${PEERGRAPH_BIN:-src/PeerGraph.Api/bin/Release/net10.0/peergraph}
data=$(mktemp -d)
pid=
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
"$bin" --urls http://127.0.0.1:5093 --PeerGraph:DataDir="$data" --PeerGraph:SeedPath="$bundle" --PeerGraph:ApiKeys:0=bench-mixed-key --PeerGraph:RateLimit:Mutations:PermitLimit=0 \
  --Logging:LogLevel:Default=Warning >"$out/peergraph-mixed.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do curl -fs http://127.0.0.1:5093/health/ready >/dev/null 2>&1 && break; sleep 0.5; done
url=http://127.0.0.1:5093/graphql
export WRK_BODIES_FILE="$bodies/reads.jsonl" WRK_WRITES_FILE="$bodies/writes.jsonl" WRK_API_KEY=bench-mixed-key
# Warm-up on the mix with writes, so that both the read and the write path leave the JIT's first tiers before the
# first measured round (5 s of reads alone left round 1 read-only in them, and the ratio leaning on the order of turns).
WRK_WRITE_PERCENT=$percent wrk -t1 -c"$conns" -d"${WARMUP_SECONDS:-20}s" -s bench/mixed-body.lua "$url" >/dev/null
results="$out/mixed-$studies.txt"
: > "$results"
for round in $(seq 1 "$rounds"); do
  for p in 0 "$percent"; do
    cpu_before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    line=$(WRK_WRITE_PERCENT=$p wrk -t1 -c"$conns" -d"${secs}s" --latency -s bench/mixed-body.lua "$url" | tail -1)
    cpu_after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    # Server CPU (user + system) per request: what a machine shared with other work disturbs less than throughput.
    cpu=$(echo "$line" | awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v s="$secs" '{ split($1, r, "="); printf "cpu_ms_per_req=%.2f", t * 1000 / hz / (r[2] * s) }')
    echo "writes=$p% round=$round $line $cpu" | tee -a "$results"
  done
done
awk -v rounds="$rounds" '{ split($3, r, "="); split($5, q, "="); split($8, c, "="); rps[$1] += r[2] / rounds; cpu[$1] += c[2] / rounds; if (q[2] > p99[$1]) p99[$1] = q[2] }
  END { w = "writes='"$percent"'%"; printf "read-only %.0f rps p99 %.1f ms %.2f ms CPU/req; with writes %.0f rps p99 %.1f ms %.2f ms CPU/req; ratio %.2f (by CPU per request %.2f)\n", rps["writes=0%"], p99["writes=0%"], cpu["writes=0%"], rps[w], p99[w], cpu[w], rps[w] / rps["writes=0%"], cpu["writes=0%"] / cpu[w] }' "$results"
if [ "$soak" -gt 0 ]; then
  WRK_WRITE_PERCENT=$percent wrk -t1 -c"$conns" -d"${soak}s" --latency -s bench/mixed-body.lua "$url" > "$out/soak.txt" &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do echo "rss_kb=$(ps -o rss= -p "$pid")"; sleep 10; done | tee "$out/soak-rss.txt"
  echo "soak: $(tail -1 "$out/soak.txt")"
fi
