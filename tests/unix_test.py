#!/usr/bin/env python3
"""whosaid as a Unix filter: --keep, -f tsv, -j N (byte-identical to -j 1 on a generated corpus),
incremental reading from a pipe, a closed pipe, --help and the man page.

    unix_test.py PATH/TO/whosaid SOURCE_ROOT
"""
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import time

from checks import check, finish


def run(args, stdin=b""):
    p = subprocess.run([WHOSAID] + args, input=stdin, capture_output=True, timeout=600)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def records(out):
    return [json.loads(l) for l in out.decode("utf-8").splitlines()]


WHOSAID, ROOT = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(ROOT, "examples", "sample-article.txt")
FIELDS = ["doc", "quote", "start", "end", "byte_start", "byte_end", "type", "speaker", "role", "cue",
          "mention", "mention_start", "mention_end", "method", "sentence", "paragraph", "closed", "gender", "lang"]
tmp = tempfile.mkdtemp(prefix="whosaid-unix-")


def write(name, text):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


# ---- --keep ----
docs = write("keep.jsonl", "".join(json.dumps(d) + "\n" for d in [
    {"id": "a", "url": "https://x/1", "date": "2024-05-01", "text": "\u201cWe won,\u201d said Anna Keller."},
    {"id": "b", "url": "https://x/2", "meta": {"n": [1, 2]}, "text": "\u201cAgain,\u201d said Anna Keller."},
]))
rc, out, err = run(["-J", "--keep", "date,url,meta,date,nothere", docs])
recs = records(out)
check(rc == 0 and err == "", "--keep: status 0, quiet")
check([list(r) for r in recs] == [FIELDS + ["date", "url", "meta", "nothere"]] * 2,
      "--keep: record fields first, then kept fields in the order given, a repeat once")
check(recs[0]["date"] == "2024-05-01" and recs[0]["url"] == "https://x/1" and recs[0]["meta"] is None,
      "--keep: values copied; a missing field is null")
check(recs[1]["date"] is None and recs[1]["meta"] == {"n": [1, 2]} and recs[1]["nothere"] is None,
      "--keep: any JSON value copied as it is")
for clash in ("doc", "type", "url,speaker"):
    rc, out, err = run(["-J", "--keep", clash, docs])
    check(rc == 2 and out == b"" and "--keep" in err, f"--keep {clash}: a record field's name is bad usage")
rc, out, err = run(["--keep", "url,date", SAMPLE])
recs = records(out)
check(rc == 0 and recs and all(r["url"] is None and r["date"] is None for r in recs),
      "--keep without -J: kept fields are null")
check(all(list(r) == FIELDS + ["url", "date"] for r in recs), "--keep without -J: same columns")

# ---- -f tsv ----
rc, out, err = run(["-f", "tsv", SAMPLE])
lines = out.decode("utf-8").split("\n")
check(rc == 0 and lines[-1] == "", "tsv: ends with a newline")
check(lines[0].split("\t") == FIELDS, "tsv: the header names the record fields in order")
rc, jout, _ = run([SAMPLE])
jrecs = records(jout)
check(len(lines) - 2 == len(jrecs), "tsv: one row per record")
for row, r in zip(lines[1:], jrecs):
    cells = row.split("\t")
    check(len(cells) == len(FIELDS), "tsv: every row has every column")
    want = ["" if r[k] is None else ("true" if r[k] is True else "false" if r[k] is False else str(r[k]))
            .replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") for k in FIELDS]
    check(cells == want, f"tsv: a row holds the record's values, escaped ({r['quote'][:20]})")

# escaping: tab, newline, CR, backslash in a quotation and in a kept field; other values
awkward = "\u201cOne\ttwo\\three\r\nfour,\u201d said Anna Keller."
tsvdocs = write("tsv.jsonl", json.dumps({"id": 5, "note": "a\tb\nc\rd\\e", "flag": True, "n": 2.5, "o": {"k": "v\tw"},
                                         "text": awkward}) + "\n")
rc, out, err = run(["-J", "-f", "tsv", "--keep", "note,flag,n,o,gone", tsvdocs])
lines = out.decode("utf-8").split("\n")
check(rc == 0 and len(lines) == 3 and lines[2] == "", "tsv escaping: a header and one row, each one line")
check(lines[0].split("\t") == FIELDS + ["note", "flag", "n", "o", "gone"], "tsv: kept fields follow in the header")
cells = lines[1].split("\t")
check(len(cells) == len(FIELDS) + 5, "tsv escaping: no tab inside a cell")
check(cells[1] == "One\\ttwo\\\\three\\r\\nfour,", "tsv escaping: tab, backslash, CR and newline in a quotation")
check(cells[0] == "5", "tsv: a numeric id as a number")
check(cells[len(FIELDS):] == ["a\\tb\\nc\\rd\\\\e", "true", "2.5", '{"k":"v\\\\tw"}', ""],
      "tsv: kept string escaped, true, number, object as compact JSON (escaped), missing as empty")
unescaped = re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\", "0": "\0"}[m.group(1)], cells[1])
check(unescaped == "One\ttwo\\three\r\nfour,", "tsv escaping: reversible")
rc, out, err = run(["-J", "-f", "tsv", os.path.join(tmp, "nothing.jsonl")])
check(rc == 1 and out.decode().split("\n")[0].split("\t") == FIELDS, "tsv: the header even when there is no input")

# ---- -j N: the same bytes as -j 1 ----
gen = os.path.join(ROOT, "tests", "gen_corpus.py")
corpus = os.path.join(tmp, "corpus.jsonl")
with open(corpus, "wb") as f:
    subprocess.run([sys.executable, gen, "--docs", "3000", "--bad", "--no-ids"], stdout=f, check=True)
ndocs = sum(1 for _ in open(corpus, "rb"))
t0 = time.time()
one = run(["-J", "--keep", "url,date,meta", corpus])
t1 = time.time() - t0
nrec, nmsg = one[1].count(b"\n"), one[2].count("\n")
# a message that lines of a file repeat is written once, and counted at the end of the file
check(one[0] == 1 and nrec > 10000 and nmsg >= 5 and "more lines like line" in one[2],
      f"-j 1: records and messages from the corpus ({nrec}, {nmsg})")
print(f"corpus: {ndocs} lines, {os.path.getsize(corpus)} bytes; -j 1: {nrec} records, {nmsg} messages, "
      f"{t1:.2f}s", flush=True)
for j in ("2", "4", "0"):
    t0 = time.time()
    other = run(["-J", "-j", j, "--keep", "url,date,meta", corpus])
    print(f"-j {j}: {time.time() - t0:.2f}s", flush=True)
    check(other[0] == one[0], f"-j {j}: same exit status as -j 1")
    check(other[1] == one[1], f"-j {j}: stdout byte-identical to -j 1")
    check(other[2] == one[2], f"-j {j}: stderr identical to -j 1")
# stdout and stderr on one file: each message stands after the records of the documents
# before it, with -j N as with -j 1 (documents are handed to threads in batches)
def run_merged(args):
    with open(os.path.join(tmp, "merged.out"), "wb") as f:
        rc = subprocess.run([WHOSAID] + args, stdout=f, stderr=subprocess.STDOUT, timeout=600).returncode
    return rc, open(os.path.join(tmp, "merged.out"), "rb").read()
# (the corpus in 12 files, so that there are many messages: each file has its own)
with open(corpus, "rb") as f:
    corpus_lines = f.readlines()
parts = []
for k in range(12):
    parts.append(os.path.join(tmp, f"part{k:02d}.jsonl"))
    with open(parts[-1], "wb") as f:
        f.writelines(corpus_lines[k * len(corpus_lines) // 12:(k + 1) * len(corpus_lines) // 12])
merged_one = run_merged(["-J"] + parts)
merged_two = run_merged(["-J", "-j", "2"] + parts)
check(merged_one == merged_two and merged_one[1].count(b"skipped") > 40,
      "-j 2 with stderr on stdout's file: the same bytes as -j 1, messages in place")
# TSV, stdin, and several files on threads
with open(corpus, "rb") as f:
    head = b"".join(f.readline() for _ in range(800))
a = run(["-J", "-f", "tsv", "--keep", "outlet,words", "-t", "all", "-"], stdin=head)
b = run(["-J", "-f", "tsv", "--keep", "outlet,words", "-t", "all", "-j", "3", "-"], stdin=head)
check(a == b and a[1].count(b"\n") > 1000, "-j 3 -f tsv -t all from stdin: identical to -j 1")
files = []
for i, line in enumerate(head.splitlines()[:300]):
    try:
        files.append(write(f"doc{i:03d}.txt", json.loads(line)["text"]))
    except (ValueError, KeyError, TypeError):
        pass
files.insert(7, os.path.join(tmp, "missing.txt"))
a = run(files)
b = run(["-j", "2"] + files)
check(a == b and a[0] == 1 and "missing.txt" in a[2], "-j 2 over plain files (one missing): identical to -j 1")
a = run(["--trace", "-J", "-"], stdin=head[:200000])
b = run(["--trace", "-J", "-j", "2", "-"], stdin=head[:200000])
check(a == b and len(a[1]) > 10000, "--trace -j 2: identical to -j 1")
# a document whose records run to megabytes: -j 1 writes them as they come (64 KiB at a time),
# -j N when the document is done; the bytes are the same, between the documents around it
dense = write("dense.txt", "\u201cWe agree,\u201d said Mayor Anna Keller. " * 20000)
a = run(["-t", "all", files[0], dense, files[1]])
b = run(["-t", "all", "-j", "2", files[0], dense, files[1]])
docs = [r["doc"] for r in records(a[1])]
check(a == b and a[0] == 0 and docs.count(dense) == 20000 and len(a[1]) > 4000000,
      "a document of 20,000 records between two others: -j 2 identical to -j 1")
check(docs == sorted(docs, key=[files[0], dense, files[1]].index), "its records between the other documents'")
a = run(["--trace", dense])
b = run(["--trace", "-j", "2", dense])
check(a == b and a[1].count(b"\nquote ") == 20000, "--trace of that document: -j 2 identical to -j 1")
rc, out, err = run(["-j", "x", SAMPLE])
check(rc == 2 and "--jobs" in err, "-j x: bad usage")
rc, out, err = run(["-j", "-3", SAMPLE])
check(rc == 2, "-j -3: bad usage")

# ---- reading a pipe as it comes: a record out before the input ends ----
line = (json.dumps({"id": 1, "text": "\u201cWe won,\u201d said Anna Keller."}) + "\n").encode()
for j in ("1", "2"):
    p = subprocess.Popen([WHOSAID, "-J", "-j", j], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    p.stdin.write(line)
    p.stdin.flush()
    ready, _, _ = select.select([p.stdout], [], [], 20)
    got = p.stdout.readline() if ready else b""
    check(got.startswith(b'{"doc":1,'), f"-j {j}: the first record comes out while the input is still open")
    p.stdin.write(line.replace(b'"id": 1', b'"id": 2'))
    p.stdin.flush()
    ready, _, _ = select.select([p.stdout], [], [], 20)
    got = p.stdout.readline() if ready else b""
    check(got.startswith(b'{"doc":2,'), f"-j {j}: and the second after it")
    p.stdin.close()
    check(p.wait(timeout=20) == 0 and p.stdout.read() == b"" and p.stderr.read() == b"", f"-j {j}: a clean end")

# ---- a closed pipe: whosaid -J big.jsonl | head -1 ----
# far less than reading the whole corpus: half its time, since t1 was measured a while before on a
# machine whose load may have changed (a reader that does not stop takes all of it, or more)
limit = max(3.0, t1 / 2)
for j in ("1", "2", "4"):
    t0 = time.time()
    p = subprocess.run(["bash", "-c", f'"$0" -J -j {j} "$1" 2>"$2" | head -1 >/dev/null; echo "${{PIPESTATUS[0]}}"',
                        WHOSAID, corpus, os.path.join(tmp, "head.err")], capture_output=True, timeout=60)
    took = time.time() - t0
    err = open(os.path.join(tmp, "head.err"), "rb").read()
    check(p.stdout.strip() == b"0" and err == b"", f"| head -1 with -j {j}: status 0, no message ({err[:80]!r})")
    check(took < limit, f"| head -1 with -j {j}: ends at once ({took:.2f}s, limit {limit:.1f}s)")

# ---- the progress line: on a terminal by default (records going elsewhere, the input's size
# known), redrawn in place and erased at the end; never in a file unless asked ----
import pty
import threading


def run_on_terminal(args, stdin=None, stdout_tty=False):
    """Runs whosaid with stderr (and stdout, when stdout_tty) on a pseudo-terminal."""
    master, slave = pty.openpty()
    got = []

    def drain():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            got.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    p = subprocess.Popen([WHOSAID] + args, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                         stdout=slave if stdout_tty else subprocess.PIPE, stderr=slave)
    out = p.stdout.read() if not stdout_tty else b""
    p.wait(timeout=600)
    os.close(slave)
    reader.join(timeout=60)
    os.close(master)
    return p.returncode, out, b"".join(got)


size_mb = os.path.getsize(corpus) / 1e6
KEEP = ["--keep", "url,date,meta"]
rc, out, tty = run_on_terminal(["-J"] + KEEP + [corpus])
check(rc == one[0] and out == one[1], "progress on a terminal: stdout the same as without")
check(tty.startswith(f"\r\x1b[Kwhosaid: 0 documents, 0.0 of {size_mb:.1f} MB (0%)".encode()),
      f"progress: the first line, with the size of the input: {tty[:80]!r}")
check(tty.count(b"\r\x1b[K") >= 2 and b" documents, " not in tty.rsplit(b"\r\x1b[K", 1)[1],
      f"progress: taken off before each message and erased at the end: {tty[-80:]!r}")
rc, out, tty = run_on_terminal(["-J", "--no-progress"] + KEEP + [corpus])
check(b"whosaid: 0 documents" not in tty and out == one[1], "--no-progress: no progress line")
with open(corpus, "rb") as f:
    rc, out, tty = run_on_terminal(["-J", "-"], stdin=f)
check(tty.startswith(b"\r\x1b[Kwhosaid: 0 documents"), "standard input from a file: its size is known")
cat = subprocess.Popen(["cat", corpus], stdout=subprocess.PIPE)
rc, out, tty = run_on_terminal(["-J"] + KEEP, stdin=cat.stdout)
cat.wait()
check(b"whosaid: 0 documents" not in tty and out.count(b"\n") == nrec, "a pipe, of unknown size: no progress line by default")
rc, out, tty = run_on_terminal(["-J", SAMPLE], stdout_tty=True)
check(b"whosaid: 0 documents" not in tty, "records on the same terminal: no progress line by default")
rc, out, err = run(["-J", corpus])
check("whosaid: 0 documents" not in err, "stderr to a file: no progress line by default")
rc, out, err = run(["-J", "--progress"] + KEEP + [corpus])
lines = [l for l in err.splitlines() if l.startswith("whosaid: ")]


def a_document(line):
    try:
        o = json.loads(line)
        return isinstance(o, dict) and isinstance(o.get("text"), str) and o["text"].encode() is not None
    except (ValueError, UnicodeEncodeError):
        return False


documents = sum(a_document(l) for l in open(corpus, "rb"))
check(out == one[1] and lines and lines[0] == f"whosaid: 0 documents, 0.0 of {size_mb:.1f} MB (0%)" and
      re.fullmatch(rf"whosaid: done: {documents:,} documents, {size_mb:.1f} MB(, [0-9.]+ MB/s)? in \d+ s", lines[-1])
      is not None, f"--progress to a file: a line at the start and one at the end: {lines[:1]} {lines[-1:]} {documents}")

# ---- --help, --version, the man page ----
p = subprocess.run([WHOSAID, "--help"], capture_output=True, timeout=60)
help_text = p.stdout.decode()
check(p.returncode == 0 and p.stderr == b"", "--help: status 0 on stdout")
opts = re.findall(r"^\s+(?:(-\w), )?(--[\w-]+)", help_text, re.M)
check(len(opts) == 18, f"--help: eighteen options ({len(opts)})")
with open(os.path.join(ROOT, "cli", "options.c"), encoding="utf-8") as f:
    longopts = re.findall(r'\{"([\w-]+)", (?:no|required)_argument', f.read())
check(sorted(o[1][2:] for o in opts) == sorted(longopts), "--help lists every option the parser takes")
blocks = re.split(r"\n(?=\s+-)", help_text)
for short, long_ in opts:
    if long_ in ("--help", "--version"):
        continue
    block = next((b for b in blocks if re.match(r"\s+(-\w, )?" + re.escape(long_) + r"\b", b)), "")
    check("default" in block, f"--help: {long_} shows its default")
with open(os.path.join(ROOT, "doc", "whosaid.1"), encoding="utf-8") as f:
    man = f.read().replace("\\-", "-")
for short, long_ in opts:
    check(long_ in man and (not short or short in man), f"whosaid.1 documents {long_}")
check(all(k in man for k in FIELDS), "whosaid.1 names every record field")
p = subprocess.run([WHOSAID, "--version"], capture_output=True, timeout=60)
check(p.returncode == 0 and re.fullmatch(rb"whosaid \d+\.\d+\.\d+\n", p.stdout), "--version")
check(p.stdout.decode().strip() in man, "whosaid.1 is of the same version as the program")
with open(os.path.join(ROOT, "meson.build"), encoding="utf-8") as f:
    check(f"version : '{p.stdout.decode().split()[-1]}'" in f.read(), "--version is the project's version")

finish()
