#!/usr/bin/env bash
# Checks docker-compose.yml offline: syntax, schema, variable interpolation from .env.
# Needs no Docker engine. Installs docker-compose (1.29, from the distribution) when absent;
# 1.29 also rejects Compose features newer than it (such as `include:`), which keeps the file
# usable with both `docker-compose` 1.29 and `docker compose` v2.
#
#   bash .ci/compose-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose > /dev/null 2>&1; then
  echo "compose-check: installing docker-compose"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends docker-compose > /dev/null
fi

echo "compose-check: $(docker-compose version --short 2>/dev/null || docker-compose version | head -n 1)"
docker-compose -f docker-compose.yml config -q

# The roles must all be there, and the one-shot topics service must gate them.
services=$(docker-compose -f docker-compose.yml config --services)
for s in kafka-1 kafka-2 kafka-3 schema-registry topics ingest enrich alert web; do
  if ! grep -qx "$s" <<< "$services"; then
    echo "compose-check: service '$s' is missing from docker-compose.yml" >&2
    exit 1
  fi
done
echo "compose-check: docker-compose.yml is valid ($(wc -l <<< "$services") services)"
