#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; Playwright never downloads a browser here.
# Installs it with apt-get when it is missing, so `npm test` works on a fresh Debian machine.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$chromium_path" ]]; then
  exit 0
fi

echo "ensure-chromium: $chromium_path is missing; installing Debian's chromium with apt-get"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no apt-get here. Install Chromium and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi
sudo_cmd=()
if [[ "$(id -u)" -ne 0 ]]; then sudo_cmd=(sudo -n); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
# fonts-liberation gives pages the usual Arial/Times metrics; the other recommends (sandbox
# helper, desktop integration) are not needed headless.
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium fonts-liberation
