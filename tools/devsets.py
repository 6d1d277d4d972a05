#!/usr/bin/env python3
"""Run whosaid over the development sets and score it with the shared scorer.

    tools/devsets.py WHOSAID SHARED_DIR [--no-targets]

SHARED_DIR is the ../shared folder beside the checkout (eval/score.py, eval/ggt-dev/,
eval/polnear-dev/, seed/). For each set it runs `whosaid -J docs.jsonl`, scores the direct
quotations with `score.py --context gold_all.jsonl` and prints one line of figures. The
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

# set: (figure, floor) as percentages: the floors the attribution issue set, or where a figure
# stands below its issue's target (polnear-dev speaker 95, e2e 92: see the README), what it
# reached, so that no change lowers it
TARGETS = {
    "seed": {"F1@0.8": 100.0, "speaker_acc@0.8": 100.0},
    "ggt-dev": {"F1@0.8": 96.0, "speaker_acc@0.8": 96.0, "e2e_F1@0.8": 93.0, "gender_acc@0.8": 97.0},
    "polnear-dev": {"F1@0.8": 94.0, "speaker_acc@0.8": 94.0, "e2e_F1@0.8": 91.0},
}
CEILINGS = {"ggt-dev": {"unknown_speaker_rate": 8.0}}


def score(whosaid, shared, name, tmp):
    if name == "seed":
        folder = os.path.join(shared, "seed")
        gold, context = os.path.join(folder, "gold.jsonl"), None
    else:
        folder = os.path.join(shared, "eval", name)
        gold, context = os.path.join(folder, "gold.jsonl"), os.path.join(folder, "gold_all.jsonl")
    pred = os.path.join(tmp, name + ".jsonl")
    with open(pred, "wb") as out:
        subprocess.run([whosaid, "-J", os.path.join(folder, "docs.jsonl")], stdout=out, check=True)
    cmd = [sys.executable, os.path.join(shared, "eval", "score.py"), "--gold", gold, "--pred", pred, "--json"]
    if context:
        cmd += ["--context", context]
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
    print(f"{'set':12} {'F1@0.3':>7} {'F1@0.8':>7} {'P@0.8':>6} {'R@0.8':>6} {'exact':>6} "
          f"{'speaker':>7} {'e2e@0.8':>7} {'unknown':>7} {'gender':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("seed", "ggt-dev", "polnear-dev"):
            r = score(whosaid, shared, name, tmp)
            pc = {k: 100 * v for k, v in r.items() if isinstance(v, float)}
            print(f"{name:12} {pc['F1@0.3']:7.1f} {pc['F1@0.8']:7.1f} {pc['P@0.8']:6.1f} {pc['R@0.8']:6.1f} "
                  f"{pc['F1@exact']:6.1f} {pc['speaker_acc@0.8']:7.1f} {pc['e2e_F1@0.8']:7.1f} "
                  f"{pc['unknown_speaker_rate']:7.1f} " +
                  (f"{pc['gender_acc@0.8']:7.1f}" if 'gender_acc@0.8' in pc else f"{'-':>7}"))
            for k, floor in TARGETS[name].items():
                if pc[k] < floor - 1e-9:
                    failed.append(f"{name}: {k} {pc[k]:.1f} < {floor}")
            for k, ceiling in CEILINGS.get(name, {}).items():
                if pc[k] > ceiling + 1e-9:
                    failed.append(f"{name}: {k} {pc[k]:.1f} > {ceiling}")
    for f in failed:
        print("below target: " + f, file=sys.stderr)
    return 1 if failed and check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
