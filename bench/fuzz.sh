#!/usr/bin/env bash
# The request fuzz test (tests/PeerGraph.Api.Tests/Fuzz) for longer than the test suite's 30 s:
#   bench/fuzz.sh [SECONDS] [SEED]     (default 600 s, a fresh seed; give a failing run's seed to replay it)
# Writes its summary (requests sent, seed, the first failures with their requests) to bench/out/fuzz.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
export PEERGRAPH_FUZZ_SECONDS="${1:-600}"
if [[ -n "${2:-}" ]]; then export PEERGRAPH_FUZZ_SEED="$2"; fi
export PEERGRAPH_FUZZ_REPORT="$PWD/bench/out/fuzz.txt"
status=0
dotnet test tests/PeerGraph.Api.Tests -c Release --filter "FullyQualifiedName~PeerGraph.Api.Tests.Fuzz" || status=$?
cat "$PEERGRAPH_FUZZ_REPORT"
exit "$status"
