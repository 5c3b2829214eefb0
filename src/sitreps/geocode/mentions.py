"""Find the place expressions of one sentence or paragraph of a war report.

War reports name places in a few recurring shapes: a cue word before a
capitalised name ("in X", "near the town of X"), a feature noun after it
("X village", "Handarat camp", "Hama province"), lists ("Tal Ayyoub, Sharbaa and
Humaymah"), districts inside a city ("al-Khalidiyah Quarter of the city of
Aleppo"), offsets ("10km Southwest of Maskana") and regions ("Eastern Hama").
This module turns those shapes into PlaceMention objects with regular
expressions and the word tables of place_words.yaml: no model, pure, fast.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..knowledge import governorate_named
from ..model import PlaceMention
from .place_words import PlaceWords, load_place_words
from .regions import mention_region

NamePredicate = Callable[[str], bool]

_CAP = r"(?:T-?\d+\b|[A-Z\u00C0-\u00DE][\w]*(?:['\u2019`\u2018](?!s\b)\w+)*)"
_LIST_SEP = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:!?()\"\u201c\u201d\n,]|\.\s")
_DISTANCE = re.compile(r"^(\d+(?:\.\d+)?)(?:-)?(km|kms|kilometers?|kilometres?|miles?)?$")
_MILE_KM = 1.609
# "as", "at", "an" are English words, but also the article assimilated to the
# next word's first letter ("Tall as Sawwan", "Jabal at Turkuman"): a particle
# only when that word begins with the same letter.
_ASSIMILATED = r"(?:as[ ](?=S)|at[ ](?=T)|an[ ](?=N))"
# "the Afrin district", "the district of Afrin", "Manbij countryside", "the
# countryside of Jisr al-Shughour": the text names the district (admin2) around.
_DISTRICT_AFTER = re.compile(r"\s+(?:(?P<d>(?:sub-?)?districts?)|(?P<c>countryside))\b", re.IGNORECASE)
_DISTRICT_BEFORE = re.compile(r"\b(?:(?P<d>(?:sub-?)?district)|(?P<c>countryside)) of\s+(?:the\s+)?$", re.IGNORECASE)
_DESTINATION_BEFORE = re.compile(r"\b(?:to|towards?|into|for)\s+(?:the\s+)?(?:city\s+of\s+|province\s+of\s+)?$", re.IGNORECASE)
_ALT_SEP = re.compile(r"[ ]?/[ ]?")       # "Kobani/Ayn al-Arab": two names of one place
_CITY_PARTS = frozenset({"district", "quarter", "neighbourhood", "neighborhood", "camp", "square"})
_NOT_SHARED = frozenset({"farms", "farm"})      # "Kissin, Tal Do, Abu al-Iz farms": only the last
_FUNCTION_WORDS = frozenset("a an the in on at of for to and or with by as from into over after near its vs amid".split())


@dataclass
class _Cue:
    """What the words before a name say about it."""

    relation: str = "in"
    bearing: str | None = None
    distance_km: float | None = None
    feature: str | None = None
    weak: bool = False


@lru_cache(maxsize=4)
def _name_patterns(hyphen: tuple[str, ...], space: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(name regex, word regex) built from the particle tables."""
    hyp = "|".join(sorted(set(hyphen), key=len, reverse=True))
    spc = "|".join(sorted(set(space), key=len, reverse=True))
    word = rf"(?:(?:{hyp})-)?{_CAP}(?:-(?:(?:{hyp})-)?{_CAP})*"
    first = rf"(?:(?:{spc})[ ])?{word}"
    token = rf"(?:(?:{spc})[ ]|{_ASSIMILATED})?{word}"
    name = rf"(?<![\w'\u2019`-]){first}(?:[ ]{token})*"
    return re.compile(name), re.compile(token)


def find_place_mentions(
    text: str,
    *,
    offset: int = 0,
    is_actor: NamePredicate | None = None,
    is_place: NamePredicate | None = None,
    admin1_hint: str | None = None,
    split: NamePredicate | None = None,
    profile: str = "syria",
) -> list[PlaceMention]:
    """Place mentions of `text`, offsets shifted by `offset`, in text order.

    `is_actor` rejects names of armed groups; `is_place` (a gazetteer check)
    admits names that have no cue word; `admin1_hint` (a section header's
    governorate) is used when the text names no governorate itself; `split` (a
    gazetteer check too) cuts a run of words that names no place into the places
    it lists when a text lost its commas ("Kafar Takharim Kafranbil Khan Alsibil").
    """
    words = load_place_words(profile)
    if _is_title_case(text):
        return _title_case_mentions(text, words, offset=offset, is_actor=is_actor, is_place=is_place)
    found: list[tuple[PlaceMention, int]] = []   # (mention, list group id)
    for group_id, group in enumerate(_candidate_lists(text, words, is_actor, split)):
        head = next((c.cue for c in group if c.cue is not None), None)
        whole = any(c.kind is not None or (c.cue is not None and not c.cue.weak) for c in group)
        for c in group:
            cue = c.cue or (_Cue(head.relation, head.bearing, None, head.feature, head.weak) if head else None)
            if whole or _admitted(c.name, cue, c.kind, is_place):
                m = _mention(c.name, c.start, c.end, cue or _Cue(), c.noun, c.kind, c.lead_bearing)
                m.alternatives = c.alternatives
                found.append((m, group_id))
    mentions = _share_list_features(found)
    _assign_parents(text, mentions)
    _assign_admin1(mentions, admin1_hint, text=text)
    _assign_admin2(text, mentions)
    for m in mentions:
        m.start += offset
        m.end += offset
    return mentions


def _is_title_case(text: str) -> bool:
    """A headline in Title Case ("Army Recaptures Key Town in Hama"), where capitals
    no longer mark names: every lower-case word is a short function word."""
    alpha = re.findall(r"[A-Za-z][\w'\u2019-]*", text)
    if len(alpha) < 5 or len(alpha) > 30:
        return False
    lower = [w for w in alpha if not w[0].isupper()]
    return len(lower) <= len(alpha) - 4 and all(w in _FUNCTION_WORDS for w in lower)


def _title_case_mentions(text: str, words: PlaceWords, *, offset: int, is_actor: NamePredicate | None,
                         is_place: NamePredicate | None) -> list[PlaceMention]:
    """In a Title Case headline, only word runs that are governorates or gazetteer places."""
    _, token_re = _name_patterns(words.hyphen_particles, words.space_particles)
    tokens = [(t.start(), t.end()) for t in token_re.finditer(text)]
    out: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 4), i, -1):
            start, end = tokens[i][0], tokens[j - 1][1]
            name = text[start:end]
            if any(text[tokens[k][1]:tokens[k + 1][0]] != " " for k in range(i, j - 1)) or _not_a_place(name, words, is_actor):
                continue
            if governorate_named(name) is not None or (is_place is not None and is_place(name)):
                out.append(PlaceMention(text=name, start=start + offset, end=end + offset))
                i = j - 1
                break
        i += 1
    _assign_admin1(out, None, text=text)
    return out


@dataclass
class _Candidate:
    """A capitalised name with what stands on each side of it."""

    name: str
    start: int
    end: int
    lead_bearing: str | None
    cue: _Cue | None
    noun: str | None
    kind: str | None
    noun_end: int
    alternatives: tuple[str, ...] = ()


def _candidate_lists(text: str, words: PlaceWords, is_actor: NamePredicate | None,
                     split: NamePredicate | None = None) -> list[list[_Candidate]]:
    """Candidate names grouped into lists ("Tal Ayyoub, Sharbaa and Humaymah")."""
    groups: list[list[_Candidate]] = []
    for start, end, lead_bearing in _split_runs(text, _candidate_names(text, words), split, words):
        name = text[start:end]
        if _not_a_place(name, words, is_actor):
            continue
        noun, kind, noun_end = _right_noun(text, end, words)
        cand = _Candidate(name, start, end, lead_bearing, _left_cue(text, start, words), noun, kind, noun_end)
        prev = groups[-1][-1] if groups else None
        if prev is not None and _ALT_SEP.fullmatch(text, prev.end, start) and prev.noun is None:
            _add_alternative(prev, cand)
        elif prev is not None and _is_bracketed_alternative(text, prev, cand):
            cand.noun, cand.kind, cand.noun_end = _right_noun(text, end + 1, words)
            cand.noun_end = max(cand.noun_end, end + 1)
            _add_alternative(prev, cand)
        elif prev is not None and (_LIST_SEP.fullmatch(text, prev.noun_end, start)
                                   or (prev.noun is None and text[prev.end:start] == " ")):   # a split run
            cand.cue = None      # list items take the cue of the list's head
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups


MIN_SPLIT_WORDS = 3         # shorter runs are one name ("Khan Shaykhun", "Tall Rif'at")


def _split_runs(text: str, spans, split: NamePredicate | None, words: PlaceWords):
    """Each capitalised run as it comes, or, when `split` says the whole run is no
    place, the places it lists: the fewest pieces that each name a place."""
    for start, end, bearing in spans:
        tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
        pieces = _known_pieces(text, tokens, split, words) if split and len(tokens) >= MIN_SPLIT_WORDS \
            and not split(text[start:end]) else None
        if not pieces:
            yield start, end, bearing
            continue
        for i, (a, b) in enumerate(pieces):
            yield a, b, bearing if i == 0 else None


def _known_pieces(text: str, tokens: list[tuple[int, int]], split: NamePredicate,
                  words: PlaceWords) -> list[tuple[int, int]] | None:
    """The fewest runs of whole tokens, each a place `split` knows (4 letters or
    more), that cover `tokens` exactly; None when there are none or just one."""
    n = len(tokens)
    best: list[list[tuple[int, int]] | None] = [None] * (n + 1)
    best[0] = []
    for j in range(1, n + 1):
        for i in range(j):
            piece = (tokens[i][0], tokens[j - 1][1])
            name = text[piece[0]:piece[1]]
            if best[i] is not None and len(name) >= 4 and (best[j] is None or len(best[i]) + 1 < len(best[j])) \
                    and _whole_piece(name, words) and split(name):
                best[j] = best[i] + [piece]
    return best[n] if best[n] is not None and len(best[n]) >= 2 else None


def _whole_piece(name: str, words: PlaceWords) -> bool:
    """A piece of a split run may not end with a word that begins names."""
    return name.split()[-1].lower().strip("'`") not in words.name_heads


def _add_alternative(prev: _Candidate, cand: _Candidate) -> None:
    """"Kobani/Ayn al-Arab village": one place under two names; the noun after the
    second name is the place's."""
    prev.alternatives += (cand.name,)
    prev.noun, prev.kind, prev.noun_end = cand.noun, cand.kind, cand.noun_end


def _is_bracketed_alternative(text: str, prev: _Candidate, cand: _Candidate) -> bool:
    """"Serekaniye (Ras al-Ain)": a second name in brackets right after a name. Not a
    governorate ("Jarabulus (Aleppo)" says where), nor an acronym ("(SOHR)")."""
    return (prev.noun is None and text[prev.end:cand.start] == " (" and text.startswith(")", cand.end)
            and not cand.name.isupper() and governorate_named(cand.name) is None)


def find_document_mentions(
    text: str,
    *,
    is_actor: NamePredicate | None = None,
    is_place: NamePredicate | None = None,
    profile: str = "syria",
) -> list[PlaceMention]:
    """Place mentions of a whole document, line by line (offsets into `text`).

    A section header ("Deir Ezzur" alone on a line) is the default admin1 of the
    paragraphs under it that name no governorate themselves, until a paragraph
    names another governorate. (A governorate named in an earlier paragraph is not
    carried over: reports jump between fronts.)
    """
    mentions: list[PlaceMention] = []
    current: str | None = None
    pos = 0
    for line in text.split("\n"):
        header = header_governorate(line, profile=profile)
        if header:
            current = header
        elif line.strip():
            found = find_place_mentions(line, offset=pos, is_actor=is_actor, is_place=is_place,
                                        admin1_hint=current, profile=profile)
            if any((g := governorate_named(m.text)) is not None and g.name != current for m in found):
                current = None          # the report has moved on from the header's governorate
            mentions.extend(found)
        pos += len(line) + 1
    return mentions


def header_governorate(line: str, *, profile: str = "syria") -> str | None:
    """The governorate a short section header line names ("Deir Ezzur"), else None."""
    stripped = line.strip().strip(":-\u2013 ")
    if not stripped or len(stripped.split()) > 4:
        return None
    gov = governorate_named(stripped, profile=profile)
    return gov.name if gov else None


def _candidate_names(text: str, words: PlaceWords):
    """Capitalised name spans, with leading cue/stop words and trailing feature nouns cut off."""
    name_re, token_re = _name_patterns(words.hyphen_particles, words.space_particles)
    for match in name_re.finditer(text):
        tokens = [(match.start() + t.start(), match.start() + t.end()) for t in token_re.finditer(match.group())]
        tokens = _before_english_as(text, tokens, words)
        bearing = None
        while tokens and _leading_noise(text[tokens[0][0]:tokens[0][1]], words):
            lower = text[tokens[0][0]:tokens[0][1]].lower()
            if lower.endswith("ern") or lower == "central":
                bearing = words.directions.get(lower, bearing)
            tokens.pop(0)
        while len(tokens) > 1:
            cut = _trailing_noun(text, tokens, words)
            if not cut and _trailing_noise(text, tokens[-1], words):
                cut = 1
            if not cut:
                break
            del tokens[-cut:]
        if tokens:
            yield tokens[0][0], tokens[-1][1], bearing


def _before_english_as(text: str, tokens: list[tuple[int, int]], words: PlaceWords) -> list[tuple[int, int]]:
    """Cut a name at an "as"/"at"/"an" that is English, not an article: "Raqqa as
    Syrian Democratic Forces advanced" is Raqqa, and a group is never part of a name."""
    for i in range(1, len(tokens)):
        token = text[tokens[i][0]:tokens[i][1]]
        if re.match(_ASSIMILATED, token):
            rest = re.split(r"[\s\-]+", text[tokens[i][0]:tokens[-1][1]].lower())[1:]
            if rest and (rest[0] in words.not_place_names or any(w in words.not_place_words for w in rest)):
                return tokens[:i]
    return tokens


def _leading_noise(token: str, words: PlaceWords) -> bool:
    """A capitalised first word that is a cue, a stop word or a compass adjective."""
    lower = token.lower()
    return lower in words.cues or lower in words.not_place_names or lower in words.directions or lower in words.fillers


def _trailing_noise(text: str, token: tuple[int, int], words: PlaceWords) -> bool:
    """A last word that is a compass word or a stop word ("Damascus Saturday"). A
    short one ("Jan", "Mar") is a date only before a number: "Beit Jan" is a village."""
    lower = re.sub(_ASSIMILATED, "", text[token[0]:token[1]]).lower()
    if lower in words.directions:
        return True
    if lower not in words.not_place_names:
        return False
    return len(lower) > 3 or bool(re.match(r"\s*\d", text[token[1]:token[1] + 4]))


def _trailing_noun(text: str, tokens: list[tuple[int, int]], words: PlaceWords) -> int:
    """How many of the name's last words are a feature noun ("Raqqa City", "Yarmouk
    Camp", "Qwaris Military Air Base"): 0 when none."""
    for n in range(min(3, len(tokens) - 1), 0, -1):
        m = words.after_pattern.match(text, tokens[-n - 1][1])
        if m is not None and m.end() >= tokens[-1][1]:
            return n
    return 0


def _not_a_place(name: str, words: PlaceWords, is_actor: NamePredicate | None) -> bool:
    """Stop names (countries, days, outlets), group words, and actors."""
    lower = name.lower()
    if lower in words.not_place_names or len(lower) < 2:
        return True
    parts = [p for p in re.split(r"[\s\-]+", lower) if p]
    if any(p.strip("'\u2019`") in words.not_place_words for p in parts):
        return True
    if all(p in words.not_place_names for p in parts):       # "Turkish-Syrian"
        return True
    return bool(is_actor and is_actor(name))


def _admitted(name: str, cue: _Cue | None, kind: str | None, is_place: NamePredicate | None) -> bool:
    """A name is a place when a cue or a feature noun says so, or the gazetteer knows it."""
    if kind is not None or (cue is not None and not cue.weak):
        return True
    if is_place is not None:
        return is_place(name) or governorate_named(name) is not None
    return governorate_named(name) is not None      # a bare "of X" needs the gazetteer's word


def _tail_tokens(text: str, start: int, words: PlaceWords) -> list[str]:
    """Lower-cased words before `start` back to the clause boundary, nearest first."""
    left = text[max(0, start - 120):start]
    cut = None
    for cut in _CLAUSE_END.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    return [t for t in reversed(re.findall(r"[\w'\u2019.-]+", left.lower())) if t != "."]


def _left_cue(text: str, start: int, words: PlaceWords) -> _Cue | None:
    """Read the words before a name: cue word, "<noun> of", "<distance> <bearing> of"."""
    toks = _tail_tokens(text, start, words)
    i = 0
    bearing = None
    while i < len(toks) and toks[i] in words.fillers:
        if toks[i].endswith("ern") or toks[i] == "central":
            bearing = words.directions.get(toks[i], bearing)
        i += 1
    if i >= len(toks):
        return _Cue("region", bearing) if bearing else None
    tok = toks[i]
    if tok == "of" and i + 1 < len(toks):
        return _of_cue(toks, i + 1, words, bearing)
    if tok in ("from", "of"):
        distance = _distance_at(toks, i + 1)
        if distance is not None:
            return _Cue("near", None, distance)
    if tok == "to" and i + 1 < len(toks) and toks[i + 1] == "close":
        return _Cue("near")
    if tok in words.cues:
        if bearing:
            return _Cue("region", bearing)
        return _Cue(words.cues[tok], weak=False)
    if words.nouns_before.get(tok) == "in":
        return _noun_cue(toks, i, "in", words, bearing)
    return _Cue("region", bearing) if bearing else None


def _of_cue(toks: list[str], i: int, words: PlaceWords, bearing: str | None) -> _Cue:
    """The cue of "<word> of X": an offset, a compass direction, a noun, or a plain "of"."""
    tok = toks[i]
    if tok in words.directions and not tok.endswith("ern") and tok != "central":
        distance = _distance_at(toks, i + 1)
        return _Cue("near", words.directions[tok], distance)
    kind = words.nouns_before.get(tok)
    if kind is None:
        return _Cue("in", weak=True)
    return _noun_cue(toks, i, kind, words, bearing)


def _noun_cue(toks: list[str], i: int, kind: str, words: PlaceWords, bearing: str | None) -> _Cue:
    """"the village of X" / "the countryside of X": a noun, maybe governed by an earlier cue."""
    relation = {"near": "near", "region": "region", "district": "district"}.get(kind, "in")
    feature = toks[i] if kind in ("in", "district", "facility") else None
    j = i + 1
    while j < len(toks) and j < i + 8:
        tok = toks[j]
        if tok in words.directions and (tok.endswith("ern") or tok == "central"):
            bearing = bearing or words.directions[tok]
        elif tok == "of" or tok in words.fillers:
            pass
        elif relation in ("in", "district") and tok in words.nouns_before and toks[j - 1] == "of":
            outer = words.nouns_before[tok]
            if outer in ("near", "region"):
                relation = outer
        elif tok in words.cues:
            if relation == "in" and words.cues[tok] == "near":
                relation = "near"
            break
        j += 1
    if relation == "in" and bearing and kind == "region":
        relation = "region"
    return _Cue(relation, bearing if relation in ("region", "near") else None, None, feature)


def _distance_at(toks: list[str], i: int) -> float | None:
    """A distance written just before a compass word: "10km", "10 km", "5 kilometers"."""
    if i >= len(toks):
        return None
    m = _DISTANCE.match(toks[i])
    if m and m.group(2):
        return _to_km(float(m.group(1)), m.group(2))
    unit = re.fullmatch(r"km|kms|kilometers?|kilometres?|miles?", toks[i])
    if unit and i + 1 < len(toks):
        m = _DISTANCE.match(toks[i + 1])
        if m and not m.group(2):
            return _to_km(float(m.group(1)), unit.group())
    return None


def _to_km(value: float, unit: str) -> float:
    return round(value * _MILE_KM, 1) if unit.startswith("mile") else value


def _right_noun(text: str, end: int, words: PlaceWords) -> tuple[str | None, str | None, int]:
    """The feature noun right after a name, its kind, and where it ends."""
    m = words.after_pattern.match(text, end)
    if not m:
        return None, None, end
    noun = re.sub(r"\s+", " ", m.group("noun").lower())
    return noun, words.nouns_after[noun], m.end()


def _mention(name: str, start: int, end: int, cue: _Cue, noun: str | None, kind: str | None,
             lead_bearing: str | None) -> PlaceMention:
    """Combine the left cue and the right noun into one PlaceMention."""
    relation, bearing = cue.relation, cue.bearing
    if kind == "province":
        relation = "region"
    elif kind == "region" and relation == "in":
        relation = "region"
    elif kind == "area" and relation == "in":
        relation = "near"
    elif kind in ("district", "camp") and relation in ("in", "region"):
        relation = "district"
    if lead_bearing and cue.distance_km is None:
        relation, bearing = "region", lead_bearing
    feature = _feature_name(noun, kind) or _feature_name(cue.feature, None)
    return PlaceMention(text=name, start=start, end=end, relation=relation,
                        distance_km=cue.distance_km, bearing=bearing if relation in ("near", "region") else None,
                        feature=feature)


def _feature_name(noun: str | None, kind: str | None) -> str | None:
    """Singular feature name for the noun ("villages" -> "village", "refugee camp" -> "camp")."""
    if noun is None:
        return None
    if kind == "camp" or noun.startswith("camp"):
        return "camp"
    if kind == "province":
        return "province"
    if noun.endswith("s") and not noun.endswith("ss") and noun not in ("farms",):
        return noun[:-1]
    return noun


def _share_list_features(found: list[tuple[PlaceMention, int]]) -> list[PlaceMention]:
    """A plural noun after a list ("Arak and al-Sukhnah towns") applies to every item."""
    groups: dict[int, list[PlaceMention]] = {}
    for mention, group in found:
        groups.setdefault(group, []).append(mention)
    for items in groups.values():
        last = items[-1]
        if len(items) > 1 and last.feature and last.feature not in _NOT_SHARED:
            for m in items[:-1]:
                if m.feature is None:
                    m.feature = last.feature
                    if m.relation == "in" and last.relation in ("district", "near", "region"):
                        m.relation = last.relation
    return [m for m, _ in found]


def _assign_parents(text: str, mentions: list[PlaceMention]) -> None:
    """Districts and camps take the city named right after them ("... of the city of
    Aleppo"), else the city named before them in the same text ("... Raqqa city ...
    in al-Roumaniyeh neighborhood")."""
    for i, m in enumerate(mentions):
        if not _inside_a_city(m):
            continue
        m.parent = _city_after(text, m, mentions[i + 1:]) or _city_before(mentions[:i])


def _city_after(text: str, m: PlaceMention, later_ones: list[PlaceMention]) -> str | None:
    for later in later_ones:
        if _inside_a_city(later) and not (later.feature == "camp" and m.feature != "camp"):
            continue                # a quarter's city, or a square's camp
        between = text[m.end:later.start]
        if len(between) <= 60 and re.search(r"\b(?:of|in|inside)\b", between) and not _CLAUSE_END.search(between.replace(",", " ")):
            return later.text
        return None
    return None


def _city_before(earlier: list[PlaceMention]) -> str | None:
    """The last city named before: one the text calls a city, or a governorate's namesake."""
    for prev in reversed(earlier):
        if prev.parent and _inside_a_city(prev):
            return prev.parent
        if prev.feature == "city" or governorate_named(prev.text) is not None:
            return prev.text
    return None


def _inside_a_city(m: PlaceMention) -> bool:
    """Districts, quarters, neighbourhoods and camps: places that sit inside a city."""
    return m.relation == "district" or m.feature in _CITY_PARTS


def _assign_admin1(mentions: list[PlaceMention], default: str | None, *, text: str) -> None:
    """Each mention takes the governorate named nearest to it in the text, else
    `default`. A named region ("Eastern Ghouta") names its governorate too, and the
    places nearest to it take it as their area_hint. A governorate named as a
    destination ("evacuating residents of Fua and Kefraya to Aleppo") says where
    people went, not where the other places lie: it is its own hint only."""
    govs: list[tuple[int, str, str | None, PlaceMention]] = []
    for m in mentions:
        if (g := governorate_named(m.text) or _possessive_governorate(m.text)) is not None:
            govs.append((m.start, g.name, None, m))
        elif (region := mention_region(m)) is not None:
            if m.relation == "in":
                m.relation = "region"
            govs.append((m.start, region.governorate, region.name, m))
    for m in mentions:
        usable = [g for g in govs if g[3] is m or not _DESTINATION_BEFORE.search(text, 0, max(0, g[0]))]
        if usable:
            _, m.admin1_hint, m.area_hint, _ = min(usable, key=lambda g: abs(g[0] - m.start))
        else:
            m.admin1_hint = default


def _possessive_governorate(name: str):
    """"Aleppos outskirts": a governorate's possessive with its apostrophe lost (some
    text dumps drop apostrophes). Only for names of five letters or more: "Hamas" is
    no possessive of Hama."""
    if len(name) > 5 and name.endswith("s") and not name.endswith("ss"):
        return governorate_named(name[:-1])
    return None


def _assign_admin2(text: str, mentions: list[PlaceMention]) -> None:
    """Each mention takes the district the text names nearest to it ("in the Afrin
    district", "Manbij countryside") as admin2_hint. A governorate's countryside
    ("Hama countryside") is the whole governorate, and a quarter inside a city
    ("al-Khalidiyah district of Homs") is no district of a province."""
    named = [(m.start, m.text) for m in mentions if _names_a_district(text, m)]
    if not named:
        return
    for m in mentions:
        if governorate_named(m.text) is None or _names_a_district(text, m):
            m.admin2_hint = min(named, key=lambda d: abs(d[0] - m.start))[1]


def _names_a_district(text: str, m: PlaceMention) -> bool:
    """Whether the words around `m` call it a district or its countryside."""
    if (m.parent and governorate_named(m.parent) is None) or m.relation == "near" or m.distance_km is not None:
        return False
    after = _DISTRICT_AFTER.match(text, m.end)
    before = _DISTRICT_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before is not None and _capitalised_word_before(text, before.start()):
        before = None       # "the Salamiyah district of Hama": Hama is the governorate
    hit = after or before
    if hit is None:
        return False
    return bool(hit.group("d")) or governorate_named(m.text) is None


def _capitalised_word_before(text: str, pos: int) -> bool:
    words = text[max(0, pos - 40):pos].split()
    return bool(words) and words[-1][:1].isupper()
