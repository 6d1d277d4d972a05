# %% [markdown]
# # Who is quoted, from a notebook
#
# The cells of a notebook, as a script (Jupyter, VS Code and Spyder read `# %%` as cells):
#
#     PYTHONPATH=build/python python3 examples/notebook.py                   # the sample article
#     PYTHONPATH=build/python python3 examples/notebook.py articles.jsonl    # id, url, text a line
#
# (After `meson install`, drop the PYTHONPATH.) Needs pandas (Debian: python3-pandas).

# %%
import sys

import pandas as pd

import whosaid

if len(sys.argv) > 1:  # JSON lines, one article a line, as the command line's -J reads them
    articles = pd.read_json(sys.argv[1], lines=True, dtype=False, convert_dates=False)
else:
    with open("examples/sample-article.txt", encoding="utf-8") as f:
        articles = pd.DataFrame({"id": ["sample-article"], "url": ["https://example.org/sample"], "text": [f.read()]})
for field in ("id", "url"):
    if field not in articles:
        articles[field] = None

# %% [markdown]
# One row per quotation: the command line's columns (`start`, `end` are integers indexing the
# text; a missing value is None or <NA>), then the kept article fields. Two threads.

# %%
quotes = whosaid.frame(articles, id_col="id", keep=["url"], jobs=2)
print(f"{len(quotes)} quotations in {len(articles)} articles")
print(quotes.dtypes.to_string())

# %% [markdown]
# The ten most quoted people, with the role the articles give them most often.

# %%
def most_common(values):
    values = values.dropna()
    return values.mode().iloc[0] if len(values) else ""


top = (quotes.dropna(subset=["speaker"])
       .groupby("speaker")
       .agg(quotes=("quote", "size"), articles=("doc", "nunique"), role=("role", most_common))
       .sort_values(["quotes", "articles"], ascending=False, kind="stable")
       .head(10))
print(top.to_string())

# %% [markdown]
# Every quotation of the most quoted person, with where it stands in its article: the offsets
# index the text, so `text[start:end]` is the quotation.

# %%
if len(top):
    who = top.index[0]
    texts = articles.set_index("id")["text"]
    for row in quotes[quotes["speaker"] == who].itertuples():
        assert texts[row.doc][row.start:row.end] == row.quote
        print(f"{row.doc} [{row.start}:{row.end}] {row.cue or '-'}: {' '.join(row.quote.split())[:70]}")

# %% [markdown]
# How the speakers were found, and how many quotations have none.

# %%
print(quotes["method"].value_counts(dropna=False).to_string())
print(f"no speaker: {quotes['speaker'].isna().mean():.1%}")
