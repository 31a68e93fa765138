#!/usr/bin/env bash
# Installs Debian's Chromium for the headless browser test of the HTML report (ReportInBrowserTest).
# Idempotent: does nothing when a Chromium binary is already on the PATH. Needs root and apt-get; where it
# cannot install, it says so and exits 0, and the browser test then skips with a message.
set -euo pipefail
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    echo "chromium.sh: found $(command -v "$name")"
    exit 0
  fi
done
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium.sh: no Chromium and cannot install it here (needs root and apt-get); the browser test will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium
command -v chromium
