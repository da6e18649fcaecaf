#!/usr/bin/env bash
# Proves the cluster hardening of src/main/cli/cluster-security.cli on this machine: two nodes that
# hold the keystore and the secret form one cluster; a third with a wrong secret is kept out, and
# says so in its log. Loopback only, a private multicast address, ports offset; every node it
# starts is stopped at the end. Needs a build (mvn -DskipTests install). Prints PASS or FAIL.
#   config/cluster-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
server=$root/config/target/server
ear=$root/ear/target/constable.ear
work=$(mktemp -d /tmp/constable-cluster.XXXXXX)
secret=cluster-check-$(date +%s%N)
multicast=230.0.$((RANDOM % 200 + 20)).$((RANDOM % 200 + 20))
pids=()

stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop_all EXIT

# one server with the hardening applied, copied for each node
cp -r "$server" "$work/server"
CONSTABLE_CLUSTER_SECRET=$secret config/src/main/cli/cluster-keystore.sh \
  "$work/server/standalone/configuration/cluster.keystore" > /dev/null
"$work/server/bin/jboss-cli.sh" --file=config/src/main/cli/cluster-security.cli > "$work/cli.log" 2>&1

start() { # name, port offset, secret
  local base=$work/$1
  cp -r "$work/server/standalone" "$base"
  cp "$ear" "$base/deployments/constable.ear"
  CONSTABLE_CLUSTER_SECRET=$3 "$work/server/bin/standalone.sh" -Djboss.server.base.dir="$base" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 \
    -Djboss.bind.address.management=127.0.0.1 -Djboss.socket.binding.port-offset="$2" \
    -Djboss.node.name="$1" -Djboss.default.multicast.address="$multicast" > "$base/console.log" 2>&1 &
  pids+=($!)
}

deployed() { # name
  for _ in $(seq 1 240); do
    if [ -f "$work/$1/deployments/constable.ear.deployed" ]; then return 0; fi
    if [ -f "$work/$1/deployments/constable.ear.failed" ]; then return 1; fi
    sleep 1
  done
  return 1
}

members() { # name: the size of the newest cluster view in its log
  grep -o 'ISPN000094: Received new cluster view for channel [a-z]*: \[[^]]*\] ([0-9]*)' \
    "$work/$1/log/server.log" | tail -1 | grep -o '([0-9]*)$' | tr -d '()' || echo 0
}

start node-a 100 "$secret"
deployed node-a
start node-b 200 "$secret"
deployed node-b
sleep 10
start node-c 300 "the-wrong-secret-for-this-cluster"
deployed node-c || true
sleep 20

a=$(members node-a)
c=$(members node-c)
refused=$(grep -c -i 'authentication failed\|JoinRsp.*fail\|not authenticated' "$work/node-c/log/server.log" || true)
echo "node-a sees ${a:-0} members (expected 2); node-c sees ${c:-0} (expected at most 1);" \
  "refusals in node-c's log: $refused"
if [ "${a:-0}" = 2 ] && [ "${c:-0}" -le 1 ]; then
  echo PASS
else
  echo FAIL
  grep -h 'ISPN000094\|JGRP\|AUTH' "$work"/node-*/log/server.log | tail -20
  exit 1
fi
