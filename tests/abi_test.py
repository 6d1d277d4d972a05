#!/usr/bin/env python3
"""libwhosaid.so is its own product: it exports exactly the functions whosaid.h declares (and
the version script lists), under its soname, and needs no library the pipeline does not use
(jansson is the command line's).

    abi_test.py PATH/TO/libwhosaid.so SOURCE_ROOT
"""
import os
import re
import subprocess
import sys

from checks import check, finish

lib, root = sys.argv[1], sys.argv[2]
with open(os.path.join(root, "pipeline", "whosaid.h"), encoding="utf-8") as f:
    header = re.sub(r"/\*.*?\*/", "", f.read(), flags=re.S)
declared = set(re.findall(r"\b(whosaid_\w+)\s*\(", header)) - {"whosaid_record_fn"}
with open(os.path.join(root, "pipeline", "whosaid.map"), encoding="utf-8") as f:
    mapped = set(re.findall(r"^\s+(whosaid_\w+);", f.read(), re.M))
nm = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
exported = {m.group(1) for m in re.finditer(r" T (\w+)@", nm)}
check(len(declared) >= 18, f"whosaid.h declares the functions ({len(declared)})")
check(exported == declared, f"exported == declared (only exported: {sorted(exported - declared)}; "
                            f"only declared: {sorted(declared - exported)})")
check(mapped == declared, f"whosaid.map lists the header's functions ({sorted(mapped ^ declared)})")
check(not [l for l in nm.splitlines() if " T " in l and "whosaid_" not in l], "no other function exported")

dyn = subprocess.run(["readelf", "-d", lib], capture_output=True, text=True, check=True).stdout
needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^]]+)\]", dyn)
check(needed and not any("jansson" in n for n in needed), f"no jansson among the needed libraries {needed}")
check(any("pcre2" in n for n in needed), f"PCRE2 is needed {needed}")
check(re.search(r"\(SONAME\)\s+Library soname: \[libwhosaid\.so\.1\]", dyn), "soname libwhosaid.so.1")
finish()
