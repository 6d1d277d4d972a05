#!/usr/bin/env python3
"""Scale-out with GNU parallel: a run split over many processes gives the same records as one
process. Skipped (exit 77) where GNU parallel is not installed (apt-get install parallel).

    parallel_test.py PATH/TO/whosaid SOURCE_ROOT
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from checks import check, finish

WHOSAID, ROOT = os.path.abspath(sys.argv[1]), sys.argv[2]
PARALLEL = shutil.which("parallel")
if not PARALLEL or b"GNU parallel" not in subprocess.run([PARALLEL, "--version"], capture_output=True).stdout:
    print("GNU parallel is not installed: skipped")
    sys.exit(77)


def by_doc(out):
    """Records sorted by document id; a stable sort keeps each document's records in order."""
    recs = [json.loads(l) for l in out.decode("utf-8").splitlines()]
    return sorted(recs, key=lambda r: json.dumps(r["doc"]))


with tempfile.TemporaryDirectory() as tmp:
    corpus = os.path.join(tmp, "corpus.jsonl")
    with open(corpus, "wb") as f:  # every line has an id: see the README on splitting input
        subprocess.run([sys.executable, os.path.join(ROOT, "tests", "gen_corpus.py"), "--docs", "1500",
                        "--seed", "7"], stdout=f, check=True)

    def run(cmd):
        with open(corpus, "rb") as f:
            return subprocess.run(cmd, stdin=f, capture_output=True, timeout=600)

    one = run([WHOSAID, "-J", "--keep", "url,date"])
    check(one.returncode == 0 and one.stdout.count(b"\n") > 5000, "one process: records")
    split = run([PARALLEL, "--will-cite", "--pipe", "-N", "50", WHOSAID, "-J", "--keep", "url,date"])
    check(split.returncode == 0 and split.stderr == b"", f"parallel --pipe -N 50: status 0, quiet {split.stderr[:200]!r}")
    check(by_doc(split.stdout) == by_doc(one.stdout), "parallel --pipe -N 50: the same records, sorted by doc")
    kept = run([PARALLEL, "--will-cite", "--pipe", "-k", "-N", "50", WHOSAID, "-J", "--keep", "url,date"])
    check(kept.returncode == 0 and kept.stdout == one.stdout, "parallel --pipe -k -N 50: byte-identical to one process")
    tsv = run([PARALLEL, "--will-cite", "--pipe", "-k", "-N", "200", WHOSAID, "-J", "-f", "tsv"])
    lines = tsv.stdout.decode("utf-8").splitlines()
    header = lines[0]
    check(tsv.returncode == 0 and lines.count(header) == 8, "-f tsv over parallel: a header from each of 8 jobs")
    single = run([WHOSAID, "-J", "-f", "tsv"]).stdout.decode("utf-8").splitlines()
    check([l for l in lines if l != header] == single[1:], "-f tsv over parallel: the same rows once headers are dropped")
    nrec = one.stdout.count(b"\n")
    print(f"corpus: 1500 documents, {nrec} records; split over "
          f"{(1500 + 49) // 50} jobs of 50 lines")

finish()
