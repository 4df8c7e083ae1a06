#!/bin/sh
# First start of the compose PostgreSQL: the recours role and database, as production/
# creates them (the superuser stays postgres). The password comes from the environment.
set -eu
psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres -v mdp="$RECOURS_PG_PASSWORD" <<'SQL'
CREATE ROLE recours LOGIN PASSWORD :'mdp';
CREATE DATABASE recours OWNER recours;
SQL
