#!/bin/sh
# Generates a migration from the schema files (drizzle-kit), one generation at a time on this machine: two running
# together would both number their migration after the same snapshot. Usage: scripts/db-generate.sh <name> [--custom]
set -e
exec flock /tmp/cabildo-drizzle-generate.lock npx drizzle-kit generate --name "$@"
