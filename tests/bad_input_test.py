#!/usr/bin/env python3
"""Bad input never breaks whosaid: each input below is generated at run time (nothing large is
kept in the repository) and run through the binary, with the good documents around it. For
each: the exit status is the contract's, stderr names FILE or FILE:LINE where the input is at
fault, every stdout line is a whole JSON object in valid UTF-8, offsets slice the text (invalid
bytes counting one code point each), and the documents around a bad one are all processed.

    bad_input_test.py PATH/TO/whosaid

WHOSAID_BIG_MB (default 100) sets the size of the single-line document; meson passes a smaller
default (WHOSAID_BIG_MB_DEFAULT=16) to sanitizer builds, where the binary runs several times
slower. WHOSAID_WRAP (for example
"valgrind -q --error-exitcode=99 --leak-check=full") runs every command under a wrapper; a
case then also fails when the wrapper reports an error.
"""
import atexit
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

from checks import check, finish

WHOSAID = sys.argv[1]
WRAP = shlex.split(os.environ.get("WHOSAID_WRAP", ""))
BIG_MB = int(os.environ.get("WHOSAID_BIG_MB") or os.environ.get("WHOSAID_BIG_MB_DEFAULT") or "100")
TMP = tempfile.mkdtemp(prefix="whosaid-bad-")
atexit.register(shutil.rmtree, TMP, True)


def decode_like_whosaid(b):
    """Strict UTF-8 where each invalid byte is one U+FFFD, as the contract counts them."""
    try:
        return b.decode("utf-8")  # valid text: the same thing, fast
    except UnicodeDecodeError:
        pass
    out, i, n = [], 0, len(b)
    while i < n:
        c = b[i]
        k = 1 if c < 0x80 else 2 if 0xC2 <= c <= 0xDF else 3 if 0xE0 <= c <= 0xEF else 4 if 0xF0 <= c <= 0xF4 else 0
        try:
            if not k:
                raise ValueError
            out.append(b[i:i + k].decode("utf-8"))
            i += k
        except (ValueError, UnicodeDecodeError):
            out.append("\ufffd")
            i += 1
    return "".join(out)


def write(name, data):
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


GOOD = "“We will build it,” said Mayor Anna Keller.\n\n“It is late,” she added.\n".encode()
GOOD_QUOTES = ["We will build it,", "It is late,"]


def html_text(raw):
    """What a raw span of HTML reads as, for checking a record of it: tags out, character
    references decoded (Python's html.unescape follows HTML5, as gumbo does), white space as
    one space."""
    import html
    import re
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", raw)).split())


def run(label, args, stdin=None, timeout=600, texts=None, html=False):
    """Runs whosaid; checks every stdout line and, for docs in texts (id -> bytes), offsets. With
    html, the offsets point into the HTML as given, and the span reads as the quote."""
    t = time.perf_counter()
    p = subprocess.run(WRAP + [WHOSAID] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=timeout)
    secs = time.perf_counter() - t
    try:
        out = p.stdout.decode("utf-8")
    except UnicodeDecodeError:
        check(False, f"{label}: stdout is valid UTF-8")
        out = p.stdout.decode("utf-8", "replace")
    check(out == "" or out.endswith("\n"), f"{label}: stdout ends with a whole line")
    recs = []
    for line in out.splitlines():
        try:
            r = json.loads(line)
        except ValueError:
            check(False, f"{label}: stdout line is JSON: {line[:80]!r}")
            continue
        check(isinstance(r, dict), f"{label}: stdout line is a JSON object")
        recs.append(r)
    decoded = {}
    for r in recs:
        if texts and isinstance(r.get("doc"), str) and r["doc"] in texts:
            doc = r["doc"]
            if doc not in decoded:
                decoded[doc] = (texts[doc], decode_like_whosaid(texts[doc]))
            raw, text = decoded[doc]
            if html:
                span = decode_like_whosaid(raw[r["byte_start"]:r["byte_end"]])
                ok = text[r["start"]:r["end"]] == span and html_text(span) == " ".join(r["quote"].split())
            else:
                ok = text[r["start"]:r["end"]] == r["quote"] and \
                    decode_like_whosaid(raw[r["byte_start"]:r["byte_end"]]) == r["quote"]
            check(ok, f"{label}: offsets of {r['quote'][:40]!r} slice the text")
    err = p.stderr.decode("utf-8", "replace")
    if WRAP:
        check(p.returncode != 99, f"{label}: the wrapper found no error: {err[-2000:]}")
    return p.returncode, recs, err, secs


def quotes_of(recs, doc):
    return [r["quote"] for r in recs if r["doc"] == doc]


def plain_case(label, data, expect_quotes=None, status=0, args=(), timeout=600, text=None):
    """The bad document between two good ones, as three files on one command line. text: what
    the offsets index when it is not data (data compressed)."""
    before, bad, after = write("before.txt", GOOD), write(label + ".txt", data), write("after.txt", GOOD)
    text = text if text is not None else data
    rc, recs, err, secs = run(label, ["-t", "all"] + list(args) + [before, bad, after], timeout=timeout,
                              texts={before: GOOD, bad: text if isinstance(text, bytes) else text.encode(),
                                     after: GOOD}, html="--html" in args or "--html-entities" in args)
    check(rc == status, f"{label}: exit status {rc}, expected {status}; stderr: {err[:300]}")
    check(quotes_of(recs, before) == GOOD_QUOTES and quotes_of(recs, after) == GOOD_QUOTES,
          f"{label}: the good documents before and after are processed")
    if status == 0:
        check(err == "", f"{label}: nothing on stderr, got {err[:300]!r}")
    else:
        check(bad in err, f"{label}: stderr names the file: {err[:300]!r}")
    if expect_quotes is not None:
        got = quotes_of(recs, bad)
        check(got == expect_quotes, f"{label}: quotes {got[:5]!r}, expected {expect_quotes[:5]!r}")
    return recs, secs


# ---- reported speech at scale: many clauses a sentence and a document (the quotation list
# grows while a sentence's clauses are searched; under ASan and valgrind a stale pointer into it
# is an error), and two apostrophes as marks to the very end ----
plain_case("many-reports", "“One,” he said. “Two,” she said. " +
           "Lohmar said the charges were serious and he said more could follow. " * 300,
           ["One,", "Two,"] + ["the charges were serious", "more could follow"] * 300)
plain_case("doubled-apostrophes", "''We agree,'' said John Smith. " + "'''' " * 2000 + "''", None)

# an interview's answers and a paragraph of dialogue (its turn two records, before and after the aside inside it), written in document
# order (each pairer's quotations merged before the next's)
recs, _ = plain_case("interview-and-dialogue", "P: ¿Qué piensa usted?\n\nR: Es un golpe duro.\n\n"
                     "—Hola —dijo Juan Pérez—. Vamos.\n\nR: Otra respuesta larga aquí.\n", None, args=("--lang", "es"))
starts = [r["start"] for r in recs if r["doc"].endswith("interview-and-dialogue.txt")]
check(len(starts) == 4 and starts == sorted(starts), f"interview-and-dialogue: records in document order: {starts}")

# ---- plain text: invalid UTF-8 of every kind ----
said = "”, said John Smith. “".encode()
plain_case("stray-continuation", b"\x80\xbf Text. \xe2\x80\x9cA\x80B" + said + b"\xbf\xbf\xe2\x80\x9d",
           ["A\ufffdB", "\ufffd\ufffd"])
plain_case("overlong", b"\xc0\xaf \xe0\x80\xaf. \xe2\x80\x9cX\xc1\xbf\xf0\x80\x80\xaf,\xe2\x80\x9d said John Smith.",
           ["X" + "\ufffd" * 6 + ","])
plain_case("surrogates", b"\xed\xa0\x80. \xe2\x80\x9cS\xed\xbf\xbf,\xe2\x80\x9d said John Smith.",
           ["S\ufffd\ufffd\ufffd,"])
plain_case("above-max-and-invalid-leads", b"\xe2\x80\x9c\xf4\x90\x80\x80 \xf5\xf8\xfc\xfe\xff,\xe2\x80\x9d he said.",
           ["\ufffd" * 4 + " " + "\ufffd" * 5 + ","])
plain_case("truncated-at-end-2", b"\xe2\x80\x9cA,\xe2\x80\x9d said John Smith. \xe2\x80\x9cB \xc3", None)
plain_case("truncated-at-end-3", b"\xe2\x80\x9cA,\xe2\x80\x9d said John Smith. \xe2\x80\x9cB \xe2\x80", None)
plain_case("truncated-at-end-4", b"\xe2\x80\x9cA,\xe2\x80\x9d said John Smith. \xe2\x80\x9cB \xf0\x9f\x98", None)
plain_case("truncated-mark-at-end", b"Text. \xe2\x80", [])
# a truncated sequence and a whole mark across each read-buffer size (stdio's 4096, read_all's
# 65536): the bytes around the boundary must not change meaning
for boundary in (4096, 65536):
    tail = b"\xe2\x80\x9cQuote,\xe2\x80\x9d said John Smith. \xe2\x80\x9cTail \xe2\x80 end.\xe2\x80\x9d"
    cut = tail.index(b"\xe2\x80 end") + 2  # just after the truncated sequence
    # the opening mark across the boundary (1 or 2 bytes before it), then the truncated
    # sequence ending exactly at it
    for label, at in (("mark", boundary - 1), ("mark", boundary - 2), ("truncated", boundary - cut)):
        data = b"w" * (at - 1) + b" " + tail
        label = f"{label}-across-{boundary}-{at}"
        recs, _ = plain_case(label, data, ["Quote,", "Tail \ufffd\ufffd end."])
        path = os.path.join(TMP, label + ".txt")
        rc, srecs, err, _ = run(label + "-stdin", ["-t", "all"], stdin=data, texts={"-": data})
        check(rc == 0 and [(r["quote"], r["start"]) for r in srecs] ==
              [(r["quote"], r["start"]) for r in recs if r["doc"] == path],
              f"{label}: standard input gives the same records as the file")

# ---- NUL, BOM, line ends, empty, marks only ----
plain_case("nul-bytes", b"\x00Text.\x00 \xe2\x80\x9cA\x00B,\xe2\x80\x9d said John\x00 Smith.\x00\x00", ["A\x00B,"])
plain_case("only-nul", b"\x00" * 1000, [])
recs, _ = plain_case("bom", b"\xef\xbb\xbf\xe2\x80\x9cWe agree,\xe2\x80\x9d said John Smith.", ["We agree,"])
check([r["start"] for r in recs if r["doc"].endswith("bom.txt")] == [2], "bom: the BOM counts as one code point")
lf = "Mayor Anna Keller spoke.\n\n“We will build it,” she said.\n\n“It is late,” Keller added.\n"
base = plain_case("lf", lf, None)[0]
for label, sep in (("crlf", "\r\n"), ("cr", "\r")):
    recs, _ = plain_case(label, lf.replace("\n", sep), None)
    keep = ("quote", "speaker", "role", "cue", "sentence", "paragraph", "method")
    strip = lambda rs, name: [tuple(r[k] for k in keep) for r in rs if r["doc"].endswith(name)]
    check(strip(recs, label + ".txt") == strip(base, "lf.txt") and strip(recs, label + ".txt"),
          f"{label}: the same records as with LF line ends")
plain_case("empty", b"", [])
plain_case("whitespace-only", b" \n\r\n\t\xc2\xa0\n", [])
plain_case("marks-only", "“”\"«»‘’„‹›「」".encode() * 2000, None)
plain_case("marks-only-lines", "“\n”\n\"\n\n«\n»\n".encode() * 2000, None)

# ---- thousands of marks, deep nesting ----
recs, secs = plain_case("unmatched-100k", "“".encode() + "“word ".encode() * 100000, None)
print(f"unmatched-100k: {secs:.2f} s")
n = 10000
opens, closes = "“‘«‹", "”’»›"
nested = "".join(opens[i % 4] + "level " for i in range(n)) + "".join(closes[i % 4] for i in reversed(range(n)))
recs, secs = plain_case("nested-10k", nested + " said John Smith.", None)
print(f"nested-10k: {secs:.2f} s")
recs, secs = plain_case("unmatched-single-100k", "‘word ".encode() * 100000, None)
print(f"unmatched-single-100k: {secs:.2f} s")

# ---- a single line of BIG_MB megabytes ----
unit = ("word " * 200 + "and “we will win,” said Mayor Anna Keller, ").encode()  # no line end, no full stop
big = unit * (BIG_MB * 1000000 // len(unit))
limit = str(len(big) + 1)
t0 = time.perf_counter()
recs, secs = plain_case("big-line", big, None, args=["--max-doc-bytes", limit])
n_big = len([r for r in recs if r["doc"].endswith("big-line.txt")])
check(n_big == len(big) // len(unit), f"big-line: one record per quotation ({n_big})")
print(f"big-line {len(big) / 1e6:.0f} MB: {secs:.2f} s")
# the same over the default limit when that is smaller: reported and skipped, nothing half-done
recs, _ = plain_case("big-line-over-limit", big, [], status=1, args=["--max-doc-bytes", str(len(big) - 1)])
del big

# ---- --max-doc-bytes ----
recs, _ = plain_case("over-max-doc-bytes", GOOD * 10, [], status=1, args=["--max-doc-bytes", str(len(GOOD) + 1)])

# ---- files that cannot be read ----
before, after = write("before.txt", GOOD), write("after.txt", GOOD)
for label, bad in (("directory", TMP), ("missing", os.path.join(TMP, "no-such-file.txt"))):
    rc, recs, err, _ = run(label, [before, bad, after])
    check(rc == 1 and err.startswith(bad + ": ") and len(err.splitlines()) == 1,
          f"{label}: status 1, one message naming it: {rc} {err!r}")
    check(quotes_of(recs, before) == GOOD_QUOTES and quotes_of(recs, after) == GOOD_QUOTES,
          f"{label}: the files around it are processed")

# ---- compressed input: found by its content, decompressed no further than --max-doc-bytes ----
import gzip
import lzma


def zstd_frame(data):
    """A zstd frame of raw (stored) blocks, written by hand so that no zstd tool is needed: the
    magic, a frame header with a 128 KiB window and no content size, then blocks of at most
    128 KiB, each a 3-byte header (size << 3 | type raw (0) << 1 | last)."""
    out = bytearray(b"\x28\xb5\x2f\xfd\x00\x38")
    blocks = [data[i:i + 131072] for i in range(0, len(data), 131072)] or [b""]
    for k, block in enumerate(blocks):
        out += ((len(block) << 3) | (k == len(blocks) - 1)).to_bytes(3, "little") + block
    return bytes(out)


article = GOOD + "Mayor Anna Keller spoke.\n\n“It is done,” she said.\n".encode()
article_quotes = GOOD_QUOTES + ["It is done,"]
for codec, pack in (("gzip", lambda b: gzip.compress(b, mtime=0)), ("xz", lzma.compress), ("zstd", zstd_frame)):
    packed = pack(article)
    plain_case(f"{codec}-whole", packed, article_quotes, text=article)
    plain_case(f"{codec}-two-members", pack(article[:30]) + pack(article[30:]), article_quotes, text=article)
    plain_case(f"{codec}-empty", pack(b""), [])
    # cut short: the document is skipped with a message that says so, the files around it are read
    recs, _ = plain_case(f"{codec}-truncated", packed[:len(packed) * 2 // 3], [], status=1)
    rc, _, err, _ = run(f"{codec}-truncated-says", [write(f"{codec}-cut.txt", packed[:len(packed) * 2 // 3])])
    check(rc == 1 and err == f"{os.path.join(TMP, codec + '-cut.txt')}: skipped: the {codec} data is truncated\n",
          f"{codec}-truncated: the message names the file and the cut: {err!r}")
    plain_case(f"{codec}-magic-only", packed[:6 if codec == "xz" else 4 if codec == "zstd" else 2], [], status=1)
    plain_case(f"{codec}-trailing-garbage", packed + b"garbage", [], status=1)
    # standard input, as a pipe: the same records as the file
    rc, recs, err, _ = run(f"{codec}-stdin", [], stdin=packed, texts={"-": article})
    check(rc == 0 and [r["quote"] for r in recs] == article_quotes, f"{codec} on standard input: {rc} {err!r}")
corrupt = bytearray(gzip.compress(article * 50, mtime=0))
corrupt[len(corrupt) // 2] ^= 0xff
plain_case("gzip-corrupt", bytes(corrupt), [], status=1)
# a gzip bomb: 64 MB of one byte in 62 KB; over --max-doc-bytes once decompressed, it is reported
# and skipped, decompressed only as far as the limit (so quickly, and in little memory)
bomb = gzip.compress(b"x" * 64000000, compresslevel=9, mtime=0)
recs, secs = plain_case("gzip-bomb", bomb, [], status=1, args=["--max-doc-bytes", "1M"])
print(f"gzip-bomb: {secs:.2f} s")
rc, _, err, _ = run("gzip-bomb-says", ["--max-doc-bytes", "1M", write("bomb.gz", bomb)])
check(rc == 1 and err.endswith("bomb.gz: skipped: larger than --max-doc-bytes (1048576) once decompressed\n"),
      f"gzip-bomb: the message says the limit and that it was decompressed: {err!r}")
for label, data, name in (("bzip2", b"BZh91AY&SY" + b"\0" * 40, "bzip2"), ("zip", b"PK\x03\x04" + b"\0" * 40, "zip")):
    path = write(label + ".bin", data)
    rc, _, err, _ = run(label, [path])
    recipe = f"bzcat {path} | whosaid" if label == "bzip2" else f"unzip -p {path} | whosaid"
    check(rc == 1 and err.startswith(path + ": skipped: ") and name in err and err.endswith(recipe + "\n"),
          f"{label}: not read, and the message says how to read it: {err!r}")

# ---- broken HTML and character references: read with --html (or --html-entities) ----
html_cases = [
    ("html-cut-in-tag", "<p>“We agree,” said John Smith.</p><di", ["We agree,"]),
    ("html-unclosed", "<div><p>“We agree,” said John Smith.<p><b><i>“Again,” he said.", ["We agree,", "Again,"]),
    ("html-misnested", "<b><p>“We <i>agree,</b>” said John</i> Smith.</p>", None),
    ("html-comment-unclosed", "<p>“We agree,” said John Smith.</p><!-- “Hidden,” he said.", ["We agree,"]),
    ("html-script-unclosed", "<p>“We agree,” said John Smith.</p><script>“Hidden,” he said.", ["We agree,"]),
    ("html-references-cut", "<p>&ldquo;We agree,&rdquo; said John Smith. &ldquo;A &am &# &#x; &#xZZ; &ldquo", None),
    ("html-reference-at-end", "<p>&ldquo;We agree,&rdquo; said John Smith. &", ["We agree,"]),
    ("html-huge-numbers", "<p>&#99999999999999999999; &#x110000; &#xD800; &ldquo;A,&rdquo; said John Smith.", None),
    ("html-nul-and-cr", "<p>\x00“We\r\nagree,”\x00 said\r John Smith.</p>\x00", None),
    ("html-only-tags", "<div>" * 500 + "</div>" * 500, []),
    ("html-deep", "<div>" * 5000 + "“Deep,” said John Smith.", [], 1),
    ("html-tags-in-attributes", '<p title="<b>“No,” he said</b>">“We agree,” said John Smith.</p>', ["We agree,"]),
    ("html-table-foster", "<table>“Moved,” said John Smith.<tr><td>“In a cell,” said John Smith.</td></tr></table>", None),
]
for label, markup, quotes, *status in html_cases:
    plain_case(label, markup, quotes, status=status[0] if status else 0, args=["--html"])
plain_case("html-invalid-utf8", b"<p>\xe2\x80\x9cWe \xff agree,\xe2\x80\x9d said John Smith. \xc3</p>", ["We \ufffd agree,"],
           args=["--html"])
plain_case("entities-cut", "&ldquo;We agree,&rdquo; said John Smith. &ldquo;A &am &# &#x; &ldquo", None,
           args=["--html-entities"])
plain_case("entities-invalid-utf8", b"&ldquo;We \xff&amp;\xfe agree,&rdquo; said John Smith.&\xe2", ["We \ufffd&\ufffd agree,"],
           args=["--html-entities"])
# references across the read buffers (64 KiB) of a file and of JSON lines: one document either way
for at in range(65530, 65540):
    data = (b"w" * (at - 8) + b" &ldquo;We agree,&rdquo; said John Smith. &ldquo;Again,&rdquo; he said.")
    plain_case(f"entities-across-{at}", data, ["We agree,", "Again,"], args=["--html-entities"])
    plain_case(f"html-across-{at}", b"<p>" + data + b"</p>", ["We agree,", "Again,"], args=["--html"])

# ---- JSON lines ----
def jsonl_case(label, lines, good_ids, bad_lines, args=(), raw=None, repeated=()):
    """bad_lines: the lines whose message is written; repeated: the lines at the end of the file
    that count the messages repeated by other lines (written once per kind and file)."""
    data = raw if raw is not None else b"".join(l if isinstance(l, bytes) else l.encode() for l in lines)
    path = write(label + ".jsonl", data)
    texts = {}
    for l in data.split(b"\n"):
        try:
            o = json.loads(l)
            texts[o.get("id")] = o["text"].encode("utf-8", "surrogatepass")
        except (ValueError, AttributeError, KeyError, TypeError):
            pass
    rc, recs, err, _ = run(label, ["-J"] + list(args) + [path],
                           texts={k: v for k, v in texts.items() if isinstance(k, str)})
    check(rc == (1 if bad_lines else 0), f"{label}: exit status {rc}; stderr {err[:300]!r}")
    got = []
    for r in recs:
        if r["doc"] not in got:
            got.append(r["doc"])
    check(got == good_ids, f"{label}: documents {got}, expected {good_ids}")
    for n in bad_lines:
        check(f"{path}:{n}: " in err, f"{label}: stderr names {path}:{n}: {err[:300]!r}")
    check(len(err.splitlines()) == len(bad_lines) + len(repeated),
          f"{label}: one message per bad line, and the counts: {err[:300]!r}")
    check(err.splitlines()[len(bad_lines):] == [f"{path}: … and {r}" for r in repeated],
          f"{label}: the messages many lines repeat are counted at the end: {err[-300:]!r}")
    return recs


def doc(i, text="“We will build it,” said Mayor Anna Keller.", **kw):
    return json.dumps(dict({"id": i, "text": text}, **kw), ensure_ascii=False) + "\n"


jsonl_case("truncated-last-line", [doc("a"), doc("b"), '{"id": "c", "text": "“cut'], ["a", "b"], [3])
jsonl_case("truncated-last-line-escape", [doc("a"), '{"id": "c", "text": "x\\u20'], ["a"], [2])
jsonl_case("non-object-lines", [doc("a"), "[1, 2]\n", '"text"\n', "5\n", "null\n", "true\n", doc("b"), "{\n", doc("c")],
           ["a", "b", "c"], [2, 8], repeated=["4 more lines like line 2 (not a JSON object), skipped, the last at line 6"])
jsonl_case("missing-text", [doc("a"), json.dumps({"id": "x", "body": "“No,” he said."}) + "\n", doc("b")], ["a", "b"], [2])
jsonl_case("text-not-string", [doc("a"), '{"id": "x", "text": 5}\n', '{"id": "y", "text": null}\n',
                               '{"id": "z", "text": {"a": "b"}}\n', '{"id": "w", "text": ["“x,” he said"]}\n', doc("b")],
           ["a", "b"], [2], repeated=["3 more lines like line 2 (a text field that is not a string), skipped, the last at line 5"])
recs = jsonl_case("numeric-id", [doc(7), doc(2.5), doc("s"), doc(None), doc({"k": 1})], [7, 2.5, "s", None, {"k": 1}], [])
nid = os.path.join(TMP, "no-id.jsonl")
jsonl_case("no-id", [doc("a"), '{"text": "“We agree,” said John Smith."}\n'], ["a", nid + ":2"], [])
recs = jsonl_case("embedded-nul", [doc("a", "“A\u0000B,” said John Smith.\u0000"), doc("b")], ["a", "b"], [])
check(quotes_of(recs, "a") == ["A\u0000B,"], "embedded-nul: the NUL stays in the quote")
jsonl_case("raw-nul-in-line", [doc("a"), b'{"id": "x", "text": "a\x00b"}\n', doc("b")], ["a", "b"], [2])
jsonl_case("invalid-utf8-in-line", [doc("a"), b'{"id": "x", "text": "\xe2\x80\x9cq\xff\xe2\x80\x9d he said"}\n', doc("b")],
           ["a", "b"], [2])
jsonl_case("lone-surrogate-escaped", [b'{"id": "x", "text": "\\u201cx\\ud800y,\\u201d said John Smith."}\n', doc("b")],
           ["b"], [1])
jsonl_case("blank-and-crlf-lines", [doc("a").replace("\n", "\r\n"), "\n", "   \t \n", "\r\n", doc("b").replace("\n", "\r\n")],
           ["a", "b"], [])
jsonl_case("bom-first-line", [b"\xef\xbb\xbf" + doc("a").encode(), doc("b")], ["a", "b"], [])
jsonl_case("no-final-newline", [doc("a"), doc("b").rstrip("\n")], ["a", "b"], [])
jsonl_case("over-max-doc-bytes", [doc("a"), doc("big", "“x,” he said. " * 1000), doc("b")], ["a", "b"], [2],
           args=["--max-doc-bytes", "1000"])
jsonl_case("huge-line-over-limit", [doc("a"), '{"id": "big", "text": "' + "x" * 100000 + '"}\n', doc("b")], ["a", "b"], [2],
           args=["--max-doc-bytes", "1000"])
jsonl_case("empty-file", [], [], [])
jsonl_case("empty-text", [doc("a", ""), doc("b")], ["b"], [])
jsonl_case("bad-utf8-kinds-escaped", [doc("a", "\ufffd “\ufffd,” said John Smith."), doc("b")], ["a", "b"], [])
jsonl_case("many-bad-lines", ["{bad\n"] * 5000 + [doc("a")], ["a"], [1],
           repeated=["4,999 more lines like line 1 (not JSON), skipped, the last at line 5,000"])

# compressed JSON lines: each codec; a gzip bomb in one line is skipped with the lines around it
# read; a file cut short keeps the documents before the cut and names the line it stopped at
lines = [doc("a"), doc("b"), doc("c")]
for codec, pack in (("gzip", lambda b: gzip.compress(b, mtime=0)), ("xz", lzma.compress), ("zstd", zstd_frame)):
    jsonl_case(f"{codec}-jsonl", [], ["a", "b", "c"], [], raw=pack("".join(lines).encode()))
bomb_lines = doc("a").encode() + b'{"id": "big", "text": "' + b"x" * 20000000 + b'"}\n' + doc("b").encode()
path = write("bomb.jsonl", gzip.compress(bomb_lines, compresslevel=9, mtime=0))
rc, recs, err, secs = run("gzip-bomb-jsonl", ["-J", "--max-doc-bytes", "1M", path])
check(rc == 1 and [r["doc"] for r in recs] == ["a", "b"] and err == f"{path}:2: skipped: line longer than the document limit\n",
      f"gzip-bomb-jsonl: the long line skipped, the others read: {rc} {err!r}")
many = "".join(doc(f"d{i}", "“We will build it,” said Mayor Anna Keller. " * 20) for i in range(200)).encode()
packed = gzip.compress(many, mtime=0)
path = write("cut.jsonl", packed[:len(packed) // 2])
rc, recs, err, _ = run("gzip-truncated-jsonl", ["-J", path])
ids = sorted({r["doc"] for r in recs}, key=lambda i: int(i[1:]))
check(rc == 1 and ids == [f"d{i}" for i in range(len(ids))] and 0 < len(ids) < 200,
      f"gzip-truncated-jsonl: the documents before the cut are read ({len(ids)})")
check(err == f"{path}:{len(ids) + 1}: skipped: the gzip data is truncated; the rest of the file cannot be read\n",
      f"gzip-truncated-jsonl: one message naming the line of the cut: {err!r}")

# standard input as JSON lines, named "-" in messages
data = (doc("a") + "[1]\n" + doc("b")).encode()
rc, recs, err, _ = run("stdin-jsonl", ["-J"], stdin=data)
check(rc == 1 and "-:2: " in err and sorted({r["doc"] for r in recs}) == ["a", "b"], f"stdin-jsonl: {rc} {err!r}")

finish()
