#!/usr/bin/env bash
# Makes the PostgreSQL database the -Ppostgresql test run uses: starts the local server when it is
# not running, then (re)creates role "credence" and an empty database "credence_test".
# Needs a local PostgreSQL that trusts connections from 127.0.0.1 as "postgres" (the CI machine's).
set -euo pipefail

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
ADMIN=${PGADMIN:-postgres}
DB=${CREDENCE_TEST_DB:-credence_test}
psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$ADMIN" -v ON_ERROR_STOP=1 -qtA "$@"; }

if ! pg_isready -h "$PGHOST" -p "$PGPORT" -q; then
  echo "PostgreSQL is not running on $PGHOST:$PGPORT; starting it"
  for version in $(ls /etc/postgresql); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do
    pg_isready -h "$PGHOST" -p "$PGPORT" -q && break
    sleep 1
  done
  pg_isready -h "$PGHOST" -p "$PGPORT"
fi

if [ -z "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname = 'credence'")" ]; then
  psql_admin -d postgres -c "create role credence login password 'credence'"
fi
# The suite's database, and one of its own for WebhookRestartIT, whose service must not share its
# outbox with the other instances the integration tests start.
for db in "$DB" "${DB}_restart"; do
  psql_admin -d postgres -c "drop database if exists $db with (force)"
  psql_admin -d postgres -c "create database $db owner credence"
done
echo "PostgreSQL databases $DB and ${DB}_restart ready on $PGHOST:$PGPORT (user credence)"
