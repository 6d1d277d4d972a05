"""examples/notebook.py runs as the README says, and its table of the most quoted people is
what the command line's records give."""
import collections
import os
import subprocess
import sys

import pytest
from conftest import ROOT, cli_records, generated_corpus

pytest.importorskip("pandas")
SCRIPT = os.path.join(ROOT, "examples", "notebook.py")


def run(*args):
    p = subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0 and p.stderr == "", p.stderr[-800:]
    return p.stdout


def test_on_the_sample():
    out = run()
    assert out.startswith("9 quotations in 1 articles\n")  # six direct, three indirect
    assert "Ingrid Solberg 4 1 Mayor of Port Alden" in " ".join(out.split())
    assert "sample-article [261:336] said: This is the most important decision" in out
    assert "no speaker: 0.0%" in out


def test_on_a_corpus_the_top_speakers_are_the_command_lines(tmp_path):
    path = str(tmp_path / "articles.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(generated_corpus(200)) + "\n")
    out = run(path).splitlines()
    records = cli_records(["-J", path])
    assert out[0] == f"{len(records)} quotations in 200 articles"
    counts = collections.Counter(r["speaker"] for r in records if r["speaker"])
    table = out[out.index(next(l for l in out if l.strip() == "speaker")) + 1:][:10]
    assert len(table) == 10
    for line in table:
        who = next(name for name in counts if line.startswith(name + " "))
        assert line[len(who):].split()[0] == str(counts[who]), line
    assert [line.split()[-1] for line in out[-20:] if line.startswith("no speaker")] == \
        [f"{sum(1 for r in records if not r['speaker']) / len(records):.1%}"]
