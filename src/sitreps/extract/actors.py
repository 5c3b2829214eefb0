"""Find actor mentions in text and resolve them to ACLED-style actors (CODEBOOK 3).

Text is split into word tokens compared in a normal form (lower case, no accents
or apostrophes, the articles al-/el-/ash-... as one, transliteration variants
such as Jeish/Jaish/Jaysh as one), then walked through a token trie of every
alias in ``actors.yaml``: the longest alias wins, mentions do not overlap. Loaded
labels ("terrorists", "Takfiri", "militants") come back as placeholder actors that
`resolve_label` turns into the group the context names.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..knowledge import DEFAULT_PROFILE
from ..knowledge.actors import (
    ARTICLES, FRONT, REBELS_NAME, UNKNOWN_NAME, Actor, ActorBook, load_actors, normalise_token,
)

WORD = re.compile(r"(?:[A-Z]\.){2,}(?![^\W_])|[^\W_]+(?:['\u2019\u2018`][^\W_]+)*")   # "U.S." is one word
GAP = re.compile(r"[ \t\u00a0\-\u2010\u2011/]{1,3}|\r?\n")   # what may separate words of one alias
HYPHEN_AFTER = re.compile(r"[-\u2010\u2011][^\W\d_]")        # "ISIS-held", "Nusra-affiliated"
HYPHEN_BEFORE = re.compile(r"[^\W\d_][-\u2010\u2011]$")     # "anti-government forces"
COORDINATOR = "and"
POSSESSIVE = re.compile(r"['\u2019\u2018`]s$", re.I)   # "ISIL's" reads as "ISIL"


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text: `label` as written, offsets in the caller's frame."""

    actor: Actor
    start: int
    end: int
    label: str

    @property
    def is_label(self) -> bool:
        """True when the mention is a loaded label that still needs resolving."""
        return self.actor.is_label


@dataclass(frozen=True)
class Token:
    text: str      # as written
    key: str       # normal form
    start: int
    end: int


@dataclass
class Entry:
    actor: Actor
    exact: tuple[str | None, ...]     # per token: the case-sensitive form required, or None
    noun: str | None = None           # the force noun, for aliases built from a modifier


@dataclass
class Node:
    children: dict[str, "Node"] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Matcher:
    """Token tries over one actor book: every alias, and the bare modifiers."""

    book: ActorBook
    variants: dict[str, str]
    aliases: Node = field(default_factory=Node)
    modifiers: Node = field(default_factory=Node)


def tokenize(text: str, variants: dict[str, str]) -> list[Token]:
    """Word tokens of `text` with their normal form."""
    out = []
    for m in WORD.finditer(text):
        key = normalise_token(POSSESSIVE.sub("", m.group().replace(".", "")))
        if key in ARTICLES and text[m.end():m.end() + 1] in "-\u2010\u2011" and m.end() < len(text):
            key = "al"
        out.append(Token(m.group(), variants.get(key, key), m.start(), m.end()))
    return out


def _insert(root: Node, alias: str, entry_of: "callable", variants: dict[str, str]) -> None:
    tokens = tokenize(alias, variants)
    if not tokens:
        return
    node = root
    for tok in tokens:
        node = node.children.setdefault(tok.key, Node())
    exact = tuple(t.text if t.text.isupper() and len(t.text) <= 3 and t.text.isalpha() else None
                  for t in tokens)
    node.entries.append(entry_of(exact))


def _variants(book: ActorBook) -> dict[str, str]:
    out: dict[str, str] = {}
    for group in book.spellings:
        for word in group:
            out[word] = group[0]
    return out


@lru_cache(maxsize=8)
def matcher_for(profile: str = DEFAULT_PROFILE) -> Matcher:
    """The tries for a profile's book, built once per process."""
    book = load_actors(profile)
    m = Matcher(book=book, variants=_variants(book))
    everyone = list(book.actors) + [label.placeholder for label in book.labels]
    for actor in everyone:
        for alias in actor.aliases:
            _insert(m.aliases, alias, lambda ex, a=actor: Entry(a, ex), m.variants)
        for modifier in actor.modifiers:
            _insert(m.modifiers, modifier, lambda ex, a=actor: Entry(a, ex), m.variants)
            for noun in actor.nouns:
                _insert(m.aliases, f"{modifier} {noun}",
                        lambda ex, a=actor, n=noun: Entry(a, ex, n), m.variants)
    return m


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens may belong to one alias (only spaces, hyphens or a slash between)."""
    return GAP.fullmatch(text[left.end:right.start]) is not None


def _case_ok(entry: Entry, tokens: Sequence[Token]) -> bool:
    return all(want is None or _bare(tok.text) in (want, want + "s") for want, tok in zip(entry.exact, tokens))


def _bare(word: str) -> str:
    return POSSESSIVE.sub("", word).replace(".", "")


def _step(node: Node, token: Token) -> tuple[Node | None, bool]:
    """The trie node after `token`, and whether it was reached only by reading a final "s" as a
    possessive whose apostrophe was lost ("Jeish al-Fatahs positions", "ISILs fighters")."""
    child = node.children.get(token.key)
    if child is not None or len(token.key) < 3 or not token.key.endswith("s"):
        return child, False
    child = node.children.get(token.key[:-1])
    return child, child is not None


def _walk(root: Node, text: str, tokens: Sequence[Token], i: int, *,
          with_noun: bool = False) -> tuple[int, Entry] | None:
    """Longest alias starting at token i: (index after it, entry), or None.

    `with_noun` keeps only aliases built from a modifier and a force noun."""
    if i > 0 and HYPHEN_BEFORE.search(text[:tokens[i].start]):
        return None
    node, best, j = root, None, i
    while j < len(tokens) and (j == i or _joined(text, tokens[j - 1], tokens[j])):
        node, possessive = _step(node, tokens[j])
        if node is None:
            break
        j += 1
        if HYPHEN_AFTER.match(text, tokens[j - 1].end) and not possessive:
            continue
        for entry in node.entries:
            if _case_ok(entry, tokens[i:j]) and (entry.noun or not with_noun):
                best = (j, entry)
                break
    return best


def _coordinated(m: Matcher, text: str, tokens: Sequence[Token], i: int) -> list[tuple[int, int, Actor]]:
    """"Syrian and Russian fighter jets": [(first token, end token, actor)] for both, or []."""
    first = _walk(m.modifiers, text, tokens, i)
    if first is None:
        return []
    j, left = first
    if j + 1 >= len(tokens) or tokens[j].key != COORDINATOR:
        return []
    second = _walk(m.aliases, text, tokens, j + 1, with_noun=True)
    if second is None or second[1].noun is None or second[1].noun not in left.actor.nouns:
        return []
    return [(i, j, left.actor), (j + 1, second[0], second[1].actor)]


def _mention(book: ActorBook, text: str, tokens: Sequence[Token], span: tuple[int, int, Actor],
             on: date | None, offset: int) -> ActorMention:
    i, j, actor = span
    start, end = tokens[i].start, tokens[j - 1].end
    return ActorMention(book.on(actor, on), start + offset, end + offset, text[start:end])


def find_actors(text: str, *, on: date | None = None, offset: int = 0,
                profile: str = DEFAULT_PROFILE) -> list[ActorMention]:
    """All actor mentions in `text`, longest alias first, non-overlapping, in text order.

    Names are those valid on date `on` (al-Nusra in 2017 is HTS); offsets are shifted
    by `offset` so a sentence's mentions land in the document's frame.
    """
    m = matcher_for(profile)
    tokens = tokenize(text, m.variants)
    out: list[ActorMention] = []
    i = 0
    while i < len(tokens):
        spans = _coordinated(m, text, tokens, i)
        single = _walk(m.aliases, text, tokens, i)
        if single and (not spans or single[0] >= spans[-1][1]):
            spans = [(i, single[0], single[1].actor)]
        if not spans:
            i += 1
            continue
        out.extend(_mention(m.book, text, tokens, s, on, offset) for s in spans)
        i = spans[-1][1]
    return _absorb_labels(out, text, offset)


def _absorb_labels(mentions: list[ActorMention], text: str, offset: int) -> list[ActorMention]:
    """A label right after a named armed group is part of its name: "ISIL terrorists",
    "Lebanese Hezbollah fighters", "Ahrar al-Sham Movement terrorist group"."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.is_label and not prev.is_label and prev.actor.family != "CIVILIANS"
                and not text[prev.end - offset:m.start - offset].strip()):
            out[-1] = ActorMention(prev.actor, prev.start, m.end, text[prev.start - offset:m.end - offset])
        else:
            out.append(m)
    return out


def _distance(a: ActorMention, b: ActorMention) -> tuple[int, int]:
    """How far b is from a; ties go to a group named before the label."""
    gap = a.start - b.end if b.end <= a.start else b.start - a.end
    return (max(gap, 0), 0 if b.end <= a.start else 1)


def resolve_label(mention: ActorMention, *, context: Sequence[ActorMention], rebel_front: bool,
                  exclude_families: Collection[str] = (), profile: str = DEFAULT_PROFILE) -> Actor:
    """The actor a loaded label stands for (CODEBOOK 3).

    The nearest group in `context` (mentions of the sentence, paragraph and section,
    in the label's offset frame) whose family the label may stand for, leaving out
    `exclude_families` (the other side of the event); else Opposition Rebels (Syria)
    on a rebel-held front, else Unidentified Armed Group (Syria), or the label's own
    fallback. A mention that is not a label resolves to its own actor.
    """
    if not mention.is_label:
        return mention.actor
    book = load_actors(profile)
    rule = book.label_of(mention.actor)
    candidates = [c for c in context if not c.is_label and c.actor.family in rule.targets
                  and c.actor.family not in exclude_families]
    if candidates:
        return min(candidates, key=lambda c: _distance(mention, c)).actor
    if rule.fallback != FRONT:
        return book.named(rule.fallback)
    return book.named(REBELS_NAME if rebel_front else UNKNOWN_NAME)


def is_actor_name(name: str, *, profile: str = DEFAULT_PROFILE) -> bool:
    """Whether `name` as a whole is an actor or label alias ("Jeish al-Fatah"): not a place."""
    m = matcher_for(profile)
    stripped = re.sub(r"^\s*the\s+", "", name, flags=re.I)
    tokens = tokenize(stripped, m.variants)
    found = _walk(m.aliases, stripped, tokens, 0) if tokens else None
    return found is not None and found[0] == len(tokens)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction code: 10 x the lower inter code + the higher; one-sided 10 x inter."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return 10 * codes[0]
    return 10 * codes[0] + codes[1]
