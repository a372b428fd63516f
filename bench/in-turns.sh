#!/usr/bin/env bash
# Two or more PeerGraph servers (builds, or one build with other settings) measured in turns under the same loads, with
# each server's CPU time per request from /proc: what the README calls "in turns". All servers are started at once on
# the same generated bundle, each with its own data folder; then, for each load and round, each server in turn.
#   bench/in-turns.sh [STUDIES=10000] NAME=BIN [NAME=BIN ...]
# Env:
#   LOADS    loads in order (default "mixed:0 mixed:5"): mixed:P is the read mix of bench/mixed-body.lua with P % title
#            writes at 64 connections; any other word is a file of bench/distinct-bodies.mjs (b-study, d-search,
#            a-theme-year, e-text, mix, stats, typename, and b-kept, a-kept, d-kept, e-kept) sent by bench/random-body.lua
#            at 32 connections
#   ROUNDS   rounds per load (default 2); TURN_SECONDS per turn (default 10); WARMUP_SECONDS per server (default 20, the read
#            mix with 5 % writes)
#   ARGS_<NAME>  more options for that server, e.g. ARGS_big="--PeerGraph:QuestionCacheEntries=50000"
# Prints one line per load, round and server: rps, p50, p99, errors and cpu_ms_per_req; then the mean rps and CPU
# a request per load and server. Bodies start at a random offset each round, the same for every server of the round.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/settle.sh
studies=10000
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then studies=$1; shift; fi
[ $# -ge 1 ] || { echo "usage: bench/in-turns.sh [STUDIES] NAME=BIN [NAME=BIN ...]" >&2; exit 2; }
loads=${LOADS:-"mixed:0 mixed:5"} rounds=${ROUNDS:-2} secs=${TURN_SECONDS:-10} warmup=${WARMUP_SECONDS:-20}
peer=../shared/peer
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
bundle="$out/peer-$studies.json"
[ -f "$bundle" ] || node "$peer/gen/generate.mjs" --studies "$studies" --seed 42 --out "$bundle" >/dev/null
bodies="$out/bodies-$studies"
# Made again when older than the newest load or made by bench/mixed-load.sh (20,000 bodies a load, not 100,000).
{ [ -f "$bodies/e-kept.jsonl" ] && [ "$(wc -l < "$bodies/mix.jsonl" 2>/dev/null || echo 0)" -ge 100000 ]; } \
  || node bench/distinct-bodies.mjs "$bundle" "$bodies" 100000 >/dev/null

names=() bins=() ports=() pids=() dirs=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for d in "${dirs[@]}"; do rm -rf "$d"; done; }
trap cleanup EXIT
port=5110
for spec in "$@"; do
  name=${spec%%=*} bin=${spec#*=}
  [[ "$name" =~ ^[A-Za-z0-9_]+$ && -x "$bin" ]] || { echo "not NAME=BIN with an executable BIN: $spec" >&2; exit 2; }
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already in use" >&2; exit 1; fi
  args_var="ARGS_$name"
  data=$(mktemp -d); dirs+=("$data")
  # shellcheck disable=SC2086 # ARGS_<NAME> holds several options
  "$bin" --urls "http://127.0.0.1:$port" --PeerGraph:DataDir="$data" --PeerGraph:SeedPath="$bundle" \
    --PeerGraph:ApiKeys:0=bench-turns-key --PeerGraph:RateLimit:Mutations:PermitLimit=0 --Logging:LogLevel:Default=Warning \
    ${!args_var:-} >"$out/turns-$name.log" 2>&1 &
  pids+=($!) names+=("$name") bins+=("$bin") ports+=("$port")
  port=$((port + 1))
done
for port in "${ports[@]}"; do
  for _ in $(seq 1 2400); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "server on port $port did not become ready" >&2; exit 1; }
done

# turn LOAD PORT PID SECONDS START: one wrk run; prints wrk's last line and the server's CPU ms a request
turn() {
  local load=$1 url="http://127.0.0.1:$2/graphql" pid=$3 seconds=$4 start=$5 line before after
  wait_until_settled
  before=$(cpu_ticks "$pid")
  if [[ "$load" == mixed:* ]]; then
    line=$(WRK_BODIES_FILE="$bodies/reads.jsonl" WRK_WRITES_FILE="$bodies/writes.jsonl" WRK_API_KEY=bench-turns-key \
      WRK_WRITE_PERCENT=${load#mixed:} wrk -t1 -c64 -d"${seconds}s" --latency -s bench/mixed-body.lua "$url" | tail -1)
  else
    line=$(WRK_BODIES_FILE="$bodies/$load.jsonl" WRK_BODIES_START="$start" wrk -t1 -c32 -d"${seconds}s" --latency -s bench/random-body.lua "$url" | tail -1)
  fi
  after=$(cpu_ticks "$pid")
  local rps=${line#rps=}; rps=${rps%% *}
  echo "$line cpu_ms_per_req=$(awk -v t=$((after - before)) -v r="$rps" -v s="$seconds" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", (r > 0) ? t * 1000 / hz / (r * s) : 0 }')"
}

for i in "${!names[@]}"; do turn mixed:5 "${ports[$i]}" "${pids[$i]}" "$warmup" 0 >/dev/null; done
results="$out/in-turns-$studies.txt"
: > "$results"
for load in $loads; do
  for round in $(seq 1 "$rounds"); do
    start=$((RANDOM * 3))
    for i in "${!names[@]}"; do
      echo "${names[$i]} $load $round $(turn "$load" "${ports[$i]}" "${pids[$i]}" "$secs" "$start")" | tee -a "$results"
    done
  done
done
echo "== per load and server: mean rps, mean server CPU ms a request, worst p99"
awk '{ split($4, r, "="); split($6, p, "="); split($NF, c, "="); k = $2 " " $1; n[k]++; rps[k] += r[2]; cpu[k] += c[2]; if (p[2] > p99[k]) p99[k] = p[2] }
  END { for (k in n) printf "%s rps %.0f cpu_ms %.3f p99_ms %.1f\n", k, rps[k] / n[k], cpu[k] / n[k], p99[k] }' "$results" | sort
