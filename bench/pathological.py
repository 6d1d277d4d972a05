#!/usr/bin/env python3
"""Linear time on pathological inputs: each input is generated at a base size and doubled a few
times; the script prints the time of each run and the ratio to the previous one. A ratio near
2 is linear; near 4 is quadratic. Not a unit test (timings depend on the machine): run it by
hand after a change to a stage.

    bench/pathological.py [--whosaid build/whosaid] [--base BYTES] [--steps N] [--only NAME,...]
                          [--metric cpu|instructions] [--repeat N]
    bench/pathological.py --memory [--base BYTES] [--repeat N] [--only NAME,...]

The default metric is CPU time (user + system, best of 3), which a busy machine disturbs less
than wall time; `--metric instructions --base 32768` counts instructions under callgrind,
exact and repeatable. `--memory` runs each input at --base (default 4 MiB) and 4 times that,
with `-t all`, and prints the peak RSS (largest of --repeat runs), RSS bytes per input byte,
the wall and CPU seconds (least of the runs) and their ratios, against the bound of issue 16:
at most 8 x size + 16 MiB, and at most 4.5 x the wall time at 4 x the size.
"""
import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile


def names(n):
    """n distinct capitalised surnames: Babcd style, from a base-20 count."""
    cons = "bcdfghklmnprstvwxz"
    out = []
    for i in range(n):
        s, k = "", i
        for _ in range(4):
            s += cons[k % len(cons)] + "aeiou"[(k // len(cons)) % 5]
            k //= len(cons) * 5
        out.append(s.capitalize())
    return out


def repeat(unit, size):
    return (unit * (size // len(unit.encode()) + 1))


def paragraphs(size, paragraph):
    """paragraph(0), paragraph(1), ... joined until they hold size bytes."""
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(paragraph(i))
        total += len(parts[-1].encode())
        i += 1
    return "".join(parts)


def gen_names_quotes(size):
    # many people, each named once, then quoted with "he said" and a surname reference
    ns = names(size // 60 + 1)

    def paragraph(i):
        first, last = ns[i % len(ns)], ns[(i * 7 + 3) % len(ns)]
        return f"Minister {first} {last} met officials. “We agree,” {last} said. “Good,” he said. “Yes.”\n\n"
    return paragraphs(size, paragraph)


def gen_role_nouns(size):
    # many ministers, each quoted through a role noun that points back to the latest one
    ns = names(size // 40 + 1)
    return paragraphs(size, lambda i: f"Minister {ns[i % len(ns)]} {ns[(i * 7 + 3) % len(ns)]} spoke. "
                                      "“Yes,” the minister said. “No,” she said.\n\n")


def gen_nested(size):
    opens, closes = ["“", "‘", "«", "‹"], ["”", "’", "»", "›"]
    n = size // 8
    return "".join(opens[i % 4] + "w " for i in range(n)) + "".join(closes[i % 4] for i in reversed(range(n)))


CASES = {
    "unmatched-double": lambda n: repeat("“a ", n),
    "unmatched-single": lambda n: repeat("‘a ", n),
    "unmatched-close": lambda n: repeat("a” ", n),
    "nested-quotes": gen_nested,
    "alternating-marks": lambda n: repeat("“a”‘b’«c»\"d\" ", n),
    "quotes-one-line": lambda n: repeat("“We agree,” said Mr. John Smith, ", n),
    "giant-line-words": lambda n: repeat("word ", n),
    "names-he-said": gen_names_quotes,
    "role-nouns": gen_role_nouns,
    "articles-run": lambda n: repeat("the ", n) + "said: “Yes.”",
    "connectors-run": lambda n: "Anna " + repeat("of the ", n) + "Keller said: “Yes.”",
    "abbreviations-spaced": lambda n: repeat("U.S. Mr. Dr. e.g. ", n),
    "abbreviations-joined": lambda n: repeat("a.", n),
    "dots": lambda n: repeat(".", n),
    "long-word": lambda n: "a" * n,
    "long-word-quoted": lambda n: "“" + "a" * n + ",” he said.",
    "capitalised-run": lambda n: repeat("Minister ", n) + " said: “Yes.”",
    "capitalised-names": lambda n: repeat("Anna Keller ", n) + " said: “Yes.”",
    "possessives-run": lambda n: repeat("Their ", n) + "spokesman John Dunn said: “Yes.”",
    "cr-lines": lambda n: repeat("“a,” he said\r", n),
    "nul-bytes": lambda n: repeat("\0“\0", n),
    "dense-said": lambda n: repeat("“a” said Anna Keller. ", n),
    "straight-quotes": lambda n: repeat('"a" ', n),
    "said-that": lambda n: repeat("Keller said that it rained. ", n),
    "mixed-fragments": lambda n: repeat("Keller called it “bad” and “worse.” ", n),
    "short-lines": lambda n: repeat("word\n", n),
    "marks-only": lambda n: repeat("“”", n),
    "news": lambda n: news(n),
}


def news(size):
    """One long news document: the bench corpus's articles joined into one text."""
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    import make_corpus  # noqa: E402  (beside this script)
    import random
    rng = random.Random(7)
    out, total, i = [], 0, 0
    while total < size:
        out.append(make_corpus.Article(rng, i).build(rng.randint(2000, 8000)))
        total += len(out[-1].encode()) + 1
        i += 1
    return "\n".join(out)


def cpu_time(exe, path, args, timeout):
    """User + system CPU seconds of one run (less disturbed by a busy machine than wall time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        subprocess.run([exe] + args + [path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run_measured(exe, path, args, timeout):
    """(wall seconds, peak RSS bytes, CPU seconds) of one run, by GNU time (apt-get install time):
    a child of this script would inherit the script's own high-water mark from the fork."""
    try:
        p = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", exe] + args + [path], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None, None, None
    wall, kib, user, system = p.stderr.decode().strip().splitlines()[-1].split()
    return float(wall), int(kib) * 1024, float(user) + float(system)


def memory_table(a, cases):
    """Peak RSS and wall time per case at two sizes, against the bound 8 x size + 16 MiB. The CPU
    time (user + system) is printed beside the wall time: on a busy machine the wall time also
    counts the waits for a processor, which the CPU time does not."""
    small, large = a.base, 4 * a.base
    bound = lambda n: 8 * n + 16 * 2**20
    print(f"{'case':22} {'size':>7} {'RSS MiB':>8} {'RSS/byte':>8} {'wall s':>7} {'CPU s':>6}   "
          f"{'size':>7} {'RSS MiB':>8} {'RSS/byte':>8} {'wall s':>7} {'CPU s':>6}  wall x  CPU x  bound")
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "input.txt")
        for name in cases:
            row = []
            for size in (small, large):
                data = CASES[name](size).encode("utf-8", "surrogatepass")
                with open(path, "wb") as f:
                    f.write(data)
                runs = [run_measured(a.whosaid, path, ["-t", "all", "--max-doc-bytes", str(2**31)], a.timeout)
                        for _ in range(a.repeat)]
                if any(w is None for w, _, _ in runs):
                    row.append((len(data), None, None, None))
                    break
                row.append((len(data), max(r for _, r, _ in runs), min(w for w, _, _ in runs),
                            min(c for _, _, c in runs)))
            cells, ok = "", True
            for n, rss, wall, cpu in row:
                if rss is None:
                    cells += f"{n / 2**20:6.1f}M {'timeout':>8} {'':8} {'':7} {'':6}   "
                    ok = False
                    continue
                cells += f"{n / 2**20:6.1f}M {rss / 2**20:8.1f} {rss / n:8.1f} {wall:7.2f} {cpu:6.2f}   "
                ok &= rss <= bound(n)
            ratio = row[1][2] / row[0][2] if len(row) == 2 and row[1][2] and row[0][2] else None
            cpu_ratio = row[1][3] / row[0][3] if len(row) == 2 and row[1][3] and row[0][3] else None
            ok &= ratio is not None and ratio <= 4.5
            failed += not ok
            show = lambda r: "-" if r is None else f"{r:.2f}"
            print(f"{name:22} {cells}{show(ratio):>6} {show(cpu_ratio):>6}  {'ok' if ok else 'OVER'}", flush=True)
    print(f"{len(cases) - failed} of {len(cases)} cases within 8 x size + 16 MiB and 4.5 x the wall time at 4 x the size")
    return 0


def instructions(exe, path, args, timeout):
    """Instructions executed, counted by callgrind: exact and repeatable, some 50 times slower."""
    try:
        p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", exe] + args + [path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    m = re.search(rb"Collected : (\d+)", p.stderr)
    return int(m.group(1)) / 1e9 if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--whosaid", default=os.path.join(here, "..", "build", "whosaid"))
    ap.add_argument("--base", type=int, default=256 * 1024, help="size of the first input in bytes")
    ap.add_argument("--steps", type=int, default=4, help="number of doublings")
    ap.add_argument("--only", default="", help="comma-separated case names")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--metric", choices=["cpu", "instructions"], default="cpu",
                    help="cpu: user+system seconds, the best of --repeat runs (default); instructions: "
                         "billions counted by valgrind's callgrind (exact; use a small --base)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--memory", action="store_true",
                    help="peak RSS and wall time at --base and 4 x --base bytes (default base 4 MiB), "
                         "against 8 x size + 16 MiB and 4.5 x the time")
    a = ap.parse_args()
    cases = [c for c in CASES if not a.only or c in a.only.split(",")]
    if a.memory:
        if a.base == 256 * 1024:
            a.base = 4 * 2**20
        return memory_table(a, cases)
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "input.txt")
        sizes = [a.base << k for k in range(a.steps + 1)]
        unit = "G instr" if a.metric == "instructions" else "s CPU"
        print(f"{'case (' + unit + ')':22} " + " ".join(f"{s // 1024:>7}K" for s in sizes) + "   ratios")
        for name in cases:
            times = []
            for size in sizes:
                with open(path, "wb") as f:
                    f.write(CASES[name](size).encode("utf-8", "surrogatepass"))
                if a.metric == "instructions":
                    t = instructions(a.whosaid, path, ["-t", "all"], a.timeout)
                else:
                    runs = [cpu_time(a.whosaid, path, ["-t", "all"], a.timeout) for _ in range(a.repeat)]
                    t = None if None in runs else min(runs)
                times.append(t)
                if t is None:
                    break
            ratios = [b / x if (x and b) else None for x, b in zip(times, times[1:])]
            cells = " ".join(f"{t:8.3f}" if t is not None else "   >%3ds" % a.timeout for t in times)
            cells += " " * (9 * (len(sizes) - len(times)))
            print(f"{name:22} {cells}   " + " ".join(f"{r:.2f}" if r else "-" for r in ratios), flush=True)
            # the last ratio is the one least disturbed by start-up time
            if ratios and ratios[-1]:
                worst = max(worst, ratios[-1])
            elif None in times:
                worst = float("inf")
    print(f"worst last-step ratio: {worst:.2f}")


if __name__ == "__main__":
    sys.exit(main())
