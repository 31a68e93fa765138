#!/usr/bin/env bash
# Makes a PostgreSQL server available on 127.0.0.1 for the JDBC store tests, from the distribution's
# packages. Idempotent; run as root. Prints what it does, and at the end the line to export:
#   SCRM_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/scrm_test?user=scrm&password=scrm
# Settings (environment): SCRM_PG_PORT (default 5432), SCRM_PG_DB (scrm_test), SCRM_PG_USER (scrm),
# SCRM_PG_PASSWORD (scrm). The role and database are for tests only.
set -euo pipefail

port="${SCRM_PG_PORT:-5432}"
db="${SCRM_PG_DB:-scrm_test}"
user="${SCRM_PG_USER:-scrm}"
password="${SCRM_PG_PASSWORD:-scrm}"

say() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  say "must run as root (it installs packages and starts the server as user postgres)"
  exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  say "PostgreSQL is missing: installing it with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
else
  say "PostgreSQL packages already installed"
fi

# the newest installed major version and its first cluster (or a new cluster 'main')
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
cluster="$(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2; exit }')"
if [ -z "$cluster" ]; then
  cluster=main
  say "creating cluster $version/$cluster on port $port"
  pg_createcluster --port "$port" "$version" "$cluster" >&2
fi
cluster_port="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')"
if [ "$cluster_port" != "$port" ]; then
  say "cluster $version/$cluster uses port $cluster_port, not $port: using port $cluster_port"
  port="$cluster_port"
fi

conf="/etc/postgresql/$version/$cluster/postgresql.conf"
if ! grep -q "^listen_addresses = '127.0.0.1'" "$conf"; then
  say "binding cluster $version/$cluster to 127.0.0.1 only"
  echo "listen_addresses = '127.0.0.1'" >> "$conf"
  if pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }' | grep -q online; then
    pg_ctlcluster "$version" "$cluster" restart >&2
  fi
fi

status="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')"
if [ "$status" != "online" ]; then
  say "starting cluster $version/$cluster"
  pg_ctlcluster "$version" "$cluster" start >&2
else
  say "cluster $version/$cluster already running"
fi

for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -h 127.0.0.1 -p $port"; then
    break
  fi
  sleep 1
done
su postgres -c "pg_isready -h 127.0.0.1 -p $port" >&2

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -t -A -p $port -c \"$1\""; }

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != "1" ]; then
  say "creating role $user"
  psql_admin "CREATE ROLE $user LOGIN PASSWORD '$password'"
else
  say "role $user exists"
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
  say "creating database $db owned by $user"
  psql_admin "CREATE DATABASE $db OWNER $user"
else
  say "database $db exists"
fi

say "server: $(psql_admin 'SHOW server_version')"
echo "SCRM_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/$db?user=$user&password=$password"
