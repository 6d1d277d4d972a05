#!/usr/bin/env bash
# Fuzzes whosaid with libFuzzer for a given time, one process (the machine is shared).
#
#   fuzz/run.sh SECONDS [document|jsonl|input] [LIBFUZZER_FLAG...]     (default: document)
#
# Extra flags go to libFuzzer, for example -len_control=0 -max_len=20000 for large inputs from
# the start (slow units show as timeouts).
#
# Builds build-fuzz (clang, -Dfuzz=true, AddressSanitizer + UndefinedBehaviorSanitizer) when
# needed, seeds a working corpus (build-fuzz/corpus/HARNESS, kept between runs) from
# fixtures/*/input.txt, examples/, fuzz/seeds/ and fuzz/regressions/, runs the harness, and lists
# what it found in build-fuzz/artifacts/HARNESS/. A crash, hang or sanitizer report found
# there is fixed, then copied to fuzz/regressions/HARNESS/ where `meson test` replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:?usage: fuzz/run.sh SECONDS [document|jsonl|input] [LIBFUZZER_FLAG...]}
harness=${2:-document}
extra=("${@:3}")
case $harness in document|jsonl|input) ;; *) echo "harness is document, jsonl or input" >&2; exit 2 ;; esac

if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang meson setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false \
        -Dc_args=-fno-sanitize-recover=all -Dbuildtype=debugoptimized >/dev/null
fi
ninja -C build-fuzz "fuzz/fuzz_$harness" >/dev/null

corpus=build-fuzz/corpus/$harness
artifacts=build-fuzz/artifacts/$harness
mkdir -p "$corpus" "$artifacts"
if [ "$harness" = document ]; then
    for f in fixtures/*/input.txt; do cp "$f" "$corpus/fixture-$(basename "$(dirname "$f")")"; done
    cp examples/*.txt "$corpus/"
elif [ "$harness" = input ]; then
    # the seeds (pages, references, compressed files) and a few fixtures as they are
    for f in fixtures/[a-c]*/input.txt; do cp "$f" "$corpus/fixture-$(basename "$(dirname "$f")")"; done
else
    # each fixture as one JSON line, and all of them as one file
    python3 - "$corpus" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
lines = []
for p in sorted(glob.glob("fixtures/*/input.txt")):
    name = os.path.basename(os.path.dirname(p))
    line = json.dumps({"id": name, "text": open(p, encoding="utf-8", errors="surrogateescape").read(),
                       "date": "2020-01-01"}, ensure_ascii=False)
    open(os.path.join(out, "fixture-" + name), "w").write(line + "\n")
    lines.append(line)
open(os.path.join(out, "all-fixtures"), "w").write("\n".join(lines) + "\n")
PY
fi
cp fuzz/seeds/"$harness"/* fuzz/regressions/"$harness"/* "$corpus/" 2>/dev/null || true

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
start=$(date +%s)
set +e
"build-fuzz/fuzz/fuzz_$harness" "$corpus" -dict=fuzz/whosaid.dict -max_total_time="$secs" \
    -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${extra[@]}" 2>&1 | tee "build-fuzz/fuzz-$harness.log" | grep -E '^#[0-9]+ +(DONE|pulse)|ERROR|stat::|SUMMARY|Test unit written'
status=${PIPESTATUS[0]}
set -e
echo "fuzz_$harness: $(( $(date +%s) - start )) s, exit $status, corpus $(ls "$corpus" | wc -l) inputs"
found=$(ls "$artifacts" | wc -l)
echo "artifacts in $artifacts: $found"
ls -l "$artifacts"
exit "$status"
