#!/usr/bin/env bash
# Installs what Kakehashi needs to build, run and test on Debian 12 (bookworm).
# Only packages that are missing are installed; safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6sql6-sqlite libqt6opengl6-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libboost-date-time-dev libsqlite3-dev sqlite3 libpq-dev postgresql libxlsxwriter-dev libssl-dev libsodium-dev catch2
  qt6-translations-l10n iso-codes
  xvfb xauth fonts-ipafont-gothic fonts-noto-core fonts-wqy-microhei poppler-utils python3
  # The Debian package: what it depends on by name, and what builds and checks it.
  libqt6sql6-psql qt6-translations-l10n dpkg-dev file desktop-file-utils appstream gzip
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
