"""The Data Docs' views keep their compiled templates between builds (flows/gx_views.py)."""

import pytest
from jinja2 import Environment

from flows import gx_views
from flows.gx_views import CompiledIndexPageView, CompiledPageView


@pytest.fixture
def compiles(monkeypatch):
    """The templates Jinja compiles from here on, by name."""
    compiled: list[str] = []
    original = Environment.compile

    def compile_and_note(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(Environment, "compile", compile_and_note)
    return compiled


@pytest.mark.parametrize("view", [CompiledPageView, CompiledIndexPageView])
def test_a_later_view_loads_its_templates_compiled(view, tmp_path, monkeypatch, compiles):
    cache = gx_views._BestEffortCache(str(tmp_path))
    monkeypatch.setattr(gx_views, "compiled_templates", lambda: cache)
    first = view().env.get_template(view._template)
    assert compiles == [view._template]  # a new environment, as GX makes for every build
    second = view().env.get_template(view._template)
    assert compiles == [view._template]  # read back from the cache
    assert second.root_render_func.__code__.co_code == first.root_render_func.__code__.co_code


def test_a_cache_that_cannot_be_written_costs_a_compile_not_the_page(tmp_path, monkeypatch, compiles):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    cache = gx_views._BestEffortCache(str(blocked))
    monkeypatch.setattr(gx_views, "compiled_templates", lambda: cache)
    for _ in range(2):
        assert CompiledPageView().env.get_template("page.j2") is not None
    assert compiles == ["page.j2", "page.j2"]
