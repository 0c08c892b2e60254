"""The package is laid out by layer; the old flat module paths still import the same modules."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import newsgraph
from newsgraph._compat import MOVED


@pytest.mark.parametrize("old, new", sorted(MOVED.items()))
def test_an_old_module_path_is_the_same_module(old, new):
    assert importlib.import_module(f"newsgraph.{old}") is importlib.import_module(f"newsgraph.{new}")


def test_old_names_keep_their_objects():
    from newsgraph.events import RuleError
    from newsgraph.query import events
    from newsgraph.rulefile import RuleError as Moved
    from newsgraph.store.query import events as moved_events

    assert RuleError is Moved and events is moved_events


def test_importing_newsgraph_loads_no_spacy_and_no_store():
    code = "import sys, newsgraph; print('spacy' in sys.modules, 'duckdb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_a_command_that_codes_nothing_loads_no_spacy(tmp_path):
    """`newsgraph stats` (and the CLI module itself) start without the pipeline."""
    store = tmp_path / "s.duckdb"
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from newsgraph.cli import main\n"
        "from newsgraph.store import Store\n"
        f"Store({str(store)!r}).close()\n"
        f"r = CliRunner().invoke(main, ['stats', '--db', {str(store)!r}])\n"
        "print(r.exit_code, 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "False"]


def test_the_store_does_not_import_the_coder():
    code = "import sys, newsgraph.store; print(any(m.startswith('newsgraph.coding') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_every_error_is_one_class_wherever_it_is_imported_from():
    from newsgraph import errors
    from newsgraph.kb import KBError
    from newsgraph.rulefile import RuleError
    from newsgraph.store import StoreDamaged, StoreError
    from newsgraph.store.export import ExportError
    from newsgraph.web.codequeue import ClientGone, QueueFull, WorkerLost

    assert (RuleError, KBError, StoreError, StoreDamaged, ExportError, QueueFull, ClientGone, WorkerLost) == (
        errors.RuleError, errors.KBError, errors.StoreError, errors.StoreDamaged, errors.ExportError,
        errors.QueueFull, errors.ClientGone, errors.WorkerLost)
    assert issubclass(errors.StoreDamaged, errors.StoreError)


def test_no_module_grows_past_its_responsibility():
    """Issue 12: a module over ~700 lines is split where its responsibilities part; this keeps
    the next change from quietly growing one back."""
    src = Path(newsgraph.__file__).parent
    sizes = {str(p.relative_to(src)): len(p.read_text(encoding="utf-8").splitlines()) for p in src.rglob("*.py")}
    assert len(sizes) > 60
    assert {name: n for name, n in sizes.items() if n > 720} == {}
