"""Snippets of a result's text around the words searched for, the words marked with <mark>."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

SNIPPET_WORDS = 35


def query_words(text: str) -> list[str]:
    return [word for word in re.findall(r"\w+", text.lower()) if len(word) > 1]


def rough_stem(word: str) -> str:
    """Return the start that the word's other forms share, roughly as the backends' stemmers
    see it: "bins" and "bin", "collections" and "collecting"."""
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    return word[:-2] if len(word) > 5 else word


def word_pattern(words: list[str]) -> re.Pattern | None:
    """Match the words and their other forms."""
    if not words:
        return None
    stems = sorted({rough_stem(word) for word in words}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")\w*", re.IGNORECASE)


def mark(text: str, pattern: re.Pattern | None) -> SafeString:
    """Return the text escaped, with every match of the pattern in <mark>."""
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def snippet(text: str, pattern: re.Pattern | None) -> SafeString:
    """Return about SNIPPET_WORDS words of the text, around the first match if there is one."""
    words = strip_tags(text).split()
    first = 0
    if pattern is not None:
        first = next((index for index, word in enumerate(words) if pattern.search(word)), 0)
    start = max(0, first - SNIPPET_WORDS // 3)
    window = " ".join(words[start : start + SNIPPET_WORDS])
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
    return mark_safe(escape(prefix) + mark(window, pattern) + escape(suffix))  # noqa: S308


def searchable_text(obj) -> str:
    """Return the object's indexed text other than its title, in search_fields order."""
    texts = []
    for field in type(obj).get_searchable_search_fields():
        if field.field_name == "title":
            continue
        value = field.get_value(obj)
        values = value if isinstance(value, list | tuple) else [value]
        texts += [str(item) for item in values if item]
    return " ".join(texts)
