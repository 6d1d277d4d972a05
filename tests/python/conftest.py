"""Shared by the Python module's tests: where the command line, the source tree and ../shared
are (meson sets WHOSAID, WHOSAID_ROOT and PYTHONPATH; see tests/meson.build), and the command
line's records for comparison."""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.environ.get("WHOSAID_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.environ.get("WHOSAID", os.path.join(ROOT, "build", "whosaid"))
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, os.path.join(ROOT, "tests"))  # gen_corpus


def cli_records(args, **kw):
    """The command line's records (JSON lines parsed, key order kept) for these arguments."""
    p = subprocess.run([CLI] + args, capture_output=True, timeout=600, **kw)
    assert p.returncode in (0, 1), p.stderr[-500:]
    return [json.loads(line) for line in p.stdout.decode("utf-8").splitlines()]


def by_doc(records):
    docs = {}
    for r in records:
        docs.setdefault(json.dumps(r["doc"]), []).append(r)
    return docs


def generated_corpus(n, *extra):
    """n generated documents (tests/gen_corpus.py) as JSON lines (str)."""
    gen = os.path.join(ROOT, "tests", "gen_corpus.py")
    out = subprocess.run([sys.executable, gen, "--docs", str(n), *extra], capture_output=True, check=True)
    return out.stdout.decode("utf-8").splitlines()


@pytest.fixture(scope="session")
def shared():
    if not os.path.isfile(os.path.join(SHARED, "eval", "score.py")):
        pytest.skip(f"{SHARED} is absent: the dev sets are not compared")
    return SHARED
