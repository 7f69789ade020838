#!/usr/bin/env bash
# Kakehashi's quick start on Debian 12.
#   packaging/quickstart.sh         install what is missing, build the two programs, open the GUI on a demo database
#   packaging/quickstart.sh test    install what is missing, build (warnings as errors), run every test,
#                                   the core and CLI suites again on a throwaway PostgreSQL server
#                                   (KAKEHASHI_SKIP_SERVER=1 skips that),
#                                   build the Debian package, install it and try the installed programs
#                                   (KAKEHASHI_SKIP_PACKAGE=1 skips that), then the tests again under
#                                   ASan+UBSan (KAKEHASHI_SKIP_ASAN=1 skips that)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-gui}
bash packaging/install-deps.sh

case "$mode" in
gui)
    cmake --preset release >/dev/null
    # Only the two programs (the translations are resources built into them);
    # the tests and benchmarks are the test command's business.
    cmake --build --preset release --target kakehashi kakehashi-cli
    demo_db="${KAKEHASHI_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/kakehashi/demo.sqlite3}"
    if [ ! -f "$demo_db" ]; then
        mkdir -p "$(dirname "$demo_db")"
        echo "Creating a demo database at $demo_db" >&2
        build/app/kakehashi-cli --db "$demo_db" demo --students 2000 --seed 1
    fi
    exec build/app/kakehashi --db "$demo_db"
    ;;
test)
    cmake --preset ci >/dev/null
    cmake --build --preset ci
    QT_QPA_PLATFORM=offscreen ctest --preset ci --timeout 600
    conform=../shared/conformance/conform.py
    if [ -f "$conform" ]; then
        python3 "$conform" build-ci/app/kakehashi-cli --only "${KAKEHASHI_CONFORMANCE:-calendar,roundtrip}"
    else
        echo "note: $conform not found beside the project; conformance skipped" >&2
    fi
    # The same core and CLI suites, and the conformance, on a throwaway PostgreSQL
    # server (FORMATS §5): packaging/test-server.sh starts and removes it.
    if [ "${KAKEHASHI_SKIP_SERVER:-0}" != 1 ]; then
        bash packaging/test-server.sh build-ci
    fi
    # The Debian package, installed and tried as a user would (packaging/smoke-test.sh).
    if [ "${KAKEHASHI_SKIP_PACKAGE:-0}" != 1 ]; then
        rm -f build-ci/packages/kakehashi_*.deb
        (cd build-ci && cpack -G DEB)
        bash packaging/smoke-test.sh build-ci/packages/kakehashi_*.deb
    fi
    # The same tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
    if [ "${KAKEHASHI_SKIP_ASAN:-0}" != 1 ]; then
        cmake --preset asan >/dev/null
        cmake --build --preset asan
        QT_QPA_PLATFORM=offscreen ctest --preset asan --timeout 900
    fi
    ;;
*)
    echo "usage: $0 [gui|test]" >&2
    exit 2
    ;;
esac
