"""The whole check of one document: text → quantities → claims → figures → verdicts → report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck import __version__
from factcheck.claims import ClaimExtractor
from factcheck.dating import date_by_figures, vintage
from factcheck.engine.evaluate import Engine
from factcheck.engine.rules import load_rules
from factcheck.ingest import check_length
from factcheck.limits import time_limit as limited
from factcheck.models import Claim, Dating, Document, Report, summarise
from factcheck.reference.store import DEFAULT_DIR as DEFAULT_REFERENCE_DIR
from factcheck.reference.store import ReferenceStore, bundled

DEFAULT_RULES_DIR = bundled("rules")


@dataclass
class Checker:
    """Everything loaded once and reused for every document: the model, the figures, the rules."""

    store: ReferenceStore
    engine: Engine
    extractor: ClaimExtractor

    @classmethod
    def load(cls, reference_dir: Path | str = DEFAULT_REFERENCE_DIR, rules_dir: Path | str = DEFAULT_RULES_DIR,
             *, official_only: bool = False, close_margin: float | None = None) -> Checker:
        store = ReferenceStore.load(reference_dir)
        rules = load_rules(rules_dir, store.vocabulary)
        engine = Engine(rules, store, official_only=official_only, close_margin=close_margin)
        return cls(store, engine, ClaimExtractor(store.vocabulary, store.gazetteer, force_scale=store.force_scale(),
                                                         releases=store.release_calendar(),
                                                         metric_releases=store.release_calendars(),
                                                         events=store.events,
                                                         scale_of_forces=store.scale_of_forces()))

    def claims(self, doc: Document, nlp_doc=None) -> list[Claim]:
        """The claims of a document, before any verdict."""
        return self.read(doc, nlp_doc)[0]

    def read(self, doc: Document, nlp_doc=None) -> tuple[list[Claim], Dating | None]:
        """The claims of a document and, when it is undated, when it is taken to have appeared: by
        its text, then by the official figures those claims quote, reading it again if they say more."""
        check_length(doc.source, doc.text)  # a Document made in code meets the files' limit too
        if nlp_doc is None:
            from factcheck.nlp import load_pipeline  # spaCy is imported only where text is read

            nlp_doc = load_pipeline()(doc.text)
        extractor, quantities = self.extractor, nlp_doc._.quantities
        if doc.published:
            return extractor.extract(doc, nlp_doc, quantities), None
        dating = extractor.date_from_text(doc.text)
        claims = extractor.extract(doc, nlp_doc, quantities, dating)
        by_figures = date_by_figures(doc.text, claims, self.engine, extractor.metric_releases, extractor.releases,
                                     dating)
        if by_figures:
            dating = by_figures
            claims = extractor.extract(doc, nlp_doc, quantities, dating)
        read_before, why = vintage(claims, self.engine, doc.text)
        if dating and read_before:
            dating = dating.model_copy(update={"read_before": read_before, "evidence": [*dating.evidence, *why]})
        return claims, dating

    def check_many(self, docs: list[Document], time_limit: float | None = None
                   ) -> Iterator[tuple[int, Report | Exception]]:
        """Reports for many documents, parsed together by `nlp.pipe`; an article that fails, or takes
        longer than `time_limit` seconds, yields its exception in place of a report, and the others go on."""
        from factcheck.nlp import load_pipeline

        nlp = load_pipeline()
        try:
            # the shared pass is held to the articles' time together; past it, or if one text breaks it,
            # each is parsed on its own below, within its own limit
            with limited(time_limit * len(docs) if time_limit else None):
                parsed = list(nlp.pipe(d.text for d in docs))
        except Exception:  # noqa: BLE001 - OverTime, or a text that broke the shared pass
            parsed = [None] * len(docs)
        for i, doc in enumerate(docs):
            try:
                with limited(time_limit):
                    report = self.check(doc, nlp_doc=parsed[i])
            except Exception as e:  # noqa: BLE001 - reported for this article, the batch goes on
                report = e
            yield i, report

    def check(self, doc: Document, *, generated: dt.datetime | None = None, nlp_doc=None) -> Report:
        """Claims with their verdicts, and a summary count per verdict."""
        claims, dating = self.read(doc, nlp_doc)
        claims = self.engine.judge(claims, doc, read_before=dating.read_before if dating else None)
        used = {c.verdict.rule for c in claims if c.verdict and c.verdict.rule}
        rules = {r.id: {"name": r.name, "version": str(r.version), "description": r.description,
                        "rationale": " ".join(r.rationale.split())} for r in self.engine.rules if r.id in used}
        return Report(factcheck=__version__, document=doc, claims=claims, summary=summarise(claims),
                      reference_data=str(self.store.root), rules=rules, dating=dating,
                      generated=generated.isoformat(timespec="seconds") if generated else None)

