#!/usr/bin/env python3
"""Runs the Python module's tests with pytest, for meson test:

    run.py TEST_FILE...          pytest -q over them; exit 77 (meson's "skipped") when pytest
                                 is not installed (Debian: python3-pytest) or every test skipped
    run.py --skip REASON         exit 77 at once, saying why (no module in this build)
"""
import sys


class Tally:
    passed = skipped = 0

    def pytest_runtest_logreport(self, report):
        if report.when == "call" and report.passed:
            Tally.passed += 1
        if report.skipped:
            Tally.skipped += 1


def main(argv):
    if argv[1] == "--skip":
        print(f"the Python module is {argv[2]}: skipped")
        return 77
    try:
        import pytest
    except ImportError:
        print("pytest is not installed for this Python (Debian: python3-pytest): skipped")
        return 77
    rc = pytest.main(["-q", "-p", "no:cacheprovider", *argv[1:]], plugins=[Tally()])
    return 77 if rc == 0 and Tally.passed == 0 and Tally.skipped else int(rc)


# guarded: the worker processes of the Dask test start by importing this script (spawn)
if __name__ == "__main__":
    sys.exit(main(sys.argv))
