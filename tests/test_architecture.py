"""The shape docs/architecture.md promises: no import cycles, small modules.

grimp reads every import statement, those inside functions and under ``TYPE_CHECKING``
included, so a cycle hidden in a lazy import is still a cycle. The layers themselves are
import-linter's contracts in pyproject.toml (``uv run lint-imports``, run by .ci/run).
"""

from __future__ import annotations

from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parent.parent / "loyalty_pos"
MAX_LINES = 500


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if not target.startswith("loyalty_pos"):
                    continue
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append(
                        (target, iter(sorted(graph.find_modules_directly_imported_by(target))))
                    )
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))

    for module in sorted(graph.modules):
        if module.startswith("loyalty_pos") and module not in index:
            visit(module)
    return found


def test_the_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for name in ("loyalty_pos", "loyalty_pos.a", "loyalty_pos.b", "loyalty_pos.c"):
        graph.add_module(name)
    graph.add_import(importer="loyalty_pos.a", imported="loyalty_pos.b")
    graph.add_import(importer="loyalty_pos.b", imported="loyalty_pos.a")
    graph.add_import(importer="loyalty_pos.b", imported="loyalty_pos.c")
    assert cycles(graph) == [["loyalty_pos.a", "loyalty_pos.b"]]


def test_no_import_cycle_in_the_package():
    graph = grimp.build_graph("loyalty_pos", cache_dir=None)
    assert cycles(graph) == []


def test_no_module_is_over_500_lines():
    long = {
        str(path.relative_to(PACKAGE.parent)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
