#!/usr/bin/env python3
"""HTML input and character references: what is read as HTML (--html, a page, with -J a text
that is mostly markup), what of it is text (the body; blocks as paragraphs; script, style, nav
and the head left out; white space collapsed but in <pre>), and offsets into the input as given
(html[start:end] is the raw span, quote the decoded text). --html-entities decodes character
references in text that is not HTML, offsets still slicing the input. Expected spans are found
in the test's own texts with str.index, not taken from whosaid's output.

    html_test.py PATH/TO/whosaid

WHOSAID_WRAP runs the binary under a wrapper (valgrind), as in cli_test.py.
"""
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

from checks import check, finish

WHOSAID = sys.argv[1]
WRAP = shlex.split(os.environ.get("WHOSAID_WRAP", ""))
TMP = tempfile.mkdtemp(prefix="whosaid-html-")


def run(args, stdin=b""):
    p = subprocess.run(WRAP + [WHOSAID] + args, input=stdin, capture_output=True, timeout=600)
    check(p.returncode != 99, f"{args}: the wrapper found no error: {p.stderr[-2000:]!r}")
    return p.returncode, [json.loads(l) for l in p.stdout.decode().splitlines()], p.stderr.decode()


def put(name, text):
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(text.encode() if isinstance(text, str) else text)
    return path


def span(text, first, last):
    """The span from the first character of `first` to the last of `last`, after it."""
    a = text.index(first)
    return a, text.index(last, a) + len(last)


def check_spans(label, text, rec, quote_span, mention_span=None):
    raw = text.encode()
    a, b = quote_span
    check((rec["start"], rec["end"]) == (a, b), f"{label}: start, end {rec['start'], rec['end']}, expected {a, b}")
    ba, bb = len(text[:a].encode()), len(text[:b].encode())
    check((rec["byte_start"], rec["byte_end"]) == (ba, bb), f"{label}: byte offsets of the same span")
    check(raw[rec["byte_start"]:rec["byte_end"]].decode() == text[a:b], f"{label}: bytes and code points agree")
    if mention_span:
        check((rec["mention_start"], rec["mention_end"]) == mention_span,
              f"{label}: mention offsets {rec['mention_start'], rec['mention_end']}, expected {mention_span}")


PAGE = """<!DOCTYPE html>
<html><head><title>Harbour &amp; wall</title><style>p { color: red }</style>
<script>var x = "\u201cNot a quote,\u201d said Nobody.";</script></head>
<body><nav><a href="/">Home</a> \u201cMenu,\u201d said Nav Bar.</nav>
<article>
<h1>Council backs the wall</h1>
<p>Mayor Ingrid Solberg spoke on Tuesday. &ldquo;We will not wait for the next
   storm,&rdquo; said Mayor Ingrid Solberg.</p>
<p>&quot;It is <em>far</em> too late,&quot; Councillor Tom&aacute;s Brekke said.<br>Others agreed.</p>
<pre>&ldquo;Keep   these
spaces,&rdquo; said Ana Lee.</pre>
</article></body></html>
"""

# ---- a page: read as HTML because it says so ----
path = put("page.html", PAGE)
rc, recs, err = run([path])
check(rc == 0 and err == "", f"a page: status 0, quiet: {err!r}")
check([r["quote"] for r in recs] == ["We will not wait for the next storm,", "It is far too late,",
                                     "Keep   these\nspaces,"],
      f"a page: the quotes of the body, decoded, white space collapsed but in <pre>: {[r['quote'] for r in recs]}")
if len(recs) == 3:
    check_spans("first quote", PAGE, recs[0], span(PAGE, "We will not", "storm,"),
                span(PAGE, "Mayor Ingrid Solberg.", "Solberg"))
    check(PAGE[recs[0]["start"]:recs[0]["end"]] == "We will not wait for the next\n   storm,", "html[start:end] is the raw span")
    check_spans("second quote", PAGE, recs[1], span(PAGE, "It is <em>", "too late,"),
                span(PAGE, "Councillor Tom", "Brekke"))
    check(recs[1]["mention"] == "Councillor Tomás Brekke" and recs[1]["speaker"] == "Tomás Brekke",
          f"the mention and speaker decoded: {recs[1]['mention']!r}")
    check((recs[0]["paragraph"], recs[1]["paragraph"], recs[2]["paragraph"]) == (1, 2, 3),
          f"the heading is paragraph 0, each <p> and <pre> one more: {[r['paragraph'] for r in recs]}")
    check_spans("pre quote", PAGE, recs[2], span(PAGE, "Keep   these", "spaces,"))

# the same without the doctype and <html>: text, with a note; --html reads it as the page
body = PAGE[PAGE.index("<body>"):]
path = put("body.txt", body)
rc, text_recs, err = run([path])
check(rc == 0 and err == f"{path}: note: the text holds HTML markup (20 tags), read as text: --html reads it as HTML\n",
      f"markup without --html: a note: {err!r}")
rc, html_recs, err = run(["--html", path])
check(rc == 0 and err == "" and [r["quote"] for r in html_recs] == [r["quote"] for r in recs],
      f"--html: the same quotes as the page: {[r['quote'] for r in html_recs]}")
if html_recs:
    check_spans("--html", body, html_recs[0], span(body, "We will not", "storm,"))
# TSV: the same offsets
p = subprocess.run(WRAP + [WHOSAID, "--html", "-f", "tsv", path], capture_output=True, timeout=60)
rows = [l.split("\t") for l in p.stdout.decode().splitlines()]
check(len(rows) == 4 and [row[2:6] for row in rows[1:]] == [[str(r[k]) for k in ("start", "end", "byte_start", "byte_end")]
                                                            for r in html_recs], "TSV: the offsets into the HTML")

# ---- JSON lines: a text that is mostly markup is HTML; a text with a few tags in prose is not ----
article = "<p>&ldquo;We won,&rdquo; said Anna Keller.</p>\n<p>She smiled.</p>"
prose = "Anna Keller <b>won</b>. \u201cWe won,\u201d said Anna Keller."
lines = [{"id": "markup", "text": article}, {"id": "prose", "text": prose}]
path = put("docs.jsonl", "".join(json.dumps(l) + "\n" for l in lines))
rc, recs, err = run(["-J", path])
check(rc == 0 and err == "", f"-J: quiet: {err!r}")
got = {r["doc"]: r for r in recs}
check(set(got) == {"markup", "prose"}, f"-J: a record for each: {sorted(got)}")
if "markup" in got:
    check(got["markup"]["quote"] == "We won," and (got["markup"]["start"], got["markup"]["end"]) == span(article, "We won", "won,"),
          "-J: a mostly-markup text read as HTML, offsets into the text field's value")
if "prose" in got:
    check((got["prose"]["start"], got["prose"]["end"]) == span(prose, "We won", "won,"), "-J: prose read as text")

# ---- --html-entities: references decoded in text that is not HTML, offsets into the input ----
refs = ("Zo\u00eb wrote it. &ldquo;Caf&eacute; &amp; bar,&rdquo; said Anna Keller. &#8220;A &#x201C;b&#8221; c,&#8221; "
        "said Anna Keller. &quot;Legacy &amp and &notit; and &#128; and &#0;,&quot; said Anna Keller.")
path = put("refs.txt", refs)
rc, recs, err = run(["--html-entities", "-t", "all", path])
check(rc == 0 and err == "", f"--html-entities: quiet: {err!r}")
quotes = [r["quote"] for r in recs]
check("Caf\u00e9 & bar," in quotes and "Legacy & and \u00acit; and \u20ac and \ufffd," in quotes,
      f"--html-entities: named, legacy (&amp, &not in &notit;), Windows-1252 (&#128;) and invalid (&#0;) as HTML5 decodes them: {quotes}")
for r in recs:
    if r["quote"] == "Caf\u00e9 & bar,":
        check_spans("--html-entities", refs, r, span(refs, "Caf&eacute;", "bar,"), span(refs, "Anna Keller", "Keller"))
rc, recs, err = run(["-t", "all", path])
check(not any(r["quote"] == "Caf\u00e9 & bar," for r in recs) and "--html-entities decodes them" in err,
      "without --html-entities: references stand as they are, with a note")

# ---- the parser's limits: a document nested too deep is skipped at once, with the reason ----
deep = "<!DOCTYPE html><body>" + "<div>" * 20000 + "\u201cToo deep,\u201d said Anna Keller."
flat = "<!DOCTYPE html><body>" + "<p>x" * 20000 + "<p>\u201cFlat,\u201d said Anna Keller."
deep_path, flat_path = put("deep.html", deep), put("flat.html", flat)
t0 = time.time()
rc, recs, err = run([deep_path, flat_path])
check(rc == 1 and err == f"{deep_path}: skipped: HTML with elements nested more than 1,000 deep\n",
      f"20,000 nested <div>s: skipped with the reason: {err!r}")
check([r["quote"] for r in recs] == ["Flat,"], "20,000 <p>s, each closing the last, are read")
print(f"20,000 nested <div>s and 20,000 <p>s: {time.time() - t0:.1f} s")

# ---- -j 2: the same bytes as -j 1 over pages, markup and references ----
files = [put(f"p{i}.html", PAGE.replace("Solberg", f"Solberg{i}")) for i in range(30)] + [path, deep_path]
one = subprocess.run([WHOSAID] + files, capture_output=True, timeout=600)
two = subprocess.run([WHOSAID, "-j", "2"] + files, capture_output=True, timeout=600)
check(one.stdout == two.stdout and one.stderr == two.stderr and one.returncode == two.returncode
      and one.stdout.count(b"\n") >= 90 and one.returncode == 1, "-j 2: byte-identical to -j 1 on HTML")

finish()
