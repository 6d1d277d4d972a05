#!/usr/bin/env python3
"""The French, German and Spanish fixtures, measured: fixtures/<lang>-<case>/ hold texts written
for each language with hand-checked expected records, and an options file that says "scored".
For each language this runs whosaid over them (the language found per document, the kinds the
options ask for) and prints span precision, recall and F1 (a record matches an expected one
that it covers for 80% or more of its characters), speaker, role and gender accuracy over the
matched records, and how often the language was found; it fails when a figure falls below its
floor, the level this version reaches (see the README's "Languages").

    languages_test.py PATH/TO/whosaid FIXTURES_DIR
"""
import glob
import json
import os
import subprocess
import sys

# floors: the figures this version reaches on its own fixtures, less a point or two of slack
FLOORS = {
    "fr": {"F1": 97.0, "speaker": 90.0, "role": 93.0, "lang": 100.0},
    "de": {"F1": 97.0, "speaker": 92.0, "role": 97.0, "lang": 100.0},
    "es": {"F1": 98.0, "speaker": 94.0, "role": 93.0, "lang": 100.0},
}


def options(folder):
    types, scored = "direct", False
    path = os.path.join(folder, "options")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            words = line.split()
            if words[:1] == ["types"]:
                types = words[1]
            scored |= words == ["scored"]
    return types, scored


def cover(a, b):
    """Share of record a's characters that record b covers."""
    inter = max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))
    return inter / max(1, a["end"] - a["start"])


def measure(whosaid, folders):
    n = {"gold": 0, "pred": 0, "matched": 0, "speaker": 0, "role": 0, "role_n": 0, "gender": 0, "lang": 0}
    for folder in folders:
        types, _ = options(folder)
        out = subprocess.run([whosaid, "-t", types, os.path.join(folder, "input.txt")], capture_output=True,
                             text=True, check=True, timeout=120).stdout
        got = [json.loads(line) for line in out.splitlines()]
        want = [json.loads(line) for line in open(os.path.join(folder, "expected.jsonl"), encoding="utf-8")]
        n["gold"] += len(want)
        n["pred"] += len(got)
        used = set()
        for w in want:
            best = max(((cover(w, g), i) for i, g in enumerate(got) if i not in used), default=(0, None))
            if best[0] < 0.8:
                continue
            used.add(best[1])
            g = got[best[1]]
            n["matched"] += 1
            n["speaker"] += g["speaker"] == w["speaker"]
            n["gender"] += g["gender"] == w["gender"]
            n["lang"] += g["lang"] == w["lang"]
            if w["role"] is not None:
                n["role_n"] += 1
                n["role"] += g["role"] == w["role"]
    p = n["matched"] / max(1, n["pred"])
    r = n["matched"] / max(1, n["gold"])
    pct = lambda a, b: 100.0 * a / max(1, b)
    return {"records": n["gold"], "P": 100 * p, "R": 100 * r, "F1": 100 * (2 * p * r / max(1e-9, p + r)),
            "speaker": pct(n["speaker"], n["matched"]), "role": pct(n["role"], n["role_n"]),
            "gender": pct(n["gender"], n["matched"]), "lang": pct(n["lang"], n["matched"])}


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    whosaid, root = argv[1], argv[2]
    failed = []
    print(f"{'lang':5} {'cases':>5} {'records':>7} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'role':>6} {'gender':>7} {'lang':>6}")
    for lang, floors in FLOORS.items():
        folders = [f for f in sorted(glob.glob(os.path.join(root, lang + "-*"))) if options(f)[1]]
        if len(folders) < 10:
            failed.append(f"{lang}: {len(folders)} scored fixtures, at least 10 expected")
            continue
        m = measure(whosaid, folders)
        print(f"{lang:5} {len(folders):5d} {m['records']:7d} {m['P']:6.1f} {m['R']:6.1f} {m['F1']:6.1f} "
              f"{m['speaker']:8.1f} {m['role']:6.1f} {m['gender']:7.1f} {m['lang']:6.1f}")
        failed += [f"{lang} {k} {m[k]:.1f} < {v}" for k, v in floors.items() if m[k] < v]
    for f in failed:
        print("FAIL:", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
