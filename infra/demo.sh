#!/usr/bin/env bash
# Haven in one command: build, start a Kafka broker, a local mail server (GreenMail) and the survey-service
# (embedded H2), fill a new study with a synthetic longitudinal cohort (or your own CSV) through the real HTTP
# API, a slice of it answering through the links of the mails the contact engine delivered, run the analytics
# batch for that study, print its key figures, and stop everything it started, also on Ctrl-C.
# Needs only a JDK (17+): Maven comes through ./mvnw. See infra/README.md ("demo.sh") for details.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: infra/demo.sh [--waves W] [--participants N] [--seed S] [--mail-participants M] [--responses FILE.csv]
                     [--out DIR]

  --waves W            waves of the new study (default 4)
  --participants N     synthetic participants (default 300)
  --seed S             seed of the synthetic cohort (default 1): the same seed gives the same answers
  --mail-participants M  participants of the cohort enrolled with an e-mail address at example.org instead
                       of getting a token (default 30; 0: none): they answer through the links of the mails
                       the service's contact engine delivered to the demo's local mail server
  --responses FILE     import your own long-format CSV (participant_ref,wave,item_id,value[,completed_on];
                       ESTI v1 item ids) instead of generating a cohort; the study gets
                       max(W, the file's highest wave) waves; rejected rows are listed
  --out DIR            parent folder of the run folder DIR/<run-id>/ (default: haven-runs in the repository)

State (broker data, H2 database, logs) lives in infra/.demo/ (HAVEN_DEMO_DIR) and is reused by the next run.
EOF
}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WAVES=4
PARTICIPANTS=300
SEED=1
MAIL_PARTICIPANTS=30
RESPONSES=
OUT=$ROOT/haven-runs

die_usage() { echo "demo.sh: $*" >&2; echo "try infra/demo.sh --help" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --help|-h) usage; exit 0 ;;
    --waves|--participants|--seed|--mail-participants|--responses|--out)
      [ $# -ge 2 ] || die_usage "$1 needs a value"
      case "$1" in
        --waves) WAVES=$2 ;;
        --participants) PARTICIPANTS=$2 ;;
        --seed) SEED=$2 ;;
        --mail-participants) MAIL_PARTICIPANTS=$2 ;;
        --responses) RESPONSES=$2 ;;
        --out) OUT=$2 ;;
      esac
      shift 2 ;;
    --waves=*) WAVES=${1#*=}; shift ;;
    --participants=*) PARTICIPANTS=${1#*=}; shift ;;
    --seed=*) SEED=${1#*=}; shift ;;
    --mail-participants=*) MAIL_PARTICIPANTS=${1#*=}; shift ;;
    --responses=*) RESPONSES=${1#*=}; shift ;;
    --out=*) OUT=${1#*=}; shift ;;
    *) die_usage "unknown argument '$1'" ;;
  esac
done
[[ $WAVES =~ ^[1-9][0-9]{0,2}$ ]] || die_usage "--waves must be a whole number from 1 to 999, got '$WAVES'"
[[ $PARTICIPANTS =~ ^[1-9][0-9]{0,5}$ ]] || die_usage "--participants must be a whole number from 1, got '$PARTICIPANTS'"
[[ $SEED =~ ^-?[0-9]{1,18}$ ]] || die_usage "--seed must be a whole number, got '$SEED'"
[[ $MAIL_PARTICIPANTS =~ ^[0-9]{1,6}$ ]] || die_usage "--mail-participants must be a whole number from 0, got '$MAIL_PARTICIPANTS'"
if [ -n "$RESPONSES" ]; then
  [ -r "$RESPONSES" ] || die_usage "--responses: cannot read '$RESPONSES'"
  RESPONSES=$(realpath -- "$RESPONSES")
fi
OUT=$(realpath -m -- "$OUT")

STATE=$(realpath -m -- "${HAVEN_DEMO_DIR:-$ROOT/infra/.demo}")
LOGS=$STATE/logs
KAFKA_DIR=$STATE/kafka
GREENMAIL_DIR=$STATE/greenmail
# shellcheck source=infra/lib.sh
. "$ROOT/infra/lib.sh"
SCRIPT=demo.sh
VERSION=$(project_version "$ROOT")
[ -n "$VERSION" ] || { echo "demo.sh: cannot read the project version from $ROOT/pom.xml" >&2; exit 1; }
SERVICE_JAR=$ROOT/survey-service/target/survey-service-$VERSION.jar
BATCH_JAR=$ROOT/analytics-batch/target/analytics-batch-$VERSION.jar
DEMO_JAR=$ROOT/infra/demo/target/haven-demo-$VERSION.jar
# The same GreenMail version as the service's mail tests (the root pom's property).
GREENMAIL_VERSION=$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
[ -n "$GREENMAIL_VERSION" ] || { echo "demo.sh: cannot read greenmail.version from $ROOT/pom.xml" >&2; exit 1; }
GREENMAIL_JAR=$GREENMAIL_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar
# kafka-clients logs through SLF4J; the demo ships no logging backend (its jar's Class-Path would carry one into
# the batch's tests, which see haven-demo), so silence SLF4J's own "no provider" notice instead
DEMO_JAVA=(java -Dslf4j.internal.verbosity=ERROR)
TOPIC=haven.survey.events
export AXONIQ_UPDATE_CHECKER_DISABLED=true

STEP="starting"
SERVICE_PID=
GREENMAIL_PID=
CHILD_PID=
BROKER_STARTED=
START_SECONDS=$SECONDS

step() { STEP=$1; echo "==> $1"; }
fail() { echo "demo.sh: $*" >&2; exit 1; }
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$CHILD_PID" ] && stop_pid "$CHILD_PID" 10 "the running step"
  if [ -n "$SERVICE_PID" ]; then
    echo "==> stopping the survey-service (pid $SERVICE_PID)"
    stop_pid "$SERVICE_PID" 30 "survey-service"
    rm -f "$STATE/service.pid"
  fi
  if [ -n "$GREENMAIL_PID" ]; then
    echo "==> stopping the mail server (pid $GREENMAIL_PID)"
    stop_pid "$GREENMAIL_PID" 10 "GreenMail"
    rm -f "$STATE/greenmail.pid"
  fi
  if [ -n "$BROKER_STARTED" ]; then
    echo "==> stopping the Kafka broker"
    KAFKA_DIR=$KAFKA_DIR "$ROOT/infra/kafka.sh" stop >/dev/null 2>&1 \
      || echo "demo.sh: could not stop the broker; see infra/kafka.sh status with KAFKA_DIR=$KAFKA_DIR" >&2
  fi
  if [ "$rc" -ne 0 ]; then
    echo "demo.sh: FAILED at step: $STEP (exit $rc). Logs: $LOGS" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo; echo "demo.sh: interrupted" >&2; exit 130' INT
trap 'echo "demo.sh: terminated" >&2; exit 143' TERM

# ---------------------------------------------------------------------------------------------------------
step "checking the tools"
command -v java >/dev/null || fail "java is not installed (a JDK 17 or newer is needed)"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${java_major:-0}" -ge 17 ] 2>/dev/null || fail "Java 17 or newer is needed, found ${java_major:-unknown}"
command -v flock >/dev/null || fail "flock (util-linux) is needed"
mkdir -p "$LOGS" "$OUT"
# One demo at a time per state folder: a second one would share the broker and the H2 files.
exec 8>"$STATE/demo.lock"
flock -n 8 || fail "another infra/demo.sh is running with the state folder $STATE"

# A demo that was killed with SIGKILL could not clean up: stop what it left, and only that (the pid file's process,
# if its command line still carries this state folder's mark). Usage: stop_leftover PID_FILE MARK NAME GRACE_S
stop_leftover() {
  local old
  [ -f "$1" ] || return 0
  old=$(tr -dc '0-9' <"$1")
  if [ -n "$old" ] && alive "$old" && tr '\0' ' ' <"/proc/$old/cmdline" 2>/dev/null | grep -qF -- "$2"; then
    echo "    stopping a $3 left by an earlier demo (pid $old)"
    stop_pid "$old" "$4"
  fi
  rm -f "$1"
}
stop_leftover "$STATE/service.pid" "--haven.data-dir=$STATE/service" survey-service 30
stop_leftover "$STATE/greenmail.pid" "$GREENMAIL_DIR/" "mail server" 10
KAFKA_DIR=$KAFKA_DIR "$ROOT/infra/kafka.sh" stop >/dev/null 2>&1 || true

# ---------------------------------------------------------------------------------------------------------
step "building (log: $LOGS/build.log)"
# Boot's repackaged jars carry the reproducible-build timestamp as their file time, not the build time:
# a stamp file written after each successful build is what sources are compared with.
BUILD_STAMP=$STATE/build.stamp
stale_build() {
  local jar
  for jar in "$SERVICE_JAR" "$BATCH_JAR" "$DEMO_JAR"; do
    [ -f "$jar" ] || return 0
  done
  [ -f "$BUILD_STAMP" ] || return 0
  # Any source or pom newer than the last build means the jars may be out of date.
  [ -n "$(find "$ROOT/pom.xml" "$ROOT/events-schema" "$ROOT/survey-service" "$ROOT/analytics-batch" \
    "$ROOT/infra/demo" \( -name target -prune \) -o \( -type f -newer "$BUILD_STAMP" -print \) 2>/dev/null \
    | head -n 1)" ]
}
if stale_build; then
  build_start=$SECONDS
  touch "$BUILD_STAMP.new"   # before the build: a source saved during it is newer, so the next run rebuilds
  run_step "$ROOT/mvnw" -B -q -DskipTests package -pl survey-service,analytics-batch,infra/demo -am \
    -f "$ROOT/pom.xml" >"$LOGS/build.log" 2>&1 \
    || { tail -n 30 "$LOGS/build.log" >&2; fail "the Maven build failed (full log: $LOGS/build.log)"; }
  mv "$BUILD_STAMP.new" "$BUILD_STAMP"
  echo "    built in $((SECONDS - build_start)) s"
else
  echo "    jars are up to date"
fi

# ---------------------------------------------------------------------------------------------------------
step "choosing free ports"
# The ports of the previous run if they are free (the broker's data remembers nothing else), else new ones.
KAFKA_PORT= KAFKA_CONTROLLER_PORT= SERVICE_PORT= SMTP_PORT= MAIL_API_PORT=
if [ -f "$STATE/ports" ]; then
  read -r KAFKA_PORT KAFKA_CONTROLLER_PORT SERVICE_PORT SMTP_PORT MAIL_API_PORT <"$STATE/ports" || true
fi
for v in KAFKA_PORT KAFKA_CONTROLLER_PORT SERVICE_PORT SMTP_PORT MAIL_API_PORT; do
  if [[ ! ${!v:-} =~ ^[0-9]+$ ]] || port_open "${!v}"; then
    port=$(free_port "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$SERVICE_PORT" "$SMTP_PORT" "$MAIL_API_PORT") \
      || fail "no free port found"
    printf -v "$v" '%s' "$port"
  fi
done
echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT $SERVICE_PORT $SMTP_PORT $MAIL_API_PORT" >"$STATE/ports"
echo "    Kafka 127.0.0.1:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT), survey-service 127.0.0.1:$SERVICE_PORT,"
echo "    mail server 127.0.0.1:$SMTP_PORT (SMTP) and 127.0.0.1:$MAIL_API_PORT (GreenMail's REST API)"

# ---------------------------------------------------------------------------------------------------------
step "starting the Kafka broker (infra/kafka.sh, data in $KAFKA_DIR)"
BROKER_STARTED=1
KAFKA_DIR=$KAFKA_DIR KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT \
  "$ROOT/infra/kafka.sh" start >"$LOGS/kafka-start.log" 2>&1 \
  || { sed 's/^/    /' "$LOGS/kafka-start.log" >&2; fail "the broker did not start (logs: $KAFKA_DIR/logs)"; }
sed 's/^/    /' "$LOGS/kafka-start.log"

# ---------------------------------------------------------------------------------------------------------
step "starting the mail server, GreenMail $GREENMAIL_VERSION (log: $LOGS/greenmail.log)"
if [ ! -f "$GREENMAIL_JAR" ]; then
  echo "    fetching com.icegreen:greenmail-standalone:$GREENMAIL_VERSION from Maven Central"
  mkdir -p "$GREENMAIL_DIR"
  run_step "$ROOT/mvnw" -B -q -N dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
    -DoutputDirectory="$GREENMAIL_DIR" -f "$ROOT/pom.xml" >"$LOGS/greenmail-fetch.log" 2>&1 \
    || { tail -n 20 "$LOGS/greenmail-fetch.log" >&2; fail "could not fetch GreenMail (log: $LOGS/greenmail-fetch.log)"; }
fi
# SMTP without authentication (a mailbox opens for each recipient on first delivery) and the REST API the demo
# reads the delivered mails with; both on loopback only. Mails live in memory: gone when the demo stops.
java -Xmx256m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -Dgreenmail.auth.disabled \
  -jar "$GREENMAIL_JAR" >"$LOGS/greenmail.log" 2>&1 </dev/null &
GREENMAIL_PID=$!
echo "$GREENMAIL_PID" >"$STATE/greenmail.pid"
http_get() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n" "$2" >&3; cat <&3' _ "$1" "$2" 2>/dev/null
}
for ((i = 0; ; i++)); do
  alive "$GREENMAIL_PID" || { tail -n 20 "$LOGS/greenmail.log" >&2; fail "GreenMail exited during start-up"; }
  http_get "$MAIL_API_PORT" /api/service/readiness | grep -q 'Service running' && port_open "$SMTP_PORT" && break
  ((i < 60 * 2)) || { tail -n 20 "$LOGS/greenmail.log" >&2; fail "GreenMail was not ready within 60 s"; }
  sleep 0.5
done
echo "    up (pid $GREENMAIL_PID)"

# ---------------------------------------------------------------------------------------------------------
step "starting the survey-service on H2 (log: $LOGS/service.log)"
# A researcher account of this run only: a random password, handed to the service as a bcrypt hash in its
# environment (Spring binds HAVEN_SECURITY_RESEARCHERS_0_* to haven.security.researchers[0]).
PASSWORD=$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')
HASH=$(printf '%s\n' "$PASSWORD" | "${DEMO_JAVA[@]}" -jar "$DEMO_JAR" hash-password) || fail "could not hash the demo password"
HAVEN_SECURITY_RESEARCHERS_0_NAME=demo HAVEN_SECURITY_RESEARCHERS_0_PASSWORD=$HASH \
  HAVEN_SECURITY_RESEARCHERS_0_ROLES=RESEARCHER \
  java -Xmx512m -jar "$SERVICE_JAR" --server.address=127.0.0.1 --server.port="$SERVICE_PORT" \
  --haven.data-dir="$STATE/service" --haven.kafka.bootstrap-servers="127.0.0.1:$KAFKA_PORT" \
  --haven.kafka.topic="$TOPIC" \
  --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
  --spring.mail.properties.mail.smtp.connectiontimeout=10000 --spring.mail.properties.mail.smtp.timeout=30000 \
  --haven.public-url="http://127.0.0.1:$SERVICE_PORT" --haven.contact.from="Haven demo <study-team@example.org>" \
  --haven.contact.dispatch-interval=2s >>"$LOGS/service.log" 2>&1 </dev/null &
SERVICE_PID=$!
echo "$SERVICE_PID" >"$STATE/service.pid"

# Plain bash HTTP (http_get above): a fresh machine need not have curl.
health() { http_get "$1" /actuator/health; }
for ((i = 0; ; i++)); do
  alive "$SERVICE_PID" || { tail -n 30 "$LOGS/service.log" >&2; fail "the survey-service exited during start-up"; }
  health "$SERVICE_PORT" | grep -q '^{"status":"UP"' && break
  ((i < 180 * 2)) || { tail -n 30 "$LOGS/service.log" >&2; fail "the survey-service was not UP within 180 s"; }
  sleep 0.5
done
echo "    up (pid $SERVICE_PID) after $((SECONDS - START_SECONDS)) s since the demo started"

# ---------------------------------------------------------------------------------------------------------
if [ -n "$RESPONSES" ]; then
  step "creating a study and importing $RESPONSES"
else
  step "creating a study and submitting $PARTICIPANTS synthetic participants over $WAVES waves (seed $SEED)"
fi
rm -f "$STATE/study-id" "$LOGS/import-rejections.txt" "$STATE/mailboxes"
demo_args=(run --service "http://127.0.0.1:$SERVICE_PORT" --waves "$WAVES" --participants "$PARTICIPANTS"
  --seed "$SEED" --bootstrap-servers "127.0.0.1:$KAFKA_PORT" --topic "$TOPIC" --study-file "$STATE/study-id"
  --rejections-file "$LOGS/import-rejections.txt")
[ -n "$RESPONSES" ] && demo_args+=(--responses "$RESPONSES")
[ -z "$RESPONSES" ] && [ "$MAIL_PARTICIPANTS" -gt 0 ] && demo_args+=(--greenmail "http://127.0.0.1:$MAIL_API_PORT"
  --mail-participants "$MAIL_PARTICIPANTS" --mailboxes-file "$STATE/mailboxes")
fill_start=$SECONDS
HAVEN_DEMO_PASSWORD=$PASSWORD run_step "${DEMO_JAVA[@]}" -Xmx256m -jar "$DEMO_JAR" "${demo_args[@]}" \
  || fail "filling the study failed (service log: $LOGS/service.log)"
STUDY=$(cat "$STATE/study-id")
echo "    done in $((SECONDS - fill_start)) s"

# ---------------------------------------------------------------------------------------------------------
step "running the analytics batch for study $STUDY (log: $LOGS/batch.log)"
# The export key turns participant ids into pseudonyms; kept in the state folder so that pids of one study
# stay the same across runs.
[ -s "$STATE/export-key" ] || (umask 077; head -c 32 /dev/urandom | base64 >"$STATE/export-key")
batch_start=$SECONDS
# The run writes run-summary.json into its new run folder: the one that is newer than this mark is this run's.
BATCH_MARK=$STATE/batch.mark
touch "$BATCH_MARK"
run_step java -Xmx768m -jar "$BATCH_JAR" --bootstrap-servers="127.0.0.1:$KAFKA_PORT" --topic="$TOPIC" \
  --study="$STUDY" --out="$OUT" --export-key-file="$STATE/export-key" --haven.data-dir="$STATE/batch" \
  >>"$LOGS/batch.log" 2>&1 </dev/null \
  || { tail -n 20 "$LOGS/batch.log" >&2; fail "the batch run failed (log: $LOGS/batch.log)"; }
RUN_SUMMARY=$(find "$OUT" -mindepth 2 -maxdepth 2 -name run-summary.json -newer "$BATCH_MARK" -print | head -n 1)
[ -n "$RUN_SUMMARY" ] || fail "the batch wrote no run-summary.json under $OUT (log: $LOGS/batch.log)"
RUN_FOLDER=$("${DEMO_JAVA[@]}" -jar "$DEMO_JAR" run-facts --run-summary "$RUN_SUMMARY" | sed -n 's/^run_folder=//p')
[ -n "$RUN_FOLDER" ] && [ -f "$RUN_FOLDER/statistics.csv" ] \
  || fail "$RUN_SUMMARY does not name a run folder with statistics.csv (log: $LOGS/batch.log)"
echo "    done in $((SECONDS - batch_start)) s"

# ---------------------------------------------------------------------------------------------------------
step "key figures"
"${DEMO_JAVA[@]}" -jar "$DEMO_JAR" figures --run-summary "$RUN_SUMMARY" || fail "could not read $RUN_SUMMARY"
if [ -s "$STATE/mailboxes" ]; then
  echo
  "${DEMO_JAVA[@]}" -jar "$DEMO_JAR" mail-figures --greenmail "http://127.0.0.1:$MAIL_API_PORT" \
    --mailboxes-file "$STATE/mailboxes" || fail "could not count the mails in GreenMail"
fi
echo
echo "run folder: $RUN_FOLDER"
echo "study:      $STUDY"
echo "demo took $((SECONDS - START_SECONDS)) s; stopping what it started"
STEP="stopping"
