"""Is this English? A check that needs no model: script and function words.

sitreps reads English reports; an Arabic or French page that slipped into a
batch must fail with E202 rather than yield nonsense events.
"""
from __future__ import annotations

import re
import unicodedata

# Frequent English function words: together they make up a large share of any
# English news text and very little of any other language's.
FUNCTION_WORDS = frozenset("""
a an the of and or but to in on at by for from with into over after before near
is are was were be been being has have had it its this that these those which who
as not no said says their there they he she his her them than also while during
""".split())
# Below this share of function words (over enough words), the text is not English.
MIN_FUNCTION_SHARE = 0.12
# Fewer words than this: judge by script only.
MIN_WORDS = 20
# Below this share of Latin letters among all letters, the text is not English.
MIN_LATIN_SHARE = 0.6

# The text judged: its first characters.
SAMPLE_CHARS = 20000

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def detect_language(text: str) -> str:
    """'en' for English, else a short description of what the text looks like."""
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "en"
    if len(_LATIN.findall(sample)) < MIN_LATIN_SHARE * letters:
        return _main_script(sample)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return "en"
    share = sum(1 for w in words if w in FUNCTION_WORDS) / len(words)
    return "en" if share >= MIN_FUNCTION_SHARE else "non-English Latin-script text"


def _main_script(sample: str) -> str:
    """The name of the script most non-Latin letters of `sample` are written in."""
    scripts: dict[str, int] = {}
    for c in _LETTER.findall(sample):
        if not _LATIN.match(c):
            name = unicodedata.name(c, "UNKNOWN").split(" ")[0].capitalize()
            scripts[name] = scripts.get(name, 0) + 1
    return max(scripts, key=scripts.get) + " script" if scripts else "unknown"
