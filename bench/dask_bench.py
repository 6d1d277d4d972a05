#!/usr/bin/env python3
"""Throughput of the Python module: one process (one thread, two threads) against a Dask
LocalCluster of two worker processes, on a news-like corpus (bench/make_corpus.py: about one
quotation per 550 bytes); the command line for reference.

    PYTHONPATH=build-bench/python python3 bench/dask_bench.py [--mb 30] [--runs 3]

Each run times, back to back:
- in memory: whosaid.frame (one thread; jobs=2) on a pandas DataFrame of the articles, and
  whosaid.dask.quotes on the same as a Dask DataFrame (from_pandas, 16 partitions) and as a bag
  of dicts, computed on the cluster with every record brought back;
- from a file: the quotations per speaker of a JSON-lines file, read, extracted and counted by
  one process (pd.read_json, whosaid.frame, value_counts), and by the cluster (dd.read_json in
  blocks read by the workers, whosaid.dask.quotes, value_counts), only the counts brought back;
- `whosaid -J FILE > /dev/null` (a release build in build-bench/ when there is one).
The cluster is started once, before the runs, untimed. MB/s is text bytes (UTF-8) over the
median time; each ratio is the median of the runs' own ratios to the one-process case above it
(this machine's speed drifts). Needs pandas, dask and distributed (Debian: python3-pandas
python3-dask python3-distributed).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import dask.bag as db
import dask.dataframe as dd
import distributed
import pandas as pd

import whosaid
import whosaid.dask

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=int, default=30, help="corpus size, MB")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--whosaid", default=os.path.join(ROOT, "build-bench", "whosaid"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "made.jsonl")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_corpus.py"), str(a.mb), path],
                       check=True, stderr=subprocess.DEVNULL)
        with open(path, encoding="utf-8") as f:
            docs = [json.loads(line) for line in f]
    df = pd.DataFrame(docs)
    mb = sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {mb:.1f} MB of text; whosaid {whosaid.__version__}", flush=True)

    with tempfile.TemporaryDirectory() as tmp, \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                     silence_logs=40) as cluster, distributed.Client(cluster) as client:
        corpus = os.path.join(tmp, "corpus.jsonl")
        # every line with the same fields, so that each block read has the same columns
        df[["id", "text"]].to_json(corpus, orient="records", lines=True, force_ascii=False)
        ddf = dd.from_pandas(df, npartitions=16)
        bag = db.from_sequence(docs, npartitions=16)
        client.run(lambda: __import__("whosaid"))  # each worker loads the rules once, untimed
        read = dict(lines=True, dtype=False, convert_dates=False)
        block = max(1 << 20, os.path.getsize(corpus) // 16)

        def speakers_one_process():
            return whosaid.frame(pd.read_json(corpus, **read), id_col="id")["speaker"].value_counts()

        def speakers_cluster():
            articles = dd.read_json(corpus, blocksize=block, **read)
            return whosaid.dask.quotes(articles, id_col="id")["speaker"].value_counts().compute()

        # (name, what it is compared with, the work); each returns something to check
        cases = [
            ("in memory: frame, 1 thread", None, lambda: len(whosaid.frame(df, id_col="id"))),
            ("in memory: frame, jobs=2", 0, lambda: len(whosaid.frame(df, id_col="id", jobs=2))),
            ("in memory: dask DataFrame, 2 workers", 0, lambda: len(whosaid.dask.quotes(ddf, id_col="id").compute())),
            ("in memory: dask bag, 2 workers", 0, lambda: len(whosaid.dask.quotes(bag, id_col="id").compute())),
            ("file to counts: 1 process", None, lambda: int(speakers_one_process().sum())),
            ("file to counts: dask, 2 workers", 4, lambda: int(speakers_cluster().sum())),
        ]
        if os.access(a.whosaid, os.X_OK):
            cases.append(("whosaid -J FILE (command line)", 0, lambda: subprocess.run(
                [a.whosaid, "-J", corpus], stdout=subprocess.DEVNULL, check=True).returncode))
        times = [[] for _ in cases]
        ratios = [[] for _ in cases]
        for run in range(a.runs):
            this = []
            for k, (name, base, fn) in enumerate(cases):
                t, n = timed(fn)
                this.append(t)
                times[k].append(t)
                ratios[k].append(this[base] / t if base is not None else 1.0)
                print(f"run {run + 1}: {name}: {t:.2f} s ({n})", flush=True)
        print("\n| | MB/s | × the one-process case |\n| --- | --- | --- |")
        for k, (name, base, _) in enumerate(cases):
            print(f"| {name} | {mb / statistics.median(times[k]):.1f} | "
                  f"{'' if base is None else f'×{statistics.median(ratios[k]):.2f}'} |")


if __name__ == "__main__":
    main()
