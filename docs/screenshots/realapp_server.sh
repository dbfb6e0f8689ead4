#!/bin/bash
# The real app on a server shop under Xvfb + openbox: first start names the till (keyboard
# only), a scan, then a visit by `loyalty-pos admin` as till B; screenshots before/after.
# Usage: docs/screenshots/realapp_server.sh [OUT]  (from the repository; needs Xvfb,
# openbox, xdotool and PostgreSQL's programs; a throw-away server is started and removed).
set -u
cd "$(dirname "$0")/../.."
REPO=$PWD
export DISPLAY=:78
OUT=${1:-/tmp/realapp-server}; rm -rf $OUT; mkdir -p $OUT
export XDG_DATA_HOME=$OUT/xdg LOYALTY_POS_DB= LOYALTY_POS_TILL= LOYALTY_POS_BRANCH=
uv run python - "$OUT/pg.url" >$OUT/pg.log 2>&1 <<'PY' &
import signal, sys, time
from loyalty_pos.store.pg import local_server
server = local_server.start()
signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
open(sys.argv[1], "w").write(server.url())
try:
    while True:
        time.sleep(1)
finally:
    server.remove()
PY
PG=$!
for i in $(seq 60); do [ -s $OUT/pg.url ] && break; sleep 0.5; done
BASE=$(cat $OUT/pg.url)
URL=${BASE%/postgres}/listen_real
uv run python -c "
import psycopg,sys; c=psycopg.connect(sys.argv[1], autocommit=True)
c.execute('DROP DATABASE IF EXISTS listen_real WITH (FORCE)'); c.execute('CREATE DATABASE listen_real')" "$BASE"
Xvfb :78 -screen 0 1280x720x24 >/dev/null 2>&1 &
XV=$!
sleep 1
openbox >/dev/null 2>&1 &
OB=$!
sleep 1
shot() { uv run python - "$1" <<'PY'
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
PY
}
uv run loyalty-pos --demo --db "$URL" >$OUT/app.log 2>&1 &
APP=$!
for i in $(seq 60); do
  W=$(xdotool search --name "name" 2>/dev/null | head -1)
  [ -n "$W" ] && break; sleep 0.5
done
sleep 1
shot $OUT/dialog.png
xdotool type --delay 20 "Till-A"; xdotool key Tab; xdotool type --delay 20 "North"; xdotool key Return
for i in $(seq 240); do
  W=$(xdotool search --name "till Till-A" 2>/dev/null | head -1)
  [ -n "$W" ] && break; sleep 0.5
done
sleep 5
cat $OUT/xdg/LoyaltyPOS/*/till.json; echo
CARD=$(uv run python -c "
import psycopg,sys; c=psycopg.connect(sys.argv[1]); print(c.execute(\"select code from cards where member_id is not null and status='active' order by member_id limit 1\").fetchone()[0])" "$URL")
echo card=$CARD; date +%T
xdotool type --delay 4 "$CARD"; xdotool key Return
sleep 1.5
xdotool type --delay 60 "1500"
sleep 0.5
shot $OUT/before.png
LOYALTY_POS_TILL=B LOYALTY_POS_BRANCH=North uv run loyalty-pos admin visit --db "$URL" "$CARD" --amount 2000 --json > $OUT/visit.json 2>&1; echo "admin rc=$?"
T0=$(date +%s.%N)
sleep 2
shot $OUT/after.png
sleep 3
shot $OUT/after5.png
kill $APP; sleep 1; kill $OB $XV
tail -5 $OUT/app.log
uv run python -c "
import psycopg,sys; c=psycopg.connect(sys.argv[1], autocommit=True)
print(c.execute('select name, branch from tills order by name').fetchall())
print(c.execute('select till, count(*) from visits group by till order by till').fetchall())" "$URL"
uv run python -c "
import psycopg,sys; c=psycopg.connect(sys.argv[1], autocommit=True)
c.execute('DROP DATABASE IF EXISTS listen_real WITH (FORCE)')" "$BASE"
kill $PG; wait $PG
cp $OUT/dialog.png $REPO/docs/screenshots/server-till-first-start.png
cp $OUT/before.png $REPO/docs/screenshots/server-counter-before.png
cp $OUT/after.png $REPO/docs/screenshots/server-counter-after.png
