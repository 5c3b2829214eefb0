"""Code the number of people killed from a report's words (CODEBOOK section 4).

The text is read as counts ("at least 50", "dozens", "several") and casualty words
("killed", "wounded", "casualties", "captured"), each count attached to the nearest
casualty word it can belong to ("killing dozens", "5 were killed"). Counts of the
dead win; "killed and wounded" counts come next (low 0); intensity words with no
count ("heavy death toll", plural "killed") after that; wounded, losses or
casualties alone give 0. Conflicting figures give the lowest. The words live in
``quantities.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..knowledge import DEFAULT_PROFILE
from ..knowledge.quantities import Quantities, Vague, load_quantities

DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
NOT_A_COUNT_AFTER = (r"(?![\d:])(?![\s\-]*(?:km|kilomet|kms?\b|miles?|met(?:er|re)s?|hours?|days?|weeks?|"
                     r"months?|years?|%|per\s*cent|sq|square|tons?|kg|mm|am\b|pm\b|gmt|th\b|st\b|nd\b|rd\b))")
MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
              r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
AFTER_MONTH = re.compile(rf"\b{MONTH_WORD}\s+$", re.I)
BEFORE_MONTH = re.compile(rf"\s+(?:of\s+)?{MONTH_WORD}(?:\s|$)", re.I)
YEAR = re.compile(r"(?:19|20)\d\d")
CONJUNCTION = re.compile(r"\band\b|,|\bas well as\b", re.I)
HARD_STOP = re.compile(r"[.!?](?:\s|$)|\n")
SOFT_STOP = re.compile(r"[,;:()\"\u201c\u201d]")
WORDS = re.compile(r"[^\W_]+")
FORWARD_WORDS, BACKWARD_WORDS = 8, 4
# A wire crosshead run into the text ("... dissent. - Troops kill 10 children - Meanwhile ..."):
# a heading's count is not the sentence's.
CROSSHEAD = re.compile(r"(?:(?<=\s)|^)-\s+[A-Z][^-.!?\"\u201c\u201d]{3,80}?\s+-(?=\s)")
SUBSET_ASIDE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|mostly|most\s+of\s+them)\b", re.I)
SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)    # "six civilians, two of them children"
NOBODY = re.compile(r"\s+(?:nobody|no\s+one|none)\b", re.I)
SECOND_ONE = re.compile(r"\s+and\s+(?:his|her|their|a|an|one)\s+[^\W\d_]+", re.I)   # "a woman and her son"
OBJECT_ONE = re.compile(r"\s+(?:a|an|one)\s+(?!number|large|total|group|lot|dozen|couple|few|score|"
                        r"hundred|thousand|pair|handful|great|big|high|considerable|significant)[^\W\d_]+", re.I)


@dataclass(frozen=True)
class Fatalities:
    """A coded toll: the conservative value, the range the report allows, its words, the rule used."""

    value: int
    low: int
    high: int
    text: str
    rule: str


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    value: int
    low: int
    high: int
    rule: str
    minor: int | None = None    # value outside a significant event, for intensity words


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    cls: str          # death | wound | combined | loss | other
    direction: str    # both | after | before


@dataclass(frozen=True)
class Patterns:
    count: re.Pattern[str]
    cue: re.Pattern[str]
    death_toll: re.Pattern[str]
    none_reported: re.Pattern[str]
    subset: re.Pattern[str]


@lru_cache(maxsize=8)
def patterns_for(profile: str = DEFAULT_PROFILE) -> Patterns:
    """The regular expressions for a profile's quantity words, compiled once."""
    q = load_quantities(profile)
    numword = q.alternation(q.numbers)
    compound = rf"(?:{numword})(?:(?:[\s\-]+and[\s\-]+|[\s\-]+)(?:{numword}))*"
    number = rf"(?:{DIGITS}|{q.alternation(q.phrases)}|{compound})"
    count = (rf"(?<![\d,.:])\b(?:(?P<prefix>{q.alternation(q.prefixes)})\s+)?"
             rf"(?:between\s+(?P<lo1>{number})\s+and\s+(?P<hi1>{number})"
             rf"|(?P<lo2>{DIGITS})\s*(?:-|to|\u2013)\s*(?P<hi2>{DIGITS})"
             rf"|(?P<num>{number})|(?P<vague>{q.alternation(q.vague)}))\b{NOT_A_COUNT_AFTER}")
    return Patterns(
        count=re.compile(count, re.I),
        cue=re.compile(rf"\b(?:{q.alternation(q.keywords)})\b", re.I),
        death_toll=re.compile(rf"\b(?:{q.alternation(q.death_tolls)})\b", re.I),
        none_reported=re.compile(rf"\b(?:{q.alternation(q.none_reported)})\b", re.I),
        subset=re.compile(rf"\b(?:{q.alternation(q.subset_markers)})\s*$", re.I),
    )


def _key(words: str) -> str:
    return re.sub(r"[\s\-]+", " ", words.lower()).strip()


def number_value(words: str, q: Quantities) -> int | None:
    """The value of a number written in digits or words ("1,200", "twenty-three", "two hundred")."""
    key = _key(words)
    if re.fullmatch(DIGITS, key):
        return int(key.replace(",", ""))
    if key in q.phrases:
        return q.phrases[key]
    total, current = 0, 0
    for word in key.split():
        if word == "and":
            continue
        value = q.numbers.get(word)
        if value is None:
            return None
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        elif value == 12 and word == "dozen":
            current = max(current, 1) * 12
        else:
            current += value
    return total + current


def _count(m: re.Match[str], q: Quantities) -> Count | None:
    """A Count from a match of the count pattern (None for a number it cannot read)."""
    if m.group("vague"):
        v: Vague = q.vague[_key(m.group("vague"))]
        return Count(m.start(), m.end(), v.value, v.low, v.high, v.rule,
                     v.minor if v.minor != v.value else None)
    lo_text = m.group("lo1") or m.group("lo2")
    if lo_text:
        lo, hi = number_value(lo_text, q), number_value(m.group("hi1") or m.group("hi2"), q)
        if lo is None or hi is None or hi < lo:
            return None
        return Count(m.start(), m.end(), lo, lo, hi, "range")
    value = number_value(m.group("num"), q)
    if value is None:
        return None
    rule = q.prefixes[_key(m.group("prefix"))] if m.group("prefix") else "exact"
    return Count(m.start(), m.end(), value, value, value, rule)


def _counts_things(text: str, end: int, q: Quantities) -> bool:
    """Whether the word after a count names things or places ("56 airstrikes", "a number of towns")."""
    words = [w.lower() for w in WORDS.findall(text[end:end + 40])]
    words = [w for w in words if w not in ("of", "the", "their", "its")][:1]
    return any(w in q.not_people for w in words)


def _not_a_count(text: str, m: re.Match[str], q: Quantities) -> bool:
    """Years, days of a month, subsets and counts of things are not counts of people."""
    before = text[max(0, m.start() - 30):m.start()]
    if YEAR.fullmatch(m.group().strip()):
        return True
    return bool(AFTER_MONTH.search(before) or BEFORE_MONTH.match(text, m.end())
                or _counts_things(text, m.end(), q))


def _inside_subset(gap: str, p: Patterns) -> bool:
    """Whether a count sits in the aside that follows an earlier count ("15 civilians including
    four children from one family"): a subset word, no casualty word, no sentence end between."""
    return (SUBSET_ASIDE.search(gap) is not None and p.cue.search(gap) is None and not HARD_STOP.search(gap)
            and len(WORDS.findall(gap)) <= 10)


RUNNING_TOTAL = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak|onset|war|conflict|uprising|revolt|revolution|crisis|"
    r"ceasefire|truce|offensive|campaign)|then|last|early|mid|late|its|it\s+began|"
    r"(?:19|20)\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b"
    r"|\bso\s+far\s+(?:this|in|during)\b|\bto\s+date\b|\bacross\s+(?:the\s+country|syria)\b|\bthis\s+year\b|\bover\s+the\s+(?:past|last)\s+(?:year|\w+\s+years|months|"
    r"\w+\s+months)\b", re.I)


def _in_running_total(text: str, start: int) -> bool:
    """Whether a count sits in a sentence that gives a running total ("since the war began",
    "so far this year", "over the past year"): an aggregate, not the toll of one event."""
    begin = max((m.end() for m in HARD_STOP.finditer(text, 0, start)), default=0)
    end = HARD_STOP.search(text, start)
    return RUNNING_TOTAL.search(text, begin, end.start() if end else len(text)) is not None


def find_counts(text: str, *, profile: str = DEFAULT_PROFILE) -> list[Count]:
    """Every count of people in `text`, leaving out subsets of an earlier one ("among them 11
    children"), years, days of a month and counts of things."""
    p, q = patterns_for(profile), load_quantities(profile)
    out: list[Count] = []
    for m in p.count.finditer(text):
        if p.subset.search(text[max(0, m.start() - 30):m.start()]) or _not_a_count(text, m, q):
            continue
        if out and SUBSET_AFTER.match(text, m.end()) and len(WORDS.findall(text[out[-1].end:m.start()])) <= 4:
            continue
        if out and _inside_subset(text[out[-1].end:m.start()], p):
            continue
        if _in_running_total(text, m.start()):
            continue
        c = _count(m, q)
        if c is not None:
            out.append(c)
    return out


def find_cues(text: str, *, profile: str = DEFAULT_PROFILE) -> list[Cue]:
    """Casualty words in `text`, leaving out intents ("vowed to kill")."""
    p, q = patterns_for(profile), load_quantities(profile)
    out = []
    for m in p.cue.finditer(text):
        before = WORDS.findall(text[max(0, m.start() - 20):m.start()].lower())
        if before and before[-1] in q.not_an_event:
            continue
        if _in_running_total(text, m.start()):
            continue
        cls, direction = q.keywords[_key(m.group())]
        out.append(Cue(m.start(), m.end(), cls, direction))
    return out


def _gap_cost(text: str, a: int, b: int, *, limit: int) -> int | None:
    """Cost of linking across text[a:b]: words, + 4 per comma-like mark, + 2 per "and";
    None past a sentence end or `limit` words."""
    gap = text[a:b]
    if HARD_STOP.search(gap):
        return None
    words = WORDS.findall(gap)
    if len(words) > limit:
        return None
    return len(words) + 4 * len(SOFT_STOP.findall(gap)) + 2 * words.count("and")


def _attach(text: str, count: Count, cues: list[Cue]) -> Cue | None:
    """The casualty word a count belongs to: the cheaper of the next cue after and the last before."""
    after = next((c for c in cues if c.start >= count.end), None)
    before = next((c for c in reversed(cues) if c.end <= count.start), None)
    options = []
    if after is not None and after.direction in ("both", "before"):
        aside = SUBSET_ASIDE.search(text, count.end, after.start)     # "11 civilians including a reporter ..."
        cost = _gap_cost(text, count.end, after.start, limit=FORWARD_WORDS * (2 if aside else 1))
        if cost is not None:
            options.append((cost, 0, after))
    if before is not None and before.direction in ("both", "after"):
        cost = _gap_cost(text, before.end, count.start, limit=BACKWARD_WORDS)
        if cost is not None:
            options.append((cost + 2 if cost else 0, 1, before))
    return min(options, key=lambda o: (o[0], o[1]))[2] if options else None


def _counts_people(text: str, end: int, q: Quantities) -> bool:
    """Whether the words after a count name people ("60 terrorists", "80 of the fighters")."""
    words = [w.lower() for w in WORDS.findall(text[end:end + 60])]
    words = [w for w in words if w not in ("of", "the", "their", "its", "his", "her")][:3]
    return any(w in q.people for w in words)


def _attach_all(text: str, counts: list[Count], cues: list[Cue], *,
                profile: str = DEFAULT_PROFILE) -> dict[Cue, list[Count]]:
    """Counts by the casualty word they belong to; a count joined by "and" to the next one
    shares its word ("45 fighters and 20 soldiers were killed")."""
    owner = [_attach(text, c, cues) for c in counts]
    q = load_quantities(profile)
    owner = [None if cue is not None and _key(text[cue.start:cue.end]) in q.needs_people
             and not _counts_people(text, c.end, q) else cue for c, cue in zip(counts, owner)]
    for i in range(len(counts) - 2, -1, -1):
        if owner[i] is None and owner[i + 1] is not None and owner[i + 1].start > counts[i + 1].end:
            gap = text[counts[i].end:counts[i + 1].start]
            if CONJUNCTION.search(gap) and not HARD_STOP.search(gap) and len(WORDS.findall(gap)) <= 6:
                owner[i] = owner[i + 1]
    by_cue: dict[Cue, list[Count]] = {}
    for count, cue in zip(counts, owner):
        if cue is not None:
            by_cue.setdefault(cue, []).append(count)
    return by_cue


def _added(text: str, cue: Cue, counts: list[Count]) -> list[Count]:
    """The counts on one casualty word that add up: the run joined by "and" or commas
    around the count nearest the word."""
    runs: list[list[Count]] = [[counts[0]]]
    for prev, cur in zip(counts, counts[1:]):
        if CONJUNCTION.search(text[prev.end:cur.start]):
            runs[-1].append(cur)
        else:
            runs.append([cur])

    def distance(run: list[Count]) -> int:
        return min(abs(c.start - cue.end) if c.start >= cue.end else abs(cue.start - c.end) for c in run)

    return min(runs, key=distance)


def _clause_before(text: str, at: int) -> str:
    start = max((m.end() for m in HARD_STOP.finditer(text, 0, at)), default=0)
    return text[start:at]


def _uncounted_death(text: str, cue: Cue, q: Quantities, significant: bool) -> Count:
    """A death word with no count: one person ("was killed"), a named pair, or a plural."""
    before = _clause_before(text, cue.start).lower()
    words = " ".join(WORDS.findall(before)[-3:])
    if any(re.search(rf"\b{re.escape(w)}(?:\s+\w+ly)?$", words) for w in q.singular_before):
        return Count(cue.start, cue.end, 1, 1, 1, "singular")
    one = OBJECT_ONE.match(text, cue.end)
    if one and SECOND_ONE.match(text, one.end()):
        return Count(cue.start, cue.end, 2, 2, 2, "named_pair")
    if one:
        return Count(cue.start, cue.end, 1, 1, 1, "singular")
    if re.search(r"\bwere(?:\s+\w+ly)?$", words) and re.search(r"\band (?:his|her)\b", before):
        return Count(cue.start, cue.end, 2, 2, 2, "named_pair")
    value = 10 if significant else 3
    return Count(cue.start, cue.end, value, 3, 10, "vague:plural")


def _intensity(c: Count, significant: bool) -> Count:
    """Apply the significant/minor choice of an intensity word."""
    if c.minor is None or significant:
        return c
    return replace(c, value=c.minor)


def _span_text(text: str, pairs: list[tuple[Count, Cue | None]]) -> str:
    """The report's words for the counts used: one span per casualty word, joined by ' ... '."""
    spans: dict[object, tuple[int, int]] = {}
    for count, cue in pairs:
        a, b = spans.get(cue or count, (count.start, count.end))
        if cue:
            a, b = min(a, cue.start), max(b, cue.end)
        spans[cue or count] = (min(a, count.start), max(b, count.end))
    parts = (re.sub(r"\s+of$", "", text[a:b].strip()) for a, b in sorted(spans.values()))
    return " ... ".join(parts)


def _combine(groups: list[list[Count]], *, rule_if_one: str | None = None) -> tuple[int, int, int, str]:
    """Sum counts on one casualty word; the lowest across words (conflicting figures)."""
    totals = []
    for g in groups:
        rule = g[0].rule if len(g) == 1 else "sum"
        totals.append((sum(c.value for c in g), sum(c.low for c in g), sum(c.high for c in g), rule))
    values = {t[0] for t in totals}
    best = min(totals, key=lambda t: t[0])
    rule = best[3] if len(values) == 1 else "lowest_of"
    return best[0], min(t[1] for t in totals), max(t[2] for t in totals), rule_if_one or rule


@dataclass(frozen=True)
class Reading:
    """What one text says about casualties: its casualty words and the counts on each."""

    text: str
    masked: str                            # the text with death-toll phrases blanked out
    cues: tuple[Cue, ...]
    by_cue: dict[Cue, list[Count]]
    tolls: tuple[re.Match[str], ...]       # "heavy death toll" ...
    significant: bool
    q: Quantities
    p: Patterns

    def counted(self, cls: str) -> list[tuple[Cue, list[Count]]]:
        return [(cue, counts) for cue, counts in self.by_cue.items() if cue.cls == cls]

    def uncounted_deaths(self) -> list[Count]:
        return [_uncounted_death(self.masked, c, self.q, self.significant) for c in self.cues
                if c.cls == "death" and c not in self.by_cue and not NOBODY.match(self.masked, c.end)
                and _key(self.masked[c.start:c.end]) not in self.q.needs_count]


def read_casualties(text: str, *, significant: bool, profile: str = DEFAULT_PROFILE) -> Reading:
    """Find the casualty words and counts of `text` and attach each count to its word."""
    q, p = load_quantities(profile), patterns_for(profile)
    masked = CROSSHEAD.sub(lambda m: " " * len(m.group()), text)
    masked = p.death_toll.sub(lambda m: " " * len(m.group()), masked)
    cues = find_cues(masked, profile=profile)
    counts = [_intensity(c, significant) for c in find_counts(masked, profile=profile)]
    by_cue = {cue: _added(masked, cue, group)
              for cue, group in _attach_all(masked, counts, cues, profile=profile).items()}
    return Reading(text, masked, tuple(cues), by_cue, tuple(p.death_toll.finditer(text)), significant, q, p)


MORE_AFTER = re.compile(r"\s+(?:more|other|others|additional|further)\b", re.I)      # "five more civilians"
MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)     # "another 12"
ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+)?$", re.I)                             # "were also killed"


def _is_more(r: Reading, cue: Cue, counts: list[Count]) -> bool:
    """Whether a count adds victims to an earlier one rather than giving another figure for them."""
    return (any(MORE_AFTER.match(r.masked, c.end) or MORE_BEFORE.search(r.masked[max(0, c.start - 20):c.start])
                for c in counts)
            or ALSO_BEFORE.search(r.masked[max(0, cue.start - 20):cue.start]) is not None)


def _counted_dead(r: Reading) -> Fatalities | None:
    """Counts of the dead: added on one word, the lowest across words, plus counts of more
    victims ("five more were killed", "were also killed")."""
    dead = r.counted("death")
    if not dead:
        return None
    more = [i for i, (cue, counts) in enumerate(dead) if i > 0 and _is_more(r, cue, counts)]
    base = [counts for i, (_, counts) in enumerate(dead) if i not in more]
    value, low, high, rule = _combine(base)
    if more:
        extra = [sum(c.value for c in dead[i][1]) for i in more]
        value, low, high = value + sum(extra), low + sum(extra), high + sum(extra)
        rule = "sum"
    return Fatalities(value, low, high, _span_text(r.text, [(c, cue) for cue, counts in dead for c in counts]), rule)


def _named_dead(r: Reading) -> Fatalities | None:
    """One person ("was killed") or a named pair ("X and his bodyguard were killed")."""
    exact = [c for c in r.uncounted_deaths() if c.rule != "vague:plural"]
    if not exact:
        return None
    value, low, high, rule = _combine([[c] for c in exact])
    return Fatalities(value, low, high, _span_text(r.text, [(c, None) for c in exact]), rule)


def _counted_killed_and_wounded(r: Reading) -> Fatalities | None:
    """Counts of killed-and-wounded with no separate dead count: the count, low 0."""
    both = r.counted("combined")
    if not both:
        return None
    value, _, high, _ = _combine([counts for _, counts in both])
    pairs = [(c, cue) for cue, counts in both for c in counts]
    return Fatalities(value, 0, high, _span_text(r.text, pairs), "killed_and_wounded")


def _death_toll_words(r: Reading) -> Fatalities | None:
    """"A heavy death toll" with no count."""
    if not r.tolls:
        return None
    v = r.q.death_tolls[_key(r.tolls[0].group())]
    value = v.value if r.significant else v.minor
    return Fatalities(value, min(v.minor, value), v.high, r.tolls[0].group(), v.rule)


def _plural_dead(r: Reading) -> Fatalities | None:
    """Plural "killed" with no count."""
    uncounted = r.uncounted_deaths()
    if not uncounted:
        return None
    c = uncounted[0]
    return Fatalities(c.value, c.low, c.high, r.text[c.start:c.end], c.rule)


def _plural_killed_and_wounded(r: Reading) -> Fatalities | None:
    """"Killed and wounded" with no count: a plural toll, low 0."""
    words = [c for c in r.cues if c.cls == "combined" and re.match(r"kill|dead", r.masked[c.start:c.end], re.I)]
    if not words:
        return None
    return Fatalities(10 if r.significant else 3, 0, 10, r.text[words[0].start:words[0].end], "killed_and_wounded")


def _none_reported(r: Reading) -> Fatalities | None:
    m = r.p.none_reported.search(r.text)
    return Fatalities(0, 0, 0, m.group(), "none_reported") if m else None


def _no_dead(r: Reading) -> Fatalities | None:
    """Wounded, casualties or losses with nobody reported dead: 0."""
    for cls, rule in (("wound", "wounded_only"), ("combined", "casualties_only"), ("loss", "losses_only")):
        cue = next((c for c in r.cues if c.cls == cls), None)
        if cue is not None:
            return Fatalities(0, 0, 0, r.text[cue.start:cue.end], rule)
    return None


# CODEBOOK 4, in order: the first rule that reads a toll decides.
RULES = (_counted_dead, _named_dead, _counted_killed_and_wounded, _death_toll_words, _plural_dead,
         _plural_killed_and_wounded, _none_reported, _no_dead)


def parse_fatalities(text: str, *, significant: bool = True,
                     profile: str = DEFAULT_PROFILE) -> Fatalities | None:
    """The coded toll of `text`, or None when it reports no deaths, wounded or losses at all.

    `significant`: the event is a significant battle or strike in a war zone, where
    "several" and plural "killed" count 10 instead of 3.
    """
    reading = read_casualties(text, significant=significant, profile=profile)
    for rule in RULES:
        found = rule(reading)
        if found is not None:
            return found
    return None


def split_fatalities(f: Fatalities, n: int) -> list[Fatalities]:
    """A total over `n` places or days, split evenly with the whole remainder on the first
    (CODEBOOK 1: 10 over four places is 4/2/2/2)."""
    if n <= 1:
        return [f]

    def share(total: int, i: int) -> int:
        return total // n + (total % n if i == 0 else 0)

    return [Fatalities(share(f.value, i), share(f.low, i), share(f.high, i), f.text, f"{f.rule}+split")
            for i in range(n)]
