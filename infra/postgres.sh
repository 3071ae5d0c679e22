#!/usr/bin/env bash
# Makes sure the local PostgreSQL answers on 127.0.0.1:5432 and that Haven's databases exist.
# Usage: infra/postgres.sh [--fresh] [database ...]   (default: haven haven_test)
#   --fresh  drops and recreates the named databases (CI starts its tests from empty databases)
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres).
set -euo pipefail

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
fresh=false
if [ "${1:-}" = --fresh ]; then
  fresh=true
  shift
fi
databases=("$@")
[ ${#databases[@]} -gt 0 ] || databases=(haven haven_test)

if ! command -v pg_isready >/dev/null; then
  echo "postgres.sh: PostgreSQL client tools are not installed (Debian: apt-get install postgresql)" >&2
  exit 1
fi

if ! pg_isready -q; then
  if [ "$PGHOST" = 127.0.0.1 ] && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "postgres.sh: starting PostgreSQL $version (cluster main)"
    # Without the flag pg_ctlcluster hands over to systemd, which does not run in containers.
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  for _ in $(seq 1 30); do
    pg_isready -q && break
    sleep 1
  done
  pg_isready -q || { echo "postgres.sh: PostgreSQL does not answer on $PGHOST:$PGPORT" >&2; exit 1; }
fi

for db in "${databases[@]}"; do
  if $fresh; then
    dropdb --if-exists --force "$db"
  fi
  if [ "$(psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
    createdb "$db"
    echo "postgres.sh: created database $db"
  fi
done
echo "postgres.sh: PostgreSQL ready on $PGHOST:$PGPORT (${databases[*]})"
