# Helpers for the scripts that need the local PostgreSQL (sourced, not run).
# The machine's PostgreSQL trusts connections from 127.0.0.1 as "postgres".
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGADMIN=${PGADMIN:-postgres}

psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN" -v ON_ERROR_STOP=1 -qtA "$@"; }
# psql as the service's role on database $1: psql_credence DB [psql arguments...]
psql_credence() { local db=$1; shift; psql -h "$PGHOST" -p "$PGPORT" -U credence -d "$db" -v ON_ERROR_STOP=1 -q "$@"; }

# Starts the local server when it is not running, and waits until it accepts connections.
ensure_postgres() {
  if pg_isready -h "$PGHOST" -p "$PGPORT" -q; then
    return
  fi
  echo "PostgreSQL is not running on $PGHOST:$PGPORT; starting it"
  for version in $(ls /etc/postgresql); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do
    pg_isready -h "$PGHOST" -p "$PGPORT" -q && break
    sleep 1
  done
  pg_isready -h "$PGHOST" -p "$PGPORT"
}

# Role "credence" (password "credence"), which owns the service's databases.
ensure_credence_role() {
  if [ -z "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname = 'credence'")" ]; then
    psql_admin -d postgres -c "create role credence login password 'credence'"
  fi
}

# Drops and creates an empty database owned by "credence".
recreate_database() {
  psql_admin -d postgres -c "drop database if exists $1 with (force)"
  psql_admin -d postgres -c "create database $1 owner credence"
}
