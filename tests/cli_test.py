#!/usr/bin/env python3
"""Command-line behaviour of whosaid: input forms, exit codes, stderr naming FILE:LINE,
every stdout line a whole JSON object, and a closed pipe ending the run quietly.

    cli_test.py PATH/TO/whosaid PATH/TO/examples/sample-article.txt

WHOSAID_WRAP (for example "valgrind -q --error-exitcode=99 --leak-check=full") runs the binary
under a wrapper.
"""
import gzip
import json
import os
import shlex
import subprocess
import sys
import tempfile
import threading

from checks import check, finish


def run(args, stdin=b""):
    p = subprocess.run(WRAP + [WHOSAID] + args, input=stdin, capture_output=True, timeout=600)
    check(p.returncode != 99, f"{args}: the wrapper found no error: {p.stderr[-2000:]!r}")
    lines = p.stdout.decode("utf-8").splitlines()
    records = [json.loads(l) for l in lines]  # raises if any line is not JSON
    check(all(isinstance(r, dict) for r in records), f"{args}: every line a JSON object")
    return p.returncode, records, p.stderr.decode("utf-8", "replace")


WHOSAID, SAMPLE = sys.argv[1], sys.argv[2]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(SAMPLE)))  # the sample is examples/ of the source tree
WRAP = shlex.split(os.environ.get("WHOSAID_WRAP", ""))
FIELDS = ["doc", "quote", "start", "end", "byte_start", "byte_end", "type", "speaker", "role", "cue",
          "mention", "mention_start", "mention_end", "method", "sentence", "paragraph", "closed", "gender", "lang"]

text = open(SAMPLE, encoding="utf-8").read()
rc, recs, err = run([SAMPLE])
check(rc == 0 and err == "", "plain file: status 0, quiet")
check(len(recs) > 0, "plain file: records")
for r in recs:
    check(list(r)[:len(FIELDS)] == FIELDS, "fields in the contract's order")
    check(text[r["start"]:r["end"]] == r["quote"], "code-point offsets slice the quote")
    check(text.encode()[r["byte_start"]:r["byte_end"]].decode() == r["quote"], "byte offsets slice the quote")
    check(r["doc"] == SAMPLE, "the id of a plain file is its path")

rc, stdin_recs, _ = run([], stdin=text.encode())
check(rc == 0 and [r["quote"] for r in stdin_recs] == [r["quote"] for r in recs], "stdin gives the same records")
check(all(r["doc"] == "-" for r in stdin_recs), "stdin's id is -")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "docs.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"key": 7, "body": "\u201cWe won,\u201d said Anna Keller."}) + "\n")
        f.write("[1, 2]\n")
        f.write(json.dumps({"key": "no-text"}) + "\n")
        f.write(json.dumps({"key": "text-not-string", "body": 5}) + "\n")
        f.write(json.dumps({"key": "last", "body": "\u201cAgain and again,\u201d said Anna Keller."}) + "\n")
        f.write('{"key": "truncated", "body": "abc')
    rc, recs, err = run(["-J", "--text-field", "body", "--id-field", "key", path])
    check(rc == 1, "-J with bad lines: status 1")
    check([r["doc"] for r in recs] == [7, "last"], "-J: good documents around bad ones all processed, id as given")
    for n in (2, 3, 4, 6):
        check(f"{path}:{n}: " in err, f"-J: stderr names {path}:{n}")

# bad usage: two lines, as GNU tools write them, naming the program and not its path
rc, _, err = run(["--no-such-option"])
check(rc == 2 and err == "whosaid: unknown option '--no-such-option'\nTry 'whosaid --help'.\n",
      f"unknown option: status 2 and two lines: {err!r}")
rc, _, err = run(["-J", "-x"])
check(rc == 2 and err == "whosaid: unknown option '-x'\nTry 'whosaid --help'.\n", f"unknown short option: {err!r}")
rc, _, err = run(["--keep"])
check(rc == 2 and err == "whosaid: option '--keep' needs a value\nTry 'whosaid --help'.\n", f"missing value: {err!r}")
rc, _, err = run(["--t", "x"])
check(rc == 2 and err.startswith("whosaid: option '--t' is ambiguous: --text-field, --types, --trace\n"),
      f"ambiguous option: {err!r}")

# sizes take suffixes: K, M, G are powers of 1024 (also KiB...), KB, MB, GB powers of 1000
unit = "\u201cWe will build it,\u201d said Mayor Anna Keller.".encode()
body = (unit + b" " * (50 - len(unit))) * 40  # 2,000 bytes
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "doc.txt")
    with open(path, "wb") as f:
        f.write(body)
    check(len(body) == 2000, "the document is 2,000 bytes")
    for size, ok in (("2K", True), ("2KiB", True), ("2KB", True), ("1999", False), ("1K", False), ("1kB", False),
                     ("100M", True), ("2G", True), ("64MiB", True)):
        rc, recs, err = run(["--max-doc-bytes", size, path])
        check((rc, len(recs) == 40) == ((0, True) if ok else (1, False)), f"--max-doc-bytes {size}: {rc} {err!r}")
    for bad in ("1.5G", "0", "-3", "12X", "M", "3MiBs"):
        rc, _, err = run(["--max-doc-bytes", bad, path])
        check(rc == 2 and f"not '{bad}'" in err and err.endswith("Try 'whosaid --help'.\n"),
              f"--max-doc-bytes {bad}: bad usage: {err!r}")
    # --keep: spaces around names are not part of them
    rc, recs, err = run(["--keep", " url , date,,url ", path])
    check(rc == 0 and recs and list(recs[0])[-2:] == ["url", "date"], f"--keep trims names: {list(recs[0])[-3:]}")
rc, _, err = run(["--max-doc-bytes", str(2**32)])
check(rc == 2 and "4294967295" in err, "--max-doc-bytes of 4 GiB or more: status 2, the largest allowed named")
rc, _, err = run(["--max-doc-bytes", str(2**32 - 1), SAMPLE])
check(rc == 0 and err == "", "--max-doc-bytes 4294967295 is taken")
rc, _, err = run(["/nonexistent/file.txt"])
check(rc == 1 and "/nonexistent/file.txt" in err, "unreadable file: status 1, named on stderr")
# ---- the wrong flag: input that looks like another kind gets one line saying what it looks like
# and the command that reads it; the output stays what it was, and so does the status ----
ARTICLES = [{"id": "a1", "title": "Harbour wall", "body": "\u201cWe will build it,\u201d said Mayor Anna Keller."},
            {"id": "a2", "title": "Storm", "body": "\u201cIt is late,\u201d said Tomas Brekke."}]
with tempfile.TemporaryDirectory() as tmp:
    def put(name, data):
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path

    def plain_note(label, path, text, want):
        rc, recs, err = run([path])
        check(rc == 0 and err == f"{path}: note: {want}\n", f"{label}: status 0 and one note: {err!r}")
        check(all(r["doc"] == path and text[r["start"]:r["end"]] == r["quote"] for r in recs),
              f"{label}: still read as one plain-text document")
        return recs

    with_text = [{"id": a["id"], "text": a["body"]} for a in ARTICLES]
    jsonl = "".join(json.dumps(a) + "\n" for a in with_text)
    path = put("docs.jsonl", jsonl)
    recs = plain_note("JSON lines without -J", path, jsonl,
                      "this looks like JSON lines (a JSON object on each line), read as one plain-text document; "
                      f"for a document per line: whosaid -J {path}")
    check(len(recs) == 2, "JSON lines without -J: the records of the text as it stands")
    body = "".join(json.dumps(a) + "\n" for a in ARTICLES)
    path = put("body.jsonl", body)
    plain_note("JSON lines with another text field", path, body,
               "this looks like JSON lines (a JSON object on each line), read as one plain-text document; "
               f"for a document per line: whosaid -J --text-field body {path}")
    array = json.dumps(with_text, indent=2)
    path = put("docs.json", array)
    plain_note("a JSON array without -J", path, array, "this looks like a JSON array, read as one plain-text document; "
               f"for a document per element: jq -c '.[]' {path} | whosaid -J")
    obj = json.dumps(with_text[0], indent=2)
    path = put("doc.json", obj)
    plain_note("one JSON object over lines", path, obj,
               f"this looks like a JSON object, read as plain text; as a document: jq -c . {path} | whosaid -J")
    csv = 'id,date,body\n1,2024-05-01,"\u201cWe will build it,\u201d said Mayor Anna Keller."\n'
    path = put("docs.csv", csv)
    plain_note("CSV", path, csv, "this looks like CSV with a text column (body), read as one plain-text document; "
               f"for a document per row: mlr --icsv --ojsonl cat {path} | whosaid -J --text-field body")
    tsv = "id\ttext\n1\t\u201cWe will build it,\u201d said Mayor Anna Keller.\n"
    path = put("docs.tsv", tsv)
    plain_note("TSV", path, tsv, "this looks like TSV with a text column (text), read as one plain-text document; "
               f"for a document per row: mlr --itsv --ojsonl cat {path} | whosaid -J")
    gz = put("docs jsonl.gz", gzip.compress(jsonl.encode(), mtime=0))
    plain_note("compressed JSON lines, a name with a space", gz, jsonl,
               "this looks like JSON lines (a JSON object on each line), read as one plain-text document; "
               f"for a document per line: whosaid -J '{gz}'")
    gz = put("docs.json.gz", gzip.compress(array.encode(), mtime=0))
    plain_note("a compressed JSON array", gz, array, "this looks like a JSON array, read as one plain-text document; "
               f"for a document per element: zcat {gz} | jq -c '.[]' | whosaid -J")
    refs = "He said &ldquo;We will build it,&rdquo; and &quot;soon&quot;.\n"
    path = put("refs.txt", refs)
    plain_note("character references", path, refs, "the text holds 4 HTML character references (such as &ldquo;), "
               "read as they stand: --html-entities decodes them")
    tags = "<p>One.</p>\n<p>\u201cWe will build it,\u201d said Mayor Anna Keller.</p> More <br> text.\n"
    path = put("tags.txt", "Text first. " + tags)
    plain_note("markup", path, "Text first. " + tags, "the text holds HTML markup (5 tags), read as text: --html reads it as HTML")
    # a first line of prose with commas and a word such as "text" is no CSV header
    path = put("byline.txt", "Text, photos and video: Ana Ruiz\n\u201cWe will build it,\u201d said Mayor Anna Keller, today.\n")
    rc, recs, err = run([path])
    check(rc == 0 and err == "" and len(recs) == 1, f"a byline with commas is no CSV: {err!r}")
    # prose with a stray '<' or '&' gets no note
    path = put("prose.txt", "AT&T said 3 < 4 &amp; \u201cWe will build it,\u201d said Mayor Anna Keller.\n")
    rc, recs, err = run([path])
    check(rc == 0 and err == "" and len(recs) == 1, f"prose with one '&' and one '<': no note: {err!r}")

    # with -J: a JSON array is named once, with the recipe; its other lines are counted
    path = put("docs.json", array)
    rc, recs, err = run(["-J", path])
    n = len(array.splitlines())
    check(rc == 1 and recs == [] and err == f"{path}:1: skipped: the file is a JSON array, not JSON lines (one JSON object "
          f"a line); read it with: jq -c '.[]' {path} | whosaid -J\n{path}: … and {n - 1} more lines of the JSON "
          f"array, skipped (the last: line {n})\n", f"-J on a JSON array: one message and a count: {err!r}")
    path = put("oneline.json", json.dumps(with_text) + "\n")
    rc, recs, err = run(["-J", path])
    check(rc == 1 and recs == [] and err == f"{path}:1: skipped: the file is a JSON array, not JSON lines (one JSON "
          f"object a line); read it with: jq -c '.[]' {path} | whosaid -J\n", f"-J on a one-line JSON array: {err!r}")
    rc, recs, err = run(["-J"], stdin=array.encode())
    check(rc == 1 and err.startswith("-:1: skipped: the file is a JSON array, not JSON lines (one JSON object a line); "
                                     "read it with: … | jq -c '.[]' | whosaid -J\n"), f"-J on a JSON array from standard input: {err!r}")
    # a missing text field: the string fields the line has, the one to try; 5,000 lines, two messages
    many = "".join(json.dumps({"id": i, "n": i, "title": "T", "body": "\u201cWe won,\u201d said Anna Keller."}) + "\n"
                   for i in range(5000))
    path = put("many.jsonl", many)
    rc, recs, err = run(["-J", path])
    check(rc == 1 and recs == [] and err == f'{path}:1: skipped: no "text" field; its string fields: "title", "body" '
          f"(try --text-field body)\n{path}: … and 4,999 more lines like line 1 (no text field), skipped, the last at "
          "line 5,000\n", f"-J without the text field: the fields to try, once, and a count: {err!r}")
    rc, recs, err = run(["-J", "--text-field", "body", path])
    check(rc == 0 and len(recs) == 5000 and err == "", "--text-field body reads them")
    # notes on the texts of JSON lines are counted as messages are
    path = put("refs.jsonl", "".join(json.dumps({"id": i, "text": refs}) + "\n" for i in range(3)))
    rc, recs, err = run(["-J", path])
    check(rc == 0 and err == f"{path}:1: note: the text holds 4 HTML character references (such as &ldquo;), read as "
          f"they stand: --html-entities decodes them\n{path}: … and 2 more lines like line 1 (character references), "
          "the last at line 3\n", f"-J: a note once per file, then a count; status 0: {err!r}")

p = subprocess.run(WRAP + [WHOSAID, "--help"], capture_output=True, timeout=60)
check(p.returncode == 0 and b"--max-doc-bytes" in p.stdout, "--help: status 0, lists the options")

# --trace explains a pronoun: the people it could stand for, ranked by salience, best first
profile = ("Amara Okonkwo is new to politics. She has met twice with Housing Minister Julie Tremblay.\n\n"
           "\u201cI could not watch it happen again,\u201d she said.\n")
p = subprocess.run(WRAP + [WHOSAID, "--trace"], input=profile.encode(), capture_output=True, timeout=60)
trace = p.stdout.decode("utf-8")
cands = [l for l in trace.splitlines() if l.strip().startswith("candidate ")]
check(p.returncode == 0 and len(cands) == 2 and "Amara Okonkwo" in cands[0] and "Julie Tremblay" in cands[1],
      f"--trace ranks the candidates of a pronoun: {cands}")

# --trace: code-point offsets as records give them, bytes beside; type names; a legend for each flag
p = subprocess.run(WRAP + [WHOSAID, "--trace", SAMPLE], capture_output=True, timeout=60)
trace = p.stdout.decode("utf-8")
legend = [l for l in trace.splitlines() if l.startswith("# ")]
flags = next((l for l in legend if l.startswith("# mention flags")), "")
check(all(f in flags for f in ("S the subject", "Q inside a quotation", "P possessive", "O the object of a preposition")),
      f"--trace: a legend for every mention flag: {flags!r}")
check(any("closed no:" in l for l in legend) and any("(apposition)" in l for l in legend), "--trace: and the others")
import re
quotes = re.findall(r"^quote \d+ (\w+) closed (yes|no) \[(\d+),(\d+)\) bytes \[(\d+),(\d+)\)", trace, re.M)
check(quotes and {q[0] for q in quotes} <= {"direct", "mixed", "indirect", "partial", "scare", "title"},
      f"--trace: quotes by type name: {quotes[:2]}")
raw = text.encode()
for typ, closed, a, b, ba, bb in quotes:
    a, b, ba, bb = int(a), int(b), int(ba), int(bb)
    check(text[a:b].encode() == raw[ba:bb] and len(text[:a].encode()) == ba, f"--trace: {a},{b} are code points, {ba},{bb} bytes")
_, sample_recs, _ = run([SAMPLE])
check({(int(q[2]), int(q[3])) for q in quotes} >= {(r["start"], r["end"]) for r in sample_recs} and sample_recs,
      "--trace: the offsets of each record's quotation, as the record gives them")
check(all(re.search(r"^mention sentence \d+ \[\d+,\d+\) bytes \[\d+,\d+\) person \d+ [S-][Q-][P-][O-] ", l)
          for l in trace.splitlines() if l.startswith("mention ")), "--trace: mentions with both offsets and their flags")

# --trace cuts a long span before a character, never inside one: its output stays UTF-8
long_fr = "« " + "é" * 300 + " », a dit Anne Keller.\n"
p = subprocess.run(WRAP + [WHOSAID, "--trace", "--lang", "fr"], input=long_fr.encode(), capture_output=True, timeout=60)
try:
    p.stdout.decode("utf-8")
    whole = True
except UnicodeDecodeError:
    whole = False
check(p.returncode == 0 and whole and "…" in p.stdout.decode("utf-8", "replace"), "--trace: a cut span stays UTF-8")

# --rules: one file of one language replaced, the rest built in; a misspelt mechanism in
# features.txt stops the run (it would be switched off in silence), naming the file and the word
with tempfile.TemporaryDirectory() as rules_dir:
    os.makedirs(os.path.join(rules_dir, "en"))
    with open(os.path.join(rules_dir, "en", "verbs-reported.txt"), "w") as f:
        f.write("# only 'said' reports a clause\nsay said\n")
    doc = b"Mayor Ann Lee said the bridge would reopen. Mayor Ann Lee warned that tolls would rise.\n"
    rc, recs, err = run(["-t", "indirect"], doc)
    check(rc == 0 and len(recs) == 2, f"built-in rules: both clauses: {rc} {recs}")
    rc, recs, err = run(["-t", "indirect", "--rules", rules_dir], doc)
    check(rc == 0 and [r["cue"] for r in recs] == ["said"], f"--rules DIR/en/verbs-reported.txt replaces that list only: {rc} {recs} {err}")
    with open(os.path.join(rules_dir, "en", "features.txt"), "w") as f:
        f.write("complementiser-droped\n")
    rc, recs, err = run(["-t", "indirect", "--rules", rules_dir], doc)
    check(rc == 2 and not recs and "en/features.txt" in err and "complementiser-droped" in err,
          f"--rules: a mechanism features.txt misspells stops the run, named: {rc} {err!r}")
    os.remove(os.path.join(rules_dir, "en", "features.txt"))
    # a mechanism no built-in language switches on, switched on by a house style's features.txt:
    # "que A y que B" as two reports (coordinated-clauses)
    os.makedirs(os.path.join(rules_dir, "es"))
    with open(os.path.join(ROOT, "rules", "es", "features.txt"), encoding="utf-8") as f:
        features = f.read()
    with open(os.path.join(rules_dir, "es", "features.txt"), "w", encoding="utf-8") as f:
        f.write(features + "coordinated-clauses\n")
    es_doc = "La alcaldesa Marta Gil aseguró que las obras terminarán en marzo y que el puente abrirá en abril.\n".encode()
    rc, recs, err = run(["-t", "indirect", "--lang", "es"], es_doc)
    check(rc == 0 and [r["quote"] for r in recs] == ["las obras terminarán en marzo y que el puente abrirá en abril"],
          f"built-in Spanish rules: 'que A y que B' is one report: {rc} {recs} {err}")
    rc, recs, err = run(["-t", "indirect", "--lang", "es", "--rules", rules_dir], es_doc)
    check(rc == 0 and [(r["quote"], r["speaker"]) for r in recs] ==
          [("las obras terminarán en marzo", "Marta Gil"), ("el puente abrirá en abril", "Marta Gil")],
          f"--rules DIR/es/features.txt with coordinated-clauses: 'que A y que B' is two reports: {rc} {recs} {err}")
    # …and a house style that keeps an age after the noun in the role (age-in-role), in an
    # apposition after the name and in a description of someone new
    with open(os.path.join(rules_dir, "es", "features.txt"), "w", encoding="utf-8") as f:
        f.write(features + "age-in-role\n")
    aged_doc = ("«No nos avisaron», dijo Marta Alonso, vecina de Tineo de 52 años. "
                "«Lo vamos a pelear», afirmó un delegado de unos 50 años.\n").encode()
    rc, recs, err = run(["--lang", "es"], aged_doc)
    check(rc == 0 and [r["role"] for r in recs] == ["vecina de Tineo", "delegado"],
          f"built-in Spanish rules: an age after the noun is no part of the role: {rc} {recs} {err}")
    rc, recs, err = run(["--lang", "es", "--rules", rules_dir], aged_doc)
    check(rc == 0 and [r["role"] for r in recs] == ["vecina de Tineo de 52 años", "delegado de unos 50 años"],
          f"--rules DIR/es/features.txt with age-in-role: the age stays in the role: {rc} {recs} {err}")
    # a comment's second line without its #: prose in a word list stops the run, file and line named
    with open(os.path.join(rules_dir, "en", "verbs-reported.txt"), "w") as f:
        f.write("# only 'said' reports a clause, and 'say'\n(as in \"they say\") too\nsay said\n")
    rc, recs, err = run(["-t", "indirect", "--rules", rules_dir], doc)
    check(rc == 2 and not recs and "en/verbs-reported.txt:2:" in err and "'(as'" in err,
          f"--rules: prose in a word list (a comment without #) stops the run, file and line named: {rc} {err!r}")

# a closed pipe is no error: many documents into a reader that stops at once
many = "".join(json.dumps({"id": i, "text": text}) + "\n" for i in range(3000)).encode()
p = subprocess.Popen(WRAP + [WHOSAID, "-J"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def feed():
    try:
        p.stdin.write(many)
        p.stdin.close()
    except (BrokenPipeError, OSError):
        pass


writer = threading.Thread(target=feed, daemon=True)
writer.start()
p.stdout.readline()
p.stdout.close()
err = p.stderr.read()
status = p.wait(timeout=600)
check(status == 0 and err == b"", f"broken pipe: status 0, no message: {status} {err[-2000:]!r}")

finish()
