#!/usr/bin/env bash
# Installs the real programs the tests use when they are missing, from
# Debian's packages: LibreOffice (the workbook's round trip) and Chromium
# (the site's browser tests, driven by playwright-core). `make test` and
# .ci/run call this, so a fresh machine needs nothing installed by hand.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "test tools: ${missing[*]} missing; install them (apt-get install ${missing[*]}) and run make test again" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "test tools: installing ${missing[*]} from Debian's packages" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
