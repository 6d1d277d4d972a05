"""checks.py: the tally every test driver here keeps. check() counts a result and prints a
failure at once; finish() prints the count and exits 1 when any check failed."""
import sys

_failures = 0
_checks = 0


def check(cond, what):
    global _failures, _checks
    _checks += 1
    if not cond:
        _failures += 1
        print("FAIL:", what, flush=True)
    return cond


def finish():
    print(f"{_checks - _failures} passed, {_failures} failed")
    sys.exit(1 if _failures else 0)
