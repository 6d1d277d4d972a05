"""whosaid.frame: the command line's records as a DataFrame, with a notebook's dtypes, from a
list, a Series or a DataFrame, on any number of threads."""
import json
import os

import pytest

pd = pytest.importorskip("pandas")
import whosaid  # noqa: E402
from conftest import ROOT, cli_records, generated_corpus  # noqa: E402

DTYPES = {"doc": "object", "quote": "object", "start": "int64", "end": "int64", "byte_start": "int64",
          "byte_end": "int64", "type": "object", "speaker": "object", "role": "object", "cue": "object",
          "mention": "object", "mention_start": "Int64", "mention_end": "Int64", "method": "object",
          "sentence": "int64", "paragraph": "int64", "closed": "bool",
          "gender": "object", "lang": "object"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    lines = generated_corpus(300)
    path = str(tmp_path_factory.mktemp("corpus") / "corpus.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path, pd.DataFrame([json.loads(line) for line in lines])


def plain(v):
    return None if v is pd.NA or v is None or (isinstance(v, float) and v != v) else v


def rows(df):
    """The rows as dicts of plain values (missing, NA or NaN, as None), to compare with JSON
    records (a document field missing from some lines is NaN in a DataFrame made from them)."""
    return [{k: plain(v) for k, v in r.items()} for r in df.astype(object).to_dict("records")]


def test_a_dataframe_gives_the_command_lines_records(corpus):
    path, df = corpus
    want = cli_records(["-J", "-t", "all", "--keep", "url,date", path])
    got = whosaid.frame(df, id_col="id", keep=["url", "date"], types="all")
    assert list(got.columns) == list(whosaid.COLUMNS) + ["url", "date"] == list(want[0])
    assert len(got) == len(want) > 1000
    assert rows(got) == want
    assert dict(got.dtypes.astype(str)) == {**DTYPES, "url": "object", "date": "object"}
    assert got["mention_start"].isna().any() and got["speaker"].isna().any()
    assert got.index.equals(pd.RangeIndex(len(got)))


def test_jobs_give_the_same_frame(corpus):
    _, df = corpus
    one = whosaid.frame(df, id_col="id")
    for jobs in (2, 3, 0):
        pd.testing.assert_frame_equal(whosaid.frame(df, id_col="id", jobs=jobs), one)


def test_list_series_and_index_as_doc():
    sample = open(os.path.join(ROOT, "examples", "sample-article.txt"), encoding="utf-8").read()
    want = whosaid.extract(sample)
    n = len(want)
    got = whosaid.frame(["", sample, None, sample])
    assert list(got["doc"]) == [1] * n + [3] * n and str(got["doc"].dtype) == "int64"
    assert rows(got.drop(columns="doc")) == [{k: v for k, v in r.items() if k != "doc"} for r in want] * 2
    s = pd.Series([sample, float("nan")], index=["a", "b"])
    assert list(whosaid.frame(s)["doc"]) == ["a"] * n
    d = pd.DataFrame({"body": [sample], "url": ["u"]}, index=[42])
    assert list(whosaid.frame(d, text_col="body")["doc"]) == [42] * n
    assert list(whosaid.frame(d, text_col="body", id_col="url")["doc"]) == ["u"] * n
    assert list(whosaid.frame([sample], ids=["x"])["doc"]) == ["x"] * n


def test_an_empty_frame_has_the_columns_and_dtypes():
    got = whosaid.frame(["No quotation here."], ids=["x"])
    assert len(got) == 0 and list(got.columns) == list(whosaid.COLUMNS)
    assert dict(got.dtypes.astype(str)) == DTYPES


def test_kept_columns_keep_their_dtypes():
    text = "“We are ready,” said Ann Smith. “So are we,” said Bo Lee."
    d = pd.DataFrame({"text": [text, text], "when": pd.to_datetime(["2024-01-02", "2024-03-04"]),
                      "n": pd.array([1, None], dtype="Int64")})
    got = whosaid.frame(d, keep=["when", "n", "when"])
    assert list(got.columns[-2:]) == ["when", "n"]
    assert str(got["when"].dtype) == "datetime64[ns]" and str(got["n"].dtype) == "Int64"
    assert list(got["when"].dt.month) == [1, 1, 3, 3] and got["n"].isna().sum() == 2


def test_refusals():
    d = pd.DataFrame({"text": ["x"], "type": ["news"]})
    with pytest.raises(ValueError, match="already"):
        whosaid.frame(d, keep=["type"])
    with pytest.raises(ValueError, match="DataFrame"):
        whosaid.frame(["x"], keep=["url"])
    with pytest.raises(KeyError):
        whosaid.frame(d, keep=["url"])
    with pytest.raises(KeyError):
        whosaid.frame(d, text_col="body")
    with pytest.raises(ValueError, match="ids"):
        whosaid.frame(["a", "b"], ids=["x"])
    with pytest.raises(TypeError):
        whosaid.frame([3])
    with pytest.raises(whosaid.Error):
        whosaid.frame(["x"], types="quotes")
