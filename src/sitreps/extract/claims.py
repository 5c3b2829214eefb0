"""Who a report attributes its claim to (CODEBOOK section 7: claimed_by).

"X quoted Y as saying" gives "X, quoting Y"; "according to X", "X said / reported /
announced / confirmed" and the inverted '..." said X' give X; "reportedly" gives
"reports". Known claimants (SOHR, FARS, SANA ...) are written one way; other
claimants as the report names them, lower-cased unless a proper name ("military
sources in Eastern Hama"). The words live in ``claims.yaml``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge import DEFAULT_PROFILE, knowledge_path, read_data, require
from .notes import neutralise

FILE = "claims.yaml"
MAX_WORDS = 10
APPOSITIVE_WORDS = 5
ASIDE = re.compile(r",\s*(?:meantime|meanwhile|however|also|further|furthermore|in the meantime|"
                   r"for their part|for its part|in turn|in addition|moreover)\s*,", re.I)
BOUNDARY = re.compile(r"[,;:()\"\u201c\u201d\u2018]|\b(?:that|and|but|while|as|after|when|where|who|which)\b|"
                      r"[.!?](?:\s|$)", re.I)
FILLER = re.compile(r"^(?:(?:earlier|later|also|meanwhile|meantime|further|then|now|separately|"
                    r"and|but|so|yet)\s+)+|(?:\s+(?:has|have|had|was|were|is|are|also|further|reportedly|earlier|later|"
                    r"meantime|meanwhile|separately|previously|then|now|on\s+\w+day|\w+day))+$", re.I)
VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|not|no|did|do|does|can|could)\b",
                     re.I)


@dataclass(frozen=True)
class ClaimWords:
    """Attribution verbs, claimant heads, known claimants and 'reportedly' words, compiled."""

    verb: re.Pattern[str]
    head: re.Pattern[str]
    known: re.Pattern[str]
    known_names: dict[str, str]      # folded alias -> name
    not_claimants: frozenset[str]
    unnamed: re.Pattern[str]
    common: frozenset[str]           # words written in lower case when they open a claimant


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=8)
def claim_words(profile: str = DEFAULT_PROFILE) -> ClaimWords:
    """The profile's claim words, read once and validated."""
    path = knowledge_path(FILE, profile=profile)
    data = read_data(FILE, profile=profile)
    known = require(data, "known", dict, path=path, where="file")
    names = {_fold(alias): name for name, aliases in known.items() for alias in [name, *aliases]}
    aliases = sorted({a for name, al in known.items() for a in [name, *al]}, key=len, reverse=True)
    known_re = "|".join(("(?-i:{})" if a.isupper() else "{}").format(re.escape(a).replace(r"\ ", r"\s+"))
                        for a in aliases)
    return ClaimWords(
        verb=re.compile(rf"\b(?:{_alternation(require(data, 'verbs', list, path=path, where='file'))})\b", re.I),
        head=re.compile(rf"\b(?:{_alternation(require(data, 'heads', list, path=path, where='file'))})\b", re.I),
        known=re.compile(rf"(?<![\w-])(?P<name>{known_re})(?:['\u2019]?s)?(?![\w-])", re.I),   # "SANAs reporter"
        known_names=names,
        not_claimants=frozenset(w.lower() for w in require(data, "not_claimants", list, path=path, where="file")),
        unnamed=re.compile(rf"\b(?:{_alternation(require(data, 'unnamed_reports', list, path=path, where='file'))})\b",
                           re.I),
        common=frozenset(w.lower() for w in [*require(data, "common_modifiers", list, path=path, where="file"),
                                             *require(data, "heads", list, path=path, where="file")]),
    )


def _fold(alias: str) -> str:
    return re.sub(r"\s+", " ", alias).strip().lower()


def _known(phrase: str, words: ClaimWords) -> str | None:
    """The known claimant `phrase` names (the longest alias found), else None."""
    m = words.known.search(phrase)
    return words.known_names.get(_fold(m.group("name"))) if m else None


DETERMINERS = frozenset({"a", "an", "the", "some", "several", "two", "three", "many", "other", "its", "their"})
STOP_BACK = frozenset({"in", "on", "at", "of", "among", "from", "to", "with", "by", "for", "into", "about",
                       "over", "after", "before", "during", "near", "against", "amid", "under"})


NEW_PHRASE = frozenset({"a", "an", "the"})


def _last_phrase(tokens: list[str], words: ClaimWords) -> list[str]:
    """In unpunctuated text a determiner right after a noun starts a new phrase ("held by the
    Islamic State group a monitoring group"): keep the last such phrase that names a claimant."""
    starts = [i for i in range(1, len(tokens))
              if tokens[i].lower() in NEW_PHRASE and tokens[i - 1].lower() not in STOP_BACK | DETERMINERS
              and not VERBISH.fullmatch(tokens[i - 1])]
    for i in reversed(starts):
        if any(words.head.fullmatch(t.strip(".,'\u2019")) for t in tokens[i:]):
            return tokens[i:]
    return tokens


def _noun_phrase(phrase: str, words: ClaimWords) -> str:
    """The claimant's noun phrase inside `phrase`: from the first claimant word (source,
    agency ...) back over at most four modifiers, stopping at a preposition or after a
    determiner ("... resulting in casualties the report" -> "the report")."""
    tokens = _last_phrase(phrase.split(), words)
    head = next((i for i, t in enumerate(tokens) if words.head.fullmatch(t.strip(".,'\u2019"))), None)
    if head is None:
        return phrase
    start = head
    while start > 0 and head - start < 4:
        prev = tokens[start - 1].lower()
        if prev in STOP_BACK:
            break
        start -= 1
        if prev in DETERMINERS:
            break
    return " ".join(tokens[start:])


def _known_tail(phrase: str, words: ClaimWords) -> str | None:
    """The known claimant that ends `phrase` ("... to repel the assault the Syrian Observatory
    for Human Rights"), however long the words before it, perhaps with a short description
    after it ("... the Syrian Observatory for Human Rights a Britain-based war monitor")."""
    m = None
    for m in words.known.finditer(phrase):
        pass
    if m is None:
        return None
    rest = phrase[m.end():].split()
    described = rest and rest[0].lower() in ("a", "an", "the") and len(rest) <= APPOSITIVE_WORDS \
        and words.head.search(" ".join(rest))
    headed = rest and len(rest) <= 2 and words.head.fullmatch(rest[-1])      # "... Human Rights monitor"
    if rest and not (described or headed):
        return None
    return words.known_names.get(_fold(m.group("name")))


def _claimant(phrase: str, words: ClaimWords, *, initial: bool = True) -> str:
    """`phrase` tidied into a claimant, or "" when it names no one who could claim; `initial`
    says the phrase may open its sentence (so its first capital may be the sentence's)."""
    phrase = FILLER.sub("", phrase.strip(" ,;:-\u2014")).strip()
    tail = _known_tail(phrase, words)
    if tail:
        return tail
    whole = phrase
    if not _known(phrase, words):
        phrase = _noun_phrase(phrase, words)
    initial = initial and whole.startswith(phrase)
    phrase = re.sub(r"^the\s+", "", phrase, flags=re.I)
    tokens = phrase.split()
    if not tokens or len(tokens) > MAX_WORDS or tokens[0].lower() in words.not_claimants or \
            phrase.lower() in DETERMINERS:
        return ""
    known = _known(phrase, words)
    if known:
        return known
    if VERBISH.search(phrase):
        return ""
    proper = all(t[:1].isupper() for t in tokens if t.lower() not in {"of", "for", "al", "the"})
    if not words.head.search(phrase) and not proper:
        return ""
    named = any(t[:1].isupper() and not words.head.fullmatch(t) for t in tokens[1:])
    if proper and (named or not words.head.search(tokens[0])):
        return phrase
    first = tokens[0].lower()
    common = first in words.common or first in DETERMINERS or first.split("-")[0] in words.common
    keep = (tokens[0].isupper() and len(tokens[0]) > 1) or not initial or not common
    return phrase if keep else tokens[0].lower() + phrase[len(tokens[0]):]


def _before(text: str, at: int) -> str:
    """The words just before position `at`, back to the clause boundary."""
    chunk = text[:at]
    cut = max((m.end() for m in BOUNDARY.finditer(chunk)), default=0)
    return chunk[cut:]


RELATIVE = re.compile(r"\b(?:that|who|which)\s*$", re.I)
LEADING_NOUN = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$", re.I)


def _with_relative(text: str, at: int, before: str) -> str:
    """'an organisation that monitors the war said': the noun before a relative pronoun joined
    to its clause, so the claimant is the whole description rather than the clause."""
    start = at - len(before)
    rel = RELATIVE.search(text, 0, start)
    if rel is None:
        return before
    noun = LEADING_NOUN.search(_before(text, rel.start()))
    if noun is None:
        return before
    return noun.group() + text[rel.start():at]


def _after(text: str, at: int) -> str:
    """The words just after position `at`, up to the clause boundary."""
    m = BOUNDARY.search(text, at)
    return text[at:m.start() if m else len(text)]


def _quoting(text: str, words: ClaimWords) -> str:
    """'X quoted Y as saying' / 'Y was quoted by X as saying' / 'X, quoting Y' -> 'X, quoting Y'."""
    if "quot" not in text.lower():
        return ""
    m = re.search(r"(?P<x>[^,.;\"\u201c\u201d]{2,80}?)\s+quoted\s+(?P<y>[^\"\u201c\u201d]{2,80}?)\s+as\s+saying",
                  text, re.I)
    if m:
        y = m.group("y")
        if y.lower().startswith("by "):
            x, y = _claimant(y[3:], words), _claimant(m.group("x").split(",")[-1], words)
        else:
            x, y = _claimant(_before(m.group("x"), len(m.group("x"))), words), _claimant(y, words)
        if x and y:
            return f"{x}, quoting {y}"
        return x or y
    m = re.search(r"(?P<x>[^,.;]{2,80}),\s+quoting\s+(?P<y>[^,.;]{2,80})", text, re.I)
    if m:
        x = _claimant(_before(m.group("x"), len(m.group("x"))), words)
        y = _claimant(m.group("y"), words)
        return f"{x}, quoting {y}" if x and y else x or y
    return ""


AND_NEXT = re.compile(r"\s*(?:,\s*)?\band\s+(?:to\s+)?", re.I)


def _according_to(text: str, words: ClaimWords) -> str:
    """'according to X' -> X; 'according to X and Y' -> 'X; Y' (each a claimant)."""
    for m in re.finditer(r"\baccording\s+to\s+", text, re.I):
        first = _after(text, m.end())
        found = _claimant(first, words)
        if not found:
            continue
        more = AND_NEXT.match(text, m.end() + len(first))
        second = _claimant(_after(text, more.end()), words) if more else ""
        named = second and (_known(second, words) or words.head.fullmatch(second.split()[-1]))
        return f"{found}; {second}" if named and second != found else found
    return ""


NOUN_LIKE_VERBS = frozenset({"report", "reports", "claims", "notes", "states"})


def _noun_not_verb(verb: str, before: str, found: str, words: ClaimWords) -> bool:
    """Whether a verb that is also a noun follows a bare word that makes it a noun phrase
    ("daily reports"), not a claimant ("the agency reports")."""
    if verb.lower() not in NOUN_LIKE_VERBS or _known(found, words) or found[:1].isupper():
        return False
    tokens = [t.lower() for t in before.split()]
    if not tokens or not words.head.fullmatch(tokens[-1]):
        return True
    return len(tokens) > 1 and tokens[-2] not in DETERMINERS and tokens[-2] not in words.common


def _said(text: str, words: ClaimWords) -> str:
    """'X said' or, after a quote or comma, 'said X'."""
    for m in words.verb.finditer(text):
        if m.group()[:1].isupper() and text[:m.start()].strip(" \"\u201c"):
            continue      # "the United States", "Reports said": a capital mid-sentence is a name
        before = _with_relative(text, m.start(), _before(text, m.start()))
        found = _claimant(before, words, initial=not text[:m.start() - len(before)].strip(" \"\u201c"))
        if found and _noun_not_verb(m.group(), before, found, words):
            continue      # "with daily reports of attacks": "reports" is a noun
        if found:
            return found
        if re.search(r"[,\"\u201d]\s*$", text[:m.start()]):
            found = _claimant(_after(text, m.end()), words)
            if found:
                return found
    return ""


def _antecedent(found: str, text: str, earlier: Sequence[str]) -> str:
    """'... the sources said' after 'military sources said' earlier: the claimant named before."""
    if " " in found or not found.islower() or not re.search(rf"\bthe\s+{re.escape(found)}\b", text, re.I):
        return found
    stem = found.rstrip("s")
    for claim in reversed(earlier):
        last = claim.split(",")[0].split()[-1:] if claim else []
        if last and last[0].lower().rstrip("s") == stem and claim.lower() != found:
            return claim
    return found


def find_claim(text: str, *, earlier: Sequence[str] = (), profile: str = DEFAULT_PROFILE) -> str:
    """Who `text` attributes its claim to, or "" when the outlet speaks in its own voice.

    The source's loaded words are neutralised ("the terrorist group said" -> "militant
    group"); `earlier` (claimants found before in the paragraph or document, in order)
    resolves an anaphoric "the sources said" to the "military sources" named before.
    """
    words = claim_words(profile)
    text = ASIDE.sub("", text)
    for finder in (_quoting, _according_to, _said):
        found = finder(text, words)
        if found:
            return neutralise(_antecedent(found, text, earlier))
    return "reports" if words.unnamed.search(text) else ""
