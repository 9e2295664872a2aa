#!/usr/bin/env bash
# Makes the PostgreSQL database the -Ppostgresql test run uses: starts the local server when it is
# not running, then (re)creates role "credence" and an empty database "credence_test".
# Needs a local PostgreSQL that trusts connections from 127.0.0.1 as "postgres" (the CI machine's).
set -euo pipefail
source "$(dirname "$0")/lib/postgres.sh"

DB=${CREDENCE_TEST_DB:-credence_test}
ensure_postgres
ensure_credence_role
# The suite's database, and one of its own for WebhookRestartIT, whose service must not share its
# outbox with the other instances the integration tests start, and for NewsroomLoopIT, which imports
# 10,373 reviews that would otherwise answer the other tests' searches, for ClusterKeysIT, whose
# instances hold keys of their own, and for StreamKillIT, whose outbox goes to a stream of its own.
for db in "$DB" "${DB}_restart" "${DB}_stop" "${DB}_newsroom" "${DB}_cluster" "${DB}_stream"; do
  recreate_database "$db"
done
echo "PostgreSQL databases $DB, ${DB}_restart, ${DB}_stop, ${DB}_newsroom, ${DB}_cluster and ${DB}_stream ready on $PGHOST:$PGPORT (user credence)"
