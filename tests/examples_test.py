#!/usr/bin/env python3
"""The examples in examples/ do what the README says.

    examples_test.py c PATH/TO/whosaid PATH/TO/count_quotes SOURCE_ROOT
        the C library example agrees with the command line on the sample article
    examples_test.py pandas PATH/TO/whosaid SOURCE_ROOT
        top_speakers.py prints the ten most quoted people; skipped (exit 77) when no Python on
        this machine has pandas (Debian: apt-get install python3-pandas)
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

from checks import check, finish


def records(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, check=True, timeout=300, **kw)
    return [json.loads(l) for l in p.stdout.decode("utf-8").splitlines()]


def test_c(whosaid, count_quotes, root):
    sample = os.path.join(root, "examples", "sample-article.txt")
    recs = records([whosaid, sample])
    p = subprocess.run([count_quotes, sample], capture_output=True, timeout=60)
    out = p.stdout.decode("utf-8")
    check(p.returncode == 0 and p.stderr == b"", "count_quotes: status 0, quiet")
    listing, _, totals = out.partition("\n\n")
    rows = listing.splitlines()
    check(len(rows) == len(recs), "count_quotes: one line per quotation")
    for row, r in zip(rows, recs):
        check(row.startswith(r["speaker"] or "(unknown)") and r["quote"][:20] in row,
              f"count_quotes: speaker and quote as the command line has them ({row[:40]})")
    check(f"{len(recs)} quotations" in totals, "count_quotes: the total")
    counts = collections.Counter(r["speaker"] or "(unknown)" for r in recs)
    for who, n in counts.items():
        check(f"{n:4d}  {who}" in totals, f"count_quotes: {who} counted {n} times")


def python_with_pandas():
    for exe in (sys.executable, "/usr/bin/python3", "python3"):
        try:
            if subprocess.run([exe, "-c", "import pandas"], capture_output=True, timeout=120).returncode == 0:
                return exe
        except OSError:
            pass
    return None


def test_pandas(whosaid, root):
    py = python_with_pandas()
    if not py:
        print("pandas is not installed for any python3 here: skipped")
        sys.exit(77)
    script = os.path.join(root, "examples", "top_speakers.py")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        with open(corpus, "wb") as f:
            subprocess.run([sys.executable, os.path.join(root, "tests", "gen_corpus.py"), "--docs", "300"],
                           stdout=f, check=True)
        quotes = os.path.join(tmp, "quotes.jsonl")
        with open(quotes, "wb") as f:
            subprocess.run([whosaid, "-J", corpus], stdout=f, check=True, timeout=300)
        recs = [json.loads(l) for l in open(quotes, encoding="utf-8")]
        p = subprocess.run([py, script, quotes], capture_output=True, timeout=300)
        out = p.stdout.decode("utf-8").splitlines()
        check(p.returncode == 0 and p.stderr == b"", f"top_speakers.py: status 0, quiet {p.stderr[-300:]!r}")
        check(out and out[0].split() == ["speaker", "quotes", "documents", "role"], "top_speakers.py: the header")
        check(len(out) == 11, "top_speakers.py: ten people")
        counts = collections.Counter(r["speaker"] for r in recs if r["speaker"])
        want = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        for line, (who, n) in zip(out[1:], want):
            check(line.strip().startswith(who) and f" {n} " in line, f"top_speakers.py: {who} with {n} quotes")
        # the sample, piped in, as the README shows it
        sample = subprocess.run([whosaid, os.path.join(root, "examples", "sample-article.txt")],
                                capture_output=True, check=True).stdout
        p = subprocess.run([py, script], input=sample, capture_output=True, timeout=300)
        check(p.returncode == 0 and b"Ingrid Solberg" in p.stdout and b"Mayor of Port Alden" in p.stdout,
              "top_speakers.py: reads standard input")


if sys.argv[1] == "c":
    test_c(*sys.argv[2:5])
else:
    test_pandas(*sys.argv[2:4])
finish()
