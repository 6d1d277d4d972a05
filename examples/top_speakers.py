#!/usr/bin/env python3
"""The ten most quoted people in whosaid's output, with their roles: the notebook recipe.

    whosaid -J articles.jsonl > quotes.jsonl
    python3 examples/top_speakers.py quotes.jsonl
    ./build/whosaid examples/sample-article.txt | python3 examples/top_speakers.py

Needs pandas (Debian: apt-get install python3-pandas).
"""
import sys
from collections import Counter

import pandas as pd


def most_common(values):
    """The role given most often ('' when none is given); a tie goes to the one met first."""
    counts = Counter(values.dropna())
    return max(counts, key=counts.get) if counts else ""


def top_speakers(source, n=10):
    # every record has every field, so the columns are the same for any input
    df = pd.read_json(source, lines=True, dtype=False, convert_dates=False)
    if df.empty:
        return pd.DataFrame(columns=["speaker", "quotes", "documents", "role"])
    quoted = df[df["speaker"].notna()]
    table = (quoted.groupby("speaker", sort=False)
             .agg(quotes=("quote", "size"), documents=("doc", "nunique"), role=("role", most_common))
             .reset_index()
             .sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
             .head(n))
    return table[["speaker", "quotes", "documents", "role"]]


if __name__ == "__main__":
    source = sys.argv[1] if len(sys.argv) > 1 else sys.stdin
    print(top_speakers(source).to_string(index=False))
