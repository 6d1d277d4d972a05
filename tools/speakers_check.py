#!/usr/bin/env python3
"""List the distinct speakers whosaid gives on the development sets and fail on any that is not
a person, an organisation or a description of one: a place, a heading, a title of a work, or a
sentence fragment, as tests/not-speakers.txt lists them.

    tools/speakers_check.py WHOSAID SHARED_DIR RULES_FILE [-v]

Exit status 0 when every speaker passes, 1 when one fails (each printed with its count and a
document it came from), 77 (meson's "skipped") when SHARED_DIR is absent. With -v, every
distinct speaker is printed with its count.
"""
import collections
import json
import os
import subprocess
import sys


def load_rules(path):
    rules = collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            kind, words = line[0], line[1:]
            if kind == "work":
                rules[kind].add(" ".join(words))
            else:
                rules[kind].update(words if kind in ("place", "heading", "fragment") else (w.lower() for w in words))
    rules["fragment"]  # present even when the file has none
    return rules


def problem(speaker, rules):
    words = speaker.split()
    # function words count as written in lower case: "Theresa May", "Will Young", "Al From"
    lower = [w.strip(",.;:") if w[:1].islower() else "" for w in words]
    if speaker in rules["place"] or (len(words) == 1 and words[0] in rules["place"]):
        return "a place"
    if words[0] in rules["heading"] or speaker in rules["heading"]:
        return "a heading"
    if speaker in rules["work"]:
        return "a title of a work"
    if len(words) == 1 and words[0] in rules["fragment"]:
        return f"a fragment ({words[0]!r} alone)"
    if lower[0] in rules["fragment-start"] or words[0].lower() in rules["fragment-start"] and words[0][:1].isupper() and len(words) > 1 and words[1][:1].islower():
        return f"a fragment (starts with {words[0]!r})"
    for w in lower:
        if w in rules["fragment-word"]:
            return f"a fragment (holds {w!r})"
    if lower[-1] in rules["fragment-end"]:
        return f"a fragment (ends with {words[-1]!r})"
    return None


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    whosaid, shared, rules_path = argv[1:4]
    verbose = "-v" in argv
    if not os.path.isfile(os.path.join(shared, "eval", "score.py")):
        print(f"speakers: {shared}/eval not found; skipping", file=sys.stderr)
        return 77
    rules = load_rules(rules_path)
    counts, where = collections.Counter(), {}
    for name in ("ggt-dev", "polnear-dev"):
        docs = os.path.join(shared, "eval", name, "docs.jsonl")
        out = subprocess.run([whosaid, "-J", docs], capture_output=True, check=True, text=True).stdout
        for line in out.splitlines():
            r = json.loads(line)
            if r["speaker"] is not None:
                counts[r["speaker"]] += 1
                where.setdefault(r["speaker"], f"{name} {r['doc']}")
    failed = 0
    for speaker, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        why = problem(speaker, rules)
        if verbose or why:
            print(f"{n:5d} {speaker}" + (f"   <- {why} ({where[speaker]})" if why else ""))
        failed += why is not None
    print(f"{len(counts)} distinct speakers, {failed} not a person, organisation or description")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
