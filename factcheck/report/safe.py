"""Text from an article, a file name or the reference data, made safe to show: no control characters
for a terminal or a page to act on, no Markdown or HTML for a renderer to run, no link that is not web."""

from __future__ import annotations

import re

from markupsafe import Markup

# C0 controls but tab and newline, DEL, and the C1 controls (ESC ] … BEL retitles a terminal; NUL ends strings)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# the Markdown punctuation that can make a link, an image, code or a table cell of text: escaped with a
# backslash, so a title stays text in any renderer (emphasis is harmless and left readable)
_MD_PUNCTUATION = re.compile(r"([\\`\[\]|])")


def printable(value: str) -> str:
    """`value` without control characters (a carriage return becomes a space)."""
    return _CONTROLS.sub(lambda m: " " if m.group(0) == "\r" else "", value)


def finalize(value):
    """Jinja's hook on every value a template prints: control characters out, Markup kept Markup."""
    if isinstance(value, Markup):
        return Markup(printable(str(value)))
    return printable(value) if isinstance(value, str) else value


def markdown_text(value) -> str:
    """Text for a Markdown report: one line, HTML as entities (which every renderer shows as text, where
    a backslash before "<" is not an escape in all of them), and Markdown punctuation escaped."""
    text = printable(str(value)).replace("\n", " ")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_PUNCTUATION.sub(r"\\\1", text)


def web_link(url: str | None) -> str | None:
    """`url` when it is an http(s) address, else None: a `javascript:` or `file:` source is shown, never linked."""
    return url if url and re.match(r"https?://", url.strip(), re.I) else None
