"""`factcheck check` and `factcheck batch`: one article, or every article below a folder."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import click

from factcheck.cli.common import (DEFAULT_REVIEWS, EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, FAIL_ON, exit_code, fail,
                                  load_checker, load_reviews_or_fail, main, parse_date, parse_size)
from factcheck.errors import DataError
from factcheck.ingest import read_document
from factcheck.limits import DEFAULT_TIME_LIMIT, OverTime
from factcheck.limits import time_limit as limited
from factcheck.models import LABEL_SEVERITY
from factcheck.report.render import render, write_atomic
from factcheck.report.safe import printable


@main.command()
@click.argument("path")
@click.option("--date", "published", callback=parse_date, help="Publication date, YYYY-MM-DD (else detected from the text).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "md", "claimreview"]), default="text",
              show_default=True, help="claimreview: a JSON-LD list of schema.org ClaimReview objects.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the report to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default="contradicted", show_default=True,
              help="Exit 1 when a claim is at or above this level.")
@click.option("--max-size", callback=parse_size, default="5MB", show_default=True, help="Refuse larger files.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=DEFAULT_TIME_LIMIT, show_default=True,
              help="Seconds the article may take; 0 for no limit.")
@click.option("--reviews", "reviews_path", type=click.Path(path_type=Path), default=None,
              help=f"A reviewer's decisions to apply (default: {DEFAULT_REVIEWS}, when it exists).")
@click.pass_context
def check(ctx, path: str, published, fmt: str, output: Path | None, fail_on: str, max_size: int,
          time_limit: float, reviews_path: Path | None) -> None:
    """Check one article: a .txt, .md, .html or .pdf file, or - for standard input."""
    reviews = load_reviews_or_fail(reviews_path or DEFAULT_REVIEWS)
    try:
        # one byte more than the limit is enough to know standard input is over it
        stdin_bytes = sys.stdin.buffer.read(max_size + 1) if path == "-" else None
        doc = read_document(path, stdin_bytes=stdin_bytes, published=published, max_bytes=max_size)
    except DataError as e:
        fail(e.one_line())
    if output and path != "-" and _same_file(Path(path), output):
        fail(f"{output}: is the article being checked; the report would overwrite it")
    checker = load_checker(ctx)
    try:
        with limited(time_limit):
            report = checker.check(doc)
    except DataError as e:
        fail(e.one_line())
    except OverTime as e:
        fail(f"{path}: {e}")
    if reviews:
        from factcheck.reviews import apply_reviews

        report = apply_reviews(report, reviews)
        for line in report.stale_reviews:
            click.echo(printable(f"factcheck: warning: {line}"), err=True)
    out = render(report, fmt)
    if output:
        try:
            write_atomic(output, out)
        except DataError as e:
            fail(e.one_line())
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(out, nl=False)
    sys.exit(exit_code([report], fail_on))


class Stopped(KeyboardInterrupt):
    """The batch was asked to stop by a signal (SIGTERM: a service manager, `kill`, a CI timeout)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum, frame) -> None:
    raise Stopped(signum)


def _summarise(outcome, outdir: Path) -> None:
    """What a batch did, on stderr: each input it could not process, then one line of counts."""
    for f in outcome.failures:
        click.echo(printable(f"factcheck: skipped {f['reason']}"), err=True)
    for row in outcome.rows:
        for line in row["stale_reviews"]:
            click.echo(printable(f"factcheck: warning: {row['source']}: {line}"), err=True)
    counts = {k: sum(r["summary"].get(k, 0) for r in outcome.rows) for k in LABEL_SEVERITY}
    extra = [f"{outcome.resumed} already done" if outcome.resumed else "",
             f"{len(outcome.duplicates)} duplicates" if outcome.duplicates else "",
             f"{outcome.ignored} other files ignored" if outcome.ignored else ""]
    click.echo(f"{outcome.checked} articles checked in {outcome.seconds:.1f}s, {len(outcome.failures)} could not be "
               f"processed" + "".join(f", {e}" for e in extra if e) + "; "
               + (", ".join(f"{v} {k}" for k, v in counts.items() if v) or "no claims")
               + f"; wrote {outdir / 'index.html'}", err=True)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _progress(enabled: bool):
    """A rich progress bar on stderr (files done, claims, errors, rate, ETA), or nothing."""
    if not enabled:
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    progress = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[claims]} claims · {task.fields[errors]} errors · {task.fields[rate]}"),
                        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                        console=Console(stderr=True), transient=False)
    task = progress.add_task("batch", total=None, claims=0, errors=0, rate="")
    started = time.monotonic()

    def update(counts: dict) -> None:
        elapsed = max(time.monotonic() - started, 1e-6)
        progress.update(task, total=counts["total"], completed=counts["done"], claims=counts["claims"],
                        errors=counts["errors"], rate=f"{counts['done'] / elapsed:.1f} articles/s")

    return progress, update


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", type=click.Path(path_type=Path), default=Path("reports"), show_default=True,
              help="Folder for index.html, one page per article and results.jsonl.")
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default="contradicted", show_default=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="the machine's cores",
              help="Worker processes; each loads the model once.")
@click.option("--resume", is_flag=True, help="Keep the results already in OUTPUT and skip articles whose content they hold.")
@click.option("--no-progress", is_flag=True, help="No progress bar (it is also off when stderr is not a terminal).")
@click.option("--max-size", callback=parse_size, default="5MB", show_default=True, help="Skip larger files, with the reason.")
@click.option("--time-limit", type=click.FloatRange(min=0), default=DEFAULT_TIME_LIMIT, show_default=True,
              help="Seconds an article may take before it is reported as not checked; 0 for no limit.")
@click.option("--cluster", metavar="ADDRESS",
              help="Run on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' for one on this "
                   "machine with --jobs workers. Needs `pip install factcheck[dask]`.")
@click.option("--reviews", "reviews_path", type=click.Path(path_type=Path), default=None,
              help="A reviewer's decisions to apply (default: OUTPUT/reviews.yaml, when it exists).")
@click.pass_context
def batch(ctx, folder: Path, outdir: Path, fail_on: str, jobs: int, resume: bool, no_progress: bool, max_size: int,
          time_limit: float, cluster: str | None, reviews_path: Path | None) -> None:
    """Check every .txt, .md, .html and .pdf file below FOLDER."""
    from factcheck.batch import Options

    # stopped by SIGTERM as by Ctrl-C: the workers are ended, the index written, the finished articles kept
    previous = signal.signal(signal.SIGTERM, _stop)
    ctx.call_on_close(lambda: signal.signal(signal.SIGTERM, previous))
    if not folder.is_dir():
        fail(f"{folder}: not a folder")
    if folder.resolve().is_relative_to(outdir.resolve()):
        fail(f"{outdir}: is the folder being checked (or holds it); the reports would be read as articles "
             f"on the next run: write them elsewhere, such as {folder / 'reports'}")
    if jobs > (os.cpu_count() or 1) and not cluster:
        click.echo(f"factcheck: --jobs {jobs} is more than the {os.cpu_count()} cores; using {os.cpu_count()}", err=True)
        jobs = os.cpu_count() or 1
    o = ctx.obj
    reviews = load_reviews_or_fail(reviews_path or outdir / "reviews.yaml")
    options = Options(str(o["reference_data"]), str(o["rules"]), o["official_only"], time_limit or None,
                      tuple(reviews))
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        fail(f"{outdir}: cannot write reports there ({e.strerror})")
    try:
        runner = _runner(ctx, options, jobs, cluster)
        outcome = _run(folder, outdir, options, runner, resume, max_size, not no_progress and sys.stderr.isatty())
    except KeyboardInterrupt as e:
        click.echo(f"factcheck: interrupted; the finished articles are in {outdir / 'results.jsonl'}: "
                   f"run again with --resume to go on", err=True)
        sys.exit(128 + getattr(e, "signum", signal.SIGINT))
    _summarise(outcome, outdir)
    if outcome.failures:
        sys.exit(EXIT_PARTIAL)
    bad = FAIL_ON[fail_on]
    sys.exit(EXIT_FAILED if outcome.worst_labels & bad else EXIT_OK)


def _runner(ctx, options, jobs: int, cluster: str | None):
    """Where the batch's articles are checked: this process, a local pool, or a Dask cluster."""
    from factcheck.batch import Runner, remember_checker
    from factcheck.pool import PoolRunner, preload, start_context

    forked = jobs > 1 and not cluster and start_context().get_start_method() == "fork"
    # spawned workers start loading their models now, while this process checks the rules and data
    runner = PoolRunner(jobs, options) if jobs > 1 and not cluster and not forked else Runner()
    try:
        checker = load_checker(ctx)  # rules or reference data that do not load stop the run here (exit 2)
    except BaseException:
        runner.abort()
        raise
    if forked:  # workers forked from this process once it has the checker and model: they share them
        preload(options, checker)
        runner = PoolRunner(jobs, options)
    elif jobs == 1 and not cluster:
        remember_checker(options, checker)  # a one-job run checks in this process, with this checker
    del checker  # else the workers check; this process reads inputs and writes outputs (a forked pool's
    # checker stays remembered here, for the pool that replaces one whose worker died)
    if cluster:
        try:
            from factcheck.distributed import DaskRunner
            runner = DaskRunner(None if cluster == "local" else cluster, jobs)
        except ImportError:
            fail("--cluster needs Dask: pip install 'factcheck[dask]'")
        except OSError as e:
            fail(f"cannot reach the Dask scheduler at {cluster} ({e})")
    return runner


def _run(folder: Path, outdir: Path, options, runner, resume: bool, max_size: int, show_progress: bool):
    from factcheck.batch import run_batch

    progress, update = _progress(show_progress)
    try:
        if progress:
            with progress:
                return run_batch(folder, outdir, options, runner, resume=resume, max_bytes=max_size,
                                 on_progress=update)
        return run_batch(folder, outdir, options, runner, resume=resume, max_bytes=max_size)
    except DataError as e:  # another batch holds the folder, or the results or index cannot be written
        runner.close()
        fail(e.one_line())
