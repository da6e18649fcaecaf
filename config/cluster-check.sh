#!/usr/bin/env bash
# Proves the cluster hardening of src/main/cli/cluster-security.cli on this machine: two nodes that
# hold the keystore and the secret form one cluster; a third, an unhardened server on the same
# multicast address (no key, no secret), is kept out and stays alone. Loopback only, a private multicast address, ports offset; every node it
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
  # the JVMs are children of standalone.sh: stop every process started under this work directory
  pkill -f -- "$work" 2>/dev/null || true
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap stop_all EXIT

# one server with the hardening applied, copied for each node
cp -r "$server" "$work/server"
CONSTABLE_CLUSTER_SECRET=$secret config/src/main/cli/cluster-keystore.sh \
  "$work/server/standalone/configuration/cluster.keystore" > /dev/null
CONSTABLE_CLUSTER_SECRET=$secret "$work/server/bin/jboss-cli.sh" --file=config/src/main/cli/cluster-security.cli > "$work/cli.log" 2>&1

start() { # name, port offset, server home
  local base=$work/$1
  cp -r "$3/standalone" "$base"
  cp "$ear" "$base/deployments/constable.ear"
  CONSTABLE_CLUSTER_SECRET=$secret "$3/bin/standalone.sh" -Djboss.server.base.dir="$base" \
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

members() { # port offset: the size of the node's current cluster view, asked at runtime
  "$work/server/bin/jboss-cli.sh" -c --controller=127.0.0.1:$((9990 + $1)) \
    --command="/subsystem=jgroups/channel=ee:read-attribute(name=view)" 2>/dev/null |
    grep -o '|[0-9]*] ([0-9]*)' | grep -o '([0-9]*)' | tr -d '()' || echo 0
}

start node-a 100 "$work/server"
deployed node-a
start node-b 200 "$work/server"
deployed node-b
sleep 10
start node-c 300 "$server"
deployed node-c
sleep 20

a=$(members 100)
c=$(members 300)
echo "node-a sees ${a:-0} members (expected 2); the unhardened node-c sees ${c:-0} (expected 1)"
if [ "${a:-0}" = 2 ] && [ "${c:-0}" = 1 ]; then
  echo PASS
else
  echo FAIL
  grep -h 'ISPN000094\|JGRP\|AUTH' "$work"/node-*/log/server.log | tail -20
  exit 1
fi
