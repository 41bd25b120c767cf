"""`python -m benchmarks [name …]`: run every benchmark module's `run()` (or only the named ones),
each printing its own figures.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def benchmark_names() -> list[str]:
    folder = Path(__file__).resolve().parent
    return sorted(
        module.name
        for module in pkgutil.iter_modules([str(folder)])
        if not module.name.startswith("_")
    )


def main(argv: list[str]) -> int:
    available = benchmark_names()
    chosen = argv or available
    unknown = [name for name in chosen if name not in available]
    if unknown:
        print(f"no benchmark named {', '.join(unknown)}; there are: {', '.join(available)}")
        return 2
    for name in chosen:
        module = importlib.import_module(f"benchmarks.{name}")
        module.run()
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
