"""`factcheck refs`: browse, validate and refresh the reference data (list, show, coverage, validate, import)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from factcheck.cli.common import EXIT_ERROR, EXIT_FAILED, EXIT_OK, fail, fail_data, main, parse_date
from factcheck.errors import DataError
from factcheck.models import Figure
from factcheck.reference.coverage import LEGEND, grid_row, grid_years
from factcheck.reference.coverage import coverage as held_series
from factcheck.reference.refresh import import_file
from factcheck.reference.store import ReferenceStore


def _store(ctx: click.Context, folder: Path | None = None) -> ReferenceStore:
    try:
        return ReferenceStore.load(folder or ctx.obj["reference_data"])
    except DataError as e:
        fail_data(e)


def _console() -> Console:
    return Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def _number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"


def _figure_json(f: Figure) -> dict:
    s = f.source
    return {"metric": f.metric, "geography": f.geography, "geography_code": f.geography_code, "value": f.value,
            "as_of": f.as_of.isoformat(), "period": f.period, "measure": f.measure,
            "source": {"tier": s.kind, "title": s.title, "url": s.url, "publisher": s.publisher,
                       "reported_by": s.reported_by, "published": s.published.isoformat() if s.published else None,
                       "dataset": f.dataset, "edition": f.edition, "locator": f.locator},
            "rounded": f.rounded, "supplementary": f.supplementary}


@main.group()
def refs() -> None:
    """Browse, validate and refresh the reference data (official figures with their sources)."""


@refs.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def list_(ctx, fmt: str) -> None:
    """The datasets held: publisher, tier, editions and how many figures each has."""
    store = _store(ctx)
    counts: dict[str, int] = defaultdict(int)
    for f in store.figures:
        counts[f.dataset] += 1
    out = []
    for d in store.datasets:
        tiers = sorted({e.tier for e in d.meta.editions})
        published = [e.published for e in d.meta.editions if e.published]
        out.append({"id": d.meta.id, "title": d.meta.title, "publisher": d.meta.publisher, "url": d.meta.url,
                    "licence": d.meta.licence, "tiers": tiers, "editions": len(d.meta.editions),
                    "first_published": min(published).isoformat() if published else None,
                    "last_published": max(published).isoformat() if published else None,
                    "figures": counts[d.meta.id]})
    if fmt == "json":
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    table = Table(title=f"Reference data in {store.root}")
    for col in ("dataset", "tier", "editions", "published", "figures", "title"):
        table.add_column(col, justify="right" if col in ("editions", "figures") else "left")
    for d in out:
        span = d["first_published"] if d["first_published"] == d["last_published"] else \
            f"{d['first_published'] or '?'} … {d['last_published'] or '?'}"
        table.add_row(d["id"], "/".join(d["tiers"]), str(d["editions"]), span, f"{d['figures']:,}", d["title"])
    _console().print(table)


def _as_of_arg(ctx, param, value):
    """A date, or a month ("2021-03") when one figure date in it is held."""
    if value is None or re.fullmatch(r"\d{4}-\d{2}", value):
        return value
    return parse_date(ctx, param, value)


@refs.command()
@click.argument("metric")
@click.option("--geography", "-g", default="England and Wales", show_default=True,
              help="A force or England and Wales, by name or alias (\"TVP\", \"the Met\").")
@click.option("--as-of", "as_of", callback=_as_of_arg,
              help="The date the figure is as at, YYYY-MM-DD or YYYY-MM (default: the latest held).")
@click.option("--measure", help="headcount, fte, or another measure the metric is held in (strength, count; "
                                "default: headcount when held).")
@click.option("--published-by", callback=parse_date, help="Use the latest edition published on or before this date.")
@click.option("--editions", is_flag=True, help="List every edition of the figure, to see its revisions.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def show(ctx, metric: str, geography: str, as_of, measure: str | None, published_by, editions: bool, fmt: str) -> None:
    """One figure with its source. Exit 1 when no figure is held for that date: the nearest dates held
    are named, never used in its place."""
    store = _store(ctx)
    official_only = ctx.obj["official_only"]
    name = store.vocabulary.canonical(metric)
    if name is None:
        fail(f"unknown metric {metric!r}; known: {', '.join(sorted(store.vocabulary.metrics))}")
    place = store.gazetteer.resolve(geography)
    if place is None:
        fail(f"unknown geography {geography!r}: not a force or England and Wales in {store.root / 'gazetteer.csv'}")
    held = store.measures(name, place)
    if not held:
        click.echo(f"no {name} figures are held for {place}", err=True)
        sys.exit(EXIT_FAILED)
    if measure is None:
        measure = "headcount" if "headcount" in held else held[0]
    elif measure not in held:
        fail(f"no {name} figures are held for {place} in measure {measure!r}; held: {', '.join(held)}")
    dates = store.dates(name, place, measure)
    if isinstance(as_of, str):  # a month
        in_month = [d for d in dates if d.strftime("%Y-%m") == as_of]
        as_of = in_month[-1] if in_month else dt.date.fromisoformat(f"{as_of}-01")
    when = as_of or (dates[-1] if dates else None)
    figure = store.lookup(name, place, when, measure, published_by=published_by, official_only=official_only) if when else None
    if figure is None:
        click.echo(_none_held(name, place, measure, when, dates, official_only), err=True)
        sys.exit(EXIT_FAILED)
    history = store.editions(name, place, figure.as_of, measure, official_only=official_only)
    if fmt == "json":
        doc = _figure_json(figure)
        if editions:
            doc["editions"] = [_figure_json(f) for f in history]
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        sys.exit(EXIT_OK)
    s = figure.source
    lines = [f"{figure.metric} · {figure.geography} · as at {figure.as_of:%d %B %Y} · {figure.measure}",
             f"  value:     {_number(figure.value)}",
             f"  source:    {s.title}" + (f" (published {s.published})" if s.published and "published" not in s.title else ""),
             f"  url:       {s.url}",
             f"  where:     {figure.locator}",
             f"  tier:      {s.kind}" + (f", reported by {s.reported_by} from {s.publisher}" if s.kind == "reported" else ""),
             f"  edition:   {figure.dataset} / {figure.edition}"]
    if figure.rounded:
        lines.append("  rounded:   a rounded copy: it confirms a quoted whole number, but is never added, subtracted or ranked")
    if figure.supplementary:
        lines.append("  role:      a supplementary table, used only where no primary dataset holds this figure")
    others = [m for m in held if m != measure]
    if others:
        lines.append(f"  also held: {', '.join(others)} (--measure)")
    if len(history) > 1 or editions:
        lines.append(f"  editions:  {len(history)}")
        for f in history:
            mark = "*" if f == figure else " "
            lines.append(f"   {mark} {f.source.published or 'undated'}  {_number(f.value):>12}  "
                         f"{f.dataset}/{f.edition}  {f.source.kind}")
    click.echo("\n".join(lines))


def _none_held(name: str, place: str, measure: str, when: dt.date | None, dates: list[dt.date],
               official_only: bool) -> str:
    """What `refs show` says when no figure is held for that date: the nearest dates that are."""
    before = [d for d in dates if when and d < when]
    after = [d for d in dates if when and d > when]
    near = "; ".join(x for x in (f"nearest before: {before[-1]}" if before else "",
                                 f"nearest after: {after[0]}" if after else "") if x)
    what = f"{name} ({measure}) for {place}" + (f" at {when}" if when else "")
    tier = " in the official tier" if official_only else ""
    return f"no figure held for {what}{tier}" + (f" ({near})" if near else "")


def _date_span(dates: list[dt.date]) -> str:
    """"31 Mar 2007–2022; 30 Sep 2014–2019": dates grouped by day of year, each as a run of years."""
    by_day: dict[tuple[int, int], list[int]] = defaultdict(list)
    for d in dates:
        by_day[(d.month, d.day)].append(d.year)
    parts = []
    for (month, day), years in sorted(by_day.items(), key=lambda kv: min(kv[1])):
        label = dt.date(2000, month, day).strftime("%d %b").lstrip("0")
        runs, start = [], years[0]
        for a, b in zip(years, years[1:] + [None], strict=True):
            if b != a + 1:
                runs.append(str(start) if start == a else f"{start}–{a}")
                start = b
        parts.append(f"{label} {', '.join(runs)}")
    return "; ".join(parts)


def _coverage_json(s, n_forces: int) -> dict:
    dates = sorted(s.dates.values(), key=lambda d: d.date)
    primary = [d.date for d in dates if d.tier == "primary"]
    return {"metric": s.metric, "measure": s.measure, "figures": s.figures, "forces": len(s.places) - ("England and Wales" in s.places),
            "of_forces": n_forces, "national": "England and Wales" in s.places,
            "all_forces_dates": _date_span([d.date for d in dates if d.tier == "primary" and d.forces >= n_forces]),
            "national_dates": _date_span([d.date for d in dates if d.national]),
            # dates where some places are held only by a supplementary table, rounded copies or the press
            "secondary_dates": _date_span([d.date for d in dates if d.tier != "primary"]),
            "dates": [{"date": d.date.isoformat(), "tier": d.tier, "forces": d.forces, "national": d.national}
                      for d in dates],
            "primary_dates": len(primary)}


@refs.command()
@click.option("--metric", help="Only this metric.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def coverage(ctx, metric: str | None, fmt: str) -> None:
    """Which forces and dates are held, per metric and measure: a grid of 31 March and 30 September
    columns, saying where only a supplementary table, rounded copies or the press hold a figure."""
    store = _store(ctx)
    wanted = store.vocabulary.canonical(metric) if metric else None
    if metric and wanted is None:
        fail(f"unknown metric {metric!r}; known: {', '.join(sorted(store.vocabulary.metrics))}")
    forces = {p.name for p in store.gazetteer.places if p.kind == "force"}
    national = store.gazetteer.resolve("England and Wales")
    series = held_series(store.figures, forces, national, metric=wanted, official_only=ctx.obj["official_only"])
    if fmt == "json":
        click.echo(json.dumps([_coverage_json(s, len(forces)) for s in series], indent=2, ensure_ascii=False))
        return
    years = grid_years(series)
    width = max((len(f"{s.metric} {s.measure}") for s in series), default=10)
    head = " ".join(f"{y % 100:02d}" for y in years)
    lines = [f"Coverage of {store.root} ({len(forces)} forces and England and Wales), 31 March and 30 September "
             f"of each year {years[0]}–{years[-1]}:", LEGEND, "", f"{'':{width}}  {head}  other dates"]
    for s in series:
        cells, other = grid_row(s, years, len(forces))
        lines.append(f"{s.metric + ' ' + s.measure:{width}}  {cells}  {other or ''}".rstrip())
    click.echo("\n".join(lines))


@refs.command()
@click.option("--reference-data", "folder", type=click.Path(path_type=Path),
              help="The folder to validate (default: the one in use).")
@click.pass_context
def validate(ctx, folder: Path | None) -> None:
    """Check every dataset, row and the gazetteer; list all problems with file, row and column (exit 2)."""
    folder = folder or ctx.obj["reference_data"]
    try:
        store = ReferenceStore.load(folder)
    except DataError as e:
        for line in e.problems:
            click.echo(line, err=True)
        click.echo(f"factcheck: error: {folder}: {len(e.problems)} problem{'s' if len(e.problems) > 1 else ''}", err=True)
        sys.exit(EXIT_ERROR)
    forces = sum(1 for p in store.gazetteer.places if p.kind == "force")
    click.echo(f"{folder}: valid — {len(store.figures):,} figures in {len(store.datasets)} datasets, "
               f"{forces} forces + England and Wales, {len(store.vocabulary.metrics)} metrics")


@refs.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", callback=parse_date, help="When the table was published, YYYY-MM-DD (when import.yaml does not say).")
@click.option("--url", help="Where the table was published (when import.yaml does not say).")
@click.pass_context
def import_(ctx, files: tuple[Path, ...], published, url: str | None) -> None:
    """Import published tables as new editions of the reference data: the Home Office open data table
    (CSV or ODS, either header style), a 30 September data-tables workbook (ODS), or a figures CSV.
    Earlier editions are kept; the folder is only changed when it still validates."""
    root = ctx.obj["reference_data"]
    failed = 0
    for path in files:
        try:
            results = import_file(path, root, published=published, url=url)
        except DataError as e:
            failed += 1
            for line in e.problems[1:20]:
                click.echo(f"  {line}", err=True)
            click.echo(f"factcheck: error: {e.one_line()}", err=True)
            continue
        for r in results:
            skipped = "; ".join(f"{n} {why}" for why, n in sorted(r.skipped.items()))
            click.echo(f"{path}: {r.rows:,} figures into {root / r.dataset}" + (f" (left out: {skipped})" if skipped else ""))
    sys.exit(EXIT_ERROR if failed else EXIT_OK)
