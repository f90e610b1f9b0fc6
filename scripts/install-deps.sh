#!/usr/bin/env bash
# Installs the Debian 12 packages CareRound needs to build, run and test. Idempotent.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-positioning-dev libqt6positioning6-plugins qt6-httpserver-dev qt6-websockets-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libgl-dev
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qttest
  qml6-module-qtpositioning
  libsqlcipher-dev sqlcipher libsodium-dev qtkeychain-qt6-dev libpq-dev zlib1g-dev
  libcurl4-openssl-dev openssl python3-aiosmtpd
  postgresql postgresql-contrib nginx
  clang libclang-rt-14-dev clang-format clang-tidy
  fonts-dejavu-core xvfb python3 poppler-utils
  chromium
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The office console is built with Node.js and npm (web/office). A machine that already has both
# (from another source than Debian's packages) keeps them: Debian's npm would conflict with them.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
