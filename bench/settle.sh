# Sourced by the scripts that measure servers in turns. wait_until_settled: returns once the machine's CPU has been
# mostly idle for half a second (under SETTLE_BUSY_PERCENT, default 30, of all cores), or after SETTLE_MAX_SECONDS
# (default 15). A server can go on working after wrk stops: at 100,000 studies the graphql-js peer still had about 32
# requests of a second each in hand, and the next server's turn ran beside them (its rate halved, p99 x3, whichever
# server came next: README "Session 21").
wait_until_settled() {
  local busy=${SETTLE_BUSY_PERCENT:-30} deadline=$(( $(date +%s) + ${SETTLE_MAX_SECONDS:-15} ))
  local a b
  while [ "$(date +%s)" -lt "$deadline" ]; do
    a=$(awk '/^cpu /{print $2+$3+$4+$6+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
    sleep 0.5
    b=$(awk '/^cpu /{print $2+$3+$4+$6+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
    if awk -v a="$a" -v b="$b" -v busy="$busy" 'BEGIN { split(a, x, " "); split(b, y, " "); total = y[2] - x[2]; exit !(total > 0 && 100 * (y[1] - x[1]) / total < busy) }'; then
      return 0
    fi
  done
}
