"""The line cleaner's rules, one behaviour per case, on small texts written for the tests."""
from __future__ import annotations

import pytest

from sitreps.clean import clean_document
from sitreps.clean.rules import BLOCK_RULES, CONTEXT_RULES, INLINE_RULES, LINE_RULES, PREFIX_RULES
from sitreps.model import RawDocument

REPORT = ("Government forces shelled positions of the armed groups near the town of Kafr Nabl "
          "on Monday, killing four fighters, a local monitor said.")
REPORT2 = ("Residents said the bombardment continued into the evening and that dozens of families "
           "fled towards the border crossing.")


def clean(text: str, **kwargs) -> str:
    return clean_document(RawDocument(id="t", text=text, **kwargs)).text


# One example (or more) of each line rule, keyed by the rule that must drop it.
RULE_EXAMPLES: dict[str, list[str]] = {
    "player_widget": ["Listen Live"],
    "short_url": ["Get short URL", "Get short URL 2440"],
    "share_buttons": ["Share | Tweet | Email", "Share on Facebook"],
    "login_prompt": ["Log in"],
    "back_to_top": ["Back to top button"],
    "var_dump": ['string(1934) "[{"id":"1798310","title":"A Headline"}]"'],
    "json_blob": ['[{"id": "5", "title": "x"}]'],
    "community_standards": ["Community standardsDiscussion"],
    "comment_via": ["Comment via FacebookComment via Sputnik"],
    "comments_count": ["12 Comments", "Comments are closed."],
    "tag_prefix": ["Tags: Syria, Idlib, airstrikes"],
    "read_more": ["Read more: Rebels regroup in the north", "Read more here Rescuer killed in Aleppo"],
    "video_embed": ["Air strikes on a market kill dozens of civilians - YouTube"],
    "section_label": ["Middle East", "Local"],
    "copyright": ["© 2016 Example News Network"],
    "photo_credit": ["Photo: Civil defence workers in Douma"],
    "agency_photo_credit": ["Sputnik / Mikhail Alaeddin", "AFP Photo / Omar Haj Kadour"],
    "agency_photo_byline": ["REUTERS Omar Sanadiki", "Sputnik Ivan Petrov", "Reports REUTERS Social Media Website"],
    "wire_credits": ["Reporting by Suleiman Al-Khalidi; Editing by Tom Perry"],
    "trust_principles": ["Our Standards: The Thomson Reuters Trust Principles."],
    "reading_time": ["3 Min Read"],
    "source_note": ["Source: TRT World and agencies"],
    "advertisement": ["Advertisement"],
    "call_to_action": ["Follow us on Telegram"],
    "byline": ["By Ellen Francis and Lisa Barrington"],
    "editor_signature": ["H. Said / Hazem Sabbagh"],
    "file_caption": ["Firefighters at the scene of the blast in the town of Azaz (File)"],
    "clock_stamp": ["00:00 GMT +321 July 2019", "16:25 GMT", "12:01 03.05.2016"],
    "no_letters": ["219-11"],
}
EXAMPLES = [(rule, line) for rule, lines in RULE_EXAMPLES.items() for line in lines]


def test_clean_rule_names_are_unique() -> None:
    names = [r.name for r in (*LINE_RULES, *BLOCK_RULES, *PREFIX_RULES, *INLINE_RULES)] + list(CONTEXT_RULES)
    assert len(names) == len(set(names))


def test_clean_every_line_rule_has_an_example() -> None:
    assert set(RULE_EXAMPLES) == {rule.name for rule in LINE_RULES}


@pytest.mark.parametrize("rule, debris", EXAMPLES)
def test_clean_line_rule_drops_its_example(rule: str, debris: str) -> None:
    doc = clean_document(RawDocument(id="t", text=f"{REPORT}\n\n{debris}\n\n{REPORT2}\n"))
    assert doc.metadata["dropped_lines"] == {rule: 1}


@pytest.mark.parametrize("debris", [line for _, line in EXAMPLES])
def test_clean_drops_debris_line(debris: str) -> None:
    text = clean(f"{REPORT}\n\n{debris}\n\n{REPORT2}\n")
    assert debris not in text
    assert REPORT in text and REPORT2 in text


@pytest.mark.parametrize("line", [
    "By nightfall the army had taken the hill overlooking the road to the town of Atareb.",
    "Related clashes erupted in the town of Saraqeb on Monday.",
    "Recommended routes for the convoy were shelled overnight.",
    "Sources said the convoy was hit near the crossing.",
])
def test_clean_keeps_reporting_that_starts_like_a_rule(line: str) -> None:
    assert line in clean(f"{REPORT}\n\n{line}\n")


@pytest.mark.parametrize("line", ["16:30 - Army shells Douma", "08:15 Rebels shell the Old City of Aleppo"])
def test_clean_keeps_live_blog_entry_led_by_a_time(line: str) -> None:
    assert line in clean(f"{REPORT}\n\n{line}\n")


def test_clean_drops_comment_form_block() -> None:
    form = ("Leave a Reply\n\nFill in your details below or click an icon to log in:\n\n"
            "You are commenting using your Twitter account. Log Out /  Change )\n\nConnecting to %s\n")
    text = clean(f"{REPORT}\n\n{form}")
    assert text == REPORT


def test_clean_keeps_reporting_after_comment_form_end() -> None:
    text = clean(f"Leave a Reply\n\nYou are commenting using your account.\n\nConnecting to %s\n\n{REPORT}\n")
    assert text == REPORT


def test_clean_drops_tag_list() -> None:
    assert clean(f"{REPORT}\n\nairstrikes, offensive, militants, army, Daesh, Syria\n") == REPORT


def test_clean_keeps_sentence_with_commas() -> None:
    line = "The army, backed by militias, air units, artillery and tanks, advanced on the town."
    assert line in clean(f"{REPORT}\n\n{line}\n")


def test_clean_drops_related_headlines_at_the_end() -> None:
    related = ("Army Recaptures Hilltop Overlooking Key Highway in Latakia\n"
               "Rebels Shell Residential District in Western Aleppo\n")
    assert clean(f"{REPORT}\n\n{related}") == REPORT


def test_clean_keeps_single_short_line_at_the_end() -> None:
    assert clean(f"{REPORT}\n\nMore details to follow\n").endswith("More details to follow")


def test_clean_keeps_one_copy_of_repeated_headline_as_title() -> None:
    headline = "Army Repels Attack Near Kafr Nabl"
    doc = clean_document(RawDocument(id="t", text=f"{headline}\n\n{headline}\n\n{REPORT}\n"))
    assert doc.title == headline
    assert doc.text.count(headline) == 1
    assert doc.metadata["title_span"] == [0, len(headline)]


def test_clean_drops_both_copies_of_repeated_caption() -> None:
    caption = "Civil defence workers search the rubble of a building in the city of Idlib on May 3, 2016"
    text = clean(f"{REPORT}\n\n{caption}\n{caption}\n\n{REPORT2}\n")
    assert caption not in text
    assert REPORT2 in text


def test_clean_keeps_first_copy_of_repeated_paragraph() -> None:
    text = clean(f"{REPORT}\n\n{REPORT2}\n\n{REPORT}\n")
    assert text.count(REPORT) == 1 and REPORT2 in text


@pytest.mark.parametrize("header", ["Deir Ezzur", "Damascus", "Deir Ezzur-Quneitra", "Eastern Hama", "Idlib",
                                    "Hama / Idlib", "Northern Homs countryside"])
def test_clean_keeps_section_header_as_own_paragraph(header: str) -> None:
    text = clean(f"{REPORT}\n\n{header}\n\n{REPORT2}\n")
    assert f"\n\n{header}\n\n" in text


def test_clean_drops_dateline_stamp_line() -> None:
    assert clean(f"Mon Mar 21, 2016 16:25:32\n\n{REPORT}\n") == REPORT


@pytest.mark.parametrize("stamp", [
    "Sun 22 Feb 2015 ",
    "19.07.2016(updated 1457 19.07.2016) Get short URL 2440 ",
    "Published August 6 2016 SEND httpsabahdai.lyexample ",
    "Tuesday 26 April 2016 21:41 ",
])
def test_clean_cuts_stamp_glued_to_first_paragraph(stamp: str) -> None:
    assert clean(stamp + REPORT) == REPORT


def test_clean_splits_run_in_headline_from_body() -> None:
    title = "Four fighters killed near Kafr Nabl"
    doc = clean_document(RawDocument(id="t", title=title, text=f"{title}. {REPORT}"))
    assert doc.text == f"{title}\n\n{REPORT}"


def test_clean_joins_hard_wrapped_lines() -> None:
    wrapped = ("Government forces shelled positions of the armed groups near the town of\n"
               "Kafr Nabl on Monday, killing four fighters, a local monitor said. Residents\n"
               "said the bombardment continued into the evening and that dozens of families\n"
               "fled towards the border crossing.")
    assert clean(wrapped) == wrapped


def test_clean_joins_line_continuing_in_lowercase() -> None:
    text = "Government forces shelled positions near\nthe town of Kafr Nabl on Monday."
    assert clean(text) == text


def test_clean_keeps_separate_lines_separate() -> None:
    assert clean(f"{REPORT}\n{REPORT2}") == f"{REPORT}\n\n{REPORT2}"


def test_clean_strips_indentation_and_nbsp_edges() -> None:
    assert clean(f"    \u00a0{REPORT}\u00a0  \n") == REPORT


def test_clean_never_joins_the_headline_to_the_body() -> None:
    headline = "Hundreds of civilians leave the eastern towns through the southern corridor"
    doc = clean_document(RawDocument(id="t", text=f"{headline}\n{REPORT}"))
    assert doc.text == f"{headline}\n\n{REPORT}"


LEDE = "Shelling killed five civilians in the town of Ariha on Monday, a monitor said."
STORY = "At least five civilians were killed when shells hit a market in Ariha, rescuers said."


@pytest.mark.parametrize("debris", [
    " Tags Syria Idlib Ariha shelling Assad ",
    " Middle East 1735 15.04.2017(updated 2033 15.04.2017) Get short URL 9832 ",
    " Get short URL 0 154 ",
])
def test_clean_cuts_inline_debris_and_keeps_both_sides(debris: str) -> None:
    doc = clean_document(RawDocument(id="t", text=LEDE + debris + STORY))
    assert doc.text == f"{LEDE}\n\n{STORY}"


def test_clean_tag_run_ends_where_the_lede_restarts() -> None:
    text = "Shelling killed five civilians in Ariha. Tags Syria Idlib Shelling killed five civilians in Ariha on Monday."
    assert clean(text) == "Shelling killed five civilians in Ariha.\n\nShelling killed five civilians in Ariha on Monday."


def test_clean_cuts_closing_comment_widgets_inline() -> None:
    text = f"{STORY} Tags shelling Idlib Community standardsDiscussion Comment via FacebookComment via Sputnik News"
    assert clean(text) == STORY


def test_clean_keeps_tag_run_without_a_clear_end() -> None:
    tags = " ".join(["Idlib", "Aleppo", "Homs", "Hama", "Raqqa", "Daraa", "Latakia"] * 5)
    assert f"Tags {tags}" in clean(f"{LEDE} Tags {tags} {STORY} {LEDE}")


@pytest.mark.parametrize("dateline", [
    "(FNA)- ", "TEHRAN (FNA)- ", "BEIRUT (Reuters) - ", "AMMAN, Oct 3 (Reuters) - ",
    "Beirut (AFP) - ", "Damascus, SANA - ", "DAMASCUS (Sputnik) ", "\u00a0\u00a0 \u00a0(FNA)- ",
])
def test_clean_cuts_wire_dateline_from_paragraph_start(dateline: str) -> None:
    assert clean(dateline + REPORT) == REPORT


@pytest.mark.parametrize("line", [
    "The Syrian Arab News Agency (SANA) said the army retook the village of Tal Hadiya on Monday.",
    "SANA reported that the army retook the village of Tal Hadiya on Monday.",
])
def test_clean_keeps_agency_named_as_a_source(line: str) -> None:
    assert line in clean(f"{REPORT}\n\n{line}")


def test_clean_keeps_parenthesis_that_is_not_a_wire() -> None:
    line = "ISIS (Daesh) - the group said - attacked the checkpoint at dawn near Deir Hafer."
    assert line in clean(f"{REPORT}\n\n{line}")


def test_clean_drops_short_lines_after_related_label() -> None:
    related = "Related Posts\nArmy kills terrorists in Daraa\nArmy restores stability to villages in Homs\n"
    assert clean(f"{REPORT}\n{related}") == REPORT


def test_clean_related_list_ends_at_reporting() -> None:
    assert REPORT2 in clean(f"{REPORT}\n\nRelated\nArmy kills terrorists in Daraa\n{REPORT2}\n")


def test_clean_sentence_case_headline_above_the_report_is_the_title() -> None:
    doc = clean_document(RawDocument(id="t", text=f"Army units destroy positions in Hama countryside\n{REPORT}"))
    assert doc.title == "Army units destroy positions in Hama countryside"


def test_clean_cuts_agency_dateline_between_run_in_title_and_story() -> None:
    title = "Air strikes kill nine in Idlib town Monitor"
    doc = clean_document(RawDocument(id="t", title=title, text=f"{title} AFP Saturday 11 Jul 2015 {REPORT}"))
    assert doc.text == f"{title}\n\n{REPORT}"


@pytest.mark.parametrize("lead", ["Last updated at Jun 182016 BEIRUT ", "Last updated at Nov 012017 JISREEN Syria "])
def test_clean_cuts_desk_city_after_dateline(lead: str) -> None:
    assert clean(lead + REPORT) == REPORT


def test_clean_keeps_acronym_opening_a_story_after_dateline() -> None:
    assert clean("Sun 22 Feb 2015 UN officials said the convoy was hit near Atareb.") == \
        "UN officials said the convoy was hit near Atareb."


def test_clean_drops_post_a_comment_form() -> None:
    form = "Post a Comment\nYour email address will not be published.\nName\nEmail\nPost Comment\n"
    doc = clean_document(RawDocument(id="t", text=f"{REPORT}\n\n{form}\n{REPORT2}"))
    assert doc.text == f"{REPORT}\n\n{REPORT2}"
    assert doc.metadata["dropped_lines"] == {"post_comment_form": 5}


@pytest.mark.parametrize("tail", [
    " Reporting by Lina Haddad; Editing by Mark Hale Our Standards:The Thomson Reuters Trust Principles.",
    " Source TRTWorld and agencies",
    " (Source: Syrian Coalition) Twitter",
    " SSH 11",
    " Manar al-Freih / Hazem Sabbagh",
    " Hazem Sabbagh",
    " A picture is worth a thousand words. Follow us on Instagram. FOLLOW TRTWORLD",
    " ... 832",
    " 12",
    " ... 440 Related Army Frees Three Villages Near Hama - Ministry Russia Sends 2.5 Tons of Aid to Homs",
    " ... 91 Tags Syria Hama Community standardsDiscussion Comment via FacebookComment via Sputnik News",
    " Last Update: Saturday 7 October 2017 KSA 16:06 - GMT 13:06 3885",
    " English bulletin",
    " Never miss a story again sign up to our Telegram channel and we'll keep you up to speed!",
    " Source TRTWorld and agencies Related News Elections abroad | The film festival Are new policies just? Summit ends",
    " ... 43 Topic Violence in the Region (1881) Related Army Frees Three Villages Near Hama",
])
def test_clean_cuts_closing_debris_from_one_line_story(tail: str) -> None:
    assert clean(STORY + tail) == STORY


def test_clean_keeps_last_sentence_ending_with_a_name() -> None:
    line = "The statement was signed by the governor of Hama, Mohammad al-Hazouri."
    assert clean(f"{STORY} {line}") == f"{STORY} {line}"


def test_clean_cuts_wire_crosshead_between_sentences() -> None:
    assert clean(f"{LEDE} - Troops shell two villages - {STORY}") == f"{LEDE}\n\n{STORY}"


def test_clean_keeps_dashed_aside_inside_a_sentence() -> None:
    line = "Idlib province - where the town lies - has seen heavy fighting this year, residents said."
    assert clean(f"{LEDE} {line}") == f"{LEDE} {line}"


def test_clean_cuts_photo_credit_and_linked_headline_run_into_text() -> None:
    credit = " REUTERS Omar Sanadiki Army Pushes Into Rebel Suburbs Near Capital "
    assert clean(LEDE + credit + STORY) == f"{LEDE}\n\n{STORY}"


RUN_IN = "Two fighters killed in shelling on Ariha"
BODY = "Two fighters were killed on Monday when shells hit their post in Ariha, a monitor said."


@pytest.mark.parametrize("headline, body", [
    (RUN_IN, BODY),
    ("4 citizens killed in rocket attack in Homs city", "At least four citizens were killed when rockets hit a square."),
    ("2 persons killed 13 injured in rocket attacks on Harasta", "Two people were killed when rockets hit the suburb of Harasta on Sunday."),
    ("A child injured in mortar attack on al-Fouaa Idleb", "A girl was injured when a mortar shell hit her home in al-Fouaa."),
])
def test_clean_splits_headline_run_into_the_text_after_a_sentence(headline: str, body: str) -> None:
    assert clean(f"{LEDE} {headline} {body}") == f"{LEDE}\n\n{headline}\n\n{body}"


@pytest.mark.parametrize("sentence", [
    "A suicide bomb blast killed at least 16 people in Hasaka on Tuesday the monitor said.",
    "Rebel fire on regime-held areas killed 1102 people said the Observatory adding that 234 of them were children.",
    "Air strikes killed dozens this week in Raqqa where 8000 people remain trapped the agency said.",
    "Five people were killed in the raid on Ariha The Observatory said.",
    "At least 10 people were also killed and another 20 wounded when a bomber blew himself up.",
    "A Russian air strike killed 49 militants in Idlib province Russian Rossiya 24 state television said.",
])
def test_clean_keeps_sentence_with_a_killing_verb_whole(sentence: str) -> None:
    assert clean(f"{LEDE} {sentence}") == f"{LEDE} {sentence}"


def test_clean_cuts_byline_before_run_in_title() -> None:
    title = "Dozens killed in air strikes on Manbij"
    doc = clean_document(RawDocument(id="t", title=title, text=f"by Example Daily {title} {REPORT}"))
    assert doc.text == f"{title}\n\n{REPORT}"


def test_clean_drops_copy_of_title_run_into_the_body() -> None:
    title = "Ten people killed in rocket attacks on Aleppo"
    doc = clean_document(RawDocument(id="t", title=title, text=f"{title}\n\n{LEDE} {title} {STORY}"))
    assert doc.text == f"{title}\n\n{LEDE}\n\n{STORY}"


@pytest.mark.parametrize("dateline", [" DAMASCUS (Sputnik) ", " BEIRUT (Reuters) - ", " (TRT World and Agencies) "])
def test_clean_cuts_dateline_or_credit_after_the_standfirst(dateline: str) -> None:
    assert clean(LEDE + dateline + STORY) == f"{LEDE}\n\n{STORY}"


def test_clean_keeps_agency_in_parentheses_inside_a_sentence() -> None:
    line = "The report by the state news agency (SANA) said the army retook the village of Tal Hadiya."
    assert clean(f"{LEDE} {line}") == f"{LEDE} {line}"


def test_clean_finds_run_in_title_the_text_quotes() -> None:
    title = "Chemical Massacre in Idlib Shocks the World"
    doc = clean_document(RawDocument(id="t", title=title, text=f'by Jane Doe "Chemical" Massacre in Idlib Shocks the World {REPORT}'))
    assert doc.text == f'"Chemical" Massacre in Idlib Shocks the World\n\n{REPORT}'


def test_clean_cuts_topic_label_before_the_story() -> None:
    assert clean(f"Topic Battle for the North (180) 0 54 {STORY}") == STORY


def test_clean_drops_photo_credit_between_run_in_title_and_story() -> None:
    title = "Army kills 23 militants near Tabqa"
    text = f"{title} REUTERS Omar Sanadiki Middle East 1730 28.04.2017Get short URL {STORY}"
    assert clean_document(RawDocument(id="t", title=title, text=text)).text == f"{title}\n\n{STORY}"


@pytest.mark.parametrize("run", [
    " READ MORE WATCH Rebels Flee Shelling in Hama Countryside ",
    " Print Tweet Views 2494 Related Rebels had near miss over Idlib Army chief demands probe into school attack ",
    " (AFP Photo) ",
    " (Photo AP) ",
])
def test_clean_cuts_link_boxes_and_photo_credits_before_the_story(run: str) -> None:
    assert clean(LEDE + run + STORY) == f"{LEDE}\n\n{STORY}"


def test_clean_keeps_related_box_without_a_clear_story_start() -> None:
    text = f"{LEDE} Print Tweet Views 12 Related Rebels had near miss over Idlib Syrian rebels launched an assault on the town."
    assert "Syrian rebels launched an assault on the town." in clean(text)


def test_clean_cuts_related_news_box_after_source_note() -> None:
    assert clean(f"{STORY} Source AA Related News Elections abroad | The gag rule | Summit ends") == STORY


def test_clean_cuts_byline_run_into_the_story() -> None:
    assert clean(f"by Jane Doe and John Roe {STORY}") == STORY


def test_clean_cuts_clock_before_run_in_title() -> None:
    title = "Governor says strike caused deaths"
    doc = clean_document(RawDocument(id="t", title=title, text=f"at 0914 {title} {REPORT}"))
    assert doc.text == f"{title}\n\n{REPORT}"


def test_clean_cuts_embedded_video_title() -> None:
    assert clean(f"{LEDE} Jets drop cluster bombs on a market in Ariha - YouTube {STORY}") == f"{LEDE}\n\n{STORY}"


@pytest.mark.parametrize("lead", ["Beirut London- ", "Beirut- ", "Jane Doe. ", "AFP "])
def test_clean_cuts_desk_dateline_or_reporter_name_opening_the_story(lead: str) -> None:
    assert clean(lead + STORY) == STORY


def test_clean_keeps_short_sentence_opening_a_later_paragraph() -> None:
    later = "Clashes continued. The army shelled the village of Tal Hadiya overnight, residents said."
    assert later in clean(f"{REPORT}\n\n{later}")


def test_clean_keeps_reporting_before_a_caption_left_between_cuts() -> None:
    piece = ("The blast happened as both sides resumed the exchanges four days after a deadly attack on a convoy. "
             "A boy sits inside a tent near the border (File photo)")
    assert "The blast happened as both sides resumed" in clean(f"{LEDE} (TRT World and Agencies) {piece} (TRT World and Agencies) {STORY}")
