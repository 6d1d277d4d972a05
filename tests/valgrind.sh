#!/usr/bin/env bash
# The test suite under valgrind memcheck: any error or leak fails it.
#
#   tests/valgrind.sh [BUILD_DIR]     (default: build-valgrind, a plain debug build)
#
# The C test programs run under `meson test --wrap`; the Python drivers (suite cli) run the
# whosaid binary under valgrind through WHOSAID_WRAP. The single-line document of the bad-input
# suite is 4 MB here (WHOSAID_BIG_MB), since memcheck runs some 30 times slower.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-valgrind}
[ -f "$dir/build.ninja" ] || meson setup "$dir" -Dbuildtype=debug >/dev/null
ninja -C "$dir" >/dev/null
vg="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible"
# criterion runs each test in a child process: follow it
meson test -C "$dir" --suite unit --print-errorlogs --timeout-multiplier 10 --wrap="$vg --trace-children=yes"
WHOSAID_WRAP="$vg" WHOSAID_BIG_MB=${WHOSAID_BIG_MB:-4} meson test -C "$dir" --suite cli --print-errorlogs \
    --timeout-multiplier 10
