#!/usr/bin/env bash
# Haven's benchmarks: ingest end to end over HTTP with its in-process and plain-JDBC baselines, the
# replay of 1,000,000 QuestionnaireSubmitted events against a bare KafkaConsumer loop, and the batch's heap under
# -Xmx1g by study size. Writes BENCHMARKS.md (BENCHMARKS-QUICK.md with --quick) at the repository root and stops
# everything it started, also on failure or Ctrl-C. See infra/README.md ("bench.sh").
set -euo pipefail

usage() {
  cat <<'EOF'
usage: infra/bench.sh [--quick]

  --quick   development run: 5,000 replay participants, memory sizes 1,000/2,000/5,000, 10 s holds;
            writes BENCHMARKS-QUICK.md (git-ignored), never BENCHMARKS.md

Needs: JDK 17+, Maven, PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth; database haven_bench is
recreated), about 12 GB free disk for a full run. State and logs: infra/.bench/ (git-ignored).
EOF
}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODE=full
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) MODE=quick; shift ;;
    --help|-h) usage; exit 0 ;;
    *) echo "bench.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [ "$MODE" = full ]; then
  HOLD=60; WARMUP=10; JDBC_HOLD=30; PROBE=2000; REPLAY_PARTICIPANTS=100000; MEMORY_SIZES="10000 50000 100000"; NEED_GB=12
  OUT_MD=$ROOT/BENCHMARKS.md
else
  HOLD=10; WARMUP=5; JDBC_HOLD=5; PROBE=500; REPLAY_PARTICIPANTS=5000; MEMORY_SIZES="1000 2000 5000"; NEED_GB=3
  OUT_MD=$ROOT/BENCHMARKS-QUICK.md
fi
WAVES=10
REPLAY_EVENTS=$((REPLAY_PARTICIPANTS * WAVES))
# shellcheck source=infra/lib.sh
. "$ROOT/infra/lib.sh"
SCRIPT=bench.sh
VERSION=$(project_version "$ROOT")
[ -n "$VERSION" ] || { echo "bench.sh: cannot read the project version from $ROOT/pom.xml" >&2; exit 1; }
STATE=$ROOT/infra/.bench
LOGS=$STATE/logs
KAFKA_DIR=$STATE/kafka
RESULTS=$STATE/results.properties
NOTES=$STATE/notes.md
SERVICE_JAR=$ROOT/survey-service/target/survey-service-$VERSION.jar
BATCH_JAR=$ROOT/analytics-batch/target/analytics-batch-$VERSION.jar
BENCH_JAR=$ROOT/infra/bench/target/haven-bench-$VERSION.jar
DEMO_JAR=$ROOT/infra/demo/target/haven-demo-$VERSION.jar
DB=haven_bench
JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB
INGEST_TOPIC=haven.bench.ingest
INPROCESS_TOPIC=haven.bench.inprocess
REPLAY_TOPIC=haven.bench.replay
export AXONIQ_UPDATE_CHECKER_DISABLED=true

STEP=starting
SERVICE_PID=
CHILD_PID=
SAMPLER_PID=
BROKER_STARTED=
T0=$(date +%s)

step() { STEP=$1; echo "==> $(date -u +%H:%M:%S) $1"; }
fail() { echo "bench.sh: $*" >&2; exit 1; }
result() { echo "$1=$2" >>"$RESULTS"; }
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$SAMPLER_PID" ] && stop_pid "$SAMPLER_PID" 1
  [ -n "$CHILD_PID" ] && stop_pid "$CHILD_PID" 10
  [ -n "$SERVICE_PID" ] && stop_pid "$SERVICE_PID" 30
  if [ -n "$BROKER_STARTED" ]; then
    KAFKA_DIR=$KAFKA_DIR "$ROOT/infra/kafka.sh" stop >/dev/null 2>&1 || echo "bench.sh: could not stop the broker ($KAFKA_DIR)" >&2
  fi
  rm -rf "$STATE/runs" "$STATE/batch"
  [ "$rc" -ne 0 ] && echo "bench.sh: FAILED at step: $STEP (exit $rc). Logs: $LOGS" >&2
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "bench.sh: interrupted" >&2; exit 130' INT
trap 'echo "bench.sh: terminated" >&2; exit 143' TERM

# ---------------------------------------------------------------------------------------------------------
step "checking free disk (need $NEED_GB GB in $ROOT/infra)"
mkdir -p "$STATE"
exec 8>"$STATE/bench.lock"
flock -n 8 || fail "another infra/bench.sh is running"
FREE_GB=$(df -Pk "$STATE" | awk 'NR == 2 { printf "%d", $4 / 1048576 }')
[ "$FREE_GB" -ge "$NEED_GB" ] || fail "only $FREE_GB GB free under $STATE; the $MODE run needs $NEED_GB GB (topics, fold journal, CSV datasets)"
rm -rf "$LOGS" "$STATE/runs" "$STATE/batch" "$STATE/jfr" "$KAFKA_DIR/data"
mkdir -p "$LOGS" "$STATE/jfr"
: >"$RESULTS"
: >"$NOTES"
result run.mode "$MODE"
result run.started "$(date -u +%Y-%m-%dT%H:%M:%S)"
if [ "$MODE" = quick ]; then result run.command "infra/bench.sh --quick"; else result run.command "infra/bench.sh"; fi
result run.disk_free_gb "$FREE_GB"
result machine.nproc "$(nproc)"
result machine.cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
result machine.ram "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
result machine.os "$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), kernel $(uname -r)"
result machine.java "$(java -version 2>&1 | head -n 2 | tr '\n' ' ' | sed 's/ *$//')"
result machine.load_start "$(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "    $FREE_GB GB free; load average $(cut -d ' ' -f 1-3 /proc/loadavg)"

# ---------------------------------------------------------------------------------------------------------
step "building (log: $LOGS/build.log)"
run_step "$ROOT/mvnw" -B -q -DskipTests package -pl survey-service,analytics-batch,infra/bench -am -f "$ROOT/pom.xml" \
  >"$LOGS/build.log" 2>&1 || { tail -n 30 "$LOGS/build.log" >&2; fail "the build failed"; }
# The in-process baseline and the seeder run from survey-service's test classes (org.haven.survey.bench).
run_step "$ROOT/mvnw" -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$STATE/service-test.cp" \
  -pl survey-service -f "$ROOT/pom.xml" >>"$LOGS/build.log" 2>&1 || fail "could not resolve the service's test classpath"
SERVICE_TEST_CP=$ROOT/survey-service/target/classes:$ROOT/survey-service/target/test-classes:$(cat "$STATE/service-test.cp")

# ---------------------------------------------------------------------------------------------------------
step "starting PostgreSQL ($DB, fresh) and a Kafka broker of this run ($KAFKA_DIR)"
bash "$ROOT/infra/postgres.sh" --fresh "$DB" >"$LOGS/postgres.log" 2>&1 || { cat "$LOGS/postgres.log" >&2; fail "PostgreSQL"; }
KAFKA_PORT=$(free_port); KAFKA_CONTROLLER_PORT=$(free_port); SERVICE_PORT=$(free_port)
BOOTSTRAP=127.0.0.1:$KAFKA_PORT
BROKER_STARTED=1
KAFKA_DIR=$KAFKA_DIR KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT KAFKA_HEAP=-Xmx1g \
  "$ROOT/infra/kafka.sh" start >"$LOGS/kafka-start.log" 2>&1 || { cat "$LOGS/kafka-start.log" >&2; fail "the broker did not start"; }

PASSWORD=$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')
HASH=$(printf '%s\n' "$PASSWORD" | java -jar "$DEMO_JAR" hash-password) || fail "could not hash the bench password"
# The same password hashed as a real account is (bcrypt 12), for the API token benchmark's HTTP Basic side.
HASH12=$(printf '%s\n' "$PASSWORD" | java -jar "$SERVICE_JAR" --hash-password) || fail "could not hash the bcrypt-12 password"
export HAVEN_PRIVACY_MASTER_KEY
HAVEN_PRIVACY_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
export HAVEN_IMPORT_REF_KEY
HAVEN_IMPORT_REF_KEY=$(head -c 32 /dev/urandom | base64)
SERVICE_ARGS="--spring.datasource.url=$JDBC_URL --spring.datasource.username=postgres --haven.data-dir=$STATE/service"
SERVICE_ARGS+=" --haven.kafka.bootstrap-servers=$BOOTSTRAP --server.address=127.0.0.1"

# ---------------------------------------------------------------------------------------------------------
step "ingest: starting the survey-service on PostgreSQL (JFR on; log: $LOGS/service.log)"
# shellcheck disable=SC2086
HAVEN_SECURITY_RESEARCHERS_0_NAME=bench HAVEN_SECURITY_RESEARCHERS_0_PASSWORD=$HASH \
  HAVEN_SECURITY_RESEARCHERS_0_ROLES=RESEARCHER \
  HAVEN_SECURITY_RESEARCHERS_1_NAME=bench-bcrypt12 HAVEN_SECURITY_RESEARCHERS_1_PASSWORD=$HASH12 \
  java -Xmx1g -XX:StartFlightRecording=filename="$STATE/jfr/service.jfr",settings=profile \
  -jar "$SERVICE_JAR" $SERVICE_ARGS --server.port="$SERVICE_PORT" --haven.kafka.topic=$INGEST_TOPIC \
  >"$LOGS/service.log" 2>&1 </dev/null &
SERVICE_PID=$!
for ((i = 0; ; i++)); do
  alive "$SERVICE_PID" || { tail -n 30 "$LOGS/service.log" >&2; fail "the survey-service exited during start-up"; }
  timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && cat <&3' _ \
    "$SERVICE_PORT" 2>/dev/null | grep -q '^{"status":"UP"' && break
  ((i < 360)) || fail "the survey-service was not UP within 180 s"
  sleep 0.5
done

step "ingest: load generator (saturation, then fixed rate; ${HOLD} s each; log: $LOGS/ingest.log)"
HAVEN_BENCH_PASSWORD=$PASSWORD run_step java -Xmx1g -jar "$BENCH_JAR" ingest --service "http://127.0.0.1:$SERVICE_PORT" \
  --researcher bench --bootstrap-servers "$BOOTSTRAP" --topic $INGEST_TOPIC --hold "$HOLD" --warmup "$WARMUP" --probe-participants "$PROBE" \
  --results "$RESULTS" >"$LOGS/ingest.log" 2>&1 || { tail -n 30 "$LOGS/ingest.log" >&2; fail "the ingest load generator failed"; }
sed 's/^/    /' "$LOGS/ingest.log"

step "API tokens: scripted enrollment with HTTP Basic (bcrypt 12), then a console API token (log: $LOGS/enroll-auth.log)"
HAVEN_BENCH_AUTH_PASSWORD=$PASSWORD run_step java -jar "$BENCH_JAR" enroll-auth --service "http://127.0.0.1:$SERVICE_PORT" \
  --researcher bench-bcrypt12 --threads 4 --hold 20 --results "$RESULTS" >"$LOGS/enroll-auth.log" 2>&1 \
  || { tail -n 30 "$LOGS/enroll-auth.log" >&2; fail "the enroll-auth benchmark failed"; }
sed 's/^/    /' "$LOGS/enroll-auth.log"
jcmd "$SERVICE_PID" JFR.dump name=1 filename="$STATE/jfr/service.jfr" >/dev/null 2>&1 || true
stop_pid "$SERVICE_PID" 30
SERVICE_PID=

step "ingest baseline: the same commands in-process through the CommandGateway (log: $LOGS/inprocess.log)"
# shellcheck disable=SC2086
run_step java -Xmx1g -cp "$SERVICE_TEST_CP" org.haven.survey.bench.BenchMain inprocess \
  --service-args "$SERVICE_ARGS --server.port=0 --haven.kafka.topic=$INPROCESS_TOPIC" \
  --bootstrap-servers "$BOOTSTRAP" --topic $INPROCESS_TOPIC --hold "$HOLD" --warmup "$WARMUP" --threads 24 \
  --results "$RESULTS" >"$LOGS/inprocess.log" 2>&1 || { tail -n 30 "$LOGS/inprocess.log" >&2; fail "the in-process baseline failed"; }
grep '^inprocess\.' "$LOGS/inprocess.log" | sed 's/^/    /'

step "ingest baseline: plain JDBC batch inserts (${JDBC_HOLD} s per batch size)"
run_step java -jar "$BENCH_JAR" jdbc --jdbc-url "$JDBC_URL" --threads 4 --hold "$JDBC_HOLD" --results "$RESULTS" \
  >"$LOGS/jdbc.log" 2>&1 || { tail -n 30 "$LOGS/jdbc.log" >&2; fail "the JDBC baseline failed"; }
sed 's/^/    /' "$LOGS/jdbc.log"

# ---------------------------------------------------------------------------------------------------------
# The batch, timed: wall clock of the whole process, the replay step from its last progress line, the analysis
# step's two phases (and the growth model's share) from the run's run-summary.json. $1 label, $2 topic, $3 study,
# $4 heap, $5 extra JVM options.
run_batch() {
  local label=$1 topic=$2 study=$3 heap=$4 jvm=$5 started log=$LOGS/batch-$1.log
  rm -rf "$STATE/runs" "$STATE/batch"
  started=$(now)
  # shellcheck disable=SC2086
  HAVEN_EXPORT_KEY=bench-export-key-not-secret run_step timeout 1200 java "$heap" -XX:+ExitOnOutOfMemoryError \
    -Xlog:gc:file="$LOGS/gc-$label.log" $jvm \
    -jar "$BATCH_JAR" --bootstrap-servers="$BOOTSTRAP" --topic="$topic" --study="$study" --out="$STATE/runs" \
    --haven.data-dir="$STATE/batch" >"$log" 2>&1 </dev/null || { tail -n 5 "$log" >&2; BATCH_SECONDS=$(seconds_since "$started"); return 1; }
  BATCH_SECONDS=$(seconds_since "$started")
  # the run's run-summary.json (the runs folder is emptied before each run) names its folder and timings
  RUN_SUMMARY=$(find "$STATE/runs" -mindepth 2 -maxdepth 2 -name run-summary.json -print | head -n 1)
  [ -n "$RUN_SUMMARY" ] || { tail -n 20 "$log" >&2; return 1; }
}

# A fact of the last run's run-summary.json, as the demo jar prints it (key=value lines): $1 key.
run_fact() {
  java -jar "$DEMO_JAR" run-facts --run-summary "$RUN_SUMMARY" | sed -n "s/^$1=//p"
}

# Asks the batch JVM marked -Dhaven.bench.sample=$1 for a full GC every 2 s (the memory runs' live-set samples).
sample_live_set() {
  local pid
  while sleep 2; do
    pid=$(pgrep -f "^java .*-Dhaven\.bench\.sample=$1( |\$)" | head -n 1) || true
    [ -z "$pid" ] || jcmd "$pid" GC.run >/dev/null 2>&1 || true
  done
}

step "replay: seeding $REPLAY_TOPIC with $REPLAY_PARTICIPANTS participants x $WAVES waves (log: $LOGS/seed.log)"
run_step java -Xmx1g -cp "$SERVICE_TEST_CP" org.haven.survey.bench.BenchMain seed --bootstrap-servers "$BOOTSTRAP" \
  --topic $REPLAY_TOPIC --participants "$REPLAY_PARTICIPANTS" --waves $WAVES --prefix replay.seed \
  --results "$RESULTS" >"$LOGS/seed.log" 2>&1 || { tail -n 30 "$LOGS/seed.log" >&2; fail "seeding failed"; }
REPLAY_STUDY=$(sed -n 's/^replay\.seed\.study=//p' "$RESULTS")
result replay.participants "$REPLAY_PARTICIPANTS"
result replay.waves "$WAVES"
result replay.partitions 3

step "replay: bare KafkaConsumer loops (poll only, then poll + decode)"
run_step java -Xmx1g -jar "$BENCH_JAR" bare-consumer --bootstrap-servers "$BOOTSTRAP" --topic $REPLAY_TOPIC \
  --decode false --results "$RESULTS" >"$LOGS/bare.log" 2>&1 || fail "the bare loop failed"
run_step java -Xmx1g -jar "$BENCH_JAR" bare-consumer --bootstrap-servers "$BOOTSTRAP" --topic $REPLAY_TOPIC \
  --results "$RESULTS" >>"$LOGS/bare.log" 2>&1 || fail "the bare loop failed"
SUBMITTED=$(sed -n 's/^replay\.bare\.by_type=.*QuestionnaireSubmitted:\([0-9]*\).*/\1/p' "$RESULTS" | tail -n 1)
TOTAL=$(sed -n 's/^replay\.bare\.events=//p' "$RESULTS" | tail -n 1)
result replay.topic_records "$TOTAL"
result replay.topic_submitted "$SUBMITTED"
echo "    topic: $TOTAL records, $SUBMITTED QuestionnaireSubmitted"
[ "${SUBMITTED:-0}" -eq "$REPLAY_EVENTS" ] || fail "the replay topic holds ${SUBMITTED:-0} QuestionnaireSubmitted records, not $REPLAY_EVENTS"

# The replay figures come from a run with room to spare (-Xmx12g); the -Xmx1g runs are the memory benchmark.
step "replay: the analytics batch (-Xmx12g, JFR on; log: $LOGS/batch-replay.log)"
LOG=$LOGS/batch-replay.log
if run_batch replay $REPLAY_TOPIC "$REPLAY_STUDY" -Xmx12g \
  "-XX:StartFlightRecording=filename=$STATE/jfr/batch.jfr,settings=profile"; then
  LAST=$(grep '^replay: ' "$LOG" | tail -n 1)
  DONE=$(echo "$LAST" | sed 's/^replay: \([0-9,]*\) .*/\1/' | tr -d ,)
  RATE=$(echo "$LAST" | sed 's/.*%), \([0-9,]*\) events\/s.*/\1/' | tr -d ,)
  STATS_MS=$(run_fact scoring_and_statistics_ms)
  FILES_MS=$(run_fact files_ms)
  GROWTH_MS=$(run_fact growth_model_ms)
  REPLAY_S=$(awk -v d="$DONE" -v r="$RATE" 'BEGIN { printf "%.3f", d / r }')
  result replay.job.seconds "$BATCH_SECONDS"
  result replay.job.replay_rate "$RATE"
  result replay.job.replay_s "$REPLAY_S"
  result replay.job.statistics_s "$(awk -v m="$STATS_MS" 'BEGIN { printf "%.3f", m / 1000 }')"
  result replay.job.files_s "$(awk -v m="$FILES_MS" 'BEGIN { printf "%.3f", m / 1000 }')"
  [ -z "$GROWTH_MS" ] || result replay.job.growth_model_s "$(awk -v m="$GROWTH_MS" 'BEGIN { printf "%.3f", m / 1000 }')"
  result replay.job.read_fold_stats_rate "$(awk -v t="$TOTAL" -v a="$REPLAY_S" -v m="$STATS_MS" 'BEGIN { printf "%.3f", t / (a + m / 1000) }')"
  echo "    $LAST; scoring and statistics $STATS_MS ms, files $FILES_MS ms; whole process $BATCH_SECONDS s"
else
  # A failed replay job is a result too (it is reported, with its log's last lines), not a reason to lose the rest.
  result replay.job.failed "$(tail -n 3 "$LOG" | tr '\n' ' ' | cut -c1-300)"
fi
java -jar "$BENCH_JAR" gc-peak --gc-log "$LOGS/gc-replay.log" --label replay_12g --results "$RESULTS" >/dev/null || true

step "replay: the bare decode loop again, after the job"
run_step java -Xmx1g -jar "$BENCH_JAR" bare-consumer --bootstrap-servers "$BOOTSTRAP" --topic $REPLAY_TOPIC \
  --label bare_after --results "$RESULTS" >>"$LOGS/bare.log" 2>&1 || fail "the bare loop failed"

# ---------------------------------------------------------------------------------------------------------
COMPLETED=0
for size in $MEMORY_SIZES; do
  step "memory: $size participants x $WAVES waves under -Xmx1g"
  if [ "$size" = "$REPLAY_PARTICIPANTS" ]; then
    topic=$REPLAY_TOPIC; study=$REPLAY_STUDY; records=$TOTAL
  else
    topic=haven.bench.memory.p$size
    run_step java -Xmx1g -cp "$SERVICE_TEST_CP" org.haven.survey.bench.BenchMain seed --bootstrap-servers "$BOOTSTRAP" \
      --topic "$topic" --participants "$size" --waves $WAVES --prefix "memory.p$size.seed" \
      --results "$RESULTS" >>"$LOGS/seed.log" 2>&1 || fail "seeding the memory topic failed"
    study=$(sed -n "s/^memory\.p$size\.seed\.study=//p" "$RESULTS")
    records=$(sed -n "s/^memory\.p$size\.seed\.records=//p" "$RESULTS")
  fi
  result "memory.p$size.events" "$records"
  # The live set: a full collection every 2 s during the run (its "after" is what the batch holds then).
  sample_live_set "p$size" &
  SAMPLER_PID=$!
  if run_batch "p$size" "$topic" "$study" -Xmx1g "-Dhaven.bench.sample=p$size"; then
    result "memory.p$size.completed" yes
    COMPLETED=$((COMPLETED + 1))
  else
    reached=$(grep '^replay: ' "$LOGS/batch-p$size.log" | tail -n 1 | sed 's/^replay: \([0-9,]*\) .*/\1/')
    why=$(grep -o 'OutOfMemoryError[^"]*' "$LOGS/batch-p$size.log" | head -n 1)
    result "memory.p$size.completed" "no: ${why:-failed} (replay progress ${reached:-0} events)"
  fi
  stop_pid "$SAMPLER_PID" 1
  SAMPLER_PID=
  result "memory.p$size.seconds" "$BATCH_SECONDS"
  java -jar "$BENCH_JAR" gc-peak --gc-log "$LOGS/gc-p$size.log" --label "p$size" --results "$RESULTS" >/dev/null
done
result memory.sizes "$(echo "$MEMORY_SIZES" | tr ' ' ',')"
result memory.completed "$COMPLETED"

# ---------------------------------------------------------------------------------------------------------
step "profiles and the report"
{
  echo "### Profile: survey-service during the ingest phases (HTTP worker threads)"
  echo
} >>"$NOTES"
java -jar "$BENCH_JAR" jfr-top --jfr "$STATE/jfr/service.jfr" --thread http-nio --out "$NOTES" >/dev/null \
  || echo "(no service profile)" >>"$NOTES"
{
  echo "### Profile: survey-service, all threads (publisher, Axon, Kafka, GC excluded: JFR samples Java threads)"
  echo
} >>"$NOTES"
java -jar "$BENCH_JAR" jfr-top --jfr "$STATE/jfr/service.jfr" --out "$NOTES" >/dev/null || true
{
  echo "### Profile: analytics batch on the replay topic, all threads"
  echo
} >>"$NOTES"
java -jar "$BENCH_JAR" jfr-top --jfr "$STATE/jfr/batch.jfr" --out "$NOTES" >/dev/null || echo "(no batch profile)" >>"$NOTES"
[ -f "$ROOT/infra/bench-notes.md" ] && cat "$ROOT/infra/bench-notes.md" >>"$NOTES"

# Checks of a full run: the replay topic's size is enforced above; each ingest rate must have been held >= 60 s.
for phase in saturation fixed; do
  held=$(sed -n "s/^ingest\.$phase\.held_s=//p" "$RESULTS" | tail -n 1)
  awk -v h="${held:-0}" -v need="$HOLD" 'BEGIN { exit !(h + 0.5 >= need) }' \
    || fail "the ingest phase '$phase' was held ${held:-0} s, less than $HOLD s"
done
result machine.load_end "$(cut -d ' ' -f 1-3 /proc/loadavg)"
result run.seconds "$(( $(date +%s) - T0 ))"
java -jar "$BENCH_JAR" report --results "$RESULTS" --notes "$NOTES" --out "$OUT_MD" || fail "could not write $OUT_MD"
echo "bench.sh: wrote $OUT_MD in $(( $(date +%s) - T0 )) s"
STEP=stopping
