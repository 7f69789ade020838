#!/usr/bin/env bash
# The tests on a PostgreSQL server (FORMATS.md §5), on a throwaway cluster:
# initdb in a temporary folder (as the unprivileged `postgres` user when run as
# root: initdb refuses root), a server on a Unix socket only, with passwords
# (SCRAM-SHA-256) required; then the core and CLI suites with
# $KAKEHASHI_TEST_SERVER, the GUI's server tests, and the conformance suite with --server when
# ../shared is beside the project. The cluster is stopped and removed at the end.
#   packaging/test-server.sh [BUILD_DIR]     (default build-ci)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-ci}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ]; then
    echo "test-server: PostgreSQL is not installed (Debian: postgresql)" >&2
    exit 1
fi
tmp=$(mktemp -d /tmp/kakehashi-pg.XXXXXX)
chmod 755 "$tmp"
as=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$tmp"
    as=(runuser -u postgres --)
fi
password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" > "$tmp/pw"
[ "$(id -u)" -eq 0 ] && chown postgres: "$tmp/pw"
chmod 600 "$tmp/pw"
stop() {
    "${as[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap stop EXIT
"${as[@]}" "$bindir/initdb" -D "$tmp/data" -U kakehashi_ci --pwfile="$tmp/pw" --auth-local=scram-sha-256 \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log" >&2; exit 1; }
"${as[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w \
    -o "-k $tmp -c listen_addresses='' -c fsync=off -c max_connections=200" start >/dev/null
export PGPASSWORD="$password"
export KAKEHASHI_TEST_SERVER="postgresql:///postgres?host=$tmp&user=kakehashi_ci"
echo "test-server: a throwaway PostgreSQL cluster on $tmp" >&2

status=0
# The file-only tests ([file]: the sqlite3 shell, backups beside the file, the
# witness file, crash safety of a file) are not for a server.
QT_QPA_PLATFORM=offscreen "$build/tests/core/core_tests" '~[file]' || status=1
QT_QPA_PLATFORM=offscreen "$build/tests/cli/cli_tests" '~[file]' || status=1
# The GUI on a server: the connect dialog, live refresh (LISTEN/NOTIFY), the form's banner.
QT_QPA_PLATFORM=offscreen "$build/tests/ui/server_views_test" || status=1
conform=../shared/conformance/conform.py
if [ -f "$conform" ]; then
    python3 "$conform" "$build/app/kakehashi-cli" --only "${KAKEHASHI_CONFORMANCE:-calendar,roundtrip}" \
        --server "$KAKEHASHI_TEST_SERVER" || status=1
else
    echo "note: $conform not found beside the project; conformance on the server skipped" >&2
fi
if [ $status -ne 0 ]; then
    echo "test-server: FAILED (server log: last lines)" >&2
    tail -20 "$tmp/server.log" >&2 || true
fi
exit $status
