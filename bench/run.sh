#!/usr/bin/env bash
# bench/run.sh [--quick]: whole-process throughput and peak memory of `whosaid -J` on large
# JSON-lines corpora, against pcre2grep finding the quotation spans in the same text.
#
#   bench/run.sh            sizes 50 and 200 MB, median of 9 runs each (about 2.5 minutes now)
#   bench/run.sh --quick    sizes 10 and 40 MB, 1 run each (under a minute)
#
# Environment:
#   WHOSAID=/path/to/whosaid  time this binary instead of building build-bench/ (release)
#   RUNS=N                    runs per measurement (default 9, --quick 1)
#   SIZES="50 200"            corpus sizes in MB (10^6 bytes); the first is the "small" one for
#                             the RSS-growth check, the last the "large" one for every target
#   CORPUS_DIR=DIR            where the generated corpora are cached (default bench/.corpus)
#
# Prints a table and PASS/FAIL against each target; exits 0 whatever the figures (it is a
# benchmark, not a test), non-zero only when it cannot run (build failure, missing tool).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
quick=0
for a in "$@"; do
    case "$a" in
        --quick) quick=1 ;;
        -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$a' (use --quick)" >&2; exit 2 ;;
    esac
done
if [ "$quick" = 1 ]; then
    runs=${RUNS:-1}; sizes=${SIZES:-"10 40"}
else
    runs=${RUNS:-9}; sizes=${SIZES:-"50 200"}
fi
corpus_dir=${CORPUS_DIR:-$here/.corpus}
jobs_opt=(-j 2)

# Targets (see bench/README.md).
T_RATIO=0.33       # whosaid one thread / pcre2grep, in MB/s
T_SPEEDUP=1.7      # whosaid -j 2 / whosaid one thread
T_RSS_MIB=32       # peak RSS on the large corpus
T_GROWTH_KIB=1024  # large-corpus peak RSS may exceed the small one's by at most this...
T_GROWTH_PCT=5     # ...or this percentage of it, whichever is larger

# The reference: pcre2grep finding quotation spans, typed by their marks, in the JSON lines.
#   “…” curly double, «…» guillemets, „…“ / „…” low-high, ‘…’ curly single, and straight "…",
#   which inside a JSON string is \"…\" (the first '"' after the opening \" is either the
#   escaped closing \" or the raw '"' that ends the string, so [^"] cannot overrun a document).
# Why it is a fair reference: it is the least any quotation extractor must do, reading every
# byte of the same file, decoding UTF-8 (-U), and finding each span with its kind given by the
# mark, in one pass of a JIT-compiled PCRE2 automaton (the same library whosaid links). It does
# not unescape JSON, split sentences, find speakers or write records: the ratio is the price
# of everything whosaid does beyond locating the spans. The repetition is bounded ({0,4000},
# {0,400} for single quotes, which are also apostrophes) and never crosses a newline, so an
# unclosed mark costs a bounded scan and a span never leaves its document (one line each);
# -M is kept as asked in the issue (it makes pcre2grep match over its buffer rather than
# line by line, which is slower here; the figure without -M is printed for information).
# Output goes to /dev/null for both tools.
PATTERN='“[^”\n]{0,4000}”|«[^»\n]{0,4000}»|„[^“”\n]{0,4000}[“”]|\\"[^"\n]{0,4000}\\"|‘[^’\n]{0,400}’'

die() { echo "run.sh: $*" >&2; exit 1; }
for t in pcre2grep python3 /usr/bin/time; do
    command -v "$t" >/dev/null 2>&1 || die "needs $t (apt-get install pcre2-utils python3 time)"
done

t_start=$EPOCHREALTIME

# --- the binary -------------------------------------------------------------------------
if [ -z "${WHOSAID:-}" ]; then
    command -v meson >/dev/null && command -v ninja >/dev/null || die "needs meson and ninja to build"
    if [ ! -f "$root/build-bench/build.ninja" ]; then
        log=$(mktemp)
        meson setup "$root/build-bench" "$root" --buildtype=release >"$log" 2>&1 \
            || { cat "$log" >&2; rm -f "$log"; die "meson setup failed"; }
        rm -f "$log"
    fi
    ninja -C "$root/build-bench" whosaid >/dev/null || die "build failed"
    WHOSAID=$root/build-bench/whosaid
fi
[ -x "$WHOSAID" ] || die "no executable whosaid at $WHOSAID"

# -j: unsupported if the command line rejects it (exit status 2 = bad usage).
jobs_ok=1
"$WHOSAID" -J "${jobs_opt[@]}" </dev/null >/dev/null 2>&1
[ $? = 2 ] && jobs_ok=0
# -j accepted but no threads: a dynamically linked binary that imports no pthread_create runs
# one thread whatever -j says; its -j runs are then skipped (n/a), which saves half the time.
threads_note=""
# nm's list read whole first: with pipefail, grep -q ending the pipe early fails it at random
symbols=$(command -v nm >/dev/null && nm -D "$WHOSAID" 2>/dev/null)
if [ "$jobs_ok" = 1 ] && grep -q ' U malloc' <<<"$symbols" && ! grep -q ' U pthread_create' <<<"$symbols"; then
    threads_note="-j is accepted, but this binary never calls pthread_create: it runs one thread"
    jobs_ok=0
fi

# --- the corpora ------------------------------------------------------------------------
mkdir -p "$corpus_dir"
# Cache key: the generator and the repository texts it draws on.
key=$(cat "$here/make_corpus.py" "$root"/fixtures/*/input.txt "$root/examples/sample-article.txt" 2>/dev/null \
      | sha256sum | cut -c1-12)
for f in "$corpus_dir"/corpus-*.jsonl; do
    [ -e "$f" ] || continue
    case "$f" in *"-$key.jsonl") ;; *) rm -f "$f" "${f%.jsonl}.stats" ;; esac
done
declare -A corpus
for s in $sizes; do
    f=$corpus_dir/corpus-${s}MB-$key.jsonl
    if [ ! -s "$f" ]; then
        echo "generating the ${s} MB corpus..." >&2
        python3 "$here/make_corpus.py" "$s" "$f" 2>"${f%.jsonl}.stats" || { cat "${f%.jsonl}.stats" >&2; die "corpus generation failed"; }
    fi
    corpus[$s]=$f
done

# --- measuring --------------------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
maxof() { printf '%s\n' "$@" | sort -g | tail -n1; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
ge() { awk "BEGIN { exit !(($1) >= ($2)) }"; }

# measure NAME CMD...: one run, whole process under /usr/bin/time -v; appends the wall time
# (seconds) to secs[NAME] and the peak RSS (KiB) to rss[NAME].
declare -A secs cpu rss fails
measure() {
    local name=$1; shift
    local t0 t1 rc
    t0=$EPOCHREALTIME
    /usr/bin/time -v -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"
    rc=$?
    t1=$EPOCHREALTIME
    # pcre2grep: 0 = matches, 1 = none; whosaid: 0 = all read
    if [ $rc -gt 1 ] || { [ $rc = 1 ] && [[ $name != pcre2grep* ]]; }; then
        fails[$name]="exit $rc: $(grep -v '^Command exited' "$tmp/err" | head -n2 | tr '\n' ' ')"
    fi
    secs[$name]+="$(calc "$t1 - $t0" 4) "
    rss[$name]+="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time") "
    cpu[$name]+="$(awk -F': ' '/User time|System time/ {t += $2} END {print t}' "$tmp/time") "
}

echo "whosaid: $WHOSAID ($("$WHOSAID" --version 2>/dev/null | head -n1))"
echo "pcre2grep: $(pcre2grep --version 2>&1 | head -n1)"
echo "machine: $(nproc) CPUs, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs per figure: $runs (median of $runs; peak RSS is the largest of the runs)"
if [ -n "$threads_note" ]; then echo "whosaid -j: $threads_note; -j runs skipped (n/a)"
elif [ "$jobs_ok" = 0 ]; then echo "whosaid -j: not supported by this binary (n/a)"; fi
for s in $sizes; do
    st=${corpus[$s]%.jsonl}.stats
    [ -s "$st" ] && echo "corpus ${s} MB: $(sed 's/^.*: //' "$st")"
done
echo

for s in $sizes; do
    f=${corpus[$s]}
    cat "$f" >/dev/null # into the page cache, so that no tool pays for the disk
    for ((i = 1; i <= runs; i++)); do
        echo "  ${s} MB: run $i of $runs..." >&2
        # the reference, whosaid and whosaid -j 2 back to back: each run gives its own ratios,
        # each taken between neighbours a second or two apart (see paired() below)
        measure "pcre2grep:$s" pcre2grep -U -M -o "$PATTERN" "$f"
        measure "w1:$s" "$WHOSAID" -J "$f"
        [ "$jobs_ok" = 1 ] && measure "wj:$s" "$WHOSAID" -J "${jobs_opt[@]}" "$f"
        measure "pcre2grep-noM:$s" pcre2grep -U -o "$PATTERN" "$f"
    done
done

# --- report -----------------------------------------------------------------------------
first=${sizes%% *}
last=${sizes##* }
declare -A rate med peak cmed
printf '%-8s %-28s %9s %9s %9s %12s\n' "size" "tool" "median s" "MB/s" "CPU s" "peak RSS MiB"
for s in $sizes; do
    mb=$(calc "$(stat -c %s "${corpus[$s]}") / 1e6" 1)
    for name in w1 wj pcre2grep pcre2grep-noM; do
        k=$name:$s
        case $name in
            w1) label="whosaid -J" ;;
            wj) label="whosaid -J ${jobs_opt[*]}" ;;
            pcre2grep) label="pcre2grep -U -M -o" ;;
            pcre2grep-noM) label="(pcre2grep -U -o, no -M)" ;;
        esac
        if [ -z "${secs[$k]:-}" ]; then
            printf '%-8s %-28s %9s %9s %9s %12s\n' "${mb} MB" "$label" n/a n/a n/a n/a
            continue
        fi
        # shellcheck disable=SC2086
        med[$k]=$(median ${secs[$k]})
        # shellcheck disable=SC2086
        peak[$k]=$(maxof ${rss[$k]})
        # shellcheck disable=SC2086
        cmed[$k]=$(median ${cpu[$k]})
        rate[$k]=$(calc "$mb / ${med[$k]}" 2)
        printf '%-8s %-28s %9.3f %9s %9.2f %12s\n' "${mb} MB" "$label" "${med[$k]}" "${rate[$k]}" "${cmed[$k]}" \
            "$(calc "${peak[$k]} / 1024" 1)"
    done
done
echo

for k in "${!fails[@]}"; do echo "WARNING: $k: ${fails[$k]}"; done

missed=()
verdict() { # verdict NAME OK(1/0/na) TEXT
    local v
    case $2 in 1) v=PASS ;; 0) v=FAIL; missed+=("$1") ;; *) v="n/a " ;; esac
    printf '%s  %s\n' "$v" "$3"
}
# paired A B: the median over the runs of (time of B in run i) / (time of A in run i). The speed
# of this shared virtual machine drifts by a third over tens of seconds; a ratio taken within
# one run, seconds apart, is what the drift disturbs least.
runs_of() {
    # shellcheck disable=SC2086
    paste -d' ' <(printf '%s\n' ${secs[$1]}) <(printf '%s\n' ${secs[$2]}) | awk '{printf "%.4f\n", $2 / $1}'
}
paired() {
    # shellcheck disable=SC2046
    median $(runs_of "$1" "$2")
}
echo "targets (a ratio is the median of the runs' own ratios; the ratio of the medians above follows it):"
for s in $sizes; do
    r=$(calc "$(paired "w1:$s" "pcre2grep:$s")" 3)
    ok=0; ge "$r" "$T_RATIO" && ok=1
    rm=$(calc "${rate[w1:$s]} / ${rate[pcre2grep:$s]}" 3)
    rc=$(calc "${cmed[pcre2grep:$s]} / ${cmed[w1:$s]}" 3)
    verdict "ratio@${s}MB" $ok "${s} MB: whosaid 1 thread / pcre2grep = $r (target >= $T_RATIO; ratio of the medians ${rate[w1:$s]} / ${rate[pcre2grep:$s]} MB/s = $rm; by CPU time $rc; runs: $(runs_of "w1:$s" "pcre2grep:$s" | awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1}'))"
done
for s in $sizes; do
    if [ -n "${rate[wj:$s]:-}" ]; then
        r=$(calc "$(paired "wj:$s" "w1:$s")" 2)
        rm=$(calc "${rate[wj:$s]} / ${rate[w1:$s]}" 2)
        ok=0; ge "$r" "$T_SPEEDUP" && ok=1
        note=""
        used=$(calc "${cmed[wj:$s]} / ${med[wj:$s]}" 2)
        if ! ge "$used" 1.5; then note=" (the -j 2 runs used $used CPUs on average: other jobs held the second core)"
        elif ! ge "$r" 1.15; then note=" (no real speed-up: does this binary run -j on threads?)"; fi
        verdict "speedup@${s}MB" $ok "${s} MB: whosaid ${jobs_opt[*]} / 1 thread = $r (target >= $T_SPEEDUP; ratio of the medians ${rate[wj:$s]} / ${rate[w1:$s]} MB/s = $rm; runs: $(runs_of "wj:$s" "w1:$s" | awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1}'))$note"
    else
        verdict "speedup@${s}MB" na "${s} MB: whosaid ${jobs_opt[*]} / 1 thread = n/a (${threads_note:-"-j not supported by this binary"})"
    fi
done
for name in w1 wj; do
    [ -n "${peak[$name:$last]:-}" ] || continue
    label="1 thread"; [ $name = wj ] && label="${jobs_opt[*]}"
    big=$(calc "${peak[$name:$last]} / 1024" 1)
    ok=0; ge "$T_RSS_MIB" "$big" && ok=1
    verdict "rss-$name" $ok "peak RSS, $label, ${last} MB: $big MiB (target <= $T_RSS_MIB MiB)"
    if [ "$first" != "$last" ]; then
        small=$(calc "${peak[$name:$first]} / 1024" 1)
        grow=$(( ${peak[$name:$last]} - ${peak[$name:$first]} ))
        allow=$(awk "BEGIN { a = ${peak[$name:$first]} * $T_GROWTH_PCT / 100; print int(a > $T_GROWTH_KIB ? a : $T_GROWTH_KIB) }")
        ok=0; [ "$grow" -le "$allow" ] && ok=1
        verdict "rss-growth-$name" $ok "peak RSS, $label: ${first} MB $small MiB vs ${last} MB $big MiB, growth $grow KiB (target: no growth, at most $allow KiB of noise)"
    fi
done
echo
if [ ${#missed[@]} = 0 ]; then
    echo "all targets met"
else
    echo "MISSED ${#missed[@]} target(s): ${missed[*]}"
fi
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg); total time $(calc "$EPOCHREALTIME - $t_start" 0) s"
[ "$quick" = 1 ] && echo "(--quick: $runs run(s) on small corpora; figures are indicative only)"
exit 0
