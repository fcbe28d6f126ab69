#!/usr/bin/env bash
# Install the Debian packages the tests use, only if missing: headless Chromium and
# Arabic OCR, for the browser and chart tests. Needs root and apt-get; elsewhere it
# says what to install.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
if command -v tesseract >/dev/null 2>&1; then
  tesseract --list-langs 2>/dev/null | grep -qx ara || need+=(tesseract-ocr-ara)
else
  need+=(tesseract-ocr-ara)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "warning: missing system packages: ${need[*]} (install them with apt-get as root)." >&2
fi
