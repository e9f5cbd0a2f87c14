#!/usr/bin/env bash
# Starts the Debian PostgreSQL server for the tests and prints the JDBC URL they read:
#   eval "$(scripts/start-postgres.sh)"    # sets PERFTABLE_TEST_POSTGRES_URL
# Installs the `postgresql` package when missing (as root), starts its cluster, and creates the role
# and database (default perftable_test; PERFTABLE_PG_DB=name for another). Safe to run again.
set -euo pipefail

db="${PERFTABLE_PG_DB:-perftable_test}"
role=perftable
password=perftable

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi

# the cluster the package created (Debian: one per major version, named main)
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [ "$status" != online ]; then
    pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q -p "$port" && break
    sleep 1
done

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -d postgres >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD '$password';
  END IF;
END \$\$;
SQL
if [ -z "$(as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" -d postgres)" ]; then
    as_postgres createdb -p "$port" -O "$role" "$db" >&2
fi

echo "export PERFTABLE_TEST_POSTGRES_URL='jdbc:postgresql://localhost:$port/$db?user=$role&password=$password'"
