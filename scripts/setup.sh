#!/usr/bin/env bash
# Installs the Debian packages timeline needs, if any is missing. Idempotent; silent when all are present.
set -euo pipefail
packages=(
  g++ cmake make pkg-config tzdata
  libboost-graph-dev         # Boost.Graph: the event graph
  libhowardhinnant-date-dev  # date + tz: calendars and time zones
  libspdlog-dev              # logging
  doctest-dev                # tests
  libcli11-dev               # command line
  nlohmann-json3-dev         # JSON
  rapidjson-dev              # JSON written as it is produced (extraction records)
  libre2-dev                 # linear-time regular expressions (boilerplate rules)
  libabsl-dev                # Abseil flat hash tables: the time tagger's word tables
  graphviz                   # `dot`, to render --format svg and in tests
  python3-distributed python3-dask  # scripts/dask_extract.py: scale-out on a Dask cluster (test dask.loopback)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
