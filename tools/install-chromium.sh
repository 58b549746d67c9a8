#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/test_browser.py drives it with Playwright; never
# `playwright install`). Without it those tests skip and say why; everything else still runs.
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ]; then
    { apt-get update -qq && apt-get install -y -qq chromium; } >/dev/null 2>&1 && exit 0
elif command -v sudo >/dev/null 2>&1; then
    sudo -n apt-get install -y -qq chromium >/dev/null 2>&1 && exit 0
fi
echo "install-chromium: could not install Debian's chromium; the browser tests will be skipped" >&2
exit 0
