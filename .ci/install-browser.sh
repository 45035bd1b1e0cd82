#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver (Debian/Ubuntu packages) for the dashboard browser
# tests, unless both are already there. Browser tests skip themselves when /usr/bin/chromedriver is
# missing, so this is only needed where they should run (CI, or a developer who wants them).
set -euo pipefail

if [ -x /usr/bin/chromedriver ] && { [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; }; then
  echo "chromium and chromedriver already installed: $(/usr/bin/chromedriver --version 2>/dev/null || true)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver

echo "installed: $(/usr/bin/chromium --version 2>/dev/null || true); $(/usr/bin/chromedriver --version 2>/dev/null || true)"
