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

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> str:
    """'en' for English, else a short description of what the text looks like."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return "en"
    script = _main_script(letters)
    if script != "latin":
        return script
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < MIN_WORDS:
        return "en"
    share = sum(1 for w in words if w in FUNCTION_WORDS) / len(words)
    return "en" if share >= MIN_FUNCTION_SHARE else "non-English Latin-script text"


def _main_script(letters: list[str]) -> str:
    """'latin' when Latin letters dominate, else the name of the dominant script."""
    latin = sum(1 for c in letters if c < "\u0250")
    if latin >= MIN_LATIN_SHARE * len(letters):
        return "latin"
    scripts: dict[str, int] = {}
    for c in letters:
        if c >= "\u0250":
            name = unicodedata.name(c, "UNKNOWN").split(" ")[0].capitalize()
            scripts[name] = scripts.get(name, 0) + 1
    return max(scripts, key=scripts.get) + " script" if scripts else "unknown"
