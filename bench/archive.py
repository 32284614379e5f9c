"""Archive benchmark: the reading and publishing commands on a store of N watches × V versions.

Builds (once, cached in --cache) a store of synthetic watches whose texts are
slices of the real policy versions in ../shared/corpus (generated words when
the corpus is absent), each version one sentence away from the one before,
written through the real Store API; the changes of the last --classified-days
are classified by `record_change`, older ones copy the classification of the
same kind of edit (it says how many of each). Then times the real CLI as subprocesses: status, changes
--since 7d, history, report weekly, site (a first build, then a rebuild after
one new version, counting the files it rewrote), export --format jsonl (with
its peak memory), and prints the database size per version.

    python bench/archive.py                                   # 10,000 watches × 20 versions
    python bench/archive.py --watches 500 --versions 5 --cache /tmp/vigie-archive-small
    python bench/archive.py --rebuild                         # build the store again
    python bench/archive.py --repeat 1                        # each command once

Not a test: it prints figures; the README keeps the latest ones.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from watchers.catalogue.watchlist import Watch  # noqa: E402
from watchers.meaning.links import page_opt_out_links  # noqa: E402
from watchers.record import record_change  # noqa: E402
from watchers.store.db import Store  # noqa: E402

WATCHES_PER_PLATFORM = 50
# What one version changes in the text before it: real kinds of policy edits,
# so that the classifier gives the archive every severity.
EDITS = (
    "We may use your public posts and interactions to train and improve our AI models.",
    "You can object to this processing at any time in your settings: https://example.org/object.",
    "We keep your search history for 18 months, after which it is deleted.",
    "We share information with our advertising partners to measure the performance of ads.",
    "This policy is effective from {date}.",
    "Last updated: {date}.",
    "We rely on our legitimate interests to process this information.",
    "You can request a copy of your information or ask us to delete it by contacting our DPO.",
    "We collect information about the device you use, including its location.",
    "We may transfer your information to countries outside the European Economic Area.",
)
FILLER = ("information personal data we you your use share service account content partners legal basis "
          "consent settings advertising security features device location cookies").split()


# -- the synthetic archive (pure) -------------------------------------------------------


def corpus_texts() -> tuple[list[str], str]:
    """The texts watches are cut from, and where they come from."""
    manifest = CORPUS / "manifest.json"
    if manifest.is_file():
        documents = json.loads(manifest.read_text("utf-8"))["documents"]
        texts = [(CORPUS / v["file"]).read_text("utf-8") for d in documents for v in d["versions"]]
        return texts, f"{len(texts)} real policy versions of ../shared/corpus"
    rng = random.Random(0)
    texts = ["\n".join(" ".join(rng.choices(FILLER, k=25)).capitalize() + "." for _ in range(2000))
             for _ in range(20)]
    return texts, "generated words (no ../shared/corpus)"


def first_text(texts: list[str], index: int, chars: int) -> str:
    """About `chars` characters of whole lines of a corpus text, different for each watch."""
    rng = random.Random(index)
    lines = [line for line in texts[rng.randrange(len(texts))].split("\n") if line.strip()]
    at, taken, length = rng.randrange(len(lines)), [], 0
    while length < chars and len(taken) < len(lines):
        taken.append(lines[(at + len(taken)) % len(lines)])
        length += len(taken[-1]) + 1
    return "\n".join(taken + [f"Document {index}."])


def next_text(text: str, rng: random.Random, when: datetime) -> tuple[str, tuple[int, bool]]:
    """The text with one line edited (a policy sentence appended to a line, or inserted
    as a line of its own), and which edit that was."""
    lines = text.split("\n")
    at = rng.randrange(len(lines) - 1)  # the last line names the document: keep it
    edit, appended = rng.randrange(len(EDITS)), rng.random() < 0.5
    sentence = EDITS[edit].format(date=(when + timedelta(days=rng.randrange(-30, 60))).strftime("%-d %B %Y"))
    if appended:
        lines[at] = f"{lines[at]} {sentence}"
    else:
        lines.insert(at, sentence)
    return "\n".join(lines), (edit, appended)


def page(text: str) -> bytes:
    """The raw page a text could have been read from (stored like a fetched one)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<!doctype html><html><body><main>{paragraphs}</main></body></html>".encode()


def watch_for(index: int) -> Watch:
    platform = index // WATCHES_PER_PLATFORM
    return Watch(id=f"platform-{platform:04d}/doc-{index:05d}", platform=f"Platform {platform:04d}",
                 title=f"Privacy Policy {index}", kind="privacy-policy",
                 url=f"https://platform-{platform:04d}.example/privacy/{index}")


def capture_times(rng: random.Random, count: int, now: datetime, days: int) -> list[datetime]:
    """When each version was captured: spread over the last `days`, oldest first."""
    seconds = sorted(rng.uniform(3600, days * 86400) for _ in range(count))
    return [now - timedelta(seconds=s) for s in reversed(seconds)]


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


# -- building the store -----------------------------------------------------------------


@dataclass(frozen=True)
class Archive:
    db: Path
    watchlist: Path
    watches: int
    versions: int
    mean_chars: float
    source: str
    build_seconds: float
    classified: int  # changes classified by record_change
    copied: int  # changes copied from the classification of the same kind of edit


def watchlist_toml(watches: list[Watch]) -> str:
    lines = ["include_catalogue = false", ""]
    for w in watches:
        lines += ["[[watch]]", f'id = "{w.id}"', f'platform = "{w.platform}"', f'title = "{w.title}"',
                  f'kind = "{w.kind}"', f'url = "{w.url}"', ""]
    return "\n".join(lines)


class Changes:
    """Writes each new version's change: classified by `record_change` (the crawler's own
    path) when recent enough for the reports to show it, or when its kind of edit was never
    classified yet; an older change is a copy of the classification of the same kind of edit.
    A classified change costs up to a second here: the classifier's ~10 ms (mostly parsing
    dates) and the platform's answers before and after it (`stance_shifts`), over the 50
    documents of a platform (those the change left alone are read once for both)."""

    def __init__(self, classify_after: datetime):
        self.classify_after = classify_after
        self.known: dict[tuple[int, bool], dict] = {}
        self.classified = self.copied = 0

    def write(self, store: Store, watch: Watch, previous, text: str, when: datetime, edit) -> None:
        stamp = iso(when)
        if when >= self.classify_after or edit not in self.known:
            self.known[edit] = record_change(store, watch, previous, text, stamp)
            self.classified += 1
            return
        store.add_change({**self.known[edit], "id": None, "watch_id": watch.id, "from_version": previous.number,
                          "to_version": previous.number + 1, "detected_at": stamp})
        self.copied += 1


def add_version(store: Store, watch: Watch, text: str, when: datetime, previous=None, edit=None,
                changes: Changes | None = None) -> None:
    """One check that found a new text: raw page, check, version and its change, in one
    transaction, through the same Store calls as watchers.record."""
    stamp = iso(when)
    with store.db.atomic():
        raw = store.put_raw(watch.id, page(text), "text/html")
        check_id = store.add_check({"watch_id": watch.id, "started_at": stamp, "finished_at": stamp,
                                    "url": watch.url, "final_url": watch.url, "outcome": "changed" if previous else "new",
                                    "http_status": 200, "conditional": 0, "bytes": len(text), "raw_sha256": raw,
                                    "duration_ms": 80})
        number = store.add_version(watch.id, text, raw, check_id, stamp, page_opt_out_links(text, watch.locale))
        store.db["checks"].update(check_id, {"version_number": number})
        if previous:
            (changes or Changes(when)).write(store, watch, previous, text, when, edit)


def add_check(store: Store, watch: Watch, when: datetime, outcome: str, status: int, reason: str | None) -> None:
    stamp = iso(when)
    store.add_check({"watch_id": watch.id, "started_at": stamp, "finished_at": stamp, "url": watch.url,
                     "outcome": outcome, "reason": reason, "http_status": status, "conditional": 1,
                     "bytes": 0, "duration_ms": 40})


def build(cache: Path, watches: int, versions: int, chars: int, days: int, classified_days: int) -> Archive:
    """Write the store and its watchlist into `cache`; reuse them when they were built alike."""
    settings = {"watches": watches, "versions": versions, "chars": chars, "days": days,
                "classified_days": classified_days}
    recipe, db, watchlist = cache / "archive.json", cache / "vigie.db", cache / "watchlist.toml"
    if recipe.is_file() and db.is_file():
        built = json.loads(recipe.read_text())
        if built["settings"] == settings:
            return Archive(db, watchlist, watches, versions, built["mean_chars"], built["source"],
                           built["build_seconds"], built["classified"], built["copied"])
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    texts, source = corpus_texts()
    now = datetime.now(timezone.utc).replace(microsecond=0)
    all_watches = [watch_for(i) for i in range(watches)]
    watchlist.write_text(watchlist_toml(all_watches), encoding="utf-8")
    started, total_chars = time.perf_counter(), 0
    changes = Changes(now - timedelta(days=classified_days))
    store = Store(db)
    # A throwaway store: no fsync per transaction (the transactions are the crawler's all the same).
    store.db.execute("PRAGMA synchronous=OFF")
    store.sync_watches(all_watches)
    for i, watch in enumerate(all_watches):
        rng = random.Random(i)
        text, previous, edit = first_text(texts, i, chars), None, None
        for when in capture_times(rng, versions, now, days):
            add_version(store, watch, text, when, previous, edit, changes)
            total_chars += len(text)
            previous = store.version(watch.id)
            text, edit = next_text(text, rng, when)
        # After the last version: a re-check that found it unchanged, or a watch failing lately.
        if rng.random() < 0.02:
            for hours in (30, 18, 6):
                add_check(store, watch, now - timedelta(hours=hours), "error", 503, "HTTP 503 Service Unavailable")
        else:
            add_check(store, watch, now - timedelta(minutes=rng.randrange(1, 720)), "not-modified", 304, None)
        if (i + 1) % 500 == 0:
            print(f"  built {i + 1}/{watches} watches ({time.perf_counter() - started:.0f} s)", flush=True)
    store.close()
    seconds = time.perf_counter() - started
    mean = total_chars / (watches * versions)
    recipe.write_text(json.dumps({"settings": settings, "mean_chars": mean, "source": source,
                                  "build_seconds": seconds, "classified": changes.classified,
                                  "copied": changes.copied}))
    return Archive(db, watchlist, watches, versions, mean, source, seconds, changes.classified, changes.copied)


def new_version(archive: Archive, index: int) -> str:
    """Record one more version of one watch (what a crawl that found one change writes)."""
    watch = watch_for(index)
    store = Store(archive.db)
    try:
        latest = store.version(watch.id)
        now = datetime.now(timezone.utc).replace(microsecond=0)
        text, edit = next_text(latest.text, random.Random(f"new {time.time()}"), now)
        add_version(store, watch, text, now, latest, edit)
    finally:
        store.close()
    return watch.id


# -- timing the CLI -----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    output: str


# Runs one command and reports its wall time and its peak RSS. Linux counts, in a child's
# ru_maxrss, the memory of the process that forked it (recorded when the child execs), so the
# benchmark, holding the site's file lists, must not fork `vigie` itself: this small process does.
LAUNCHER = """
import json, os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as report:
    json.dump([os.waitstatus_to_exitcode(status), time.perf_counter() - started, usage.ru_maxrss], report)
"""


def vigie(archive: Archive, *args: str) -> Run:
    """One `vigie` command as a subprocess: wall time and its own peak RSS."""
    command = [sys.executable, "-m", "vigie", "--db", str(archive.db), "--watchlist", str(archive.watchlist), *args]
    report = archive.db.parent / "run.json"
    output = subprocess.run([sys.executable, "-c", LAUNCHER, str(report), *command], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, cwd=ROOT, text=True).stdout
    code, seconds, peak = json.loads(report.read_text())
    if code:
        raise SystemExit(f"{' '.join(args)} failed ({code}):\n{output[-2000:]}")
    return Run(seconds, peak / 1024, output)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file of a folder: (inode, mtime in ns), to see which a rebuild rewrote."""
    return {str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def rewritten(before: dict, after: dict) -> tuple[int, int, int]:
    """(files rewritten or added, removed, unchanged) between two snapshots."""
    changed = sum(1 for path, stamp in after.items() if before.get(path) != stamp)
    return changed, len(before.keys() - after.keys()), len(after) - changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--watches", type=int, default=10_000)
    parser.add_argument("--versions", type=int, default=20, help="versions per watch")
    parser.add_argument("--chars", type=int, default=4000, help="about how long each watch's text is")
    parser.add_argument("--days", type=int, default=730, help="versions are spread over this many days")
    # A week: what the weekly report shows. 60 days (what the feeds show) would add hours to
    # the build, the platforms' answers costing up to a second a change.
    parser.add_argument("--classified-days", type=int, default=7,
                        help="changes of the last this many days are classified; older ones copy the "
                             "classification of the same kind of edit")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/vigie-archive"),
                        help="folder of the built store (kept, reused when built with the same settings)")
    parser.add_argument("--rebuild", action="store_true", help="build the store again even if cached")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command but the first site build "
                                                              "and the export (best and worst are printed)")
    args = parser.parse_args()
    if args.rebuild:
        shutil.rmtree(args.cache, ignore_errors=True)

    print(f"building (or reusing) {args.watches} watches × {args.versions} versions in {args.cache} …", flush=True)
    archive = build(args.cache, args.watches, args.versions, args.chars, args.days, args.classified_days)
    out = args.cache / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    store = Store(archive.db)
    versions, changes, week = (store.db.execute(sql).fetchone()[0] for sql in (
        "SELECT COUNT(*) FROM versions", "SELECT COUNT(*) FROM changes",
        f"SELECT COUNT(*) FROM changes WHERE detected_at >= '{iso(datetime.now(timezone.utc) - timedelta(days=7))}'"))
    store.close()
    size = archive.db.stat().st_size
    print(f"{archive.watches} watches × {archive.versions} versions from {archive.source}: {versions} versions "
          f"(mean {archive.mean_chars:.0f} chars), {changes} changes ({week} in the last 7 days; "
          f"{archive.classified} classified by record_change, those of the last {args.classified_days} days, "
          f"{archive.copied} older ones copying the classification of the same kind of edit), "
          f"built in {archive.build_seconds:.0f} s; {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    rows: list[tuple[str, list[Run], str]] = []

    def timed(label: str, target: str, *command: str, times: int = args.repeat) -> list[Run]:
        runs = [vigie(archive, *command) for _ in range(times)]
        rows.append((label, runs, target))
        print(f"  {label}: {', '.join(f'{run.seconds:.2f}' for run in runs)} s", flush=True)
        return runs

    some = watch_for(args.watches // 2).id
    timed("status", "< 1 s", "status")
    timed("status --json", "< 1 s", "status", "--json")
    timed("changes --since 7d", "< 1 s", "changes", "--since", "7d")
    timed(f"history {some}", "< 1 s", "history", some)
    timed("report weekly", "< 5 s", "report", "weekly", "--out", str(out / "weekly.html"))
    site = out / "site"
    timed("site (first build)", "", "site", "--out", str(site), times=1)
    before = snapshot(site)
    timed("site (nothing new)", "", "site", "--out", str(site))
    unchanged = rewritten(before, snapshot(site))
    after_one = []
    for k in range(args.repeat):  # each time one more version of another watch
        before = snapshot(site)
        changed_watch = new_version(archive, args.watches // 3 + k)
        timed("site (after one new version)", "< 10 s", "site", "--out", str(site), times=1)
        after_one.append(rewritten(before, snapshot(site)))
    rows[-args.repeat:] = [(rows[-1][0], [runs[0] for _, runs, _ in rows[-args.repeat:]], rows[-1][2])]
    (export,) = timed("export --format jsonl", "< 200 MB", "export", "--format", "jsonl", "--out", str(out / "export"),
                      times=1)

    print(f"\nbest and worst of {args.repeat} runs (the machine is shared: the best is the command's own cost)")
    print(f"{'command':<32} {'best s':>8} {'worst s':>8} {'peak MB':>8}  target")
    for label, runs, target in rows:
        best, worst, peak = min(r.seconds for r in runs), max(r.seconds for r in runs), max(r.peak_mb for r in runs)
        held = ""
        if target.endswith(" s"):
            held = "held" if best < float(target.split()[1]) else "MISSED"
        elif target.endswith("MB"):
            held = "held" if peak < float(target.split()[1]) else "MISSED"
        print(f"{label:<32} {best:>8.2f} {worst:>8.2f} {peak:>8.0f}  {target} {held}".rstrip())
    print(f"\nsite: {len(before)} files; a rebuild with nothing new rewrote {unchanged[0]}; after one new version "
          f"of a watch, it rewrote or added {', '.join(str(n) for n, _, _ in after_one)} and removed "
          f"{', '.join(str(n) for _, n, _ in after_one)} (last: {changed_watch}); index.html "
          f"{(site / 'index.html').stat().st_size / 1e3:.0f} kB, the largest platform page "
          f"{max(p.stat().st_size for p in (site / 'platform').iterdir()) / 1e3:.0f} kB")
    print(f"export --format jsonl: {export.peak_mb:.0f} MB peak RSS, "
          f"{sum(p.stat().st_size for p in (out / 'export').iterdir()) / 1e6:.0f} MB written")
    print(f"database: {size / 1e9:.2f} GB, {size / versions / 1024:.1f} KB per version "
          f"(text, raw page as a zstd delta, full-text index, check and change)")


if __name__ == "__main__":
    main()
