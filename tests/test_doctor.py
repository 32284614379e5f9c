"""`vigie doctor` on loopback: what is fine, what is not, and what to do about it."""

from __future__ import annotations


from conftest import free_port, mailto
from vigie.loopback import Page
from watchers.store.db import Store

from test_alerts import PAGE
from test_shards import held


def test_a_healthy_setup_passes_and_each_problem_is_named(site, vigie, smtp):
    _, port, _ = smtp
    site.serve("/p", Page.html(PAGE.format(clause="To improve the service.")))
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": site.url("/p"), "select": ["main"]}])
    vigie.add_channel("dpo", url=mailto(port))
    fresh = vigie("doctor")
    assert "does not exist yet" in fresh.stdout and "Vigie can run, but read the 1 warning(s) above." in fresh.stdout
    vigie.crawl()
    healthy = vigie("doctor").stdout
    assert "1 watches on 1 platforms, 1 channel(s)" in healthy and "intact, 1 versions, journal wal" in healthy
    assert f"dpo: 127.0.0.1:{port} reachable" in healthy and "1 of 1 watched hosts reachable" in healthy

    dead = free_port()
    vigie.write([{"id": "ex/privacy", "platform": "Example", "url": f"http://127.0.0.1:{dead}/p"}])
    vigie.add_channel("dpo", url=f"json://127.0.0.1:{dead}/hook")
    broken = vigie("doctor", check=False)
    assert broken.returncode == 1
    assert f"FAIL  channel   dpo: 127.0.0.1:{dead} unreachable" in broken.stdout
    assert f"127.0.0.1:{dead} unreachable (Connection refused) for ex/privacy" in broken.stdout
    assert "2 problem(s) to fix, and 1 warning(s)." in broken.stdout
    assert "Connection refused" not in vigie("doctor", "--offline").stdout


def test_bad_configuration_and_damaged_database_are_explained(vigie):
    vigie.watchlist.write_text('[[watch]]\nid = "x"\n')
    bad = vigie("doctor", "--offline", check=False)
    assert bad.returncode == 1 and "FAIL  config" in bad.stdout and "fix the file" in bad.stdout

    vigie.write([])
    vigie.db.write_bytes(b"this is not a database" * 100)
    damaged = vigie("doctor", "--offline", check=False)
    assert damaged.returncode == 1 and "cannot be read" in damaged.stdout and "point --db elsewhere" in damaged.stdout


def test_doctor_names_the_crawls_at_work_on_the_database(vigie):
    vigie.write([])
    Store(vigie.db).close()
    with held(vigie.db, None, "run") as run:
        assert f"in use by `vigie run` (pid {run})" in vigie("doctor", "--offline").stdout
    with held(vigie.db, "1/2", "crawl --shard 1/2") as first, held(vigie.db, "2/2", "crawl --shard 2/2") as second:
        report = vigie("doctor", "--offline").stdout
    assert f"in use by `vigie crawl --shard 1/2` (pid {first})" in report
    assert f"in use by `vigie crawl --shard 2/2` (pid {second})" in report
    assert "in use by" not in vigie("doctor", "--offline").stdout
