"""Whole runs under hostile conditions (issue 15): long articles, killed runs, two writers.

These start real `dateline analyze` processes with the spaCy model, so they are slow.
The corpus is written here: short fictional articles, each different.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import dateline
from dateline.cli import cli
from dateline.components import DEFAULT

SRC = str(Path(dateline.__file__).resolve().parents[1])
PLACES = ["Kirov", "Port Ansel", "Velda", "Marenne", "Lima", "Tavra", "Ostrova"]
PEOPLE = ["Mara Ilves", "Piet Halden", "Sofia Drach", "Aron Pell", "Tomas Reyes", "Lena Varga"]
def board_article(i: int) -> str:
    place, person, other = PLACES[i % 7], PEOPLE[i % 6], PEOPLE[(i + 1) % 6]
    return (
        f"Harbour board meets in {place} ({i})\n\n"
        f"{place.upper()}, June {1 + i % 28} - The harbour board in {place} met on Monday to discuss "
        f"plan number {i}, which would cost {10 + i} million euros over {2 + i % 5} years, officials said.\n\n"
        f"\"We cannot wait another winter,\" said {person}, who chairs the board. {other} said the plan "
        f"was too expensive and asked for a vote on {['Tuesday', 'Friday', 'June 30'][i % 3]}.\n"
    )


def write_corpus(folder: Path, numbers) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in numbers:
        (folder / f"board-{i:04d}.txt").write_text(board_article(i), encoding="utf-8")
    return folder


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}


def start_analyze(paths: list[Path], db: Path, *options: str, batch_size: int | None = None) -> subprocess.Popen:
    """`dateline analyze` in its own process group (as a terminal would run it)."""
    if batch_size is None:
        command = [sys.executable, "-m", "dateline.cli", "analyze", *map(str, paths), "--db", str(db), *options]
    else:  # the same run through the Python API, with small batches so a kill can land between them
        code = ("import sys; from dateline.components import DEFAULT; from dateline.run import analyze_paths; from dateline.settings import Settings\n"
                f"with DEFAULT.open({str(db)!r}) as store:\n"
                f"    print(analyze_paths({[str(p) for p in paths]!r}, store=store, settings=Settings(batch_size={batch_size})).line())")
        command = [sys.executable, "-c", code]
    return subprocess.Popen(command, env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=_as_a_terminal_starts_it)


def _as_a_terminal_starts_it() -> None:
    """A shell starts a foreground job with Ctrl-C and SIGTERM at their defaults and no signal
    blocked; a process this one was started from (a test runner's worker) may have changed
    them, and the child would inherit that."""
    signal.pthread_sigmask(signal.SIG_SETMASK, set())
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)


def count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as connection:
            return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def wait_for(condition, *, timeout: float, process: subprocess.Popen | None = None, step: float = 0.005) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the run ended first: {process.communicate()}")
        assert time.monotonic() < deadline, "timed out"
        time.sleep(step)


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def running(pid: int) -> bool:
    """Alive and not a zombie (a zombie holds no memory; only its exit status)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# Stories are clustered online: which batch an article arrives in can change them, within the
# tolerance tests/test_stories_linker.py holds them to; every other table must match exactly.
# Themes name their stories by id (and take their own id from them), so they follow the stories.
ORDER_DEPENDENT = ("stories", "themes", "timeline", "comparisons")


def contents(db: Path) -> dict[str, list[dict]]:
    """Every row analysis and linking produce, without when it was added."""

    from dateline.present.export import table_rows

    with DEFAULT.open(db) as store:
        return {table: [{k: v for k, v in row.items() if k != "added_at"} for row in table_rows(store, table)]
                for table in DEFAULT.export_tables if table not in ORDER_DEPENDENT}


def intact(db: Path) -> bool:
    with sqlite3.connect(db) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def analyze(paths: list[Path], db: Path, *options: str):
    return CliRunner().invoke(cli, ["analyze", *map(str, paths), "--db", str(db), *options])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-runs")
    folder = write_corpus(root / "corpus", range(100))
    reference = root / "reference.db"
    result = analyze([folder], reference)
    assert result.exit_code == 0, result.output
    return {"root": root, "folder": folder, "reference": reference, "contents": contents(reference)}


# ------------------------------------------------------------------ 1. long articles


@pytest.mark.slow
def test_article_over_spacy_max_length_is_analysed_in_pieces(tmp_path):
    from dateline.analyse.pipeline import analyse_articles
    from dateline.models import Article

    # Over spaCy's nlp.max_length (1,000,000): E088 crashed the whole run. Long "words" keep it quick.
    paragraph = "Officials met Mara Ilves in Kirov on Monday, June 14, 2021. " + "Z" * 20_000
    text = "\n\n".join([paragraph] * 50)
    assert len(text) > 1_000_000
    [analysis] = analyse_articles([Article.from_text(text, title="Talks")])
    assert [t.value for t in analysis.timexes][:2] == ["2021-06-14", "2021-06-14"]
    assert len(analysis.timexes) > 10
    for record in (*analysis.timexes, *(e for e in analysis.entities if e.field == "text")):
        assert text[record.start:record.end] == record.text  # offsets are the article's


@pytest.mark.slow
def test_a_failing_article_is_one_error_and_the_batch_goes_on():
    import dataclasses

    from dateline.analyse.failures import AnalysisFailure
    from dateline.analyse.pipeline import analyse_articles
    from dateline.models import Article

    good = [Article.from_text(board_article(i)) for i in range(3)]
    broken = dataclasses.replace(good[1], id="broken", text=None)  # a record no parser can take
    results = analyse_articles([good[0], broken, good[2]])
    assert [type(r).__name__ for r in results] == ["ArticleAnalysis", "AnalysisFailure", "ArticleAnalysis"]
    assert isinstance(results[1], AnalysisFailure) and results[1].article_id == "broken"
    assert results[0].quotes and results[2].quotes


@pytest.mark.slow
def test_long_article_in_a_batch_never_ends_the_run(tmp_path):
    folder = write_corpus(tmp_path / "in", range(3))
    # over spaCy's max length (E088 ended the run before); long "words" keep the test quick
    paragraph = "Officials met Mara Ilves in Kirov on Monday, June 14, 2021. " + "Z" * 20_000
    (folder / "long.txt").write_text("Talks\n\n" + "\n\n".join([paragraph] * 50), encoding="utf-8")
    result = analyze([folder], tmp_path / "long.db", "--max-bytes", "2000000")
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    assert "4 articles stored, 0 duplicates, 0 errors" in result.output


# ------------------------------------------------------------------ 5. workers die with the run


def workers_of(process: subprocess.Popen, *, timeout: float = 120) -> list[int]:
    wait_for(lambda: len(children(process.pid)) >= 2, timeout=timeout, process=process, step=0.05)
    return children(process.pid)


@pytest.mark.slow
@pytest.mark.parametrize("how", ["kill -9", "SIGTERM", "Ctrl-C"])
def test_stopping_a_parallel_run_leaves_no_worker_running(corpus, tmp_path, how):
    folder = write_corpus(tmp_path / "many", range(1000, 1400))
    db = tmp_path / "stopped.db"
    process = start_analyze([folder], db, "--workers", "2")
    workers = workers_of(process)
    wait_for(lambda: count(db, "articles") > 0, timeout=120, process=process, step=0.05)  # workers busy
    if how == "kill -9":
        os.kill(process.pid, signal.SIGKILL)
    elif how == "SIGTERM":
        os.kill(process.pid, signal.SIGTERM)
    else:  # a terminal sends SIGINT to the whole foreground process group
        os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    wait_for(lambda: not any(running(pid) for pid in workers), timeout=5, step=0.1)
    assert intact(db)
    if how != "kill -9":
        assert process.returncode == (143 if how == "SIGTERM" else 130), err
        assert "Traceback" not in err, err
        [line] = [line for line in err.splitlines() if line.startswith("interrupted:")]
        stored = count(db, "articles")
        assert line.startswith(f"interrupted: {stored} articles stored, 0 duplicates, 0 errors before it stopped")


# ------------------------------------------------------------------ kill -9 mid-run, then run again


@pytest.mark.slow
@pytest.mark.parametrize("share", [0.3, 0.7])
def test_kill_mid_run_leaves_an_intact_database_and_a_rerun_equals_one_run(corpus, tmp_path, share):
    db = tmp_path / "killed.db"
    process = start_analyze([corpus["folder"]], db, batch_size=10)
    wait_for(lambda: count(db, "articles") >= share * 100, timeout=300, process=process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert intact(db)
    assert 0 < count(db, "articles") < 100
    result = analyze([corpus["folder"]], db)
    assert result.exit_code == 0, result.output
    assert contents(db) == corpus["contents"]


@pytest.mark.slow
def test_kill_during_linking_then_rerun_equals_one_run(corpus, tmp_path):
    for attempt in range(3):  # linking takes ~0.5 s here; a kill after it ended proves nothing
        db = tmp_path / f"linking-{attempt}.db"
        process = start_analyze([corpus["folder"]], db, batch_size=50)
        wait_for(lambda: count(db, "articles") == 100, timeout=300, process=process, step=0.002)
        time.sleep(0.05 * attempt)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        if count(db, "runs") == 0:
            break
    else:
        pytest.fail("could not kill a run during linking in three attempts")
    assert intact(db)
    result = analyze([corpus["folder"]], db)
    assert result.exit_code == 0, result.output
    assert contents(db) == corpus["contents"]


# ------------------------------------------------------------------ 9. two writers


def summary_of(stderr: str) -> tuple[int, int, int]:
    import re

    match = re.search(r"(\d+) articles stored, (\d+) duplicates, (\d+) errors", stderr)
    assert match, stderr
    return tuple(int(n) for n in match.groups())


@pytest.mark.slow
def test_two_writers_on_the_same_input_count_what_each_stored(corpus, tmp_path):
    db = tmp_path / "same.db"
    DEFAULT.open(db).close()  # the schema exists first (two runs migrating at once is issue 15.4)
    runs = [start_analyze([corpus["folder"]], db, "--quiet") for _ in range(2)]
    summaries = [summary_of(run.communicate(timeout=600)[1]) for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert sum(stored for stored, _, _ in summaries) == 100
    assert all(stored + duplicates == 100 for stored, duplicates, _ in summaries)
    assert count(db, "articles") == 100


@pytest.mark.slow
def test_two_writers_on_halves_equal_one_run(corpus, tmp_path):
    files = sorted(corpus["folder"].iterdir())
    db = tmp_path / "halves.db"
    DEFAULT.open(db).close()
    runs = [start_analyze(half, db, "--quiet") for half in (files[:50], files[50:])]
    assert [run.wait(timeout=600) for run in runs] == [0, 0]
    # Each writer linked the corpus as it saw it; the last link of the two saw every article.
    # Linking again changes nothing when it did; either way the corpus now equals one run.
    result = analyze([corpus["folder"]], db)
    assert summary_of(result.output) == (0, 100, 0)
    assert contents(db) == corpus["contents"]


@pytest.mark.slow
def test_exports_of_two_identical_runs_are_identical_but_for_added_at(corpus, tmp_path):
    exports = []
    for name in ("one", "two"):
        db = tmp_path / f"{name}.db"
        assert analyze([corpus["folder"]], db).exit_code == 0
        out = tmp_path / f"out-{name}"
        assert CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
        exports.append({
            path.name: [{k: v for k, v in json.loads(line).items() if k != "added_at"}
                        for line in path.read_text(encoding="utf-8").splitlines()]
            for path in sorted(out.glob("*.jsonl"))
        })
    assert exports[0] == exports[1] and len(exports[0]["articles.jsonl"]) == 100


# ------------------------------------------------------------------ everything at once


def write_hostile_folder(folder: Path) -> tuple[int, list[str]]:
    """Good articles beside every hostile input; (good articles, names each bad line must hold)."""
    write_corpus(folder, range(5))
    raw = os.fsencode(folder)
    with open(os.path.join(raw, b"caf\xe9-board.txt"), "wb") as handle:  # not UTF-8: a good article
        handle.write(board_article(10).encode("utf-8"))
    (folder / "two\nlines.txt").write_text(board_article(11), encoding="utf-8")  # a good article
    paragraph = "Officials met Mara Ilves in Kirov on Monday, June 14, 2021. " + "Z" * 20_000
    (folder / "long.txt").write_text("Talks\n\n" + "\n\n".join([paragraph] * 50), encoding="utf-8")
    lines = [json.dumps({"title": f"Quay notice {n}", "text": f"Quay {n} in Velda closes on Friday for repairs.",
                         "notes": "n" * 3000}) for n in range(400)]
    lines[7] = "{not json"
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")  # 1.2 MB, over the cap
    os.mkfifo(folder / "pipe.txt")
    (folder / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (folder / "empty.txt").write_bytes(b"")
    with open(os.path.join(raw, b"bad\xff\x1b[2J.txt"), "wb") as handle:
        handle.write(b"")
    os.symlink("loop", folder / "loop")
    with sqlite3.connect(folder / "backup") as other:  # a SQLite file by its header only
        other.execute("CREATE TABLE t (x)")
    return 5 + 2 + 1 + 399, ["pipe.txt", "cover.png", "empty.txt", "bad\\xff\\x1b[2J.txt", "loop", "wire.jsonl:8"]


@pytest.mark.slow
def test_hostile_folder_stores_every_good_article_once_and_one_line_per_bad_file(tmp_path):
    folder = tmp_path / "in"
    good, bad = write_hostile_folder(folder)
    db = folder / "dateline.db"  # the database sits in the folder it reads
    for run in ("first", "second"):
        result = analyze([folder], db, "--max-bytes", "1100000")
        assert result.exit_code == 0 and "Traceback" not in result.output, result.output
        error_lines = [line for line in result.output.splitlines() if line.startswith("error:")]
        assert len(error_lines) == len(bad), error_lines
        for name in bad:
            assert sum(line.startswith(f"error: {folder}/{name}: ") for line in error_lines) == 1, (name, error_lines)
        stored = good if run == "first" else 0
        assert f"{stored} articles stored, {good - stored} duplicates, {len(bad)} errors" in result.output
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == good
        origins = {row[0] for row in connection.execute("SELECT origin FROM origins")}
    assert {f"{folder}/caf\\xe9-board.txt", f"{folder}/two\\nlines.txt", f"{folder}/long.txt"} <= origins


@pytest.mark.slow
def test_a_killed_worker_stops_the_run_with_one_line(corpus, tmp_path):
    folder = write_corpus(tmp_path / "many", range(2000, 2300))
    db = tmp_path / "worker-killed.db"
    process = start_analyze([folder], db, "--workers", "2")
    workers = workers_of(process)
    wait_for(lambda: count(db, "articles") > 0, timeout=120, process=process, step=0.05)
    os.kill(workers[0], signal.SIGKILL)  # as the OOM killer would
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1 and "Traceback" not in err, err
    assert "a worker process died while analysing" in err
    wait_for(lambda: not any(running(pid) for pid in workers), timeout=5, step=0.1)
    assert intact(db)
