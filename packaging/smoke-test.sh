#!/usr/bin/env bash
# Installs the Debian package and tries the installed programs as a user would.
#   packaging/smoke-test.sh [PACKAGE.deb]
# Without an argument it checks what is installed already. Installing needs
# root (through sudo when not run as root). Set KAKEHASHI_SMOKE_DIR to keep the
# files it makes (the demo database, a PDF report, the GUI's screenshot).
set -euo pipefail

fail() { echo "smoke test: FAILED: $*" >&2; exit 1; }
ok() { echo "smoke test: ok: $*" >&2; }

if [ $# -gt 0 ]; then
    deb=$(realpath "$1")
    [ -f "$deb" ] || fail "no package $1"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    # --reinstall: a package of the same version may be installed from an earlier build.
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --reinstall --no-install-recommends "$deb" >/dev/null
    ok "installed $(basename "$deb")"
fi

cli=/usr/bin/kakehashi-cli
gui=/usr/bin/kakehashi
[ -x "$cli" ] || fail "$cli is not installed"
[ -x "$gui" ] || fail "$gui is not installed"

dir=${KAKEHASHI_SMOKE_DIR:-}
if [ -z "$dir" ]; then
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir"
cd "$dir"
# The user's own database and settings stay out of it.
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" XDG_DATA_HOME="$dir/home/.local/share"
mkdir -p "$HOME"
unset KAKEHASHI_DB

# --version and --help of both programs.
version=$("$cli" --version)
[[ $version =~ ^kakehashi-cli\ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ ([0-9a-f]+|unknown)\)$ ]] \
    || fail "kakehashi-cli --version printed: $version"
ok "$version"
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$gui" --version)
[ "${gui_version#kakehashi }" = "${version#kakehashi-cli }" ] || fail "kakehashi --version printed: $gui_version"
ok "$gui_version"
"$cli" --help | grep -q '^Usage: kakehashi-cli' || fail "kakehashi-cli --help"
env -u DISPLAY -u WAYLAND_DISPLAY "$gui" --help | grep -q -- '--screenshot' || fail "kakehashi --help"

# A demo database, a report as PDF with the Japanese font embedded.
"$cli" --db demo.sqlite3 demo --students 300 --seed 1 2>demo.log || { cat demo.log >&2; fail "demo"; }
students=$("$cli" --db demo.sqlite3 export students --encoding utf-8 | tail -n +2 | wc -l)
[ "$students" -eq 300 ] || fail "the demo database has $students students, not 300"
ok "demo database of $students students"
"$cli" --db demo.sqlite3 report placement --fy 2025 --format pdf -o placement.pdf
[ "$(head -c 5 placement.pdf)" = "%PDF-" ] || fail "placement.pdf is not a PDF"
if command -v pdffonts >/dev/null; then
    pdffonts placement.pdf | grep -q IPA || fail "placement.pdf has no IPA font: $(pdffonts placement.pdf)"
fi
ok "report placement --fy 2025 --format pdf ($(stat -c %s placement.pdf) bytes)"

# The installed GUI, offscreen: a picture of its window, in Japanese.
QT_QPA_PLATFORM=offscreen "$gui" --db demo.sqlite3 --lang ja --page students --screenshot kakehashi.png
[ "$(head -c 8 kakehashi.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "no screenshot"
ok "screenshot of the installed program: $dir/kakehashi.png ($(stat -c %s kakehashi.png) bytes)"

# What the package puts beside the programs.
for f in /usr/share/applications/kakehashi.desktop /usr/share/metainfo/io.github.kakehashi.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/kakehashi.svg /usr/share/icons/hicolor/48x48/apps/kakehashi.png \
    /usr/share/man/man1/kakehashi.1.gz /usr/share/man/man1/kakehashi-cli.1.gz \
    /usr/share/bash-completion/completions/kakehashi-cli; do
    [ -s "$f" ] || fail "$f is missing"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/kakehashi.desktop || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/io.github.kakehashi.metainfo.xml >/dev/null \
        || fail "appstreamcli validate"
fi
ok "desktop entry, AppStream metadata, icons, man pages, bash completion"

# The man page names every command that `kakehashi-cli --help` lists.
manual=$(zcat /usr/share/man/man1/kakehashi-cli.1.gz | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g')
missing=()
while read -r command sub; do
    grep -q -- "$command${sub:+ $sub}" <<<"$manual" || missing+=("$command${sub:+ $sub}")
done < <("$cli" --help | sed -n 's/^  \([a-z][a-z-]*\)\( [a-z][a-z-]*\)\?.*/\1\2/p' | sort -u)
[ ${#missing[@]} -eq 0 ] || fail "man kakehashi-cli does not name: ${missing[*]}"
ok "man kakehashi-cli names every command of --help"

# The completion loads and offers the commands.
completion=$(bash -c '
    _init_completion() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
    _filedir() { :; }
    source /usr/share/bash-completion/completions/kakehashi-cli
    COMP_WORDS=(kakehashi-cli ledger ""); COMP_CWORD=2; _kakehashi_cli; echo "${COMPREPLY[*]}"')
[[ " $completion " == *" verify "* && " $completion " == *" transfer "* ]] || fail "bash completion offered: $completion"
ok "bash completion"

echo "smoke test: passed" >&2
