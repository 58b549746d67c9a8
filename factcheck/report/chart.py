"""A small inline SVG chart of a claim's official series: the figures over time, the one used marked,
and the claimed level when the claim is a level. Drawn as text, so reports stay self-contained."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup, escape

from factcheck.engine.registry import claim_dates, fmt, words
from factcheck.models import Claim

W, H, PAD = 320, 90, 6


def series_chart(c: Claim) -> Markup:
    v = c.verdict
    if v is None or len(v.series) < 2:
        return Markup("")
    points = [(dt.date.fromisoformat(d), value) for d, value in v.series]
    used = {d for d in (v.official_as_of or "").split("/") if d}
    level = c.kind in ("count", "target") and c.unit is None and v.basis != "article"
    claimed = c.value if level else None
    when = claim_dates(c.period)
    t0, t1 = points[0][0].toordinal(), points[-1][0].toordinal()
    values = [value for _, value in points] + ([claimed] if claimed is not None else [])
    lo, hi = min(values), max(values)
    span_t, span_v = max(t1 - t0, 1), (hi - lo) or abs(hi) or 1

    def x(d: dt.date) -> float:
        return PAD + (W - 2 * PAD) * (d.toordinal() - t0) / span_t

    def y(value: float) -> float:
        return H - PAD - 12 - (H - 2 * PAD - 12) * (value - lo) / span_v

    line = " ".join(f"{x(d):.1f},{y(value):.1f}" for d, value in points)
    dots = "".join(f'<circle class="used" cx="{x(d):.1f}" cy="{y(value):.1f}" r="3.5"><title>{escape(fmt(value))} '
                   f'({d.isoformat()})</title></circle>' for d, value in points if d.isoformat() in used)
    mark = ""
    if claimed is not None and when:
        cx = min(max(x(when[1]), PAD), W - PAD)
        mark = (f'<path class="claimed" d="M{cx - 5:.1f},{y(claimed):.1f}h10M{cx:.1f},{y(claimed) - 5:.1f}v10">'
                f'<title>claimed {escape(c.surface)} ({escape(c.as_of or "")})</title></path>')
    title = (f"Official {escape(c.metric)}, {escape(c.geography or 'England and Wales')}"
             f"{', ' + escape(v.official_measure) if v.official_measure else ''}: {points[0][0]:%Y}–{points[-1][0]:%Y}, "
             f"{escape(fmt(lo))} to {escape(fmt(hi))}")
    return Markup(
        f'<svg class="chart" role="img" viewBox="0 0 {W} {H}" width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{title}</title>"
        f'<polyline class="series" fill="none" points="{line}"/>{dots}{mark}'
        f'<text x="{PAD}" y="{H - 2}">{points[0][0]:%Y}</text>'
        f'<text x="{W - PAD}" y="{H - 2}" text-anchor="end">{points[-1][0]:%Y}</text>'
        f'<text x="{W - PAD}" y="{PAD + 8}" text-anchor="end">{escape(fmt(hi))}</text></svg>')


BAR_W, BAR_H = 160, 12


def verdict_bar(summary: dict, labels: list[str], width: int = BAR_W) -> Markup:
    """How many claims of each verdict an article (or a batch) has, as one stacked bar, worst on the
    left; each part names its verdict and count when pointed at."""
    counts = [(label, summary.get(label, 0)) for label in labels if summary.get(label, 0)]
    total = sum(n for _, n in counts)
    if not total:
        return Markup("")
    parts, x = [], 0.0
    for label, n in counts:
        w = width * n / total
        parts.append(f'<rect class="b-{escape(label)}" x="{x:.1f}" y="0" width="{w:.1f}" height="{BAR_H}">'
                     f'<title>{n} {escape(words(label))}</title></rect>')
        x += w
    described = ", ".join(f"{n} {words(label)}" for label, n in counts)
    return Markup(f'<svg class="bar" role="img" aria-label="{escape(described)}" viewBox="0 0 {width} {BAR_H}" '
                  f'width="{width}" height="{BAR_H}" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>')
