"""Every CLI command and option is documented in README.md, and every command's help has an example."""

from __future__ import annotations

import re
import shlex

import click
import pytest

from newsgraph.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def walk(group: click.Group, path: tuple[str, ...] = ("newsgraph",)):
    """(path, command) for the group and every command and subcommand below it."""
    yield path, group
    for name in sorted(group.commands):
        cmd = group.commands[name]
        if isinstance(cmd, click.Group):
            yield from walk(cmd, (*path, name))
        else:
            yield (*path, name), cmd


COMMANDS = list(walk(main))
LEAVES = [(p, c) for p, c in COMMANDS if not isinstance(c, click.Group)]


def long_options(cmd: click.Command) -> list[str]:
    return sorted({o for p in cmd.params if isinstance(p, click.Option) for o in (*p.opts, *p.secondary_opts)
                   if o.startswith("--") and o != "--help"})


OPTIONS = [(p, o) for p, c in COMMANDS for o in long_options(c)]


def section(path: tuple[str, ...]) -> str:
    """The README section whose heading names the command: "### `newsgraph code ...`" up to the next heading."""
    m = re.search(rf"^#+ `{re.escape(' '.join(path))}\b.*?(?=^#)", README, re.S | re.M)
    assert m, f"README.md has no section headed `{' '.join(path)}`"
    return m.group(0)


def ids(items):
    return [" ".join(p) + (f" {o}" if o else "") for p, o in items]


def test_walk_finds_the_commands():
    assert {" ".join(p) for p, _ in LEAVES} >= {"newsgraph code", "newsgraph info", "newsgraph kb import-phoenix"}


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS if len(p) > 1], ids=lambda p: " ".join(p))
def test_command_in_readme(path):
    assert f"`{' '.join(path)}" in README


@pytest.mark.parametrize("path, option", OPTIONS, ids=ids(OPTIONS))
def test_option_in_readme(path, option):
    assert re.search(rf"{re.escape(option)}\b", README), f"{option} of {' '.join(path)} is not in README.md"


LEAF_OPTIONS = [(p, o) for p, o in OPTIONS if len(p) > 1]


@pytest.mark.parametrize("path, option", LEAF_OPTIONS, ids=ids(LEAF_OPTIONS))
def test_option_in_its_command_section(path, option):
    assert re.search(rf"{re.escape(option)}\b", section(path))


@pytest.mark.parametrize("path, cmd", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_help_text(path, cmd):
    assert (cmd.help or "").strip(), f"{' '.join(path)} has no help text"
    for p in cmd.params:
        if isinstance(p, click.Option) and p.name not in ("help", "version"):
            assert (p.help or "").strip(), f"{' '.join(path)} {p.opts[0]} has no help text"


@pytest.mark.parametrize("path, cmd", LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
def test_help_has_an_example(path, cmd):
    lines = [ln.strip() for ln in (cmd.help or "").splitlines()]
    examples = [ln[len("Example:"):].strip() for ln in lines if ln.startswith("Example:")]
    assert examples, f"{' '.join(path)} help has no 'Example:' line"
    words = shlex.split(examples[0])
    assert tuple(words[:len(path)]) == path, f"the example does not run {' '.join(path)}: {examples[0]}"
    known = {o for p in cmd.params for o in getattr(p, "opts", [])}
    for w in words[len(path):]:
        if w.startswith("--"):
            assert w in known, f"the example of {' '.join(path)} uses unknown option {w}"


@pytest.mark.parametrize("path, cmd", LEAVES, ids=[" ".join(p) for p, _ in LEAVES])
def test_example_shows_in_help_output(path, cmd):
    from click.testing import CliRunner

    result = CliRunner().invoke(main, [*path[1:], "--help"])
    assert result.exit_code == 0
    assert "Example: " + " ".join(path) in result.stdout
