"""How long switching the app's language takes: cold (the .ts compiled with lrelease into
an empty cache) and warm (the cached .qm loaded), per language.

    uv run python benchmarks/languages.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from loyalty_pos.ui import qt_language as languages

    app = QApplication.instance() or QApplication([])
    print(f"{'language':10} {'cold ms (median)':>18} {'warm ms (median)':>18}")
    for code in ("hu", "vi", "nb", "en"):
        cold, warm = [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as cache:
                languages._cache_dir = lambda cache=cache: Path(cache)  # an empty cache
                t = time.perf_counter()
                languages.apply(code)
                cold.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                languages.apply(code)
                warm.append((time.perf_counter() - t) * 1000)
        print(f"{code:10} {statistics.median(cold):18.1f} {statistics.median(warm):18.1f}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
