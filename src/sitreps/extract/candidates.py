"""Event candidates: one per triggered clause and named place, before geocoding.

For each sentence: triggers (event_types.yaml) minus what is not an event,
actors by side, places (one candidate per named place: lists are split), the
date, the claim and the toll (split across the places). Missing pieces come
from the paragraph and section (context.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any, Callable, Sequence

from ..annotate import AnnotatedDocument, Paragraph, Sentence
from ..geocode.mentions import find_place_mentions
from ..knowledge import fold, governorate_named
from ..knowledge.actors import load_actors
from ..knowledge.triggers import SubType, TriggerBook, TriggerHit
from ..model import PlaceMention
from .actors import find_actors, is_actor_name, resolve_label
from .claims import find_claim
from .clauses import Clause, split_clauses
from .context import ParagraphContext, header_admin1, is_area_level, region_mention
from .dates import resolve_event_date
from .fatalities import parse_fatalities, split_fatalities
from .merge import LEDE_PARAGRAPHS
from .places import event_places, governorate_keys
from .sides import Sides, assign_sides, is_victim, merge_with_context

_NO_DATE_RULE = "published"
WIDE_OPERATION_PLACES = 3   # a fight or strike over this many named places is significant (CODEBOOK 4)
# "BEIRUT, March 2, 2016 (AFP) -": the date a wire story was filed, not an event date.
_DATELINE = re.compile(r"^\s*\(?[A-Z][A-Za-z .'-]*?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?\s*\(\w[\w .-]*\)\s*[-\u2013\u2014:]+\s*")
# Syria 2011-2019 is a war zone: a battle or strike there is significant, so "a large
# number" / "several" killed count 10, not 3 (CODEBOOK 4).
WAR_ZONE_TYPES = ("Battles", "Explosions/Remote violence")
STATE_KINDS = ("state", "external")  # a foreign state's forces regain territory too


@dataclass
class Candidate:
    """One event as told by one clause, at one place."""

    sub_type: SubType
    sides: Sides
    mention: PlaceMention
    event_date: date | None
    time_precision: int
    fatalities: Any | None          # extract.fatalities.Fatalities
    claimed_by: str
    spans: list[tuple[int, int]]    # clean-text spans of the evidence sentences
    paragraph: int
    section: int                    # index of the section (run of paragraphs) it was told in
    section_start: int              # paragraph index where that section begins
    lede: bool                      # told in the report's opening paragraphs
    clause: str                     # the clause text (for the negation check)
    trigger: tuple[int, int]        # trigger span inside the clause
    labels: dict[str, str] = field(default_factory=dict)  # actor name -> label as written

    def add_span(self, span: tuple[int, int], *, first: bool = False) -> None:
        """Add an evidence sentence once: a sentence that tells two things is one span."""
        if span not in self.spans:
            self.spans.insert(0 if first else len(self.spans), span)


def build_candidates(ann: AnnotatedDocument, *, book: TriggerBook,
                     is_place: Callable[[str], bool] | None = None) -> list[Candidate]:
    """All candidates of a document, section by section, with context. `is_place`
    (the gazetteer's) cuts runs of names a text wrote without commas."""
    out: list[Candidate] = []
    unplaced: list[Candidate] = []
    published = ann.document.published
    body_rank = {p.index: i for i, p in enumerate(p for p in ann.paragraphs if not p.is_heading)}
    headline_admin1 = _only_governorate(_plain(ann.document.title)) if ann.document.title else None
    for section, (admin1, paragraphs) in enumerate(sections(ann)):
        ctx = ParagraphContext(admin1=admin1, section=section, section_start=paragraphs[0].index, published=published)
        plain = {p.index: [replace(s, text=_plain(s.text)) for s in ann.sentences_of(p.index)] for p in paragraphs}
        ctx.paragraph_actors = [
            a for p in paragraphs for s in plain[p.index] for a in find_actors(s.text, on=published, offset=s.start)
        ]
        for p in paragraphs:
            ctx.lede = body_rank[p.index] < LEDE_PARAGRAPHS
            if not (_continues(p.text) or _ALSO.match(p.text)):
                ctx.date = None
            if not (_continues(p.text) or _GOES_ON.search(p.text)):
                ctx.recent_places = []   # a new story: its unnamed spots are not the last one's towns
            ctx.default_admin1 = _only_governorate(p.text) or headline_admin1
            ctx.paragraph_span = (p.start, p.end)
            for s in plain[p.index]:
                out.extend(_sentence_candidates(s, ctx, published=published, book=book, is_place=is_place))
        unplaced.extend(ctx.pending)
    return out + placed_by_title(unplaced, ann.document.title, book=book)


def placed_by_title(pending: list[Candidate], title: str | None, *, book: TriggerBook) -> list[Candidate]:
    """Events the text never places ("clashed 15 km east of the city") take the one
    place the headline names ("... on approaches to Palmyra"), if it names one."""
    if not pending or not title:
        return []
    named = [m for m in find_place_mentions(_plain(title), is_actor=is_actor_name)
             if not is_area_level(m) and not book.is_foreign_place(m.text)]
    if len({fold(m.text) for m in named}) != 1:
        return []
    where = replace(named[0], start=-1, end=-1, relation="near")
    return [replace(c, mention=where) for c in pending[:1]]


def sections(ann: AnnotatedDocument) -> list[tuple[str | None, list[Paragraph]]]:
    """Runs of paragraphs that share context: a heading or a wide gap starts a new one;
    a section header ("Deir Ezzur") gives its governorate to the run under it."""
    out: list[tuple[str | None, list[Paragraph]]] = []
    for p in ann.paragraphs:
        if p.is_heading:
            out.append((header_admin1(p.text) if p.is_section_header else None, []))
        elif not out or p.new_section:
            out.append((None, [p]))
        else:
            out[-1][1].append(p)
    return [(gov, ps) for gov, ps in out if ps]


def _only_governorate(text: str) -> str | None:
    """The governorate a paragraph names, when it names exactly one."""
    govs = {m.admin1_hint for m in find_place_mentions(text) if m.admin1_hint and governorate_named(m.text)}
    return govs.pop() if len(govs) == 1 else None


def _continues(text: str) -> bool:
    """A paragraph that goes on with the report before it (a quote, "the sources added")."""
    return bool(re.match(r"\s*[\"\u201c\u2018']", text) or re.search(r"\b(?:the sources?|they|he|she) (?:said|added|went on)", text))


# "The air force also carried out airstrikes ...": the story of the day goes on.
_ALSO = re.compile(r"^[^.;,]{0,60}\balso\b", re.I)


# "The reporter added that ...": the same informant goes on with the story (its places; the day may change).
_GOES_ON = re.compile(r"\b(?:the (?:sources?|reporter|correspondent|official|spokes(?:man|woman|person)|monitor|agency)|they|he|she)"
                      r" (?:also |further )?(?:said|added|went on|noted)", re.I)


_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})


def _plain(text: str) -> str:
    """Typographic apostrophes and odd spaces as ASCII, one character for one, so
    that offsets hold and the patterns (written with plain spaces) match."""
    return text.translate(_PLAIN)


def _sentence_candidates(s: Sentence, ctx: ParagraphContext, *, published: date | None, book: TriggerBook,
                         is_place: Callable[[str], bool] | None = None) -> list[Candidate]:
    """Candidates of one sentence; updates the paragraph context."""
    actors = [a for a in ctx.paragraph_actors if s.start <= a.start < s.end
              and not book.is_claimant(s.text[a.end - s.start:a.end - s.start + 40])]
    mentions = find_place_mentions(s.text, offset=s.start, is_actor=is_actor_name, split=is_place,
                                   admin1_hint=ctx.admin1 or ctx.default_admin1)
    _note_governorates(ctx, s, mentions)
    governorates = {m.admin1_hint for m in mentions if m.admin1_hint}
    if ctx.date_admin1 and governorates and ctx.date_admin1 not in governorates:
        ctx.date = None         # a bulletin's next item, in another province: its own day or the report's
    when, precision, own_date = _sentence_date(s.text, ctx, published=published)
    if own_date and ctx.recent_date != when:
        ctx.recent_places = []   # "A blast killed six in April": another day, not the town just named
    claim = _claim(s.text, ctx)
    significant = book.is_intense(s.text) or len(mentions) >= WIDE_OPERATION_PLACES
    triggered = []
    for clause in split_clauses(s.text, offset=s.start, book=book):
        hits = [h for h in book.scan(clause.text) if book.not_event(clause.text, trigger_start=h.start) is None]
        if hits:
            triggered.append((clause, hits))
    group: list[Candidate] = []
    for clause, hits in triggered:
        toll_text = clause.text if len(triggered) > 1 else s.text
        if group:
            ctx.last, ctx.last_end = group, ctx.previous_end
        if ctx.last and _refers_back(clause, hits, mentions):
            _attach_toll(ctx.last, s, significant=significant, text=clause.text, earlier=ctx.claims)
            continue
        if ctx.last and _anaphoric(clause, hits):
            hits = [replace(h, sub_type=ctx.last[-1].sub_type, weak=False) for h in hits]   # "the attack on X" = the last one
        group.extend(_clause_candidates(
            clause, hits, s, actors=actors, mentions=mentions, ctx=ctx, book=book,
            when=when, precision=precision, claim=claim, toll_text=toll_text, significant=significant,
        ))
    ctx.previous_end = s.end
    _note_places(ctx, s, mentions, when=when, book=book)
    if group:
        ctx.last, ctx.last_end = group, s.end
        if own_date:
            ctx.date = (when, precision)
            ctx.date_admin1 = next((c.mention.admin1_hint for c in group if c.mention.admin1_hint), None)
        _take_pending(ctx, group, book=book)
        return group
    return _follow_up(ctx, s, mentions, significant=significant, book=book)


def _claim(text: str, ctx: ParagraphContext) -> str:
    """The sentence's claimant; "the sources said" names the sources named before
    in the paragraph ("military sources"), which the context keeps."""
    claim = find_claim(text, earlier=ctx.claims)
    if claim:
        ctx.claims.append(claim)
    return claim


def _note_places(ctx: ParagraphContext, s: Sentence, mentions: Sequence[PlaceMention], *, when: date | None,
                 book: TriggerBook) -> None:
    """The named places of a sentence, for the next sentence of its paragraph when
    that one tells an event at a spot it does not name ("the corridor", "the crossing")."""
    named = [m for m in event_places(mentions, s.text, offset=s.start, book=book) if not is_area_level(m)]
    if named:
        ctx.recent_places, ctx.recent_end, ctx.recent_date = named, s.end, when
    elif ctx.recent_end < s.start - 2:
        ctx.recent_places = []


def _note_governorates(ctx: ParagraphContext, s: Sentence, mentions: Sequence[PlaceMention]) -> None:
    """A governorate the sentence names becomes the section's region from here on."""
    for m in mentions:
        if m.admin1_hint and (is_area_level(m) or governorate_named(m.text) is not None):
            if ctx.admin1 and m.admin1_hint != ctx.admin1:
                ctx.region_start = s.start   # groups named for another governorate do not carry here
            ctx.admin1 = m.admin1_hint      # later sentences of the section lie in this governorate
        if is_area_level(m) and m.admin1_hint:
            ctx.area_governorates.add(fold(m.text))


def _follow_up(ctx: ParagraphContext, s: Sentence, mentions: Sequence[PlaceMention], *, significant: bool,
               book: TriggerBook) -> list[Candidate]:
    """A sentence with no trigger of its own may place the event told just before
    without a place, or give the last event its toll or its place."""
    if book.not_event(s.text, trigger_start=len(s.text)) is not None:
        return []
    if ctx.pending:
        group = _place_pending(ctx, s, mentions, book=book)
        if group:
            ctx.last, ctx.last_end = group, s.end
        return group
    if ctx.last and ctx.last_end >= s.start - 2 and not _other_day(s.text, ctx.last, published=ctx.published):
        _attach_toll(ctx.last, s, significant=significant, earlier=ctx.claims)
        _place_last(ctx, s, mentions, book=book)
    return []


def _other_day(text: str, group: Sequence[Candidate], *, published: date | None) -> bool:
    """A sentence dated to another day than the event just told ("On Sunday 11
    civilians were killed" after Tuesday's shelling) tells another event."""
    when, _, rule = resolve_event_date(_DATELINE.sub("", text), published=published)
    return rule != _NO_DATE_RULE and when is not None and all(c.event_date != when for c in group)


def _sentence_date(text: str, ctx: ParagraphContext, *, published: date | None) -> tuple[date | None, int, bool]:
    """The sentence's own date (and True), else the one of the last event told."""
    when, precision, rule = resolve_event_date(_DATELINE.sub("", text), published=published)
    if rule == _NO_DATE_RULE or when is None:
        return (*ctx.date, False) if ctx.date else (when or published, precision, False)
    return when, precision, True


def _clause_candidates(
    clause: Clause, hits: list[TriggerHit], s: Sentence, *, actors: Sequence[Any], mentions: Sequence[PlaceMention],
    ctx: ParagraphContext, book: TriggerBook, when: date | None, precision: int, claim: str, toll_text: str,
    significant: bool,
) -> list[Candidate]:
    """One candidate per place of a triggered clause."""
    own = not_parties([a for a in actors if clause.start <= a.start < clause.end], s.text, offset=s.start)
    own += _trigger_owners(clause, hits, own, published=when)
    placed = [(a.start - clause.start, _resolve(a, ctx, own, paragraph=ctx.paragraph_span)) for a in own]
    top = min(h.sub_type.type_rank for h in hits)
    first = min((h for h in hits if h.sub_type.type_rank == top), key=lambda h: (h.weak, h.start))
    sides = _civilians_as_target(merge_with_context(
        assign_sides(clause.text, placed, book=book, trigger=first.start), ctx.last_sides, book=book))
    sub_type = choose_sub_type(hits, sides, book=book)
    if sub_type.armed_only:
        armed = without_civilians(sides)
        if armed.is_empty() and not sides.is_empty():
            return []
        sides = armed
    if sub_type.event_type == "Violence against civilians":
        sides = civilians_as_victims(sides)
    toll = parse_fatalities(toll_text, significant=significant or sub_type.event_type in WAR_ZONE_TYPES)
    sides = _victims_of_the_toll(sides, s, actors, clause=clause, toll=toll, sub_type=sub_type)
    area_names = ctx.area_governorates | (governorate_keys() if ctx.lede else set())
    places = event_places([m for m in mentions if clause.start <= m.start < clause.end], s.text, offset=s.start, book=book,
                          area_names=area_names)
    if not places and _same_story(ctx, s, own):
        if ctx.last[-1].sub_type.event_type == sub_type.event_type:
            _attach_toll(ctx.last, s, significant=book.is_intense(s.text), text=clause.text,
                         earlier=ctx.claims)   # the same event told again
            return []
        places = ctx.last_mentions()
    if not places and ctx.recent_end >= s.start - 2:
        places = ctx.recent_places[:1]   # "fired shells at the corridor": the town the sentence before named first
    if not places:
        places = [region_mention(ctx.admin1, at=clause.start)] if ctx.admin1 else []
    if not places:
        ctx.pending.append(Candidate(sub_type, sides, region_mention("", at=clause.start), when, precision, toll, claim,
                                     [(s.start, s.end)], s.paragraph, ctx.section, ctx.section_start, ctx.lede, clause.text, (0, 0)))
        return []
    days = event_days(clause.text, published=ctx.published) or [(when, precision)]
    slots = [(m, d) for m in places for d in days]
    tolls = split_fatalities(toll, len(slots)) if toll is not None else [None] * len(slots)
    trigger = min(hits, key=lambda h: (h.sub_type.type_rank, h.sub_type.rank))
    labels = {getattr(r, "name", ""): a.label for a, (_, r) in zip(own, placed)}
    return [
        Candidate(sub_type, sides, m, day, prec, f, claim, [(s.start, s.end)], s.paragraph,
                  ctx.section, ctx.section_start, ctx.lede, clause.text, (trigger.start, trigger.end), labels)
        for (m, (day, prec)), f in zip(slots, tolls)
    ]


_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_TWO_DAYS = re.compile(rf"\b(?:on\s+)?(?P<a>{_WEEKDAYS})\s+(?:and|&)\s+(?P<b>{_WEEKDAYS})\b", re.I)


def event_days(text: str, *, published: date | None) -> list[tuple[date | None, int]]:
    """Two days named together ("clashes on Monday and Tuesday"): one event per day
    (CODEBOOK 1), each dated like a sentence naming that day alone; else []."""
    m = _TWO_DAYS.search(text)
    if not m:
        return []
    days = []
    for name in (m.group("a"), m.group("b")):
        when, precision, _ = resolve_event_date(f"on {name}", published=published)
        days.append((when, precision))
    return days if days[0][0] != days[1][0] else []


_PLACE_ANAPHORA = re.compile(r"\b(?:in|on|near|at|around) the (?:same )?(?:region|area|town|city|village|place|front)\b|\bthere\b", re.I)
_ANAPHORA = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Ii]ts|[Tt]heir|[Ss]uch)\s+(?:[a-z-]+\s+)?$")


def _refers_back(clause: Clause, hits: Sequence[TriggerHit], mentions: Sequence[PlaceMention]) -> bool:
    """A clause that only points back at the event just told ("killed in the air
    raids", "simultaneous with the attack") and names no place of its own."""
    if any(clause.start <= m.start < clause.end for m in mentions):
        return False
    return _anaphoric(clause, hits)


def _anaphoric(clause: Clause, hits: Sequence[TriggerHit]) -> bool:
    """Every trigger of the clause is a noun pointing back ("the attack", "these raids")."""
    return all(_ANAPHORA.search(clause.text[:h.start]) and not h.text.lower().endswith("ed") for h in hits)


def _same_story(ctx: ParagraphContext, s: Sentence, own: Sequence[Any]) -> bool:
    """Whether a place-less clause goes on with the last event: in the same paragraph,
    or naming no actor the last event did not name."""
    if not ctx.last or ctx.last_end < ctx.previous_end:
        return False          # only the sentence just before (or this one) tells the same story
    if ctx.last[-1].paragraph == s.paragraph or _PLACE_ANAPHORA.search(s.text):
        return True
    told = {a.name for c in ctx.last for a in (*c.sides.side1, *c.sides.side2)}
    return all(getattr(a.actor, "name", "") in told or is_label(a) for a in own)


# "backed by the United States", "a coalition fighting Daesh": a sponsor, or a name
# that only describes the actor before it, is not a party to the event. A force named
# as support ("backed by Russian warplanes") is one.
_SPONSOR_BEFORE = re.compile(r"\b(?:backed|supported|sponsored|funded|armed|trained|equipped)\s+by\s+(?:the\s+)?$", re.I)
_QUALIFIER_BETWEEN = re.compile(r"^\s*(?:fighting|against|battling|combating|combatting|targeting)\s+(?:the\s+)?$", re.I)
# "the rebel-held east", "an IS-controlled town": who holds a place, not a party.
_HOLDER_AFTER = re.compile(r"^[-\s](?:held|controlled|run|dominated|besieged)\b|^\s+(?:enclave|stronghold|bastion)s?\b", re.I)
_FORCE_WORDS = re.compile(r"\b(?:forces?|troops|army|air|warplanes?|jets?|planes?|aircraft|helicopters?|drones?|strikes?|"
                          r"raids?|artillery|fire|units?|militias?|fighters|soldiers|special)\b", re.I)


def not_parties(own: Sequence[Any], text: str, *, offset: int) -> list[Any]:
    """Actor mentions of a clause minus sponsors and qualifiers of another actor."""
    kept = []
    for i, a in enumerate(own):
        before = text[max(0, a.start - offset - 40):a.start - offset]
        named = re.split(r"[,;.(]", text[a.start - offset:a.end - offset + 30])[0]   # "the popular and resistance forces"
        if _SPONSOR_BEFORE.search(before) and not _FORCE_WORDS.search(named):
            continue
        if i and _QUALIFIER_BETWEEN.match(text[own[i - 1].end - offset:a.start - offset]):
            continue
        if _HOLDER_AFTER.match(text[a.end - offset:a.end - offset + 30]):
            continue
        kept.append(a)
    return kept


def _trigger_owners(clause: Clause, hits: Sequence[TriggerHit], own: Sequence[Any], *, published: date | None) -> list[Any]:
    """Actors named only by an adjective or possessive before a trigger:
    "the Syrian airstrikes", "the Syrian Army's aircraft", "Turkish shelling"."""
    found = []
    for h in hits:
        words = re.search(r"((?:[A-Z][\w-]*(?:'s)?\s+){1,3})$", _plain(clause.text[:h.start]))
        if not words or any(a.start < clause.start + h.start and a.end >= clause.start + words.start() for a in own):
            continue
        if _SPONSOR_BEFORE.search(clause.text[max(0, words.start() - 40):words.start()]):
            continue          # "rebels backed by the United States captured": the sponsor does not capture
        phrase = re.sub(r"'s\b", "", words.group(1)).strip()
        base = clause.start + words.start()
        for probe in (phrase, phrase + " forces"):
            hit = [m for m in find_actors(probe, on=published, offset=base) if not is_label(m)]
            if hit:
                found.append(hit[0])
                break
    return found


def _resolve(mention: Any, ctx: ParagraphContext, own: Sequence[Any], *, paragraph: tuple[int, int]) -> Any:
    """A named actor as is; a loaded label ("terrorists") via the context (CODEBOOK 3).

    The group named in the same sentence or paragraph wins; else the one group
    (one family) the section names; else the front decides (rebels, or unknown).
    """
    if not is_label(mention):
        return mention.actor
    near = [*own, *(a for a in ctx.paragraph_actors if paragraph[0] <= a.start < paragraph[1])]
    targets = load_actors().label_of(mention.actor).targets
    if any(not is_label(a) and a.actor.family in targets for a in near):
        return resolve_label(mention, context=near, rebel_front=True)
    named = [a for a in ctx.paragraph_actors if not is_label(a) and a.actor.family in targets and a.start >= ctx.region_start]
    if len({a.actor.family for a in named}) == 1:
        return resolve_label(mention, context=named, rebel_front=True)
    return resolve_label(mention, context=[], rebel_front=True)


def is_label(mention: Any) -> bool:
    """Whether an actor mention is a loaded label to resolve, not a named actor."""
    return bool(getattr(mention.actor, "is_label", False))


def _civilians_as_target(sides: Sides) -> Sides:
    """Civilians are never the perpetrator: a clause naming only them is one-sided against them."""
    if sides.side1 and all(a.family == "CIVILIANS" for a in sides.side1) and not sides.side2:
        return Sides([], list(sides.side1))
    return sides


def choose_sub_type(hits: Sequence[TriggerHit], sides: Sides, *, book: TriggerBook) -> SubType:
    """The sub-type a clause codes to: event-type precedence, then ACLED's row order,
    then the actor requirement (a state regains, a non-state actor overtakes)."""
    best = min(h.sub_type.type_rank for h in hits)
    ranked = sorted({h.sub_type for h in hits if h.sub_type.type_rank == best}, key=lambda st: st.rank)
    kind = actor_kind(sides.actor1)
    chosen = ranked[0]
    if chosen.requires and kind and chosen.requires != kind:
        chosen = next((st for st in book.sub_types if st.event_type == chosen.event_type
                       and st.triggers == chosen.triggers and st.requires == kind), chosen)
    if chosen.event_type == "Battles" and sides.side2 and all(a.family == "CIVILIANS" for a in sides.side2):
        return book.by_name("Attack")
    return chosen


def _victims_of_the_toll(sides: Sides, s: Sentence, actors: Sequence[Any], *, clause: Clause, toll: Any,
                         sub_type: SubType) -> Sides:
    """"X fired shells at the corridor as families left, killing two civilians": the
    dead the sentence counts outside the clause are the target when it names none."""
    if sides.side2 or sides.actor1 is None or toll is None or sub_type.event_type not in WAR_ZONE_TYPES:
        return sides
    told = {a.name for a in sides.side1}
    victims = [a.actor for a in actors if not clause.start <= a.start < clause.end and not is_label(a)
               and a.actor.name not in told and is_victim(s.text, a.start - s.start)]
    return Sides(list(sides.side1), victims[:1], sides.subject_named) if victims else sides


def without_civilians(sides: Sides) -> Sides:
    """The armed parties only: civilians leaving with the fighters are not a side
    of a transfer of territory."""
    side1 = [a for a in sides.side1 if a.family != "CIVILIANS"]
    side2 = [a for a in sides.side2 if a.family != "CIVILIANS"]
    return Sides(side1 or side2, side2 if side1 else [], sides.subject_named and bool(side1))


def civilians_as_victims(sides: Sides) -> Sides:
    """Violence against civilians: the armed actors named are the perpetrators and
    the civilians are actor2, named or not (CODEBOOK 3)."""
    armed = [a for a in (*sides.side1, *sides.side2) if a.family != "CIVILIANS"]
    civilians = [a for a in (*sides.side1, *sides.side2) if a.family == "CIVILIANS"] or [_civilians()]
    return Sides(armed[:1] + [a for a in sides.side1[1:] if a in armed[1:]], civilians[:1], sides.subject_named)


@lru_cache(maxsize=1)
def _civilians() -> Any:
    """The civilians actor of the knowledge (its family is CIVILIANS)."""
    return next(a for a in load_actors().actors if a.family == "CIVILIANS" and a.inter == 7)


def actor_kind(actor: Any | None) -> str | None:
    """"state" for state forces (ACLED inter 1), "non_state" for other armed actors."""
    if actor is None:
        return None
    return "state" if getattr(actor, "kind", "") in STATE_KINDS else "non_state"


def _place_pending(ctx: ParagraphContext, s: Sentence, mentions: Sequence[PlaceMention], *, book: TriggerBook) -> list[Candidate]:
    """"The raids hit the town of al-Mayadin": the next sentence places the event
    told without a place just before it."""
    places = [m for m in event_places(mentions, s.text, offset=s.start, book=book) if not is_area_level(m)]
    pending = [p for p in ctx.pending if p.spans[-1][1] >= s.start - 2]
    if not places or not pending:
        return []
    ctx.pending = []
    p = pending[0]
    tolls = split_fatalities(p.fatalities, len(places)) if p.fatalities is not None else [None] * len(places)
    placed = [replace(p, mention=m, fatalities=f, spans=list(p.spans)) for m, f in zip(places, tolls)]
    for c in placed:
        c.add_span((s.start, s.end))
    return placed


def _place_last(ctx: ParagraphContext, s: Sentence, mentions: Sequence[PlaceMention], *, book: TriggerBook) -> None:
    """"The fatalities were caused in the Kawkab village": a sentence that only
    places the event just told at province level gives it its place."""
    if not all(is_area_level(c.mention) or c.mention.text == "" for c in ctx.last):
        return
    places = event_places(mentions, s.text, offset=s.start, book=book)
    if len(places) == 1 and not is_area_level(places[0]):
        for c in ctx.last:
            c.mention = places[0]
            c.add_span((s.start, s.end))


def _take_pending(ctx: ParagraphContext, group: list[Candidate], *, book: TriggerBook) -> None:
    """An event told first without a place ("regime bombs killed 28 people") and
    placed by the next sentence ("... the bombs hit al-Bab") is that event: its
    actors, toll and sentence go to the placed one."""
    pending, ctx.pending = ctx.pending, []
    for p in pending:
        hosts = [c for c in group if c.sub_type.event_type == p.sub_type.event_type]
        if not hosts:
            continue
        if p.fatalities is not None and all(c.fatalities is None or c.fatalities.value == 0 for c in hosts):
            for c, f in zip(hosts, split_fatalities(p.fatalities, len(hosts))):
                c.fatalities = f
        for c in hosts:
            c.sides = _combine_sides(c.sides, p.sides, book=book)
            c.add_span(p.spans[0], first=True)
            c.claimed_by = c.claimed_by or p.claimed_by


def _combine_sides(host: Sides, told: Sides, *, book: TriggerBook) -> Sides:
    """The sides of a placed event completed by those of the same event told
    before without a place ("IS launched an assault" + "... attacked Tel Abyad,
    held by the YPG"): the side the host lacks comes from the earlier telling."""
    if told.actor1 is None:
        return host
    if host.actor1 is None:
        return Sides(list(told.side1), list(told.side2), told.subject_named)
    if book.camp(host.actor1.family) == book.camp(told.actor1.family):
        return host if host.side2 else Sides(list(host.side1), list(told.side2), host.subject_named)
    if host.side2:
        return host
    if told.subject_named and not host.subject_named:
        return Sides(list(told.side1), list(host.side1), True)
    return Sides(list(host.side1), list(told.side1), host.subject_named)


def _per_place_tolls(group: list[Candidate], s: Sentence, *, significant: bool) -> bool:
    """A sentence that gives a count for each place of the event just told ("up to
    80 fighters were killed in Mayadeen ... some 40 around Abu Kamal") replaces the
    split of the total: per-place counts win (CODEBOOK 4)."""
    names = list(dict.fromkeys(c.mention.text for c in group if c.mention.text))
    if len(names) < 2:
        return False
    found = sorted((m.start(), m.end(), name) for name in names
                   for m in [re.search(rf"\b{re.escape(name)}\b", s.text, re.I)] if m)
    if len(found) != len(names):
        return False
    tolls, start = {}, 0
    for a, b, name in found:
        toll = parse_fatalities(s.text[start:b], significant=significant)
        if toll is None or toll.value == 0:
            return False
        tolls[name], start = toll, b
    for c in group:
        c.fatalities = tolls[c.mention.text]
        c.add_span((s.start, s.end))
    return True


def _attach_toll(group: list[Candidate], s: Sentence, *, significant: bool, text: str | None = None,
                 earlier: Sequence[str] = ()) -> None:
    """A toll told in the next sentence belongs to the event just told (split by place)."""
    if _per_place_tolls(group, s, significant=significant):
        return
    if any(c.fatalities is not None and c.fatalities.value > 0 for c in group):
        return
    significant = significant or any(c.sub_type.event_type in WAR_ZONE_TYPES for c in group)
    toll = parse_fatalities(text or s.text, significant=significant)
    if toll is None or (toll.value == 0 and any(c.fatalities is not None for c in group)):
        return
    claim = find_claim(s.text, earlier=earlier)
    for c, f in zip(group, split_fatalities(toll, len(group))):
        c.fatalities = f
        c.claimed_by = c.claimed_by or claim
        c.add_span((s.start, s.end))
