#!/usr/bin/env bash
# Soak (issue 14, "Proof that nothing is lost"): PeerGraph (Release, SQLite, on 127.0.0.1 only, API key set, mutation
# rate limit off) on a generated 10,000-study bundle, CONNECTIONS connections for SECONDS seconds of the read mix of
# bench/mixed-body.lua with WRITE_PERCENT % upsertStudy writes (bench/soak-body.lua, which logs every acknowledged
# write). Resident memory (RssAnon and VmRSS of /proc/PID/status) is sampled every SAMPLE_SECONDS. Checks, one line each:
#   statuses   no 5xx answer (every status is counted and printed)
#   writes     every acknowledged write is read back present and whole (bench/kill9-verify.mjs), none refused
#   memory     RssAnon at the end is at most 20 % above RssAnon after the warm-up (the first WARMUP_SECONDS).
#              RssAnon is the process's own memory (heaps, stacks). VmRSS adds the database file's pages that the read
#              connections map when SqliteStoreOptions.MemoryMapBytes is set (off by default): page cache, shared with the OS, counted once per
#              mapping and so once per open read connection; it is printed beside, not judged.
# Exit 1 if any check fails.
#   bench/soak.sh [SECONDS=300] [CONNECTIONS=64]
# Env: WARMUP_SECONDS (60), SAMPLE_SECONDS (5), WRITE_PERCENT (5), STUDIES (10000), PORT (5394), PEERGRAPH_BIN, BENCH_OUT,
# SERVER_ARGS (more options for `peergraph serve`, e.g. --PeerGraph:QuestionCacheEntries=0).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-300} conns=${2:-64}
warmup=${WARMUP_SECONDS:-60} every=${SAMPLE_SECONDS:-5} percent=${WRITE_PERCENT:-5}
studies=${STUDIES:-10000} port=${PORT:-5394}
out=${BENCH_OUT:-bench/out}
[ "$warmup" -lt "$secs" ] || { echo "WARMUP_SECONDS ($warmup) must be shorter than SECONDS ($secs)" >&2; exit 2; }
mkdir -p "$out"
[ -n "${PEERGRAPH_BIN:-}" ] || dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
bin=${PEERGRAPH_BIN:-src/PeerGraph.Api/bin/Release/net10.0/peergraph}
bundle="$out/generated-$studies.json"
[ -f "$bundle" ] || "$bin" generate --studies "$studies" --seed 42 --output "$bundle" >/dev/null
bodies="$out/soak-bodies-$studies"
[ -f "$bodies/reads.jsonl" ] || node bench/distinct-bodies.mjs "$bundle" "$bodies" 20000 >/dev/null
# Vocabulary for the generated writes: two theme ids, a stakeholder group, a method of the bundle.
read -r themes group method < <(node -e '
  const b = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(b.themes.slice(0, 2).map((t) => t.id).join(","), b.groups[0].id, b.methods[0].id);' "$bundle")

data=$(mktemp -d)
key="soak-key-$RANDOM$RANDOM"
url="http://127.0.0.1:$port/graphql"
pid=""
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
"$bin" serve --urls "http://127.0.0.1:$port" --PeerGraph:DataDir="$data" --PeerGraph:SeedPath="$bundle" \
  --PeerGraph:ApiKeys:0="$key" --PeerGraph:RateLimit:Mutations:PermitLimit=0 --Logging:LogLevel:Default=Warning \
  ${SERVER_ARGS:-} > "$out/soak-server.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the server did not start: $(tail -3 "$out/soak-server.log")" >&2; exit 1; }

rss_kib() { awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status"; }
vmrss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"; }
acks="$out/soak-acks"
rm -f "$acks".*
echo "soak: $secs s, $conns connections, $percent % writes, $studies studies, RssAnon at start $(( $(rss_kib) / 1024 )) MiB, VmRSS $(( $(vmrss_kib) / 1024 )) MiB"
WRK_BODIES_FILE="$bodies/reads.jsonl" WRK_WRITES_FILE="$bodies/reads.jsonl" WRK_API_KEY="$key" WRK_WRITE_PERCENT="$percent" \
  WRK_SOAK_THEMES="$themes" WRK_SOAK_GROUP="$group" WRK_SOAK_METHOD="$method" WRK_ACK_LOG="$acks" \
  wrk -t1 -c"$conns" -d"${secs}s" --timeout 30s --latency -s bench/soak-body.lua "$url" > "$out/soak-wrk.txt" 2> "$out/soak-wrk-errors.txt" &
wrk_pid=$!
start=$SECONDS
: > "$out/soak-rss.txt"
while kill -0 "$wrk_pid" 2>/dev/null; do
  echo "$((SECONDS - start)) $(rss_kib) $(vmrss_kib)" >> "$out/soak-rss.txt"
  sleep "$every"
done
wait "$wrk_pid" || { echo "wrk failed: $(tail -3 "$out/soak-wrk-errors.txt")" >&2; exit 1; }
end_rss=$(rss_kib) end_vmrss=$(vmrss_kib)
failed=0

# statuses
summary=$(grep '^rps=' "$out/soak-wrk.txt") statuses=$(grep '^statuses' "$out/soak-wrk.txt") writes=$(grep '^writes' "$out/soak-wrk.txt")
s5xx=$(echo "$summary" | sed -E 's/.*status5xx=([0-9]+).*/\1/')
socket=$(grep -o 'Socket errors:.*' "$out/soak-wrk.txt" || echo "Socket errors: none")
if [ "$s5xx" -eq 0 ]; then verdict=PASS; else verdict=FAIL; failed=1; fi
echo "$verdict statuses: $s5xx 5xx; ${statuses#statuses }; $summary; $socket"

# writes
cat "$acks".* > "$acks.log" 2>/dev/null || : > "$acks.log"
refused=$(echo "$writes" | sed -E 's/.*refused=([0-9]+).*/\1/')
acknowledged=$(wc -l < "$acks.log")
if check=$(node bench/kill9-verify.mjs "$url" "$acks.log") && [ "$refused" -eq 0 ] && [ "$acknowledged" -gt 0 ]; then verdict=PASS; else verdict=FAIL; failed=1; fi
unanswered=$(echo "$writes" | awk '{ split($2, s, "="); split($3, a, "="); split($4, r, "="); print s[2] - a[2] - r[2] }')
echo "$verdict writes: ${writes#writes } unanswered=$unanswered (in flight when wrk stopped); read back: $check"

# memory
warm_rss=$(awk -v w="$warmup" '$1 >= w { print $2; exit }' "$out/soak-rss.txt")
[ -n "$warm_rss" ] || warm_rss=$end_rss
peak_rss=$(awk -v m="$end_rss" '$2 > m { m = $2 } END { print m }' "$out/soak-rss.txt")
ratio=$(awk -v e="$end_rss" -v w="$warm_rss" 'BEGIN { printf "%.3f", e / w }')
if awk -v r="$ratio" 'BEGIN { exit !(r <= 1.20) }'; then verdict=PASS; else verdict=FAIL; failed=1; fi
peak_vmrss=$(awk -v m="$end_vmrss" '$3 > m { m = $3 } END { print m }' "$out/soak-rss.txt")
echo "$verdict memory: RssAnon after ${warmup} s warm-up $((warm_rss / 1024)) MiB, at the end $((end_rss / 1024)) MiB (x$ratio, limit x1.20), peak $((peak_rss / 1024)) MiB; VmRSS at the end $((end_vmrss / 1024)) MiB, peak $((peak_vmrss / 1024)) MiB; samples (seconds, RssAnon KiB, VmRSS KiB) every $every s in $out/soak-rss.txt"
exit "$failed"
