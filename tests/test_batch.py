"""Batch runs on hostile folders: every bad file is listed with its reason, the good ones are reported,
nothing prints a traceback; --resume goes on from a partial results.jsonl; a Dask cluster writes the
same results as a local run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_ingest import minimal_pdf
from test_pool import _alive, _children

pytestmark = pytest.mark.slow  # the real pipeline, CLI or browser, end to end

GOOD = {
    "tv.txt": "date 2022-02-02\nThames Valley recruits\n\nThames Valley Police now has 609 more officers, the force said.\n",
    "kent.md": "date 2021-08-01\n# Kent\n\nKent Police officer numbers rose by 87 in the year to March 2021.\n",
}


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600)


@pytest.fixture
def hostile(tmp_path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "tv2.txt").write_text(GOOD["tv.txt"], encoding="utf-8")  # the same text twice
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    with (folder / "huge.txt").open("wb") as fh:  # 50 MB, refused by its size before it is read
        fh.truncate(50 * 1024 * 1024)
    (folder / "cp1252.txt").write_bytes("date 2021-08-01\nKent\n\nKent Police officer numbers rose by 87 in the "
                                        "year to March 2021, at a cost of \u00a32.5m.\n".encode("cp1252"))
    (folder / "invalid-utf8.txt").write_bytes("date 2022-02-02\nTVP\n\nThames Valley\u2019s force has 609 more "
                                              "officers.".encode("utf-8") + b" \xc3\x28 broken\n")
    (folder / "scripts.html").write_text(
        "<html><head><meta name='date' content='2022-02-02'><script>document.write('9,999 officers')</script>"
        "</head><body><article><h1>Uplift</h1><p>Thames Valley Police has recruited 609 more officers under the "
        "national uplift programme, the force said today.</p><script>alert(12345)</script></article></body></html>",
        encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R\nendobj\ntrailer <<")
    (folder / "release.pdf").write_bytes(minimal_pdf(["Thames Valley Police has 609 more officers."]))
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not an input type: ignored, counted
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "sub" / "tv-link.txt").symlink_to(folder / "tv.txt")
    return folder


def test_hostile_batch_finishes_lists_every_bad_file_and_reports_the_good(hostile, tmp_path):
    out = tmp_path / "out"
    before = {p: p.read_bytes() for p in hostile.rglob("*") if p.is_file() and p.stat().st_size < 1_000_000}
    r = run_cli("batch", str(hostile), "-o", str(out), "--jobs", "2", "--fail-on", "never")
    assert r.returncode == 3, r.stderr  # finished, but some inputs could not be processed
    assert "Traceback" not in r.stderr + r.stdout
    reasons = {"empty.txt": "the file is empty", "binary.txt": "binary", "huge.txt": "over the size limit",
               "broken.pdf": "not a readable PDF", "loop": "symlink loop"}
    index = (out / "index.html").read_text(encoding="utf-8")
    for name, reason in reasons.items():
        line = next((x for x in r.stderr.splitlines() if name in x and reason in x), None)
        assert line, f"{name} is not reported on stderr with {reason!r}:\n{r.stderr}"
        assert name in index and reason in index
    results = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    checked = sorted(Path(x["document"]["source"]).name for x in results)
    assert checked == ["cp1252.txt", "invalid-utf8.txt", "kent.md", "release.pdf", "scripts.html", "tv.txt"]
    for x in results:
        assert (out / x["page"]).is_file() and x["claims"], x["document"]["source"]
    by_name = {Path(x["document"]["source"]).name: x for x in results}
    assert by_name["cp1252.txt"]["document"]["encoding"] == "cp1252"
    assert "\u00a32.5m" in {c["surface"].split()[-1] for c in by_name["cp1252.txt"]["claims"]} | \
        {c["surface"] for c in by_name["cp1252.txt"]["claims"]}
    assert by_name["invalid-utf8.txt"]["document"]["encoding"].startswith("utf-8 (")
    assert all("9,999" not in c["surface"] and "12345" not in c["surface"] for c in by_name["scripts.html"]["claims"])
    # the same text by another name, and the same file through a symlink, are checked once and listed
    assert "tv2.txt" in index and "tv-link.txt" in index and "checked once" in index
    assert "6 articles checked" in r.stderr and "duplicates" in r.stderr and "1 other files ignored" in r.stderr
    assert not list(out.glob(".*.tmp")), "no temporary file is left behind"
    assert all(p.read_bytes() == data for p, data in before.items()), "inputs are never modified"


def test_resume_keeps_complete_lines_and_checks_only_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "third.txt").write_text("date 2022-02-02\nNational\n\nOver 11,000 additional officers have been "
                                      "recruited across England and Wales.\n", encoding="utf-8")
    out = tmp_path / "out"
    first = run_cli("batch", str(folder), "-o", str(out), "--jobs", "1", "--fail-on", "never")
    assert first.returncode == 0, first.stderr
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    # as if the run had been killed while writing the second line
    (out / "results.jsonl").write_text(lines[0] + "\n" + lines[1][: len(lines[1]) // 2], encoding="utf-8")
    again = run_cli("batch", str(folder), "-o", str(out), "--jobs", "1", "--resume", "--fail-on", "never")
    assert again.returncode == 0, again.stderr
    assert "2 articles checked" in again.stderr and "1 already done" in again.stderr
    after = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(x["document"]["sha256"] for x in after) == sorted(json.loads(x)["document"]["sha256"] for x in lines)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(x["page"] in index for x in after)


def test_run_that_cannot_proceed_exits_2_with_one_line(tmp_path):
    r = run_cli("batch", str(tmp_path / "nowhere"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "not a folder" in r.stderr


@pytest.mark.skipif(os.environ.get("FACTCHECK_SKIP_DASK") == "1", reason="FACTCHECK_SKIP_DASK=1")
def test_dask_cluster_writes_the_same_results_as_a_local_run(tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed: pip install 'factcheck[dask]'")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "release.pdf").write_bytes(minimal_pdf(["Thames Valley Police has 609 more officers."]))
    local = run_cli("batch", str(folder), "-o", str(tmp_path / "local"), "--jobs", "1", "--fail-on", "never")
    dask = run_cli("batch", str(folder), "-o", str(tmp_path / "dask"), "--jobs", "2", "--cluster", "local",
                   "--fail-on", "never")
    assert local.returncode == 0 and dask.returncode == 0, dask.stderr
    lines = {name: sorted((tmp_path / name / "results.jsonl").read_text(encoding="utf-8").splitlines())
             for name in ("local", "dask")}
    assert len(lines["local"]) == 3 and lines["dask"] == lines["local"]


def test_a_batch_stopped_by_sigterm_ends_its_workers_and_writes_its_index(tmp_path):
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):  # each takes seconds to read: the batch is mid-way when it is stopped
        (folder / f"n{i}.txt").write_text(f"Kent police {i}. " + "1, " * 3000, encoding="utf-8")
    out = tmp_path / "out"
    batch = subprocess.Popen([sys.executable, "-m", "factcheck", "batch", str(folder), "-o", str(out), "--jobs", "2",
                              "--no-progress", "--time-limit", "0"], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while len(_children(batch.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(8)  # the workers have loaded their models and are checking
        workers = _children(batch.pid)
        batch.send_signal(signal.SIGTERM)
        stderr = batch.communicate(timeout=30)[1]
    finally:
        batch.kill()
    assert batch.returncode == 143, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert (out / "index.html").is_file() and not (out / ".factcheck.lock").exists()
    time.sleep(0.5)
    assert not [p for p in workers if _alive(p)]


def test_the_index_is_worst_first_and_names_the_worst_claim():
    from factcheck.batch import _row, by_severity

    def result(source, labels, look=None):
        claims = [{"verdict": {"label": label}} for label in labels]
        summary = {label: labels.count(label) for label in set(labels)}
        out = {"document": {"source": source, "title": None}, "page": f"{source}.html", "summary": summary,
               "claims": claims}
        if look is not None:
            out["look_first"] = look
        return out

    wrong = {"id": "c3", "label": "contradicted", "surface": "rose by 200", "why_listed": ["called wrong"],
             "reason": "Claimed rose by 200; …"}
    rows = [_row(result("a.txt", ["supported"], [])),
            _row(result("b.txt", ["contradicted", "supported"], [wrong])),
            _row(result("c.txt", ["contradicted", "contradicted"])),  # written by an older version: no look_first
            _row(result("d.txt", [])),
            _row(result("e.txt", ["unverifiable"], []))]
    rows.sort(key=by_severity)
    assert [r["source"] for r in rows] == ["c.txt", "b.txt", "e.txt", "a.txt", "d.txt"]
    assert rows[1]["worst_claim"] == wrong and rows[0]["worst_claim"] is None
