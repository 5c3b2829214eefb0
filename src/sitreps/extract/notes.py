"""One neutral ACLED-style sentence describing an event (CODEBOOK section 7, notes).

"On 8 December 2015, Syrian government forces and NDF clashed with IS near al-Hamira
(Aleppo); according to FARS, 20 were killed." Actors by their neutral note names,
never the source's loaded words ("terrorists", "Takfiri", "purged", "liberated");
those may appear only inside quotation marks, and `neutralise` enforces it.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..knowledge import DEFAULT_PROFILE
from ..knowledge.actors import load_actors
from ..model import Event

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

# What each sub-event type says: (with a second actor, without one).
VERBS: dict[str, tuple[str, str]] = {
    "Armed clash": ("{a1} clashed with {a2}", "{a1} were involved in an armed clash"),
    "Government regains territory": ("{a1} regained territory from {a2}", "{a1} regained territory"),
    "Non-state actor overtakes territory": ("{a1} took control of territory from {a2}",
                                            "{a1} took control of territory"),
    "Air/drone strike": ("{a1} carried out air strikes on {a2}", "{a1} carried out air strikes"),
    "Shelling/artillery/missile attack": ("{a1} shelled {a2}", "{a1} carried out shelling"),
    "Remote explosive/landmine/IED": ("{a1} detonated an explosive device against {a2}",
                                      "an explosive device detonated"),
    "Suicide bomb": ("{a1} carried out a suicide bombing against {a2}", "{a1} carried out a suicide bombing"),
    "Grenade": ("{a1} threw a grenade at {a2}", "{a1} threw a grenade"),
    "Chemical weapon": ("{a1} used chemical weapons against {a2}", "{a1} used chemical weapons"),
    "Attack": ("{a1} attacked {a2}", "{a1} carried out an attack"),
    "Abduction/forced disappearance": ("{a1} abducted {a2}", "{a1} abducted people"),
    "Sexual violence": ("{a1} committed sexual violence against {a2}", "{a1} committed sexual violence"),
    "Agreement": ("{a1} and {a2} reached an agreement", "{a1} reached an agreement"),
    "Arrests": ("{a1} arrested {a2}", "{a1} made arrests"),
    "Change to group/activity": ("{a1} and {a2} changed their deployment or activity",
                                 "{a1} sent reinforcements or changed activity"),
    "Disrupted weapons use": ("{a1} disrupted weapons use by {a2}", "{a1} disrupted weapons use"),
    "Headquarters or base established": ("{a1} established a base", "{a1} established a base"),
    "Looting/property destruction": ("{a1} destroyed or looted property of {a2}",
                                     "{a1} destroyed or looted property"),
    "Non-violent transfer of territory": ("territory changed hands between {a1} and {a2} without fighting",
                                          "{a1} took over territory without fighting"),
    "Other": ("a strategic development involving {a1} and {a2} took place",
              "a strategic development involving {a1} took place"),
    "Peaceful protest": ("{a1} held a peaceful protest", "{a1} held a peaceful protest"),
    "Protest with intervention": ("{a1} protested and {a2} intervened", "{a1} protested"),
    "Excessive force against protesters": ("{a1} used excessive force against {a2}",
                                           "{a1} used excessive force against protesters"),
    "Violent demonstration": ("{a1} held a violent demonstration", "{a1} held a violent demonstration"),
    "Mob violence": ("{a1} took part in mob violence against {a2}", "{a1} took part in mob violence"),
}
DEFAULT_VERBS = ("{a1} and {a2} were involved in an event", "{a1} was involved in an event")

# The source's loaded words and the neutral words a note uses instead (outside quotes).
LOADED = {
    "terrorists": "militants", "terrorist": "militant", "takfiris": "militants", "takfiri": "",
    "purged": "cleared", "purge": "clear", "purging": "clearing", "liberated": "captured",
    "liberate": "capture", "liberating": "capturing", "liberation": "capture", "mercenaries": "fighters",
    "rats": "fighters", "cleansing": "military", "martyred": "killed", "martyrs": "dead",
    "martyr": "dead", "heroic": "", "criminal": "", "bandits": "fighters", "thugs": "fighters",
}
LOADED_RE = re.compile(r"\b(" + "|".join(sorted(LOADED, key=len, reverse=True)) + r")\b", re.I)
QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
ZERO_RULES = ("wounded_only", "losses_only", "casualties_only", "none_reported")


def neutralise(text: str) -> str:
    """Replace the source's loaded words outside quotation marks by neutral ones."""
    def swap(m: re.Match[str]) -> str:
        return LOADED[m.group().lower()]

    parts, last = [], 0
    for q in QUOTED.finditer(text):
        parts.append(LOADED_RE.sub(swap, text[last:q.start()]))
        parts.append(q.group())
        last = q.end()
    parts.append(LOADED_RE.sub(swap, text[last:]))
    return re.sub(r"\s{2,}", " ", "".join(parts)).replace(" ,", ",").strip()


def _date_phrase(event: Event) -> str:
    d = event.event_date
    if d is None:
        return "On an unknown date"
    if event.time_precision == 3:
        return f"In {MONTH_NAMES[d.month - 1]} {d.year}"
    written = f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
    return f"Around {written}" if event.time_precision == 2 else f"On {written}"


def _names(*fields: str, labels: Mapping[str, str], profile: str) -> str:
    """Neutral names of the actors in `fields` (assoc fields hold several, '; '-separated)."""
    book = load_actors(profile)
    names = []
    for value in fields:
        for name in filter(None, (v.strip() for v in value.split(";"))):
            actor = book.find(name)
            names.append(labels.get(name) or (actor.note_name if actor else name))
    names = list(dict.fromkeys(names))
    if len(names) < 2:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def _place_phrase(event: Event) -> str:
    relation = event.mention.relation if event.mention else "in"
    word = "near" if relation == "near" or event.geo_precision == 2 else "in"
    if event.location:
        admin = f" ({event.admin1})" if event.admin1 and event.admin1 != event.location else ""
        return f"{word} {event.location}{admin}"
    if event.admin1:
        return f"in {event.admin1} governorate"
    return "in Syria"


INSTITUTIONS = frozenset({"ministry", "pentagon", "military", "coalition", "helmets", "command", "correspondent",
                          "reporter", "report", "monitor", "observatory", "agency", "army", "government", "council",
                          "committee", "center", "centre", "office", "spokesman", "statement", "department"})


def _claimant_phrase(claimed_by: str) -> str:
    """The claimant as a sentence names it: "the Pentagon", "the Turkish military", "the report",
    but "SOHR", "local sources", "a military source" as they are."""
    head = claimed_by.split(",")[0].split(";")[0].split()
    if not head or head[0].lower() in ("a", "an", "the") or (len(head) == 1 and head[0].isupper()):
        return claimed_by
    if head[-1].lower() in INSTITUTIONS:
        return f"the {claimed_by}"
    return claimed_by


def _toll_phrase(event: Event) -> str:
    who = f"according to {_claimant_phrase(event.claimed_by)}, " if event.claimed_by else "the source claims "
    share = "share of a reported total: " if event.fatalities_rule.endswith("+split") else ""
    words = f' ({share}"{event.fatalities_text}")' if event.fatalities_text else ""
    if event.fatalities > 0:
        what = "killed or wounded" if event.fatalities_rule.startswith("killed_and_wounded") else "killed"
        return f"; {who}{event.fatalities} {what}{words}"
    rule = event.fatalities_rule.removesuffix("+split")
    words = f' ("{event.fatalities_text}")' if event.fatalities_text else ""
    if rule == "none_reported" and event.fatalities_text:
        return f"; {who}no one killed{words}"
    if rule in ZERO_RULES and event.fatalities_text:
        return f"; {who}casualties without a death count{words}"
    return ""


def write_note(event: Event, *, actor_labels: Mapping[str, str] | None = None,
               profile: str = DEFAULT_PROFILE) -> str:
    """One neutral sentence for `event`: date, actors, what happened, where, claimed toll.

    `actor_labels` may give a note name per canonical actor name (loaded words in it
    are neutralised like the rest).
    """
    labels = actor_labels or {}
    a1 = _names(event.actor1, event.assoc_actor_1, labels=labels, profile=profile) or "an unidentified actor"
    a2 = _names(event.actor2, event.assoc_actor_2, labels=labels, profile=profile)
    with_two, with_one = VERBS.get(event.sub_event_type, DEFAULT_VERBS)
    what = (with_two if a2 else with_one).format(a1=a1, a2=a2)
    note = f"{_date_phrase(event)}, {what} {_place_phrase(event)}{_toll_phrase(event)}."
    return neutralise(note)
