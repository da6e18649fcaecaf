#!/usr/bin/env bash
# Builds Constable, starts WildFly with it on the embedded H2 database (demo data on the first
# start), prints the URL and the demo log-ins, and stays in the foreground: Ctrl-C stops it.
# The database lives in ./data and survives restarts; delete ./data for a fresh demo force.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

mvn -B -q -DskipTests package
server=$root/config/target/server
base=$root/data/standalone
mkdir -p "$base/deployments" "$base/data" "$base/log"
# configuration comes fresh from the build; data (the H2 files) stays
rm -rf "$base/configuration"
cp -r "$server/standalone/configuration" "$base/configuration"
rm -f "$base/deployments/"constable.ear*
cp ear/target/constable-demo.ear "$base/deployments/constable.ear"
: > "$base/log/server.log"

"$server/bin/standalone.sh" -Djboss.server.base.dir="$base" \
  -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
  -Djboss.node.name=constable-demo -Djboss.default.multicast.address=230.0.0.42 \
  > "$base/log/console.log" 2>&1 &
pid=$!
stop() {
  "$server/bin/jboss-cli.sh" -c --command=:shutdown >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
trap 'stop; exit 0' INT TERM

echo "Starting WildFly (the first start generates the demo force; about a minute)..."
for _ in $(seq 1 300); do
  if [ -f "$base/deployments/constable.ear.deployed" ]; then break; fi
  if [ -f "$base/deployments/constable.ear.failed" ]; then
    echo "Deployment failed: see $base/log/server.log"; stop; exit 1
  fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "WildFly stopped: see $base/log/console.log"; exit 1; fi
  sleep 1
done
echo
echo "Constable is running at http://127.0.0.1:8080/constable/"
sed -n '/Constable demo log-ins/,/^[0-9]/p' "$base/log/server.log" | sed -e '$!b' -e '/^[0-9]/d' | sed 's/^.*INFO.*\] (.*) //'
echo
echo "Logs: $base/log/server.log. Ctrl-C stops the server."
wait "$pid"
