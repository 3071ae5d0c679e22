# Shell helpers shared by infra/demo.sh and infra/bench.sh (sourced, not run). Each script sets SCRIPT (its name
# in messages) and CHILD_PID before using them.

alive() { [ -r "/proc/$1/stat" ] && [ "$(cut -d ' ' -f 3 "/proc/$1/stat" 2>/dev/null)" != Z ]; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stops a process we started: SIGTERM, then SIGKILL after the grace period. Usage: stop_pid PID GRACE_S [NAME]
# (with a name, a kill after the grace period is reported).
stop_pid() {
  local pid=$1 grace=$2 name=${3:-} i
  alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do alive "$pid" || break; sleep 0.1; done
  if alive "$pid"; then
    [ -n "$name" ] && echo "$SCRIPT: $name (pid $pid) did not stop within $grace s, killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

# Runs a step's command in the background and waits for it: a trapped Ctrl-C interrupts `wait` at once,
# where a foreground command would first have to finish.
run_step() {
  "$@" &
  CHILD_PID=$!
  local rc=0
  wait "$CHILD_PID" || rc=$?
  CHILD_PID=
  return "$rc"
}

# A free TCP port on 127.0.0.1 between 20000 and 59999, other than the ports given as arguments.
free_port() {
  local port taken p i
  for ((i = 0; i < 200; i++)); do
    port=$((20000 + RANDOM % 40000))
    taken=
    for p in "$@"; do [ "$p" = "$port" ] && taken=1; done
    [ -z "$taken" ] && ! port_open "$port" && { echo "$port"; return 0; }
  done
  return 1
}

# The project's version as the root pom declares it (the jars are named after it).
project_version() {
  sed -n '/<artifactId>haven-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q;}' "$1/pom.xml"
}
