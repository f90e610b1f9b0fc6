#!/usr/bin/env python3
"""Fails on an #include that runs up the layers (docs/architecture.md):
core <- sql <- vault <- store <- sync <- ui <- app (vault uses sql for privatefiles only); core, sql <- server.
location sits beside store.

An include is resolved as the compiler does for quotes: beside the including file first, then from
src/. Headers that resolve to neither (Qt's, generated ones) are not ours and are skipped."""
import pathlib
import re
import sys

DEVICE = {"ui", "sync", "store", "sql", "vault", "location", "core"}
ALLOWED = {
    "src/core": {"core"},
    "src/sql": {"sql", "core"},
    "src/vault": {"vault", "sql", "core"},  # sql: privatefiles only
    "src/store": {"store", "sql", "core"},
    "src/sync": {"sync", "store", "sql", "core"},
    "src/location": {"location", "core"},
    "src/ui": DEVICE,
    "src/server": {"server", "sql", "core"},
    "app/careround": DEVICE,
    "app/careround-server": {"server", "sql", "core"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)


def owner(path: pathlib.Path, root: pathlib.Path) -> str | None:
    rel = path.relative_to(root).as_posix()
    for folder in ALLOWED:
        if rel.startswith(folder + "/"):
            return folder
    return None


def layer_of(target: pathlib.Path, root: pathlib.Path) -> str | None:
    parts = target.resolve().relative_to(root).parts
    return parts[1] if len(parts) > 2 and parts[0] == "src" else None


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    src = root / "src"
    problems, checked = [], 0
    for path in sorted(list(src.rglob("*")) + list((root / "app").rglob("*"))):
        if path.suffix not in {".h", ".cpp"}:
            continue
        folder = owner(path, root)
        if folder is None:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            name = match.group(1)
            target = path.parent / name
            if not target.exists():
                target = src / name
            if not target.exists():
                continue
            checked += 1
            layer = layer_of(target, root)
            if layer is not None and layer not in ALLOWED[folder]:
                problems.append(f"{path.relative_to(root)}:{number}: {folder} may not include "
                                f"\"{name}\" (layer {layer}); allowed: {', '.join(sorted(ALLOWED[folder]))}")
    for problem in problems:
        print(problem)
    print(f"{checked} includes checked, {len(problems)} run up the layers")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
