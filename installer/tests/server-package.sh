#!/usr/bin/env bash
# Builds the .deb packages of this build folder with CPack, unpacks caravan-server and caravan-data into
# a scratch root (no container, no dpkg database touched), and checks the installed server starts:
# --version, then a real start on a free port answering /healthz, then a clean SIGTERM stop.
set -euo pipefail
build=$1
scratch=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$scratch"' EXIT
pid=""

cd "$build"
cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
server_deb=$(ls "$scratch"/out/caravan-server_*.deb)
data_deb=$(ls "$scratch"/out/caravan-data_*.deb)
echo "built: $(cd "$scratch/out" && ls ./*.deb | tr '\n' ' ')"

# The control data must declare the system user, the unit and the conffile.
# (grep reads a saved copy: with pipefail, grep -q closing a pipe early would fail the pipeline)
info=$(dpkg-deb -I "$server_deb")
grep -q "Depends:.*caravan-data" <<<"$info"
dpkg-deb -e "$server_deb" "$scratch/control"
grep -q "adduser --system" "$scratch/control/postinst"
grep -qx "/etc/caravan/caravan-server.properties" "$scratch/control/conffiles"

root="$scratch/root"
dpkg-deb -x "$server_deb" "$root"
dpkg-deb -x "$data_deb" "$root"
test -x "$root/usr/bin/caravan-server"
test -x "$root/usr/bin/caravan-cli"
test -f "$root/usr/lib/systemd/system/caravan-server.service"
grep -q "^User=caravan" "$root/usr/lib/systemd/system/caravan-server.service"
test -f "$root/usr/share/caravan/web/templates/layout.mustache" || test -d "$root/usr/share/caravan/web"

"$root/usr/bin/caravan-server" --version | tee "$scratch/version.txt"
grep -q "[0-9]\+\.[0-9]\+\.[0-9]\+" "$scratch/version.txt"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$scratch/data"
CARAVAN_RESOURCES="$root/usr/share/caravan" "$root/usr/bin/caravan-server" \
    --port "$port" --data-dir "$scratch/data" >"$scratch/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >"$scratch/health.json" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { cat "$scratch/server.log"; exit 1; }
  sleep 0.1
done
cat "$scratch/health.json"; echo
grep -q '"status" *: *"ok"' "$scratch/health.json"
kill -TERM $pid
wait $pid
echo "installed server started, answered /healthz and stopped cleanly"
