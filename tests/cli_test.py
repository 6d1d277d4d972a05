#!/usr/bin/env python3
"""Command-line behaviour of whosaid: input forms, exit codes, stderr naming FILE:LINE,
every stdout line a whole JSON object, and a closed pipe ending the run quietly.

    cli_test.py PATH/TO/whosaid PATH/TO/examples/sample-article.txt

WHOSAID_WRAP (for example "valgrind -q --error-exitcode=99 --leak-check=full") runs the binary
under a wrapper.
"""
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
WRAP = shlex.split(os.environ.get("WHOSAID_WRAP", ""))
FIELDS = ["doc", "quote", "start", "end", "byte_start", "byte_end", "type", "speaker", "role", "cue",
          "mention", "mention_start", "mention_end", "method", "sentence", "paragraph", "closed", "gender"]

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

rc, _, err = run(["--no-such-option"])
check(rc == 2 and "Usage" in err, "bad usage: status 2 and usage on stderr")
rc, _, err = run(["--max-doc-bytes", str(2**32)])
check(rc == 2 and "4294967295" in err, "--max-doc-bytes of 4 GiB or more: status 2, the largest allowed named")
rc, _, err = run(["--max-doc-bytes", str(2**32 - 1), SAMPLE])
check(rc == 0 and err == "", "--max-doc-bytes 4294967295 is taken")
rc, _, err = run(["/nonexistent/file.txt"])
check(rc == 1 and "/nonexistent/file.txt" in err, "unreadable file: status 1, named on stderr")
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
