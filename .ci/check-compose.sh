#!/usr/bin/env bash
# docker-compose.yml is valid and Neo4j 5.26 accepts its settings, without a Docker engine:
#  1. `docker-compose config` (Debian's docker-compose package) parses and validates the file;
#  2. ComposeSettingsTests maps every NEO4J_* variable of the neo4j service to a setting (docker-neo4j's naming) and checks
#     it exists in Neo4j 5.26 Community with a value it accepts (neo4j/settings/neo4j-5.26-settings.tsv, made from the
#     Operations Manual's configuration reference), and NEO4J_AUTH's password rules.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v docker-compose >/dev/null; then
  echo "check-compose: installing docker-compose (Debian package)"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq docker-compose >/dev/null
fi
docker-compose --version
# The defaults written in the file are what is checked, whatever the caller's environment holds.
env -u NEO4J_PASSWORD docker-compose -f docker-compose.yml config -q
echo "check-compose: docker-compose config accepts docker-compose.yml"
dotnet test tests/PeerGraph.Neo4j.Tests --filter "FullyQualifiedName~ComposeSettingsTests"
echo "check-compose: ok"
