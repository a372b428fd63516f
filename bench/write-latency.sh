#!/usr/bin/env bash
# Write latency against graph size: median upsertStudy of a 6-finding study (bench/write-latency.mjs, one at a time,
# after 20 unmeasured ones) on generated graphs of each size, PeerGraph Release build, seeded at start-up. Also the
# server's CPU time per measured upsert (user + system, from /proc), which a machine shared with other work disturbs
# less than wall time:
#   bench/write-latency.sh [SIZES="2000 50000"] [COUNT=200]
# Env: PEERGRAPH_BIN (another build's apphost, e.g. a baseline), WARMUP_UPSERTS (default 20).
# WRITE_CHANGE (bench/write-latency.mjs): finding (the default: a finding changed, the whole study written again),
# title (only the study's own row), none (the study resent as it is, which the store finds unchanged and skips).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"2000 50000"} count=${2:-200}
export WRITE_CHANGE=${WRITE_CHANGE:-finding}
peer=../shared/peer
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
bin=${PEERGRAPH_BIN:-src/PeerGraph.Api/bin/Release/net10.0/peergraph}
[ -n "${PEERGRAPH_BIN:-}" ] || dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
pids=() dirs=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for d in "${dirs[@]}"; do rm -rf "$d"; done; }
trap cleanup EXIT
wait_for() { for _ in $(seq 1 1200); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "not ready: $1" >&2; exit 1; }
for n in $sizes; do
  bundle="$out/peer-$n.json"
  [ -f "$bundle" ] || node "$peer/gen/generate.mjs" --studies "$n" --seed 42 --out "$bundle" >/dev/null
  data=$(mktemp -d); dirs+=("$data")
  "$bin" --urls http://127.0.0.1:5091 --PeerGraph:DataDir="$data" --PeerGraph:SeedPath="$bundle" --PeerGraph:ApiKeys:0=bench-write-key --PeerGraph:RateLimit:Mutations:PermitLimit=0 \
    --Logging:LogLevel:Default=Warning >"$out/peergraph-write-$n.log" 2>&1 &
  pids+=($!)
  wait_for http://127.0.0.1:5091/health/ready
  node bench/write-latency.mjs http://127.0.0.1:5091/graphql bench-write-key "$bundle" "${WARMUP_UPSERTS:-20}" >/dev/null
  cpu_before=$(awk '{print $14 + $15}' "/proc/${pids[-1]}/stat")
  result=$(node bench/write-latency.mjs http://127.0.0.1:5091/graphql bench-write-key "$bundle" "$count")
  cpu_after=$(awk '{print $14 + $15}' "/proc/${pids[-1]}/stat")
  echo "studies=$n $result server_cpu_ms_per_upsert=$(( (cpu_after - cpu_before) * 1000 / $(getconf CLK_TCK) / count ))"
  kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true
done
