"""`factcheck rules`: list the rules, or explain one, as a newsroom reads them."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from factcheck.cli.common import EXIT_ERROR, fail_data, main
from factcheck.engine.rules import Rule, load_rules
from factcheck.errors import DataError
from factcheck.reference.vocabulary import Vocabulary


def _rules(ctx: click.Context) -> list[Rule]:
    try:
        vocabulary = Vocabulary.load(ctx.obj["reference_data"] / "metrics.yaml")
        return load_rules(ctx.obj["rules"], vocabulary)
    except DataError as e:
        fail_data(e, limit=len(e.problems))


def _find(rules: list[Rule], key: str) -> Rule | None:
    key = key.strip()
    return next((r for r in rules if key.upper() in (r.id, *r.aliases) or key == r.name), None)


@main.command("rules")
@click.argument("rule_id", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def rules_(ctx, rule_id: str | None, fmt: str) -> None:
    """List the rules (id, name, description, examples), or explain RULE_ID (an id, alias or name)."""
    rules = _rules(ctx)
    if rule_id:
        rule = _find(rules, rule_id)
        if rule is None:
            click.echo(f"factcheck: error: no rule {rule_id!r}; known: {', '.join(r.id for r in rules)}", err=True)
            sys.exit(EXIT_ERROR)
        if fmt == "json":
            click.echo(json.dumps(rule.model_dump(mode="json"), indent=2, ensure_ascii=False))
            return
        click.echo(_explain(rule))
        return
    if fmt == "json":
        click.echo(json.dumps([{"id": r.id, "name": r.name, "version": r.version, "description": r.description,
                                "applies_to": r.applies_to.model_dump(mode="json"),
                                "examples": [e.model_dump(mode="json") for e in r.examples]} for r in rules],
                              indent=2, ensure_ascii=False))
        return
    table = Table(title=f"Rules in {ctx.obj['rules']} (first match judges a claim)")
    for col in ("id", "name", "v", "applies to", "description", "examples"):
        table.add_column(col, overflow="fold")
    for r in rules:
        applies = ", ".join(r.applies_to.kinds) + (f" · {', '.join(r.applies_to.metrics)}" if r.applies_to.metrics else "")
        expects = sorted({e.expect for e in r.examples})
        table.add_row(r.id, r.name, str(r.version), applies, r.description,
                      f"{len(r.examples)} ({', '.join(expects)})")
    Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table)


def _explain(rule: Rule) -> str:
    a, ref = rule.applies_to, rule.reference
    lines = [f"{rule.id} {rule.name} (version {rule.version})" + (f", formerly {', '.join(rule.aliases)}" if rule.aliases else ""),
             "", rule.description, "", "Why: " + " ".join(rule.rationale.split()), "",
             f"Applies to: kinds {', '.join(a.kinds)}"
             + (f"; metrics {', '.join(a.metrics)}" if a.metrics else "; any metric")
             + (f"; units {', '.join(str(u) for u in a.units)}" if a.units else "")
             + ("; needs the part a share is of" if a.needs_part else ""),
             f"Reference figure: strategy {ref.strategy}"
             + (f", metric {ref.metric}" if ref.metric else "")
             + (f", place {ref.geography} when the claim names none" if ref.geography else "")
             + (f", latest figure up to {ref.window_days} days before the claim's date" if ref.window_days else
                ", the figure for the claim's date only"),
             f"Comparison: {rule.compare.comparison}, close within {rule.compare.close_margin:.0%}",
             "", "Messages:"]
    for label, text in rule.messages.model_dump().items():
        if text:
            lines.append(f"  {label}: {text}")
    lines += ["", "Examples:"]
    for e in rule.examples:
        lines.append(f"  [{e.expect}] {e.date}: {e.text!r} → claim {e.claim!r}")
    if rule.references:
        lines += ["", "References:"] + [f"  {r.title}: {r.url}" for r in rule.references]
    return "\n".join(lines)
