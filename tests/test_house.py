"""The house rules of flows/ (issue 19): no function longer than a screen, no module longer than a few."""

import ast

from flows.settings import PROJECT_ROOT

MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400


def test_no_function_over_60_lines_and_no_module_over_400():
    too_long = []
    for path in sorted((PROJECT_ROOT / "flows").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        name = path.relative_to(PROJECT_ROOT)
        if source.count("\n") > MAX_MODULE_LINES:
            too_long.append(f"{name}: {source.count(chr(10))} lines")
        too_long += [f"{name}:{node.lineno} {node.name}: {node.end_lineno - node.lineno + 1} lines"
                     for node in ast.walk(ast.parse(source))
                     if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                     and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES]
    assert too_long == []
