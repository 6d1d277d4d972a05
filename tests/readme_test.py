#!/usr/bin/env python3
"""The README's examples on the bundled sample show what whosaid writes, so the first screen a new
user reads cannot drift from the program. When attribution changes the sample's output, paste the
new output into README.md (the console block under "On the sample", and the first record under
"Output").

    readme_test.py PATH/TO/whosaid SOURCE_ROOT
"""
import os
import re
import subprocess
import sys

from checks import check, finish


WHOSAID, ROOT = os.path.abspath(sys.argv[1]), sys.argv[2]

with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
    readme = f.read()
m = re.search(r"```console\n\$ \./build/whosaid (.*?)\n(.*?)```", readme, re.S)
check(m is not None, "README: a console block on the sample")
if m:
    p = subprocess.run(["bash", "-c", '"$0" ' + m.group(1), WHOSAID], cwd=ROOT, capture_output=True, timeout=60,
                       text=True)
    shown = [l.rstrip() for l in m.group(2).splitlines()]
    check(p.returncode == 0 and shown == [l.rstrip() for l in p.stdout.splitlines()],
          "README: the sample's output is what whosaid writes (if attribution changed, update the README)")
m = re.search(r"The first of the sample:\n\n```json\n(.*?)\n```", readme)
p = subprocess.run([WHOSAID, "examples/sample-article.txt"], cwd=ROOT, capture_output=True, timeout=60, text=True)
check(m is not None and p.stdout.split("\n")[0] == m.group(1), "README: the first record shown is the first written")

finish()
