#!/bin/bash
# Runs once when the InfluxDB 2 container initialises: maps the InfluxQL database/retention policy the services and
# Grafana read (INFLUX_DATABASE/autogen) onto the bucket the services write, so InfluxQL works on 2.x.
set -euo pipefail
influx v1 dbrp create \
  --org "${DOCKER_INFLUXDB_INIT_ORG}" \
  --bucket-id "${DOCKER_INFLUXDB_INIT_BUCKET_ID}" \
  --db "${BULLETIN_INFLUXQL_DATABASE}" \
  --rp autogen \
  --default
