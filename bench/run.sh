#!/usr/bin/env bash
# Performance benchmark (issues 3 and 10): starts a private WildFly on 127.0.0.1 with port offset 300
# (HTTP 8380, management 10290), 1 GiB heap and a fresh 100,000-officer demo force; times the
# officer list page, the officer REST list and the workforce endpoint (client round-trip and
# Undertow's own response time from its access log); prints the heap and the demo-load time; and
# always stops the server. Results and how to read them: docs/performance.md.
# Usage: bench/run.sh [--quick: one run, not three] [repetitions, default 200]   (env SIZE=officers, default 100000; the load run:
# LOAD_USERS=50, LOAD_SECONDS=300 paced, SATURATED_SECONDS=60, LOAD_SECONDS=0 to leave it out)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/bench/target
server=$out/server
cli="$server/bin/jboss-cli.sh --controller=127.0.0.1:10290"
runs=3
if [ "${1:-}" = --quick ]; then runs=1; shift; fi
reps=${1:-200}
size=${SIZE:-100000}

[ -f ear/target/constable-demo.ear ] || mvn -B -q -DskipTests install

# a private copy of the provisioned server, fresh data every run
rm -rf "$out" && mkdir -p "$out/classes"
cp -r config/target/server "$server"
cp ear/target/constable-demo.ear "$server/standalone/deployments/constable.ear"
"$server/bin/jboss-cli.sh" --file=bench/access-log.cli >/dev/null
javac -d "$out/classes" bench/src/*.java

pidfile=$out/server.pid
stop() {
  $cli -c --command=:shutdown >/dev/null 2>&1 || true
  if [ -f "$pidfile" ]; then
    pid=$(cat "$pidfile")
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill "$pid" 2>/dev/null || true
  fi
}
trap stop EXIT

echo "Starting WildFly on 127.0.0.1:8380 with a $size-officer demo force (-Xmx1g)..."
# (only for the server: an exported JAVA_OPTS would reach jboss-cli.sh and overwrite the GC log)
java_opts="-Xms64m -Xmx1g -Xlog:gc:file=$out/gc.log -Djava.net.preferIPv4Stack=true \
  -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"
# its own multicast address and node name: the HA profile would otherwise form a cluster with the
# other WildFly servers on this machine and share sessions and caches with them
JAVA_OPTS=$java_opts LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$pidfile \
"$server/bin/standalone.sh" -Djboss.bind.address=127.0.0.1 \
  -Djboss.bind.address.management=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 \
  -Djboss.socket.binding.port-offset=300 -Djboss.default.multicast.address=230.0.3.44 \
  -Djboss.node.name=constable-bench -Dconstable.demo-data.size="$size" \
  > "$out/console.log" 2>&1 &
launcher=$!
deployments=$server/standalone/deployments
for _ in $(seq 1 900); do
  kill -0 $launcher 2>/dev/null || { echo "WildFly stopped: $out/console.log"; exit 1; }
  [ -f "$deployments/constable.ear.deployed" ] && break
  [ -f "$deployments/constable.ear.failed" ] && { echo "Deployment failed: $server/standalone/log/server.log"; exit 1; }
  sleep 1
done
[ -f "$deployments/constable.ear.deployed" ] || { echo "Timed out waiting for the deployment"; exit 1; }
log=$server/standalone/log/server.log

# the issue's training volume (about 2.4 million attendance rows at 100,000 officers): written
# into the stopped server's H2 file, then the server starts again on it
if [ "${TRAINING_HISTORY:-full}" = full ]; then
  echo "Writing three years of training for every serving member (H2 RunScript)..."
  $cli -c --command=:shutdown >/dev/null
  for _ in $(seq 1 60); do kill -0 $launcher 2>/dev/null || break; sleep 1; done
  h2=$(find "$server/modules" -name 'h2-*.jar' | head -1)
  started=$(date +%s)
  java -cp "$h2" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$server/standalone/data/constable/constable;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH" \
    -user sa -password sa -script bench/training-history.sql
  java -cp "$h2" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$server/standalone/data/constable/constable;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH" \
    -user sa -password sa -script bench/training-sessions.sql
  echo "  done in $(($(date +%s) - started)) s; attendance rows: $(java -cp "$h2" org.h2.tools.Shell \
    -url "jdbc:h2:file:$server/standalone/data/constable/constable;MODE=Oracle" -user sa -password sa \
    -sql 'SELECT COUNT(*) FROM training_attendance' | grep -o '^[0-9]*' | tail -1)"
  rm -f "$deployments/constable.ear.deployed"
  JAVA_OPTS=$java_opts LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$pidfile \
  "$server/bin/standalone.sh" -Djboss.bind.address=127.0.0.1 \
    -Djboss.bind.address.management=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 \
    -Djboss.socket.binding.port-offset=300 -Djboss.default.multicast.address=230.0.3.44 \
    -Djboss.node.name=constable-bench -Dconstable.demo-data.size="$size" \
    >> "$out/console.log" 2>&1 &
  launcher=$!
  for _ in $(seq 1 900); do
    kill -0 $launcher 2>/dev/null || { echo "WildFly stopped: $out/console.log"; exit 1; }
    [ -f "$deployments/constable.ear.deployed" ] && break
    sleep 1
  done
  [ -f "$deployments/constable.ear.deployed" ] || { echo "Timed out waiting for the restart"; exit 1; }
fi
pid=$(cat "$pidfile")

echo
echo "Demo load: $(grep -o 'Demo force loaded: .*' "$log")"
login=$(sed -n 's/^ *hr-city *\([0-9]*\) .*/\1/p' "$log" | head -1)
trainer=$(sed -n 's/^ *trainer *\([0-9]*\) .*/\1/p' "$log" | head -1)
echo "Log-in hr-city = $login (scope: the whole force)"
echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2 " MiB RAM"}'), load average$(uptime | sed 's/.*load average://')"
echo
java -cp "$out/classes" Bench "http://127.0.0.1:8380/constable" "$login" Constable-2026 \
  "$reps" "$server/standalone/log/access_log.log" "$runs" $([ "${TRAINING_HISTORY:-full}" = full ] && echo "$trainer")

echo "Load average after the measurements:$(uptime | sed 's/.*load average://')"

# the load run (issue 13): LOAD_USERS users through the log-in form, paced for LOAD_SECONDS, then
# with no pause for SATURATED_SECONDS beside a static file; LOAD_SECONDS=0 leaves it out
if [ "${LOAD_SECONDS:-300}" -gt 0 ]; then
  java -cp "$out/classes" Load "http://127.0.0.1:8380/constable" "$login" Constable-2026 \
    "${LOAD_USERS:-50}" "${LOAD_SECONDS:-300}" "${SATURATED_SECONDS:-60}"
  echo "Load average after the load run:$(uptime | sed 's/.*load average://')"
fi
echo
heap() { jcmd "$pid" GC.heap_info | sed -n '2p' | sed 's/^ *//'; }
echo "Heap (max $(($(jcmd "$pid" VM.flags | grep -ow 'MaxHeapSize=[0-9]*' | cut -d= -f2) / 1048576))M):"
echo "  after the benchmark:  $(heap)"
jcmd "$pid" GC.run >/dev/null
echo "  after a full GC:      $(heap)"
echo "  peak, from the GC log (heap used when a GC started, whole run):" \
  "$(grep -o '[0-9]*M->' "$out/gc.log" | sed 's/M->//' | sort -n | tail -1)M"
