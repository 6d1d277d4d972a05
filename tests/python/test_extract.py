"""whosaid.extract gives, for a text, the records the command line writes for it: same fields,
same order, same values; on the seed, the fixtures, the dev sets and bytes that are not UTF-8."""
import glob
import json
import os
import threading
import time

import pytest
import whosaid
from conftest import ROOT, by_doc, cli_records

FIXTURES = sorted(glob.glob(os.path.join(ROOT, "fixtures", "*", "input.txt")))


def same_records(got, want):
    assert got == want
    for g, w in zip(got, want):
        assert list(g) == list(w), "the command line's key order"


def test_columns_are_the_command_lines():
    rec = cli_records([os.path.join(ROOT, "examples", "sample-article.txt")])[0]
    assert whosaid.COLUMNS == tuple(rec)
    assert whosaid.FIELDS == whosaid.COLUMNS[1:]
    assert [name for name, _, _ in whosaid.fields()] == list(whosaid.FIELDS)
    assert set(whosaid.TYPES) >= {"direct", "partial", "scare", "title"}


@pytest.mark.parametrize("types", ["direct", "all"])
def test_fixtures_as_the_command_line(types):
    assert len(FIXTURES) > 20
    want = by_doc(cli_records(["-t", types] + FIXTURES))
    for path in FIXTURES:
        with open(path, "rb") as f:
            got = whosaid.extract(f.read(), types=types, doc=path)
        same_records(got, want.get(json.dumps(path), []))


def test_seed_as_the_command_line(shared):
    path = os.path.join(shared, "seed", "osce-minsk.txt")
    for types in ("direct", "all"):
        with open(path, encoding="utf-8") as f:
            got = whosaid.extract(f.read(), types=types, doc=path)
        assert got, "the seed has quotations"
        same_records(got, cli_records(["-t", types, path]))


@pytest.mark.parametrize("name", ["seed", "eval/ggt-dev", "eval/polnear-dev"])
@pytest.mark.parametrize("types", ["direct", "all"])
def test_devsets_as_the_command_line(shared, name, types):
    path = os.path.join(shared, name, "docs.jsonl")
    want = by_doc(cli_records(["-J", "-t", types, path]))
    count = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            got = whosaid.extract(doc["text"], types=types, doc=doc["id"])
            same_records(got, want.pop(json.dumps(doc["id"]), []))
            count += len(got)
    assert count > 0 and not want, "every record of the command line, and no other"


# bytes that are not UTF-8, NULs, marks alone: each is a document the command line reads as a file
BAD = [
    b"\xe2\x80\x9cBad \xff byte,\xe2\x80\x9d said Ann Smith.",
    b"\xe2\x80\x9cCut \xe2\x80 short,\xe2\x80\x9d said Ann Smith. \xf0\x9f",
    b"\xe2\x80\x9cOverlong \xc0\xaf and surrogate \xed\xa0\x80 and high \xf4\x90\x80\x80,\xe2\x80\x9d she said.",
    b"\xef\xbb\xbf\xe2\x80\x9cNUL \x00 inside,\xe2\x80\x9d said Bo Lee.\r\rLone CR.\r\n\xe2\x80\x9cCRLF,\xe2\x80\x9d he said.",
    b"\xe2\x80\x9c" * 500 + b"\xe2\x80\x9d" * 3,
    b"",
    b"\xff" * 64,
]


@pytest.mark.parametrize("i", range(len(BAD)))
def test_bad_bytes_as_the_command_line(tmp_path, i):
    path = str(tmp_path / f"bad{i}.txt")
    with open(path, "wb") as f:
        f.write(BAD[i])
    want = cli_records(["-t", "all", path])
    got = whosaid.extract(BAD[i], types="all", doc=path)
    same_records(got, want)
    # the same bytes held in a str the way Python holds undecodable bytes: same records
    text = BAD[i].decode("utf-8", "surrogateescape")
    assert whosaid.extract(text, types="all", doc=path) == want


def test_offsets_index_the_str():
    text = "Intro 🎉 e\u0301. “Ça va, 👋 très bien,” said Zoë Ångström.\n\n“Two,” she added. 「角」"
    recs = whosaid.extract(text, types="all")
    assert len(recs) >= 2
    for r in recs:
        assert text[r["start"]:r["end"]] == r["quote"]
        assert text.encode()[r["byte_start"]:r["byte_end"]].decode() == r["quote"]
        if r["mention"] is not None:
            assert text[r["mention_start"]:r["mention_end"]] == r["mention"]
    # a lone surrogate that surrogateescape does not make (U+D800) counts as one character
    odd = "“Odd \ud800 one,” said Ann Smith."
    r = whosaid.extract(odd)[0]
    assert (r["start"], r["end"], r["quote"]) == (1, 11, "Odd ? one,")
    assert odd[r["start"]:r["end"]] == "Odd \ud800 one,"


def test_types_lang_and_errors():
    text = "The “Blue Book” is out. “We are ready,” said Ann Smith."
    assert [r["type"] for r in whosaid.extract(text)] == ["direct"]
    # reported speech is in the default, as on the command line
    reported = "Ann Smith said that the bridge would reopen in May."
    assert [(r["type"], r["speaker"], r["quote"]) for r in whosaid.extract(reported)] == \
        [("indirect", "Ann Smith", "the bridge would reopen in May")]
    assert whosaid.extract(reported, types="direct") == []
    assert [r["type"] for r in whosaid.extract(text, types="all")] == ["title", "direct"]
    assert whosaid.extract(text, types=["title", "direct"]) == whosaid.extract(text, types="direct,title")
    assert whosaid.extract(text, lang="en") == whosaid.extract(text)
    with pytest.raises(whosaid.Error) as e:
        whosaid.extract(text, types="direct,quotes")
    assert e.value.code == -2 and "unknown quotation type" in str(e.value) and "direct,quotes" in str(e.value)
    assert isinstance(e.value, ValueError)
    with pytest.raises(whosaid.Error) as e:
        whosaid.extract(text, lang="xx")
    assert e.value.code == -3 and str(e.value) == "unsupported language: 'xx'"
    with pytest.raises(whosaid.Error):
        whosaid.extract(text, types="")
    with pytest.raises(TypeError):
        whosaid.extract(42)
    with pytest.raises(TypeError):
        whosaid.extract(text, lang=5)
    assert whosaid.extract(None) == [], "no text, no records"
    assert whosaid.extract("") == []
    assert whosaid.extract(text, doc={"id": 7})[0]["doc"] == {"id": 7}


def test_gil_is_let_go_while_a_document_is_processed():
    """Another Python thread keeps running while extract works on a large document: were the
    GIL held, the longest pause of the counting loop below would be the whole extract."""
    para = "Mayor Ann Smith met Councillor Bo Lee and Dr. Tomas Brekke in Port Alden on Tuesday. "
    text = (para * 40 + "\n\n") * 3000  # 10 MB of names and no quotation: the time is the pipeline's
    t0 = time.perf_counter()
    whosaid.extract(text)
    alone = time.perf_counter() - t0
    assert alone > 0.1, f"the document is too quick to tell ({alone:.3f}s)"
    done = threading.Event()
    worker = threading.Thread(target=lambda: (whosaid.extract(text), done.set()))
    last, longest, ticks = time.perf_counter(), 0.0, 0
    worker.start()
    while not done.is_set():
        now = time.perf_counter()
        longest, last, ticks = max(longest, now - last), now, ticks + 1
    worker.join()
    assert ticks > 100 and longest < alone / 2, f"longest pause {longest:.3f}s of {alone:.3f}s, {ticks} ticks"


def test_threads_give_what_one_thread_gives():
    texts = [open(p, encoding="utf-8", errors="surrogateescape").read() for p in FIXTURES] * 8
    results = [None] * 4

    def run(k):
        results[k] = [whosaid.extract(t, types="all", doc=i) for i, t in enumerate(texts)]

    threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    one = [whosaid.extract(t, types="all", doc=i) for i, t in enumerate(texts)]
    assert all(r == one for r in results)
