#!/usr/bin/env bash
# One Dossier command run by two builds in alternation, as whole processes: the median wall and
# CPU time of each, so that a busy machine slows both alike and the comparison stays readable.
#
# Usage (from the project root, after `mvn -B -ntp -DskipTests package` in both trees):
#   src/test/bench/paired-commands.sh BASELINE_JAR NEW_JAR RUNS -- dossier arguments...
# e.g. a baseline from an earlier commit:
#   git worktree add /tmp/baseline REV && (cd /tmp/baseline && mvn -B -ntp -DskipTests package)
#   src/test/bench/paired-commands.sh /tmp/baseline/target/dossier.jar target/dossier.jar 9 -- \
#       --data-dir /tmp/lib feeds
# Env: JAVA_OPTS (the options Dossier's launcher uses for the command line)
set -euo pipefail

[ $# -ge 4 ] && [ "$4" = "--" ] || { echo "usage: $0 BASELINE_JAR NEW_JAR RUNS -- ARGS..." >&2; exit 2; }
BASE=$1 NEW=$2 RUNS=$3
shift 4
# The README's launcher options; each jar gets the class data archive its build made next to it.
JAVA_OPTS=${JAVA_OPTS:-"-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx256m"}
for jar in "$BASE" "$NEW"; do
  [ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
done
TIMES=$(mktemp)
trap 'rm -f "$TIMES" "$TIMES.one"' EXIT

for _ in $(seq 1 "$RUNS"); do
  for which in baseline new; do
    jar=$NEW
    [ "$which" = baseline ] && jar=$BASE
    # shellcheck disable=SC2086
    /usr/bin/time -f "$which %e %U %S" -o "$TIMES.one" java -XX:SharedArchiveFile="$(dirname "$jar")/dossier.jsa" \
        -Xlog:cds=off,cds+dynamic=off $JAVA_OPTS -jar "$jar" "$@" >/dev/null 2>&1 || true
    cat "$TIMES.one" >>"$TIMES"
  done
done

python3 - "$TIMES" <<'EOF'
import statistics, sys
wall, cpu = {}, {}
for line in open(sys.argv[1]):
    which, w, u, s = line.split()
    wall.setdefault(which, []).append(float(w))
    cpu.setdefault(which, []).append(float(u) + float(s))
for which in ("baseline", "new"):
    print(f"{which:8}  wall median {statistics.median(wall[which]):.2f} s (min {min(wall[which]):.2f})"
          f"  CPU median {statistics.median(cpu[which]):.2f} s")
print(f"new/baseline  wall {statistics.median(wall['new']) / statistics.median(wall['baseline']):.2f}"
      f"  CPU {statistics.median(cpu['new']) / statistics.median(cpu['baseline']):.2f}")
EOF
