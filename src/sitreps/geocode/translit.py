"""Keys that make two romanisations of one Arabic place name equal.

"Kafr Sakeer" and "Kafr Saghir", "Kweyris" and "Kuwayris", "Deir Ezzur" and
"Deir ez-Zor" are the same places written in different schemes. A name is
reduced to a consonant skeleton by the ordered rules of transliteration.yaml
(articles dropped, q/k/g/gh merged, vowels and doubled letters removed...);
names with equal skeletons are candidates, and `similarity` ranks them.
Arabic-script names map letter by letter straight to a skeleton.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..errors import Code, KnowledgeError
from ..knowledge import DEFAULT_PROFILE, knowledge_path, read_data, require

FILE = "transliteration.yaml"
_APOSTROPHES = re.compile(r"[\u2018\u2019'`\u00b4\u02bb\u02bc\u02be\u02bf\u02b9]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True)
class Rule:
    """One ordered rewrite with the spellings it must make equal."""

    pattern: re.Pattern[str]
    to: str
    examples: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Rules:
    """The whole romanisation table, compiled."""

    articles: frozenset[str]
    generic_words: frozenset[str]
    head_nouns: frozenset[str]
    spelling: tuple[Rule, ...]
    skeleton: tuple[Rule, ...]
    arabic: tuple[tuple[str, str], ...]


def _rules_of(data: dict, key: str, path: str) -> tuple[Rule, ...]:
    """Compile the list of {rule, to, examples} under `key`."""
    out = []
    for i, entry in enumerate(require(data, key, list, path=path, where="file")):
        where = f"{key}[{i}]"
        try:
            pattern = re.compile(require(entry, "rule", str, path=path, where=where))
        except re.error as exc:
            raise KnowledgeError(Code.E401, path=path, detail=f"{where}: bad regex: {exc}") from exc
        examples = tuple(tuple(pair) for pair in require(entry, "examples", list, path=path, where=where))
        if not examples or any(len(p) != 2 for p in examples):
            raise KnowledgeError(Code.E401, path=path, detail=f"{where}: examples must be pairs of spellings")
        out.append(Rule(pattern, str(entry.get("to", "")), examples))  # type: ignore[arg-type]
    return tuple(out)


@lru_cache(maxsize=4)
def load_rules(profile: str = DEFAULT_PROFILE) -> Rules:
    """Read and validate transliteration.yaml."""
    path = knowledge_path(FILE, profile=profile)
    data = read_data(FILE, profile=profile)
    arabic = require(data, "arabic", dict, path=path, where="file")
    spelling = _rules_of(data, "spelling", path)
    generic = [str(a) for a in require(data, "generic_words", list, path=path, where="file")]
    return Rules(
        articles=frozenset(str(a) for a in require(data, "articles", list, path=path, where="file")),
        # names are compared once spelled ("gharbiyah" -> "gharbiy"): generic words too
        generic_words=frozenset(generic) | frozenset(_spelled_with(w, spelling) for w in generic),
        head_nouns=frozenset(_spelled_with(str(w), spelling)
                             for w in require(data, "head_nouns", list, path=path, where="file")),
        spelling=spelling,
        skeleton=_rules_of(data, "skeleton", path),
        arabic=tuple((str(k), str(v)) for k, v in arabic.items()),
    )


def _spelled_with(word: str, spelling: tuple[Rule, ...]) -> str:
    for rule in spelling:
        word = rule.pattern.sub(rule.to, word)
    return word


@lru_cache(maxsize=4)
def rules_version(profile: str = DEFAULT_PROFILE) -> str:
    """A fingerprint of the rules: keys stored under other rules must be recomputed."""
    with open(knowledge_path(FILE, profile=profile), "rb") as fh:
        return hashlib.sha1(fh.read()).hexdigest()[:12]


def ascii_words(name: str, rules: Rules | None = None) -> list[str]:
    """Lower-case ASCII words of a romanised `name`, articles dropped."""
    rules = rules or load_rules()
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    words: list[str] = []
    for w in re.split(r"[^a-z0-9]+", text):
        if len(w) == 1 and w.isalpha() and words:
            words[-1] += w          # "Dar a": an ayn written as a space split the word
        elif w:
            words.append(w)
    kept = [w for w in words if w not in rules.articles]
    return kept or words


def arabic_skeletons(name: str, rules: Rules | None = None) -> list[str]:
    """Skeleton of each Arabic-script word of `name` (article dropped), letter by letter."""
    rules = rules or load_rules()
    table = dict(rules.arabic)
    out = []
    for word in re.findall(r"[\u0600-\u06ff]+", name):
        if word.startswith("\u0627\u0644") and len(word) > 3:
            word = word[2:]
        skeleton = "".join(table.get(c, "") for c in word)   # no shadda doubling to undo
        if skeleton.endswith("h") and word.endswith("\u0647") and len(skeleton) > 2:
            skeleton = skeleton[:-1]
        out.append(skeleton)
    return [w for w in out if w]


def spelled(word: str, rules: Rules) -> str:
    """A word after the spelling rules (shared vowel spellings, Deir/Dayr, Tal/Tall...)."""
    return _spelled_with(word, rules.spelling)


def skeleton_of_word(word: str, rules: Rules) -> str:
    """The consonant skeleton of one spelled word."""
    for rule in rules.skeleton:
        word = rule.pattern.sub(rule.to, word)
    return word


@lru_cache(maxsize=100_000)
def _word_keys(word: str, profile: str) -> tuple[str, str]:
    """(spelled, skeleton) of one word; words repeat across names (tall, kafr, deir)."""
    rules = load_rules(profile)
    spelled_word = spelled(word, rules)
    return spelled_word, skeleton_of_word(spelled_word, rules)


@dataclass(frozen=True)
class NameKeys:
    """What a name is matched and ranked by."""

    norm: str          # spelled words joined by spaces: "kafr sakir"
    key: str           # skeleton of the whole name: "kfrskr"
    base: str          # skeleton without generic words ("kabir", "camp"): "hmm"


@lru_cache(maxsize=200_000)
def name_keys(name: str, profile: str = DEFAULT_PROFILE) -> NameKeys:
    """Norm, key and base key of `name` (cached: gazetteers repeat names)."""
    rules = load_rules(profile)
    if _ARABIC.search(name):
        key = "".join(arabic_skeletons(name, rules))
        return NameKeys("ar:" + key, key, key)
    pairs = [_word_keys(w, profile) for w in ascii_words(name, rules)]
    words = [w for w, _ in pairs]
    skeletons = [k for _, k in pairs]
    key = "".join(skeletons) or "".join(words)
    core = [s for w, s in zip(words, skeletons) if w not in rules.generic_words]
    base = "".join(core) if core else key
    return NameKeys(" ".join(words), key, base)


@lru_cache(maxsize=200_000)
def base_norm(norm: str, profile: str = DEFAULT_PROFILE) -> str:
    """A spelled name without its generic words ("humayma kabir" -> "humayma")."""
    generic = load_rules(profile).generic_words
    kept = [w for w in norm.split(" ") if w not in generic]
    return " ".join(kept) if kept else norm


def head_noun_stem(name: str, profile: str = DEFAULT_PROFILE) -> str | None:
    """The rest of a name headed by a noun such as Jubb, Bir, Ard ("Jubb al-Bahrah"
    -> "bahrah"): the place it belongs to; None for other names."""
    rules = load_rules(profile)
    words = ascii_words(name, rules)
    if len(words) >= 2 and spelled(words[0], rules) in rules.head_nouns:
        return " ".join(words[1:])
    return None


def similarity(a: str, b: str) -> float:
    """0..1: how alike two names are once romanisation differences are removed."""
    ka, kb = name_keys(a), name_keys(b)
    if ka.norm == kb.norm:
        return 1.0
    spelled_ratio = fuzz.ratio(ka.norm.replace(" ", ""), kb.norm.replace(" ", "")) / 100
    if ka.key == kb.key:
        return 0.85 + 0.15 * spelled_ratio
    skeleton_ratio = fuzz.ratio(ka.key, kb.key) / 100
    return 0.6 * skeleton_ratio + 0.25 * spelled_ratio
