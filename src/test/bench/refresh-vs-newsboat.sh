#!/usr/bin/env bash
# Dossier's headless refresh against Newsboat on the same loopback workload, in one run.
#
# Generates the feeds with ../shared/bench/genfeeds.py, serves them with serve.py over HOSTS
# loopback addresses, and times, as whole processes (benchlib.py measure: wall, peak RSS, CPU):
#   dossier cold   `dossier refresh` into an empty library (subscriptions imported from the OPML first, untimed)
#   dossier warm   `dossier refresh --force` right after: every feed answers 304
# then runs ../shared/bench/newsboat-baseline.sh (phases cold, warm1 and warm2: Newsboat keeps no validators
# from its first fetch, so only its third refresh is all 304)
# with reload-threads equal to Dossier's global connection limit, and prints one table.
#
# Usage (from the project root, after `mvn -B -ntp -DskipTests package`):
#   src/test/bench/refresh-vs-newsboat.sh
#   FEEDS=200 LATENCIES=0 REPS=1 NEWSBOAT=0 src/test/bench/refresh-vs-newsboat.sh   # quick, Dossier only
# Env (default): FEEDS (1000) ITEMS (50) HOSTS (50) LATENCIES ("0 50") REPS (3) PORT (18765)
#   SEED (42) THREADS (16: Dossier's global connection limit) NEWSBOAT (1) NB_REPS (REPS: Newsboat's
#   repetitions; its warm runs take minutes each) NB_LATENCIES (LATENCIES) OUT (mktemp -d)
#   JAVA_OPTS (the options Dossier's launcher uses for the command line)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
BENCH="$ROOT/../shared/bench"
PY=${PYTHON:-python3}
FEEDS=${FEEDS:-1000}
ITEMS=${ITEMS:-50}
HOSTS=${HOSTS:-50}
LATENCIES=${LATENCIES:-"0 50"}
REPS=${REPS:-3}
PORT=${PORT:-18765}
SEED=${SEED:-42}
THREADS=${THREADS:-16}
NEWSBOAT=${NEWSBOAT:-1}
NB_REPS=${NB_REPS:-$REPS}
NB_LATENCIES=${NB_LATENCIES:-$LATENCIES}
# The README's launcher options: the class data archive the build makes next to the jar, then the JVM's.
JAVA_OPTS=${JAVA_OPTS:-"-XX:SharedArchiveFile=$ROOT/target/dossier.jsa -Xlog:cds=off,cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx256m"}
OUT=${OUT:-$(mktemp -d /tmp/dossier-refresh-bench.XXXXXX)}
JAR="$ROOT/target/dossier.jar"
[ -f "$ROOT/target/dossier.jsa" ] || echo "note: no target/dossier.jsa (class data archive); Dossier starts without it" >&2
RESULTS="$OUT/results.jsonl"
mkdir -p "$OUT"

[ -f "$JAR" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 2; }
[ -d "$BENCH" ] || { echo "the shared benchmark tools are not at $BENCH" >&2; exit 2; }

GEN="$OUT/feeds"
echo "== generating $FEEDS feeds x $ITEMS items over $HOSTS hosts"
$PY "$BENCH/genfeeds.py" --feeds "$FEEDS" --items "$ITEMS" --seed "$SEED" --port "$PORT" --hosts "$HOSTS" \
    --out "$GEN" >/dev/null

SERVER_PID=
stop_server() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }
trap stop_server EXIT

for L in $LATENCIES; do
  echo "== Dossier, latency $L ms"
  rm -f "$OUT/ready"
  $PY "$BENCH/serve.py" --dir "$GEN" --port "$PORT" --latency-ms "$L" --hosts "$HOSTS" --max-seconds 3600 \
      --ready-file "$OUT/ready" 2>>"$OUT/server.log" &
  SERVER_PID=$!
  $PY "$BENCH/benchlib.py" wait-ready "$OUT/ready" 180 >/dev/null
  for rep in $(seq 1 "$REPS"); do
    DATA="$OUT/dossier-$L-$rep"
    rm -rf "$DATA"
    java $JAVA_OPTS -jar "$JAR" --data-dir "$DATA" import-opml "$GEN/feeds.opml" >/dev/null
    for phase in cold warm2; do
      args="refresh -q"
      [ "$phase" = warm2 ] && args="refresh --force -q"
      $PY "$BENCH/benchlib.py" measure --results "$RESULTS" \
          --set tool=dossier --set feeds="$FEEDS" --set items_per_feed="$ITEMS" --set latency_ms="$L" \
          --set threads="$THREADS" --set phase="$phase" --set rep="$rep" \
          --db "$DATA/library.db" --items-sql "SELECT COUNT(*) FROM article" --feeds-sql "SELECT COUNT(*) FROM feed" \
          --stats-url "http://127.0.0.1:$PORT/__stats" --timeout 600 \
          --stdout "$OUT/dossier-$L-$rep-$phase.txt" -- java $JAVA_OPTS -jar "$JAR" --data-dir "$DATA" $args
      grep -h "All stored" "$OUT/dossier-$L-$rep-$phase.txt" | sed "s/^/   $phase rep $rep: /"
    done
  done
  stop_server
done

if [ "$NEWSBOAT" = 1 ]; then
  echo "== Newsboat on the same workload (reload-threads $THREADS)"
  SIZES="$FEEDS" ITEMS="$ITEMS" HOSTS="$HOSTS" LATENCIES="$NB_LATENCIES" REPS="$NB_REPS" THREADS="$THREADS" \
      SEED="$SEED" PORT="$PORT" PHASES="cold warm1 warm2" LIMITS=0 OUT="$OUT/newsboat" \
      bash "$BENCH/newsboat-baseline.sh" >"$OUT/newsboat.log" 2>&1
  cat "$OUT/newsboat/results.jsonl" >> "$RESULTS"
fi

echo "== results ($RESULTS)"
$PY "$BENCH/benchlib.py" report "$RESULTS"
echo "Dossier's own moments (stored and listed / all searchable), per run:"
grep -h "All stored" "$OUT"/dossier-*-cold.txt "$OUT"/dossier-*-warm2.txt 2>/dev/null | sed 's/^/  /' || true
