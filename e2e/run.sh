#!/usr/bin/env bash
# Browser tests ("Done when" of the UI issue): builds the application jar, starts it on a fresh
# PostgreSQL database with demo data, runs specs/*.test.js in Debian's Chromium with the browser
# locale zh-CN (playwright-core, no browser download), writes screenshots to target/e2e/*.png,
# stops the application and exits non-zero when a spec fails.
#
#   bash e2e/run.sh                      # everything
#   E2E_SKIP_BUILD=true bash e2e/run.sh  # reuse target/enforcement-*.jar (e.g. after mvn verify)
#   E2E_PORT=8184 E2E_HJ212_PORT=9304    # ports of the started application (defaults 18080 / 19212)
#   E2E_SPECS=specs/cockpit-history.test.js  # only these specs (default specs/*.test.js)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${E2E_PORT:-18080}
HJ212_PORT=${E2E_HJ212_PORT:-19212}
PG_HOST=${E2E_PG_HOST:-127.0.0.1}
PG_USER=${E2E_PG_USER:-postgres}
DB=enforcement_e2e_${PORT}
OUT=$ROOT/target/e2e
BASE=http://127.0.0.1:$PORT
started=$(date +%s)
log() { echo "[e2e $(( $(date +%s) - started ))s] $*"; }

# 1. What the specs need: Debian's Chromium, a CJK font for readable screenshots, playwright-core.
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  log "installing chromium and fonts-noto-cjk"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
(cd e2e && npm ci --no-audit --no-fund --loglevel=error)

# 2. The application jar.
jar() { ls target/enforcement-*.jar 2>/dev/null | grep -v '\.original$' | head -1; }
if [ "${E2E_SKIP_BUILD:-}" != "true" ] || [ -z "$(jar)" ]; then
  log "building the jar"
  mvn -B -q package -DskipTests
fi
JAR=$(jar)

# 3. A fresh database; demo data and accounts are forced on (PostgreSQL starts without them).
psql -h "$PG_HOST" -U "$PG_USER" -d postgres -q -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
mkdir -p "$OUT"
rm -f "$OUT"/*.png
log "starting $JAR on port $PORT (database $DB)"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:5432/$DB" SPRING_DATASOURCE_USERNAME="$PG_USER" \
  SPRING_DATASOURCE_PASSWORD="${E2E_PG_PASSWORD:-}" APP_DEMO_MODE=true APP_EVIDENCE_DIRECTORY="$OUT/evidence" \
  java -jar "$JAR" --server.port="$PORT" --hj212.port="$HJ212_PORT" >"$OUT/app.log" 2>&1 &
APP=$!
stop() {
  kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  psql -h "$PG_HOST" -U "$PG_USER" -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap stop EXIT

# 4. Wait until the engine answers, as long as the application is still starting: on a two-core
#    machine shared with builds a start took over seven minutes, so the limit is generous
#    (E2E_START_SECONDS, default 20 minutes) and only stops a start that hangs.
deadline=$(( $(date +%s) + ${E2E_START_SECONDS:-1200} ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if ! kill -0 "$APP" 2>/dev/null; then
    log "the application stopped during start-up:"; tail -40 "$OUT/app.log"; exit 1
  fi
  if [ "$(curl -s -o /dev/null -w '%{http_code}' -u demo:demo "$BASE/engine-rest/version")" = 200 ]; then break; fi
  sleep 1
done
if [ "$(curl -s -o /dev/null -w '%{http_code}' -u demo:demo "$BASE/engine-rest/version")" != 200 ]; then
  log "the application did not answer in time:"; tail -40 "$OUT/app.log"; exit 1
fi
log "application up; running specs"

# 5. The specs, one file at a time (they share the application).
status=0
(cd e2e && E2E_BASE_URL="$BASE" E2E_SCREENSHOTS="$OUT" node --test --test-concurrency=1 --test-reporter=spec ${E2E_SPECS:-specs/*.test.js}) || status=$?
log "done (exit $status); screenshots in target/e2e/"
exit $status
