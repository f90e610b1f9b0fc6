#!/usr/bin/env python3
"""Fails on QFuture::then(), onFailed() or onCanceled() in the project's C++ (src/, app/, tests/).

On Qt 6.4 a continuation attached while another thread finishes the future can run twice and
crash in QPromise::start (src/store/whenfinished.h says why; it crashed tst_sync_crash). Use
careround::whenFinished(future, context, function) instead.

A call that is safe (say, on a future this thread finished itself) may stay only with a comment
on the same line or the line above that starts `continuation-safe:` and says why."""
import pathlib
import re
import sys

FOLDERS = ("src", "app", "tests")
SUFFIXES = {".cpp", ".h"}
CALL = re.compile(r"(?:\.|->)\s*(then|onFailed|onCanceled)\s*\(")
ALLOW = "continuation-safe:"


def code_of(line: str) -> str:
    """The line without a trailing // comment (good enough: our strings hold no "//" before a call)."""
    return line.split("//", 1)[0]


def findings(root: pathlib.Path):
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in SUFFIXES or not path.is_file():
                continue
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            for number, line in enumerate(lines, start=1):
                match = CALL.search(code_of(line))
                if not match:
                    continue
                above = lines[number - 2] if number > 1 else ""
                if ALLOW in line or ALLOW in above:
                    continue
                yield f"{path.relative_to(root).as_posix()}:{number}: .{match.group(1)}() on a QFuture"


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    found = list(findings(root))
    for f in found:
        print(f)
    if found:
        print(f"{len(found)} continuation(s): use careround::whenFinished(future, context, function) "
              "(src/store/whenfinished.h), or explain with a `continuation-safe:` comment.")
        return 1
    print("No QFuture continuations outside whenFinished.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
