#!/bin/sh
# Runs once, when the primary's data directory is created: lets the application's user stream from it
# (the replica's pg_basebackup and walreceiver), with its password, from the containers' network.
set -e
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
