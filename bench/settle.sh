# Sourced by the scripts that measure servers in turns: wait_until_settled, and the CPU time of a server (cpu_ticks,
# tree_ticks). wait_until_settled: returns once the machine's CPU has been
# mostly idle for half a second (under SETTLE_BUSY_CORES cores' worth of work, default 0.6: 30 % of this 2-core
# machine), or after SETTLE_MAX_SECONDS (default 15, a whole number), saying so on stderr. A server can go on
# working after wrk stops: at 100,000 studies the graphql-js peer still held 32 requests that had each waited about a
# second, and the next server's turn ran beside that work (a third or more of its rate gone, whichever server came
# next: README "Session 21").
wait_until_settled() {
  local limit=${SETTLE_BUSY_CORES:-0.6} max=${SETTLE_MAX_SECONDS:-15} hz
  hz=$(getconf CLK_TCK)
  local deadline=$(( $(date +%s) + max )) busy_before busy_after
  while [ "$(date +%s)" -lt "$deadline" ]; do
    busy_before=$(busy_ticks)
    sleep 0.5
    busy_after=$(busy_ticks)
    # Busy cores over the half second, compared in hundredths (bash arithmetic is whole numbers, 64-bit).
    if [ $(( (busy_after - busy_before) * 200 / hz )) -lt "$(awk -v l="$limit" 'BEGIN { printf "%d", l * 100 }')" ]; then
      return 0
    fi
  done
  echo "settle: the machine was still busy after ${max} s; measuring anyway" >&2
  return 0
}

# Ticks the machine's CPUs spent working since boot: user, nice, system, irq, softirq and steal (a virtual machine's
# time taken by its host); idle and iowait are not work. Read with bash, whose arithmetic does not lose precision on
# large counters (awk here is mawk, which prints numbers past 2^31 in exponent form).
busy_ticks() {
  local _ user nice system idle iowait irq softirq steal
  read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
  echo $(( user + nice + system + irq + softirq + steal ))
}

# cpu_ticks PID: CPU ticks (user and system) PID has taken so far; 0 once it is gone.
cpu_ticks() {
  local stat fields
  read -r stat 2>/dev/null < "/proc/$1/stat" || { echo 0; return; }
  read -r -a fields <<< "${stat##*) }" # the fields after the command name (which may hold spaces), from the state on
  echo $(( fields[11] + fields[12] ))    # utime and stime, fields 14 and 15 of proc(5)
}

# tree_ticks PID: the same for PID and every process below it (the graphql-js peer's workers are its children).
tree_ticks() {
  local total child
  total=$(cpu_ticks "$1")
  for child in $(pgrep -P "$1"); do total=$(( total + $(tree_ticks "$child") )); done
  echo "$total"
}
