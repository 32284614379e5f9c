"""Scale-out: the crawler deployed to a real Scrapyd with `scrapyd-deploy`, and
the `policies` spider scheduled through Scrapyd's HTTP API, all on 127.0.0.1.

Scrapyd runs a deployed project from its zipped egg, so this is also the test
that the code finds its data files (catalogue, lexicon, walls) inside a zip.
The deploy builds from a copy of the project in tmp_path: `scrapyd-deploy`
writes build/ and *.egg-info where it builds, and the checkout stays clean.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import urllib.parse
import urllib.request
import zipfile
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path

import pytest

from vigie.loopback import Page
from watchers.store.shards import Shard

from conftest import free_port, mailto
from test_shards import alerted, fetches, held, loopback_watches, serve

ROOT = Path(__file__).resolve().parent.parent
PAGE = """<html><body><main><h1>Privacy Policy</h1>
<p>We collect the information you give us when you create an account and the content you post.</p>
<p>We use your posts {clause}.</p></main></body></html>"""
WATCH_ID = "ex/privacy"
# A `vigie run` stand-in: holds the database's lock until killed.
HOLD_LOCK = """
import sys, time
from watchers.store.lock import exclusive
with exclusive(sys.argv[1], "run"):
    print("held", flush=True)
    time.sleep(120)
"""
# Where a deploy run in the checkout would leave its traces.
BUILD_TRACES = ["setup.py", "scrapy.cfg", "build", "dist", "*.egg-info", "twistd.pid"]
# Requests to 127.0.0.1 only: no proxy from the environment, for urllib here and
# for scrapyd-deploy (requests) and the crawl (Scrapy) in the subprocesses.
LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _needs_scrapyd() -> None:
    # pkg_resources: Scrapyd's job runner imports it; setuptools 82+ no longer has it.
    missing = [name for name in ("scrapyd", "scrapyd_client", "pkg_resources") if not importlib.util.find_spec(name)]
    if missing:
        pytest.skip(f"Scrapyd cannot run here (no {', '.join(missing)}): pip install -e '.[test]'")
    if int(version("setuptools").split(".")[0]) < 77:
        pytest.skip("the egg build needs setuptools 77+ (pyproject's SPDX license): pip install -e '.[test]'")


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    # HOME: no ~/.scrapyd.conf, ~/.scrapy.cfg or ~/.netrc of the user's takes part.
    return {**env, "HOME": str(home), "NO_PROXY": "127.0.0.1"}


class Scrapyd:
    def __init__(self, folder: Path, port: int):
        self.folder, self.port, self.url = folder, port, f"http://127.0.0.1:{port}/"

    def get(self, endpoint: str, **query) -> dict:
        with LOCAL.open(self.url + endpoint + "?" + urllib.parse.urlencode(query), timeout=30) as response:
            return json.load(response)

    def post(self, endpoint: str, fields: list[tuple[str, str]]) -> dict:
        data = urllib.parse.urlencode(fields).encode()
        with LOCAL.open(self.url + endpoint, data=data, timeout=60) as response:
            return json.load(response)

    def schedule(self, *fields: tuple[str, str]) -> str:
        """Schedule the spider; returns the job's id."""
        answer = self.post("schedule.json", [("project", "vigie"), ("spider", "policies"), *fields])
        assert answer["status"] == "ok", answer
        return answer["jobid"]

    def finished(self, job: str) -> dict:
        """Wait for the job to finish; returns Scrapyd's record of it, with its log as `log`."""
        log = self.folder / "logs" / "vigie" / "policies" / f"{job}.log"
        deadline = time.monotonic() + 45
        while True:
            done = {j["id"]: j for j in self.get("listjobs.json", project="vigie")["finished"]}
            if job in done:
                return {**done[job], "log": _read(log)}
            assert time.monotonic() < deadline, f"job still not finished\n{_read(log)}"
            time.sleep(0.2)

    def crawl(self, *fields: tuple[str, str]) -> str:
        """Schedule the spider, wait for the job to finish; returns its log."""
        return self.finished(self.schedule(*fields))["log"]


@contextmanager
def running_scrapyd(folder: Path, env: dict[str, str]):
    port = free_port()
    folder.mkdir()
    (folder / "scrapyd.conf").write_text(f"""[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
eggs_dir = {folder / "eggs"}
logs_dir = {folder / "logs"}
dbs_dir = {folder / "dbs"}
# Empty: no feed of the spider's raw fetches; Vigie's output is its database.
items_dir =
max_proc = 2
poll_interval = 0.2
""")
    # Its working folder holds the config; the jobs start there too, so no
    # `crawler` package but the egg's can be imported.
    output = folder / "scrapyd.out"
    with output.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=folder, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
    scrapyd = Scrapyd(folder, port)
    try:
        deadline = time.monotonic() + 20
        while True:
            assert process.poll() is None, f"scrapyd exited {process.returncode}\n{_read(output)}"
            try:
                assert scrapyd.get("daemonstatus.json")["status"] == "ok"
                break
            except OSError:
                assert time.monotonic() < deadline, f"scrapyd did not answer\n{_read(output)}"
                time.sleep(0.2)
        yield scrapyd
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _read(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else f"({path} was not written)"


def _project_copy(destination: Path, port: int) -> Path:
    """The files an egg is built from, with a deploy target on `port`."""
    destination.mkdir()
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]
    for name in ("scrapy.cfg", "setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, destination / name)
    for package in (p.rstrip("*") for p in packages["include"]):
        shutil.copytree(ROOT / package, destination / package, ignore=shutil.ignore_patterns("__pycache__"))
    with (destination / "scrapy.cfg").open("a") as cfg:
        cfg.write(f"\n[deploy:loopback]\nurl = http://127.0.0.1:{port}/\nproject = vigie\n")
    return destination


def _deploy(project: Path, target: str, env: dict[str, str]) -> None:
    deploy = subprocess.run([sys.executable, "-m", "scrapyd_client.deploy", target, "--version", "r1"],
                            cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert deploy.returncode == 0, deploy.stdout + deploy.stderr
    assert json.loads(deploy.stdout)["spiders"] == 1


def _build_traces() -> tuple[str, dict[str, float]]:
    """The checkout's git status and the times of its build folders, as far as a deploy would touch them."""
    status = ""
    if shutil.which("git") and (ROOT / ".git").exists():
        status = subprocess.run(["git", "status", "--porcelain", "--ignored", "--", *BUILD_TRACES],
                                cwd=ROOT, capture_output=True, text=True).stdout
    times = {str(p): p.stat().st_mtime for name in BUILD_TRACES for p in ROOT.glob(name)}
    times.update({str(p): p.stat().st_mtime for p in ROOT.glob("*.egg-info/*")})
    return status, times


def _check_egg(egg: Path, env: dict[str, str], cwd: Path) -> None:
    """The deployed egg carries the data, and code run from it (as Scrapyd's runner
    does) reads it from inside the zip."""
    names = set(zipfile.ZipFile(egg).namelist())
    assert {"watchers/catalogue/linkedin.toml", "watchers/meaning/lexicon/fr.toml", "watchers/page/walls.toml"} <= names
    assert "settings = crawler.settings" in zipfile.Path(egg, "EGG-INFO/entry_points.txt").read_text()
    script = (
        "import sys, warnings; warnings.simplefilter('ignore')\n"  # pkg_resources' own deprecation notice
        "from scrapyd.runner import activate_egg; activate_egg(sys.argv[1])\n"
        "import watchers; from watchers.catalogue.watchlist import load_catalogue\n"
        "from watchers.meaning.lexicon import lexicon; from watchers.page.verdict import walls\n"
        "print(watchers.__file__, len(load_catalogue()), lexicon('de').language, len(walls()))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(egg)], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    where, watches, language, walls = result.stdout.split()
    assert where.startswith(str(egg)) and int(watches) > 0 and language == "de" and int(walls) > 0


def test_deployed_to_scrapyd_the_spider_records_versions_and_changes(tmp_path, site, vigie):
    _needs_scrapyd()
    before = _build_traces()
    env = _environment(tmp_path)
    site.serve("/p", Page.html(PAGE.format(clause="to run the service")))
    # The user's watch over the bundled catalogue: the job loads both from the egg.
    vigie.write([{"id": WATCH_ID, "url": site.url("/p"), "select": ["main"]}], include_catalogue=True)
    settings = [("setting", f"VIGIE_DB={vigie.db}"), ("setting", f"VIGIE_WATCHLIST={vigie.watchlist}"),
                ("setting", "RETRY_TIMES=0"), ("setting", "DOWNLOAD_TIMEOUT=5"), ("setting", "LOG_LEVEL=INFO")]

    with running_scrapyd(tmp_path / "scrapyd", env) as scrapyd:
        _deploy(_project_copy(tmp_path / "project", scrapyd.port), "loopback", env)
        assert scrapyd.get("listspiders.json", project="vigie")["spiders"] == ["policies"]
        _check_egg(next((scrapyd.folder / "eggs" / "vigie").glob("*.egg")), env, tmp_path)

        # A spider argument picks the watch; the settings say where the database and watchlist are.
        log = scrapyd.crawl(("watch", WATCH_ID), *settings)
        assert [v["version"] for v in vigie.json("history", WATCH_ID)] == [1], log
        assert "'vigie/new': 1" in log  # the job's stats: the pipeline recorded it
        assert vigie.json("changes") == []

        site.serve("/p", Page.html(PAGE.format(clause="to train our AI models")))
        log = scrapyd.crawl(("watch", WATCH_ID), *settings)
        assert [v["version"] for v in vigie.json("history", WATCH_ID)] == [1, 2], log
        assert "'vigie/changed': 1" in log
        (change,) = vigie.json("changes")
        assert (change["watch"], change["from_version"], change["to_version"]) == (WATCH_ID, 1, 2)
        assert "ai-training" in change["flags"]
        assert "Traceback" not in log and "ERROR" not in log, log

        # A job that finds `vigie run` at work on the database is refused, and says why in its log.
        with subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(vigie.db)], stdout=subprocess.PIPE,
                              text=True) as holder:
            try:
                assert holder.stdout.readline().strip() == "held"
                log = scrapyd.crawl(("watch", WATCH_ID), *settings)
            finally:
                holder.kill()
        assert f"`vigie run` (pid {holder.pid}" in log and "is already working on" in log, log
        assert [v["version"] for v in vigie.json("history", WATCH_ID)] == [1, 2]

    assert len(site.hits_for("/p")) == 2  # two jobs, one fetch each, nothing else fetched
    assert _build_traces() == before, "the deploy wrote into the checkout"


def _stat(log: str, name: str) -> int:
    found = re.search(rf"'vigie/{name}': (\d+)", log)
    return int(found[1]) if found else 0


def _side_by_side(nodes: list[Scrapyd], settings: list[tuple[str, str]], *fields: tuple[str, str]) -> list[dict]:
    """Shard K of len(nodes) scheduled on node K, all at once; their finished jobs."""
    jobs = [node.schedule(("shard", f"{k}/{len(nodes)}"), *fields, *settings) for k, node in enumerate(nodes, 1)]
    done = [node.finished(job) for node, job in zip(nodes, jobs)]
    for job in done:
        assert "Traceback" not in job["log"] and "ERROR" not in job["log"], job["log"]
    return done


def test_two_scrapyd_nodes_share_one_watchlist_without_double_fetches(tmp_path, site, vigie, smtp):
    """Two Scrapyd processes, one database and one watchlist: each job takes its shard,
    both run at once, every page is fetched once, and every change alerts once."""
    _needs_scrapyd()
    inbox, port, _ = smtp
    env = _environment(tmp_path)
    watches = loopback_watches(site, 20)
    serve(site, watches, "To run the service.", fault="stall:0.2")  # a little slow: the jobs overlap
    vigie.write(watches)
    vigie.add_channel("dpo", url=mailto(port))
    settings = [("setting", f"VIGIE_DB={vigie.db}"), ("setting", f"VIGIE_WATCHLIST={vigie.watchlist}"),
                ("setting", "RETRY_TIMES=0"), ("setting", "DOWNLOAD_TIMEOUT=5"), ("setting", "LOG_LEVEL=INFO")]
    shares = [[w["id"] for w in watches if Shard(k, 2).holds(w["id"])] for k in (1, 2)]
    assert all(shares)

    with running_scrapyd(tmp_path / "one", env) as one, running_scrapyd(tmp_path / "two", env) as two:
        project = _project_copy(tmp_path / "project", one.port)
        with (project / "scrapy.cfg").open("a") as cfg:
            cfg.write(f"\n[deploy:second]\nurl = http://127.0.0.1:{two.port}/\nproject = vigie\n")
        _deploy(project, "loopback", env)
        _deploy(project, "second", env)

        # A new database: both jobs create it, mirror the watchlist and record side by side.
        first = _side_by_side([one, two], settings)
        assert [_stat(job["log"], "new") for job in first] == [len(share) for share in shares]
        later_start = max(job["start_time"] for job in first)
        assert later_start < min(job["end_time"] for job in first), first  # they overlapped
        assert fetches(site, watches) == [1] * len(watches)
        assert all([v["version"] for v in vigie.json("history", w["id"])] == [1] for w in watches)

        changed = watches[::4]
        serve(site, changed, "To train our AI models on your posts.")
        second = _side_by_side([one, two], settings, ("all", "1"))
        assert sum(_stat(job["log"], "changed") for job in second) == len(changed)
        assert fetches(site, watches) == [2] * len(watches)
        assert sorted(c["watch"] for c in vigie.json("changes")) == [w["id"] for w in changed]

        # A second job of a shard at work is refused, naming it; the other shard's job is not.
        with held(vigie.db, "1/2", "crawl --shard 1/2") as holder:
            refused, beside = one.schedule(("shard", "1/2"), *settings), two.schedule(("shard", "2/2"), *settings)
            refused, beside = one.finished(refused)["log"], two.finished(beside)["log"]
        assert f"`vigie crawl --shard 1/2` (pid {holder}" in refused and "shard 1/2 of" in refused, refused
        assert "Not crawling" not in beside and "Traceback" not in beside, beside

    vigie("notify")  # after the shards' jobs, once for the whole database
    assert alerted(inbox) == [w["platform"] for w in changed]  # one alert per change
    assert "Nothing to deliver." in vigie("notify").stdout
    assert fetches(site, watches) == [2] * len(watches)
