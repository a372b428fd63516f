#!/usr/bin/env bash
# Distinct questions: every request asks something new (bench/distinct-bodies.mjs, sent by bench/random-body.lua).
# The graphql-js peer (../shared/peer, --workers 2) and PeerGraph (Release, default settings), and optionally a second
# PeerGraph build (BASELINE_BIN, e.g. an older commit's apphost), all started at once on the same generated bundle and
# measured in turns: for each load, ROUNDS rounds of SECONDS per server, one server after the other, so that every
# server meets the same background load of this shared machine; rps is the mean of the rounds, p99 is the worst round's.
#   bench/distinct-vs-peer.sh [STUDIES=10000] [CONNECTIONS=32] [SECONDS=5]
# Env: ROUNDS (default 2), TURN_ATTEMPTS (default 3: a turn during which the other servers took more than a tenth of
# the two cores is run again), WARMUP_SECONDS (default 20, on the read mix, per server; at 100,000 studies 5 s left
# PeerGraph's code still in the JIT's first tiers: the mix ran at 120 rps in its first 8 s and 510 rps 30 s later),
# BASELINE_BIN, LOADS, CEILING=1 (also measures bench/ceiling's two servers, a bare Kestrel app and bare node:http in
# two workers, each answering every body with `{ __typename }`'s answer: what this machine and wrk allow any server on
# either runtime, whatever the load asks).
# Prints one line per server, load and round (with the CPU time the other servers took during the turn,
# others_cpu_ms), then per load: rps and p99 of each server and the ratios to the peer.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/settle.sh
studies=${1:-10000} conns=${2:-32} secs=${3:-5}
rounds=${ROUNDS:-2} warmup=${WARMUP_SECONDS:-20}
turn_attempts=${TURN_ATTEMPTS:-3}
[[ "$turn_attempts" =~ ^[1-9][0-9]*$ ]] || { echo "TURN_ATTEMPTS must be a whole number of 1 or more, not '$turn_attempts'" >&2; exit 2; }
loads=${LOADS:-"b-study d-search a-theme-year e-text mix stats typename"}
peer=../shared/peer
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

bundle="$out/peer-$studies.json"
[ -f "$bundle" ] || node "$peer/gen/generate.mjs" --studies "$studies" --seed 42 --out "$bundle" >/dev/null
bodies="$out/bodies-$studies"
# 100,000 bodies per load, and each round starts at its own share of them: a round never replays the bodies an earlier
# round sent (which PeerGraph's kept answers would then answer from memory) unless it sends more than its share.
body_count=100000
{ [ -f "$bodies/e-kept.jsonl" ] && [ "$(wc -l < "$bodies/mix.jsonl" 2>/dev/null || echo 0)" -ge "$body_count" ]; } || node bench/distinct-bodies.mjs "$bundle" "$bodies" "$body_count" >/dev/null
[ -n "${PEERGRAPH_BIN:-}" ] || dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
bin=${PEERGRAPH_BIN:-src/PeerGraph.Api/bin/Release/net10.0/peergraph}

for port in 4100 4105 5090 5092 5095; do
  # A server left on one of these ports would be measured in place of ours: refuse to run.
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already in use: stop what listens there first" >&2; exit 1; fi
done
pids=() dirs=()
declare -A pid_of # each server's process (the peer's primary, whose workers are its children)
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for d in "${dirs[@]}"; do rm -rf "$d"; done; }
trap cleanup EXIT
# wait_for URL [CURL_ARGS...]: until URL answers 2xx (a GET, or what the extra curl arguments make it, e.g. -d BODY).
wait_for() { for _ in $(seq 1 1200); do curl -fs "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "not ready: $1" >&2; exit 1; }

[ -d "$out/graphql-js-peer/node_modules" ] || { rm -rf "$out/graphql-js-peer" && cp -r "$peer/graphql-js-peer" "$out/graphql-js-peer" \
  && (cd "$out/graphql-js-peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); }
sdl=$(realpath "$peer/../design/schema.graphql")
bundle_path=$(realpath "$bundle")
(cd "$out/graphql-js-peer" && NODE_ENV=production exec node server.mjs --data "$bundle_path" --schema "$sdl" --port 4100 --workers 2) >"$out/peer.log" 2>&1 &
pids+=($!) pid_of[peer]=$!
declare -A urls=([peer]=http://127.0.0.1:4100/graphql [peergraph]=http://127.0.0.1:5090/graphql)
names=(peer peergraph)
start_peergraph() { # BIN PORT NAME
  local data; data=$(mktemp -d); dirs+=("$data")
  local started; started=$(date +%s.%N)
  "$1" --urls "http://127.0.0.1:$2" --PeerGraph:DataDir="$data" --PeerGraph:SeedPath="$bundle" --Logging:LogLevel:Default=Warning >"$out/$3.log" 2>&1 &
  pids+=($!) pid_of[$3]=$!
  (wait_for "http://127.0.0.1:$2/health/ready" && echo "$3 ready (seeded $studies studies) after $(echo "$(date +%s.%N) - $started" | bc) s") &
  waiters+=($!)
}
waiters=()
if [ "${CEILING:-0}" = 1 ]; then
  dotnet publish bench/ceiling -c Release -o "$out/ceiling" -v quiet -nologo >"$out/ceiling-build.log" 2>&1 \
    || { cat "$out/ceiling-build.log" >&2; exit 1; }
  "$out/ceiling/ceiling" --urls http://127.0.0.1:5095 --Logging:LogLevel:Default=Warning >"$out/ceiling-kestrel.log" 2>&1 &
  pids+=($!) pid_of[kestrel]=$!
  node bench/ceiling/ceiling.mjs 4105 >"$out/ceiling-node.log" 2>&1 &
  pids+=($!) pid_of[node]=$!
  urls[kestrel]=http://127.0.0.1:5095/graphql urls[node]=http://127.0.0.1:4105/graphql
  names+=(kestrel node)
fi
start_peergraph "$bin" 5090 peergraph
if [ -n "${BASELINE_BIN:-}" ]; then
  start_peergraph "$BASELINE_BIN" 5092 baseline
  urls[baseline]=http://127.0.0.1:5092/graphql
  names+=(baseline)
fi
wait "${waiters[@]}"
wait_for http://127.0.0.1:4100/healthz
if [ "${CEILING:-0}" = 1 ]; then
  for url in "${urls[kestrel]}" "${urls[node]}"; do wait_for "$url" -d '{"query":"{ __typename }"}'; done
fi
# others_ticks NAME: the CPU ticks of every server but NAME so far.
others_ticks() {
  local other total=0
  for other in "${names[@]}"; do [ "$other" = "$1" ] || total=$(( total + $(tree_ticks "${pid_of[$other]}") )); done
  echo "$total"
}
hz=$(getconf CLK_TCK)
# A turn during which the other servers took more than a tenth of the machine's two cores is run again (at most
# TURN_ATTEMPTS times in all, default 3; the last attempt stands): at 100,000 studies the peer, idle when the turn began,
# once took 3.8 s of CPU during PeerGraph's 8 s turn, and PeerGraph's p99 went from 20 to 68 ms.
others_max_ms=$(( secs * 2000 / 10 ))
results="$out/distinct-$studies.txt"
: > "$results"
for name in "${names[@]}"; do
  WRK_BODIES_FILE="$bodies/reads.jsonl" wrk -t1 -c"$conns" -d"${warmup}s" -s bench/random-body.lua "${urls[$name]}" >/dev/null
done
for load in $loads; do
  for round in $(seq 1 "$rounds"); do
    for name in "${names[@]}"; do
      start=$(( (round - 1) * body_count / rounds ))
      for attempt in $(seq 1 "$turn_attempts"); do
        wait_until_settled
        others_before=$(others_ticks "$name")
        line=$(WRK_BODIES_FILE="$bodies/$load.jsonl" WRK_BODIES_START="$start" wrk -t1 -c"$conns" -d"${secs}s" --latency -s bench/random-body.lua "${urls[$name]}" | tail -1)
        # The CPU the other servers took during the turn (work left over from their own turns, their garbage
        # collectors): what the measured server had to share the two cores with. Too much, and the turn is run again.
        others_ms=$(( ($(others_ticks "$name") - others_before) * 1000 / hz ))
        [ "$others_ms" -gt "$others_max_ms" ] && [ "$attempt" -lt "$turn_attempts" ] || break
        echo "turn run again: the other servers took $others_ms ms of CPU during it: $name $load $round $line" >&2
        # Again on the bodies after those the discarded attempt sent (its answers, plus those still on the wire), not
        # on the same ones, which would now be second asks.
        start=$(awk -v start="$start" -v line="$line" -v secs="$secs" -v conns="$conns" -v n="$body_count" \
          'BEGIN { match(line, /rps=[0-9.]+/); printf "%d", (start + substr(line, RSTART + 4, RLENGTH - 4) * secs + conns) % n }')
      done
      echo "$name $load $round $line others_cpu_ms=$others_ms" | tee -a "$results"
    done
  done
done
for name in "${names[@]}"; do
  if [[ "$name" = peergraph || "$name" = baseline ]]; then
    echo "$name rss_kb=$(ps -o rss= -p "$(pgrep -f "127.0.0.1:${urls[$name]:17:4}" | head -1)" 2>/dev/null || echo '?')"
  fi
done

echo "== per load: server rps (mean of the rounds) p99_ms (worst round), ratio of rps to the peer"
awk -v rounds="$rounds" '$4 ~ /^rps=/ { split($4, r, "="); split($6, p, "="); rps[$1" "$2] += r[2] / rounds; if (p[2] > p99[$1" "$2]) p99[$1" "$2] = p[2]; s[$1] = 1; l[$2] = 1 }
  END { for (load in l) { line = load; for (name in s) line = line sprintf("  %s %.0f rps p99 %.1f ms", name, rps[name" "load], p99[name" "load]);
        for (name in s) if (name != "peer" && rps["peer "load] > 0) line = line sprintf("  %s/peer %.2f", name, rps[name" "load] / rps["peer "load]); print line } }' "$results" | sort
