#!/usr/bin/env python3
"""Run whosaid over the development sets and score it with the shared scorer.

    tools/devsets.py WHOSAID SHARED_DIR [--no-targets]

SHARED_DIR is the ../shared folder beside the checkout (eval/score.py, eval/ggt-dev/,
eval/polnear-dev/, seed/). For each set it runs `whosaid -J docs.jsonl` (the default kinds:
direct, mixed, indirect), scores the direct quotations against gold.jsonl (with
`--context gold_all.jsonl`) and every kind against gold_all.jsonl, and prints a line of figures
for each. The
targets of the attribution issue are checked too: the exit status is 1 when a figure falls
below its floor (unless --no-targets), 77 (meson's "skipped") when SHARED_DIR is absent.

The news text in SHARED_DIR is for evaluation only; nothing of it is written anywhere but
a temporary folder that is removed afterwards.
"""
import json
import os
import subprocess
import sys
import tempfile

# (set, scoring): (figure, floor) as percentages: the floors the attribution and reported-speech
# issues set, or where a figure stands below its issue's target (polnear-dev speaker 95, e2e 92:
# see the README), what it reached, so that no change lowers it. "direct": quotations in marks
# against gold.jsonl; "all": every kind whosaid writes by default (direct, mixed, indirect)
# against gold_all.jsonl.
TARGETS = {
    ("seed", "all"): {"F1@0.8": 100.0, "speaker_acc@0.8": 100.0, "role_acc@0.8": 100.0},
    ("ggt-dev", "direct"): {"F1@0.8": 96.0, "speaker_acc@0.8": 96.0, "e2e_F1@0.8": 93.0, "gender_acc@0.8": 97.0},
    ("polnear-dev", "direct"): {"F1@0.8": 94.0, "speaker_acc@0.8": 94.0, "e2e_F1@0.8": 91.0},
    ("ggt-dev", "all"): {"F1@0.3": 88.0, "F1@0.8": 80.0, "speaker_acc@0.8": 90.0},
    ("polnear-dev", "all"): {"F1@0.3": 59.0, "speaker_acc@0.8": 90.0},
}
CEILINGS = {("ggt-dev", "direct"): {"unknown_speaker_rate": 8.0}}
ROWS = [("seed", "all"), ("ggt-dev", "direct"), ("polnear-dev", "direct"), ("ggt-dev", "all"), ("polnear-dev", "all")]


def run(whosaid, shared, name, tmp):
    folder = os.path.join(shared, "seed") if name == "seed" else os.path.join(shared, "eval", name)
    pred = os.path.join(tmp, name + ".jsonl")
    with open(pred, "wb") as out:
        subprocess.run([whosaid, "-J", os.path.join(folder, "docs.jsonl")], stdout=out, check=True)
    return folder, pred


def score(shared, folder, pred, scoring, name):
    cmd = [sys.executable, os.path.join(shared, "eval", "score.py"), "--pred", pred, "--json"]
    if scoring == "direct":
        cmd += ["--gold", os.path.join(folder, "gold.jsonl"), "--context", os.path.join(folder, "gold_all.jsonl"),
                "--pred-types", "direct"]
    else:
        gold = "gold.jsonl" if name == "seed" else "gold_all.jsonl"
        cmd += ["--gold", os.path.join(folder, gold), "--types", "all", "--pred-types", "direct,mixed,indirect"]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    whosaid, shared = argv[1], argv[2]
    check = "--no-targets" not in argv
    if not os.path.isfile(os.path.join(shared, "eval", "score.py")):
        print(f"devsets: {shared}/eval/score.py not found; skipping", file=sys.stderr)
        return 77
    failed = []
    print(f"{'set':12} {'kinds':6} {'F1@0.3':>7} {'F1@0.8':>7} {'P@0.8':>6} {'R@0.8':>6} {'exact':>6} "
          f"{'speaker':>7} {'e2e@0.8':>7} {'unknown':>7} {'gender':>7} {'role':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        outputs = {}
        for name, scoring in ROWS:
            if name not in outputs:
                outputs[name] = run(whosaid, shared, name, tmp)
            r = score(shared, *outputs[name], scoring, name)
            pc = {k: 100 * v for k, v in r.items() if isinstance(v, float)}
            opt = lambda k: f"{pc[k]:7.1f}" if k in pc else f"{'-':>7}"
            print(f"{name:12} {scoring:6} {pc['F1@0.3']:7.1f} {pc['F1@0.8']:7.1f} {pc['P@0.8']:6.1f} {pc['R@0.8']:6.1f} "
                  f"{pc['F1@exact']:6.1f} {pc['speaker_acc@0.8']:7.1f} {pc['e2e_F1@0.8']:7.1f} "
                  f"{pc['unknown_speaker_rate']:7.1f} {opt('gender_acc@0.8')} {opt('role_acc@0.8')}")
            for k, floor in TARGETS[(name, scoring)].items():
                if pc.get(k, -1) < floor - 1e-9:
                    failed.append(f"{name} ({scoring}): {k} {pc.get(k, float('nan')):.1f} < {floor}")
            for k, ceiling in CEILINGS.get((name, scoring), {}).items():
                if pc[k] > ceiling + 1e-9:
                    failed.append(f"{name} ({scoring}): {k} {pc[k]:.1f} > {ceiling}")
    for f in failed:
        print("below target: " + f, file=sys.stderr)
    return 1 if failed and check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
