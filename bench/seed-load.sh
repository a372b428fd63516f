#!/usr/bin/env bash
# Loads generated bundles of 10,000 and 100,000 studies with `peergraph seed load` (Release build) into a fresh
# data directory each, and reports wall time, peak memory and CPU time (GNU time; CPU time says more than wall time
# on a machine shared with other work). Usage: bench/seed-load.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000}")
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
# PEERGRAPH_BIN: another build's apphost (e.g. a baseline) instead of building this one.
[ -n "${PEERGRAPH_BIN:-}" ] || dotnet build -c Release src/PeerGraph.Api -v quiet -nologo >/dev/null
bin=${PEERGRAPH_BIN:-src/PeerGraph.Api/bin/Release/net10.0/peergraph}
for n in ${sizes[@]}; do
  bundle="$out/generated-$n.json"
  [ -f "$bundle" ] || "$bin" generate --studies "$n" --seed 42 --output "$bundle" >/dev/null
  data=$(mktemp -d)
  echo "== seed load: $n studies ($(du -h "$bundle" | cut -f1) bundle)"
  /usr/bin/time -o "$out/time-$n.txt" -f "%e %M %U %S" "$bin" seed load "$bundle" --PeerGraph:DataDir="$data" | grep -E "^(Read|Loaded)"
  read -r wall rss user sys < "$out/time-$n.txt"
  echo "wall_s=$wall peak_rss_mib=$((rss / 1024)) user_s=$user sys_s=$sys"
  rm -rf "$data"
done
