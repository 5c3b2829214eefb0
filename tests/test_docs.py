"""Docs stay true: README's two commands, CI runs the README's test command, every
command and option documented, ARCHITECTURE.md names modules that exist."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.main import get_command

from sitreps.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
ARCHITECTURE = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
COMMANDS = get_command(app).commands


def _options(name: str) -> list[str]:
    """The long options of a command (typer vendors click: compare by kind, not class)."""
    params = getattr(COMMANDS[name], "params", [])
    return [opt for p in params if p.param_type_name == "option" for opt in p.opts
            if opt.startswith("--") and opt != "--help"]


@pytest.mark.parametrize("command", ["make demo", "make test"])
def test_docs_readme_first_lines_give_the_two_commands(command):
    head = "\n".join(README.splitlines()[:12])
    assert command in head


def test_docs_ci_runs_the_readme_test_command():
    assert re.search(r"^make test$", (ROOT / ".ci" / "run").read_text(encoding="utf-8"), re.M)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_docs_readme_documents_every_command(name):
    assert f"sitreps {name}" in README


@pytest.mark.parametrize("name, option", [(n, o) for n in sorted(COMMANDS) for o in _options(n)])
def test_docs_readme_documents_every_option(name, option):
    assert option in README, f"`sitreps {name} {option}` is not in README.md"


@pytest.mark.parametrize("target", ["demo", "test"])
def test_docs_makefile_has_readme_target(target):
    assert re.search(rf"^{target}:", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)


@pytest.mark.parametrize("path", sorted(set(re.findall(r"`((?:[a-z_]+/)*[a-z_]+(?:\.py|/))`", ARCHITECTURE))))
def test_docs_architecture_names_existing_modules(path):
    candidates = [ROOT / "src" / "sitreps" / path, ROOT / path]
    candidates += list((ROOT / "src" / "sitreps").glob(f"*/{path}"))
    assert any(p.exists() for p in candidates), f"ARCHITECTURE.md names {path}, which does not exist"


def test_docs_examples_ship_with_the_package():
    examples = ROOT / "src" / "sitreps" / "examples"
    suffixes = {p.suffix for p in examples.iterdir()}
    assert {".txt", ".html", ".jsonl"} <= suffixes


def test_docs_readme_acled_header_is_the_real_one():
    from sitreps.model import ACLED_COLUMNS

    assert ",".join(ACLED_COLUMNS) in README


def test_docs_readme_event_example_has_the_interface_fields():
    import json

    from sitreps.model import EVENT_FIELDS

    block = re.search(r"```json\n(.*?)```", README, re.S)
    assert block and tuple(json.loads(block.group(1))) == EVENT_FIELDS


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "src" / "sitreps" / "knowledge" / "syria").glob("*.yaml")))
def test_docs_readme_describes_every_knowledge_file(name):
    assert f"knowledge/syria/{name}" in README


def _bench_run_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "bench_run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("before", [
    "# Benchmarks\n\n## Geocoding\n\nkept\n\n## Full run over FA-KES\n\nold numbers\n\n## Later\n\nkept too\n",
    "# Benchmarks\n\n## Geocoding\n\nkept\n\n## Full run over FA-KES\n",
    "# Benchmarks\n\n## Geocoding\n\nkept\n",
])
def test_docs_bench_run_rewrites_only_its_own_section(tmp_path, before):
    bench = _bench_run_module()
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(before, encoding="utf-8")
    bench.write_section(f"{bench.SECTION}\n\nnew numbers\n", path)
    after = path.read_text(encoding="utf-8")
    others = [part for part in before.split("## ") if not part.startswith("Full run")]
    assert "new numbers" in after and "old numbers" not in after
    assert all(part.strip() in after for part in others)
