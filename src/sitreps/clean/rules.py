"""The boilerplate rules of the line cleaner, as ordered, commented data.

In the manner of trafilatura's xpaths.py: the patterns live here, apart from the
logic that applies them (boilerplate.py). Patterns are matched against one
trimmed line, case-insensitively. A line is dropped by the first rule that
matches; `max_words` keeps a rule from firing on a real paragraph that merely
starts with the same words. Rules that need context (repeated lines, runs of
related headlines, tag lists) are named in CONTEXT_RULES and coded in
boilerplate.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LineRule:
    """Drop a line matching `pattern` (if it has at most `max_words` words)."""

    name: str
    pattern: re.Pattern[str]
    max_words: int = 12
    needle: str = ""       # lower-case text the line must contain for the rule to be tried


@dataclass(frozen=True)
class BlockRule:
    """Drop every line from one matching `start` through one matching `end` (or the text's end)."""

    name: str
    start: re.Pattern[str]
    end: re.Pattern[str]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_SOCIAL = r"(share|tweet|e-?mail|print|whatsapp|facebook|twitter|telegram|google\+|linkedin|pinterest|reddit|vk|messenger|copy link|send)"

# Agencies whose datelines open a story.
_WIRES = "FNA|Tasnim|Reuters|AFP|AP|Sputnik|SANA|TASS|Xinhua|IRNA|MNA|ANHA|AA|UPI|dpa|ALALAM|Alalam"

LINE_RULES: tuple[LineRule, ...] = (
    # Radio and TV player widgets ("Listen Live" on Sputnik pages).
    LineRule("player_widget", _rx(r"^(listen|watch) live$|^live (tv|radio|stream)$")),
    # Sputnik's short-link button, with or without its view counter.
    LineRule("short_url", _rx(r"^get short url\b[\d\s]*$")),
    # Share buttons, alone or as a row ("Share | Tweet | Email").
    LineRule("share_buttons", _rx(rf"^({_SOCIAL}( (on|this|via) \w+)?[\s|/•·,:]*)+$")),
    # Login, sign-up and subscription prompts.
    LineRule("login_prompt", _rx(r"^(log ?in|log ?out|sign ?in|sign ?up|register|subscribe|create an account)\b"), max_words=8),
    # Navigation back to the top of the page.
    LineRule("back_to_top", _rx(r"^(back to top|scroll to top|go to top)( button)?\W*$")),
    # A PHP var_dump of related links: string(1934) "[{...}]".
    LineRule("var_dump", _rx(r'^string\(\d+\)\s*"'), max_words=100000),
    # A raw JSON blob pasted into the page.
    LineRule("json_blob", _rx(r'^[\[{]\s*["{\[]'), max_words=100000),
    # Comment-section furniture (Sputnik).
    LineRule("community_standards", _rx(r"^community standards")),
    LineRule("comment_via", _rx(r"^comment via \w+")),
    LineRule("comments_count", _rx(r"^(\d+\s+)?comments?\W*$|^(show|hide|view|load) (all )?comments\b|^comments are closed\b")),
    # "Tags: ...", "Topics: ..." lines.
    LineRule("tag_prefix", _rx(r"^(tags|tagged|tagged with|keywords|topics)\s*[:|]"), max_words=60),
    # Pointers to other articles.
    LineRule("read_more", _rx(r"^read more here\s|^(read more|read also|also read|see also|related( articles| news| stories| posts)?|recommended|more on this( story)?|you may also like|most (read|popular|viewed))\s*([:|>»\-–—]|$)"), max_words=20),
    # An embedded video's title: "Air strikes on Atareb kill dozens of civilians - YouTube".
    LineRule("video_embed", _rx(r"\s[-–—|]\s*youtube$"), max_words=25),
    # Site section labels shown above the headline.
    LineRule("section_label", _rx(r"^(home|news|world|world news|middle east|politics|military|breaking news|latest news|top stories|opinion|analysis|videos?|photos?|gallery|multimedia|trending|region|syria news|most read|local|national|international|economy|business|culture|sports?|health|science|technology|features|editorial|reports|interviews|in depth)$")),
    # Copyright and credit lines.
    LineRule("copyright", _rx(r"^(©|copyright\b|\(c\)\s|all rights reserved)")),
    LineRule("photo_credit", _rx(r"^(photo|image|picture|file photo|photo credit)\s*(:|by\b|credit\b)"), max_words=20),
    # Agency photo credits: "Sputnik / Mikhail Alaeddin", "AFP Photo / George Ourfalian".
    LineRule("agency_photo_credit", _rx(r"^(sputnik|afp|reuters|ap|anadolu( agency)?|getty images|sana|aa)( photo)?\s*/\s*\w"), max_words=10),
    # A photo credit alone on its line: "REUTERS Rodi Said", "Sputnik Michael Alaeddin",
    # "Reports Sputnik Mikhail Voskresenskiy" (names only, no verb).
    LineRule("agency_photo_byline", re.compile(r"^(?:Reports\s+)?(?:REUTERS|Reuters|Sputnik|AFP|AP|AP Photo|EPA|Getty Images)"
                                               r"(?:\s+\d{4})?(?:\s+(?:[A-Z][\w.'’-]*|al-\w+)){1,3}$"), max_words=6),
    # Wire credits closing a story: "Reporting by ...; Editing by ...".
    LineRule("wire_credits", _rx(r"^(additional )?(reporting|writing|editing|compiled|produced) by\b"), max_words=40),
    LineRule("trust_principles", _rx(r"^our standards\s*:")),
    LineRule("reading_time", _rx(r"^\d+\s+min(ute)?s?\s+read$")),
    # Source notes closing a story: "Source: TRT World and agencies".
    LineRule("source_note", _rx(r"^source\s*:\s*\S"), max_words=8),
    # Advertising and calls to follow, subscribe or download.
    LineRule("advertisement", _rx(r"^(advertisement|sponsored( content)?|promoted( content)?|ad)$")),
    LineRule("call_to_action", _rx(r"^(follow us|join us|subscribe to|sign up (for|to)|click here|download (our|the) app|get the latest)\b"), max_words=15),
    # A byline alone on its line: "By John Smith and Jane Doe" (names capitalised).
    LineRule("byline", re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}((\s*,\s*|\s+and\s+)[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3})*$"), max_words=12),
    # Editors' signatures closing agency copy: "H. Said / Hazem Sabbagh".
    LineRule("editor_signature", re.compile(r"^[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}(\s*/\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})+$"), max_words=10),
    # A photo caption marked as an archive picture: "... (File)".
    LineRule("file_caption", _rx(r"\((file|file photo|archive|archive photo)\)\W*$"), max_words=80),
    # A page clock or crawl stamp: "00:00 GMT +321 July 2019", "16:25 UTC".
    LineRule("clock_stamp", _rx(r"^\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\s*((gmt|utc)\b\s*)?[+\-]?[\d\s:./,\-]*"
                                r"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\d\s,]*)?$"), max_words=8),
    # Debris without letters: "219-11", "|", "...".
    LineRule("no_letters", _rx(r"^[^a-z\u00c0-\u024f\u0600-\u06ff]{1,40}$"), max_words=100000),
)

BLOCK_RULES: tuple[BlockRule, ...] = (
    # A WordPress comment form, from its heading to its script placeholder.
    BlockRule("comment_form", _rx(r"^leave a (reply|comment)\b"), _rx(r"^connecting to %s")),
    BlockRule("post_comment_form", _rx(r"^(post a comment|add a comment|your email address will not be published)"), _rx(r"^(post comment|submit|connecting to %s)\W*$")),
)

# Patterns removed from the START of a line (repeatedly) without dropping the
# line: the stamps that scrapers glue in front of the first paragraph.
PREFIX_RULES: tuple[LineRule, ...] = (
    # "19.07.2016(updated 1457 19.07.2016)" (Sputnik).
    LineRule("updated_stamp", _rx(r"^\d{1,2}\.\d{1,2}\.\d{4}\s*\(updated[^)]*\)\s*")),
    # "Get short URL 2440" left at the start of a line.
    LineRule("short_url_prefix", _rx(r"^get short url\s*(\d+\s+)*")),
    # A wire dateline: "TEHRAN (FNA)- ", "BEIRUT, Oct 3 (Reuters) - ", "(AFP) - ",
    # "Damascus, SANA - ". Its city is where the desk sits, not where events happened.
    # An upper-case city may stand before "(AGENCY)" without a dash; a title-case
    # one needs the dash ("Beirut (AFP) -"), so "The news agency (SANA) said" stays.
    LineRule("wire_dateline", re.compile(
        r"^(?:[A-Z][A-Z'.\-]+(?:[ ,]+[A-Z][A-Za-z'.\-]*)*(?:,?\s+[A-Z][a-z]{2}\.?\s+\d{1,2})?,?\s*)?"
        rf"\((?:{_WIRES})\)\s*[-–—:]?\s*"
        r"|^[A-Z][A-Za-z'.\-]+(?:[ ,]+[A-Z][A-Za-z'.\-]*){0,2}(?:,?\s+[A-Z][a-z]{2}\.?\s+\d{1,2})?,?\s*"
        rf"(?:\((?:{_WIRES})\)|(?:{_WIRES}))\s*[-–—]\s*")),
    # An agency name before a weekday-led dateline: "AFP Saturday 11 Jul 2015" (Al-Ahram).
    LineRule("agency_before_dateline", re.compile(
        rf"^(?:{_WIRES})\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d)")),
    # A byline run into the story (Asharq Al-Awsat): "by Nazeer Rida At least 12 ...".
    # A sentence never opens with a lower-case "by"; the names end at a story opener.
    LineRule("byline_prefix", re.compile(r"^by\s+(?:(?:[A-Z][\w.'’-]*|al-\w+|and)\s+){1,8}?"
                                         r"(?=(?:The|A|An|At|In|On|More|Some|Several|Dozens|Scores|Hundreds|"
                                         r"Thousands|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s)")),
    # "SEND httpsabahdai.lyac6kWj" (Daily Sabah share link).
    LineRule("send_link", _rx(r"^send\s+https?\S*\s+")),
)

# Cut from the start of the story's first line only (where a sentence this
# short or a city with a dash cannot be reporting).
FIRST_LINE_PREFIX_RULES: tuple[LineRule, ...] = (
    # An agency's name alone before the story (Al-Ahram): "AFP At least 10 civilians ...".
    LineRule("agency_before_story", re.compile(rf"^(?:{_WIRES})\s+(?=(?:At|The|A|An|In|On|More|Some|Several|Dozens|Scores)\s)")),
    # A desk dateline with a dash and no agency (Asharq Al-Awsat): "Beirut London- Warplanes ...".
    LineRule("desk_dash_dateline", re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}[-–—]\s+(?=[A-Z])")),
    # A reporter's name as the first sentence (Reuters): "Stephanie Nebehay. Syria is ...".
    LineRule("byline_sentence", re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+\.\s+(?=[A-Z])")),
)

# The desk's city right after a dateline: "... Jun 182016 BEIRUT At least".
DESK_CITY = re.compile(r"(?!(?:ISIS|ISIL|IRGC|NATO|UNHCR|UNICEF|OCHA|SOHR|SANA|DAESH)\b)[A-Z]{4,}(?:[ -][A-Z]{3,})*(?:,?\s+(?:Syria|Lebanon|Turkey|Iraq|Jordan|Israel))?\s+(?=[A-Z\"“])")

# Debris inside a line (one-line scraped articles): the span a pattern matches
# is cut out and the line goes on as two paragraphs.
INLINE_RULES: tuple[LineRule, ...] = (
    # "Middle East 1735 15.04.2017(updated 2033 15.04.2017) Get short URL 9832" (Sputnik).
    LineRule("short_url_inline", _rx(r"\s*(middle east\s+)?(\d{3,4}\s+)?(\d{1,2}\.\d{1,2}\.\d{4}(\s*\(updated[^)]*\))?\s*)?(?<![a-z])get short url(\s+\d+)*\s*"),
             needle="short url"),
    # Sputnik's closing tag run and comment widgets, through the end of the line.
    LineRule("comment_tail_inline", _rx(r"\s*(\bTags\s.{0,400}?)?\bCommunity standards\s*Discussion.*$"),
             needle="community standards"),
    # "Read Also" closing a one-line article (The New Arab).
    LineRule("read_also_tail", _rx(r"\s*\bRead Also\W*$"), needle="read also"),
    # Wire credits and trust principles closing a one-line Reuters story.
    LineRule("wire_credits_tail", _rx(r"\s*((additional )?(reporting|writing|editing) by\b.{0,300}?)?"
                                      r"our standards:\s*the thomson reuters trust principles\.?\s*$"),
             needle="trust principles"),
    # TRT World's source note and site footer.
    # (what follows the source note, "Related News ...", is the site's, not the story's).
    LineRule("trt_footer_tail", _rx(r"\s*(\bsource:?\s+trt\s?world and agencies\b.*|\bsubscribe trt world on facebook.*|"
                                    r"\bcopyright \d{4} trt world.*)\s*$"), needle="trt"),
    # "(Source: Syrian Coalition) Twitter" closing Etilaf statements.
    LineRule("source_note_tail", _rx(r"\s*\(source:[^)]{2,80}\)\s*(twitter|facebook)?\s*$"), needle="source"),
    # TRT World's calls to follow and subscribe.
    LineRule("trt_promo_tail", _rx(r"\s*\b(a picture is worth a thousand words\.|follow us on instagram\b|follow trtworld\b).*$"),
             needle="follow"),
    # Names after the last sentence: editors' signatures ("... properties. Hazem Sabbagh",
    # "... airstrike. Manar al-Freih / Hazem Sabbagh").
    LineRule("signature_tail", re.compile(r"(?<=[.!?\"”])\s+(?:[A-Z][\w.'’-]*|al-\w+|el-\w+)"
                                          r"(?:\s*/\s*|\s+)(?:[A-Z][\w.'’-]*|al-\w+|el-\w+)"
                                          r"(?:(?:\s*/\s*|\s+)(?:[A-Z][\w.'’-]*|al-\w+|el-\w+)){0,5}\s*$")),
    # Editor's initials and a counter after the last sentence: "... Press TV reported. SSH 11".
    LineRule("editor_initials_tail", re.compile(r"(?<=[.!?\"”])\s+[A-Z]{2,4}(?:/[A-Z]{2,4})?\s+\d{1,3}\s*$")),
    # A view counter alone after the last sentence: "... the towns. ... 832", "... properties. 12".
    # (or before the closing tag run and comment widgets).
    LineRule("counter_tail", re.compile(r"(?<=[.!?\"”])\s+(?:\.\.\.\s*)?\d{1,6}\s*(?=$|Tags\s|Topic\s|Community standards)")),
    # Sputnik's topic label with its story count: "Topic Battle Against Daesh in Syria (180) 0 54".
    LineRule("topic_label_inline", re.compile(r"(?:^|(?<=[.!?\"”])\s+)(?:\.\.\.\s*\d+\s+)?Topic\s+[A-Z][^.!?()]{0,120}"
                                              r"\(\d+\)(?:\s+\d+)*\s*")),
    # A call to follow closing the story: "Never miss a story again sign up to our Telegram channel ...".
    LineRule("never_miss_tail", _rx(r"(?<=[.!?\"”])\s+never miss a story\b.*$"), needle="never miss"),
    # A list of related headlines closing a one-line story: "... nations. ... 440 Related
    # US-Led Coalition Destroys 22 Daesh Positions Near Manbij - CENTCOM Syrian Arab ...".
    # Headlines carry no sentence end ("2.5 Tons" is a number, not one).
    LineRule("related_tail", re.compile(r"(?<=[.!?\"”)])\s+(?:\.\.\.\s*)?(?:\d+\s+)?Related\s+[A-Z0-9]"
                                        r"(?:[^.!?]|\.(?=\d))*$")),
    # A page's update stamp after the story: "Last Update: Saturday 7 October 2017 KSA 16:06 - GMT 13:06 3885".
    LineRule("last_update_tail", _rx(r"(?<=[.!?\"”])\s+last updated?\s*:?\s+[^.!?]{0,80}$"), needle="last update"),
    # A news service's sign-off: "... properties. English bulletin".
    LineRule("bulletin_tail", _rx(r"(?<=[.!?\"”])\s+(english|arabic|french) (bulletin|service|desk)\s*$"), needle="bulletin"),
    # An AFP crosshead run into the text between two sentences:
    # "... on dissent. - Troops kill 10 children - Meanwhile ...". A heading, not reporting.
    LineRule("wire_crosshead", re.compile(r"(?<=[.!?\"”])\s+[-–—]\s+[A-Z0-9][^.!?\"”\-–—]{2,70}?\s+[-–—]\s+(?=[A-Z\"“])")),
)
INLINE_RULES = (*INLINE_RULES,
    # A wire dateline after the standfirst (Sputnik): "... told Sputnik on Tuesday.
    # DAMASCUS (Sputnik) The strike was ...". Its city is the desk's, not the event's.
    LineRule("inline_dateline", re.compile(rf"(?<=[.!?\"”])\s+[A-Z][A-Z'.\-]{{2,}}(?:[ \-][A-Z]{{3,}})?,?\s*"
                                           rf"\((?:{_WIRES})\)\s*[-–—:]?\s*(?=[A-Z\"“])")),
    # TRT World's photo credit between the caption and the story.
    LineRule("trt_credit_inline", _rx(r"\s*\(trt world and agencies\)\s*"), needle="trt world"),
    # An agency photo credit closing a caption: "... on July 21 2015. (AFP Photo) At least ...".
    LineRule("photo_credit_inline", re.compile(r"\s*\((?:(?:AFP|Reuters|AP|AA|EPA|Anadolu|Getty Images|SANA|DHA|IHA) Photo"
                                               r"|Photo:? (?:AFP|Reuters|AP|AA|EPA))\)\s*")),
    # An embedded video's title between two sentences: "... minors. Russian jets drop
    # cluster bombs in Aleppo - YouTube Russian warplanes struck ...".
    LineRule("video_embed_inline", re.compile(r"(?<=[.!?\"”])\s+[A-Z][^.!?]{5,150}?\s[-–—|]\s*YouTube\b\s*"), needle="youtube"),
    # A site's related-news box closing the story: "... Source AA Related News Iraqs vote violations | ...".
    LineRule("related_news_tail", re.compile(r"(?<=[.!?\"”])\s+(?:Source:?\s+[A-Z][\w ]{0,25}?\s+)?Related News\b.*$")),
)

# A photo credit run into the text, with the related story linked under the photo:
# "... the source said. REUTERS Rodi Said Anti-Daesh Forces Get the Better of
# Terrorists in Battle for Manbij The US-led coalition ...". Where it ends is found
# like a tag run's end (the story restarts at an opener followed by prose).
# Share buttons and a related-stories box under the headline (Al-Ahram):
# "... (Photo AP) Print Tweet Views 2494 Related Russian US jets had near miss ...
# Syrian rebels launched a major assault"; a "READ MORE" link (Sputnik).
PRINT_RELATED_RUN = re.compile(r"\bPrint\s+Tweet\s+Views\s+\d+\s+Related\s+(?=[A-Z])")
READ_MORE_RUN = re.compile(r"(?<=[.!?\"”])\s+READ MORE:?\s+(?=[A-Z])")
MAX_RELATED_RUN_WORDS = 60
PHOTO_CREDIT_RUN = re.compile(r"(?<=[.!?\"”])\s+(?:REUTERS|AP Photo|AFP Photo|AFP PHOTO|AFP \d{4}|EPA|Getty Images|Sputnik Photo)\s+(?=[A-Z])")

# A headline run into the text without a full stop (SANA bulletins print each
# item's headline before its story): "... material damage. Two citizens injured in
# mortar attack in Daraa Two citizens got injured on Sunday ...". A headline
# starts a sentence, has a bare participle (no auxiliary before it) among its
# first HEADLINE_VERB_WITHIN words and ends, within MAX_HEADLINE_WORDS words and no
# sentence end, where a story opener (STORY_OPENERS, a number, or the headline's
# own first word) starts prose. It is split off as a paragraph of its own.
HEADLINE_START = re.compile(r"(?:^|(?<=[.!?\"”])\s+)(?=[A-Z0-9])")
HEADLINE_VERBS = frozenset("killed injured wounded dead martyred kill kills".split())
NOT_HEADLINE_BEFORE_VERB = frozenset("was were been being be is are got get gets have has had".split())
HEADLINE_VERB_WITHIN, MAX_HEADLINE_WORDS = 8, 24
# (an auxiliary up to two words before it, "were also killed", makes it a sentence's verb).
# A past participle is a headline's only when a preposition, a conjunction or
# another count with its participle follows ("2 killed 13 injured in ..."); "killed 16 people" is
# a sentence's verb with its object. "kill(s)" is a headline's present tense.
AFTER_HEADLINE_PARTICIPLE = frozenset("in on by as after near during due when while and others amid".split())
# A story opener does not follow these words: "... adding that 234 of them".
NOT_BEFORE_OPENER = frozenset("the a an of in on at to by for from with near after and that as "
                              "where when which who while than said says told least about over some nearly almost another other more".split())
# A count followed by a month is a dateline, not a story's start: "11 Jul 2015".
MONTH_WORD = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$", re.IGNORECASE)
# "Tags Syria Aleppo barrel bombs ..." run into the text (The New Arab): where
# the tag run starts; where it ends is found by inline.py (the story restarts).
TAG_RUN = re.compile(r"(?<=[\s.!?])Tags\s+(?=[A-Z0-9a-z])")
# The story restarts after a tag run at a capitalised word followed by prose:
# among its next RESTART_WINDOW words, at least RESTART_FUNCTION_WORDS function
# words, or one function word and a verb (tags are names and nouns).
FUNCTION_WORDS = frozenset("the a an of in on at to by for from with near after and that as".split())
AUXILIARIES = frozenset("were was is are have has had been".split())
RESTART_WINDOW, RESTART_FUNCTION_WORDS = 8, 3
# Words that typically open a news story; preferred as the restart point.
STORY_OPENERS = frozenset("""The A An At In On More Some Several Dozens Scores Hundreds Thousands
One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen
Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty""".split())
# A tag run longer than this many words is not cut (its end is too uncertain).
MAX_TAG_WORDS = 30

# A label introducing a list of other stories; the short lines after it go too.
RELATED_LABEL = _rx(r"^(related|related (posts|articles|news|stories|coverage)|read more|read also|more (news|stories|from \w+)|you may also like|recommended( for you)?|see also)\W*$")
# Lines in such a list have at most this many words and no sentence end.
MAX_RELATED_WORDS = 20

# A section header naming places ("Deir Ezzur", "Eastern Hama", "Hama / Idlib"):
# split on these separators, each part must name a governorate once these
# direction words are taken out. Headers are never dropped.
HEADER_SEPARATORS = re.compile(r"\s*(?:[-–/,&+]|\band\b)\s*")
HEADER_DIRECTIONS = re.compile(r"\b(north|south|east|west|northern|southern|eastern|western|central|"
                               r"north-?eastern|north-?western|south-?eastern|south-?western|"
                               r"northeast|northwest|southeast|southwest|rural|countryside|province|governorate)\b",
                               re.IGNORECASE)
MAX_HEADER_WORDS = 6

# Rules that need more than one line; applied in this order by boilerplate.py.
CONTEXT_RULES = (
    "repeated_headline",   # the headline printed twice: keep the first as title
    "repeated_caption",    # a caption printed twice: drop every copy
    "repeated_paragraph",  # a reporting paragraph printed twice: keep the first
    "tag_list",            # "airstrikes, offensive, militants, army, Daesh, Syria"
    "related_headlines",   # a run of short title-case lines closing the article
    "related_list",        # the short lines after a "Related Posts" label
    "dateline_stamp",      # a line that is only a date ("Mon Mar 21, 2016 16:25:32")
)
