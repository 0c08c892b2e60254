"""The web page in a real browser (issue 5): Debian's chromium, driven by playwright-core from
tests/browser/page.mjs, against `newsgraph serve` over a store of the Wikinews 2019 corpus plus
the founding article.

page.mjs pastes the founding article (Lavrov a Russian actor, both flags beside their sentence,
the North Korea trip planned, the tooltip by hover and keyboard), then explores the store
(the map at more than one place, the sentences' own filled and the article's places only hollow;
filter to one country, the map, the network and the dyad timeline draw, a click on an event
opens its article with the sentence highlighted), at laptop and phone widths, with every request
off the server refused; then the invented events with no source of tests/test_null_source.py,
added to the store, read "(unidentified)" in the table, the article and the tooltip, and the
network and timeline skip them. Screenshots go to test-artifacts/browser/.

The tools come from `make browser-deps` (tests/browser/install-deps.sh). Without them the test
skips, saying what is missing; with the CI environment variable set it fails instead.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_null_source import STORIES, write_null_source_stories

ROOT = Path(__file__).resolve().parent.parent
BROWSER = ROOT / "tests" / "browser"
STATIC = ROOT / "src" / "newsgraph" / "web" / "static"
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019" / "wikinews_2019.csv"
SAMPLE = ROOT / "samples" / "putin-beijing-2023-10-16.txt"
NEWSGRAPH = Path(sys.executable).parent / "newsgraph"
UNIDENTIFIED_FROM = min(date for date, *_ in STORIES.values())  # the invented events with no source


def _unavailable(reason: str) -> None:
    """Skip, or in CI (where `make browser-deps` installed everything) fail."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _missing_tools() -> list[str]:
    missing = []
    if not Path(CHROMIUM).is_file():
        missing.append(f"{CHROMIUM} (apt-get install -y chromium)")
    if not shutil.which("node"):
        missing.append("node (Node 20 or later)")
    if not (BROWSER / "node_modules" / "playwright-core").is_dir():
        missing.append("tests/browser/node_modules (npm ci --prefix tests/browser)")
    if not CORPUS.is_file():
        missing.append(f"the Wikinews 2019 corpus ({CORPUS})")
    return missing


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus and the founding article ingested once for the module (about a minute)."""
    missing = _missing_tools()
    if missing:
        _unavailable("missing: " + "; ".join(missing))
    db = tmp_path_factory.mktemp("browser") / "news.duckdb"
    run = subprocess.run([str(NEWSGRAPH), "ingest", str(CORPUS), str(SAMPLE), "--date", "2023-10-16", "--db", str(db)],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, f"ingest failed:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}"
    assert db.is_file()
    write_null_source_stories(db)  # events with no source, from UNIDENTIFIED_FROM on
    return db


@pytest.fixture(scope="module")
def server(store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`newsgraph serve` over the store on a free port; its URL once /api/health answers."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "NEWSGRAPH_TOKEN": "browser-test-token"}  # no token printed to the log
    with log.open("w") as out:
        proc = subprocess.Popen([str(NEWSGRAPH), "serve", "--db", str(store), "--host", "127.0.0.1", "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 120  # the spaCy pipeline loads first
        while True:
            if proc.poll() is not None:
                pytest.fail(f"newsgraph serve exited with {proc.returncode}:\n{_tail(log)}", pytrace=False)
            try:
                with urllib.request.urlopen(url + "api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"newsgraph serve did not answer /api/health in 120 s:\n{_tail(log)}", pytrace=False)
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_page_in_chromium(server: str) -> None:
    """Every step of tests/browser/page.mjs passes; its screenshots are kept as artifacts."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    run = subprocess.run(["node", str(BROWSER / "page.mjs"), server, str(ARTIFACTS)],
                         capture_output=True, text=True, timeout=600,
                         env={**os.environ, "CHROMIUM": CHROMIUM, "FOUNDING": str(SAMPLE),
                              "UNIDENTIFIED_FROM": UNIDENTIFIED_FROM})
    report = f"{run.stdout}\n{run.stderr}".strip()
    assert run.returncode == 0, f"the browser checks failed (screenshots in {ARTIFACTS}):\n{report[-4000:]}"
    assert "PASSED" in run.stdout
    shots = {p.name for p in ARTIFACTS.glob("*.png")}
    assert {"code-desktop.png", "code-phone.png", "explore-desktop.png", "explore-phone.png",
            "article-desktop.png", "article-phone.png", "article-unidentified.png"} <= shots, shots


# -- the page's files, no browser needed ------------------------------------------------------

def test_page_assets_are_local() -> None:
    """No CDN, font service or tile server: the page's own files load nothing from elsewhere.
    (URLs in the vendored files' licence headers, the SVG namespace and the check that an
    article's own `url` is a web address are not fetched.)"""
    allowed = re.compile(r"http://www\.w3\.org/2000/svg|\^https\?:")
    for path in STATIC.glob("*"):
        if path.suffix not in {".html", ".css", ".js"}:
            continue
        text = path.read_text(encoding="utf-8")
        found = [m.group(0) for m in re.finditer(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*|\^https\?:", text)
                 if not allowed.match(m.group(0))]
        assert not found, f"{path.name} names remote addresses: {found}"
        assert "@import url(" not in text and "fonts.googleapis" not in text


def test_index_references_exist() -> None:
    """Every script, stylesheet and data file the page names is in the package."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="(?:\./)?static/([^"]+)"', html) + re.findall(r'"\./static/([^"]+)"', html)
    assert refs
    js = "\n".join(p.read_text(encoding="utf-8") for p in STATIC.glob("*.js"))
    refs += re.findall(r'from "\./([^"]+)"', js) + re.findall(r'fetch\("static/([^"]+)"', js)
    for ref in refs:
        assert (STATIC / ref).is_file(), f"the page refers to static/{ref}, which is missing"


def test_vendored_packages_keep_their_licence() -> None:
    for folder in (STATIC / "vendor").iterdir():
        if folder.is_dir():
            assert (folder / "LICENSE").is_file(), f"vendor/{folder.name} has no LICENSE"
