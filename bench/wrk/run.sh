#!/usr/bin/env bash
# Load run of the site with wrk (Debian's `wrk`): fills a data directory with 10,000 synthetic
# stories (the site bench's SyntheticNews, reused when already there), serves it with
# `wdn serve`, and drives story pages, then the API, on loopback while sampling the server's
# memory every 10 seconds. Writes everything under OUT. See docs/BENCHMARKS.md.
#
#   bench/wrk/run.sh [DATA_DIR] [SECONDS_PER_RUN] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-/tmp/wdn-load-10k}"
SECONDS_PER_RUN="${2:-150}"
CONNECTIONS="${3:-32}"
PORT="${PORT:-8097}"
OUT="${OUT:-/tmp/wdn-load-out}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "install sqlite3 first: apt-get install -y sqlite3" >&2; exit 1; }
mkdir -p "$OUT"

if [[ ! -f bench/target/wdn-bench.jar || ! -f app/target/wdn.jar ]]; then
  ./mvnw -B -q -ntp -pl app,bench -am package -DskipTests
fi
# 10,000 stories through the real store and index (one site-bench request per page kind to finish).
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -Xmx2g \
  -jar bench/target/wdn-bench.jar site --data "$DATA" --stories 10000 --requests 1 --warmup 0 >"$OUT/fill.log" 2>&1

sqlite3 "$DATA/wdn.db" "SELECT '/stories/' || id FROM stories WHERE published = 1 ORDER BY updated_key DESC LIMIT 2000" >"$OUT/story-paths.txt"
sqlite3 "$DATA/wdn.db" "SELECT '/api/v1/stories/' || id FROM stories WHERE published = 1 ORDER BY updated_key DESC LIMIT 2000" >"$OUT/api-paths.txt"
for p in "/api/v1/front" "/api/v1/stories?limit=10" "/api/v1/categories" "/api/v1/search?q=harbour&limit=10"; do echo "$p" >>"$OUT/api-paths.txt"; done

# The API's per-client limit is off: wrk is one client on loopback.
WDN_JAVA_OPTS="-Xmx1g" WDN_SKIP_BUILD=1 ./wdn serve --data "$DATA" --port "$PORT" --host 127.0.0.1 \
  --set site.apiRequestsPerMinute=0 --set site.baseUrl=http://127.0.0.1:$PORT >"$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
JPID=$(pgrep -P "$SERVER" java || echo "$SERVER")

sample_memory() { # time, resident MiB, heap used MiB (from jstat), every 10 s
  echo "seconds,rss_mib,heap_used_mib" >"$OUT/memory.csv"
  local t=0
  while kill -0 "$JPID" 2>/dev/null; do
    local rss heap
    rss=$(($(ps -o rss= -p "$JPID") / 1024))
    heap=$("$JAVA_HOME/bin/jstat" -gc "$JPID" | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}')
    echo "$t,$rss,$heap" >>"$OUT/memory.csv"
    sleep 10; t=$((t + 10))
  done
}
sample_memory &
SAMPLER=$!

# Warm up the JIT and the page cache (not measured).
wrk -t2 -c8 -d20s -s bench/wrk/paths.lua "http://127.0.0.1:$PORT" -- "$OUT/story-paths.txt" >"$OUT/warmup-pages.txt"
wrk -t2 -c8 -d10s -s bench/wrk/paths.lua "http://127.0.0.1:$PORT" -- "$OUT/api-paths.txt" >"$OUT/warmup-api.txt"

wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s bench/wrk/paths.lua "http://127.0.0.1:$PORT" -- "$OUT/story-paths.txt" | tee "$OUT/wrk-pages.txt"
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s bench/wrk/paths.lua "http://127.0.0.1:$PORT" -- "$OUT/api-paths.txt" | tee "$OUT/wrk-api.txt"

kill "$SAMPLER" 2>/dev/null || true
echo "memory samples (seconds, resident MiB, heap used MiB):"; cat "$OUT/memory.csv"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
