"""Tests for graph/clean.py: each cleaning rule on its own, on hand-written lines."""
from __future__ import annotations

import pytest

from graph.clean import (
    Boilerplate,
    clean_text,
    english_ratio,
    is_title_like,
    join_paragraphs,
    load_boilerplate,
    normalize_text,
    parse_byline,
    parse_date,
    parse_dateline,
    parse_source_line,
    remove_boilerplate,
    split_front_matter,
    strip_breadcrumb,
    strip_inline_markdown,
    strip_markdown,
    take_head_metadata,
    take_title,
)
from graph.errors import OntologyError

RULES = load_boilerplate()
BODY = "Russia said on Monday that it had moved troops to the border with Afghanistan."


# --------------------------------------------------------------------------- normalisation


def test_clean_normalize_line_endings_spaces_and_invisible_characters():
    raw = "One\r\ntwo\rthree\u00a0 \t four\u200b\ufeff  \n\x07five "
    assert normalize_text(raw) == "One\ntwo\nthree four\nfive"


def test_clean_normalize_unescapes_stray_html_entities_only():
    assert normalize_text("&#163;1.8m fine &amp; more") == "£1.8m fine & more"
    assert normalize_text("AT&T and R&D") == "AT&T and R&D"


def test_clean_front_matter_is_split_off():
    meta, rest = split_front_matter("---\ntitle: T\ndate: 2020-01-02\n---\nBody text.")
    assert meta["title"] == "T"
    assert str(meta["date"]) == "2020-01-02"
    assert rest == "Body text."


@pytest.mark.parametrize("text", [
    "---\nnot closed\nBody",          # no closing fence
    "---\n- a list\n- not a map\n---\nBody",  # YAML but not a mapping
    "---\n: : bad [yaml\n---\nBody",  # not YAML at all
    "Body first\n---\ntitle: x\n---",  # not at the top
])
def test_clean_front_matter_absent_or_invalid_leaves_text(text):
    assert split_front_matter(text) == ({}, text)


# --------------------------------------------------------------------------- markdown


@pytest.mark.parametrize("line, expected", [
    ("See [the report](https://x.org/a_(b)) now", "See the report now"),
    ("Text ![a photo](https://x.org/p.jpg) more", "Text more"),
    ("**Vladimir Putin** said", "Vladimir Putin said"),
    ("*Italic lead.*", "Italic lead."),
    ("__strong__ and _em_ words", "strong and em words"),
    ("***both*** marks", "both marks"),
    ("a snake_case_name stays", "a snake_case_name stays"),
    ("2 * 3 * 4 is arithmetic", "2 * 3 * 4 is arithmetic"),
    ("Required fields are marked *", "Required fields are marked *"),
    ("ref [link text][1] here", "ref link text here"),
    ("mail <mailto:a@b.org> me", "mail mailto:a@b.org me"),
    ("line with a break<br>tag", "line with a breaktag"),
])
def test_clean_inline_markdown(line, expected):
    assert strip_inline_markdown(line) == expected


def test_clean_markdown_first_h1_is_title_and_rules_vanish():
    title, text = strip_markdown("# The Title\n\nPara one.\n\n---\n\n## Section\n\n- item\n> quoted")
    assert title == "The Title"
    lines = [line for line in text.split("\n") if line]
    assert lines == ["Para one.", "Section", "item", "quoted"]


def test_clean_markdown_second_h1_stays_in_text():
    title, text = strip_markdown("# First\n\nBody.\n\n# Second")
    assert title == "First"
    assert "Second" in text and "First" not in text


# --------------------------------------------------------------------------- breadcrumbs


@pytest.mark.parametrize("line, expected", [
    ("HomeAnalyticsWhy ISIS moves to Pakistan", "Why ISIS moves to Pakistan"),
    ("HomeWorldRussia arms the Taliban", "Russia arms the Taliban"),
    ("Home > World > Asia > Russia arms the Taliban", "Russia arms the Taliban"),
    ("Home » News » Kabul talks", "Kabul talks"),
    ("Home / Opinion / A column", "A column"),
])
def test_clean_breadcrumb_gives_title(line, expected):
    assert strip_breadcrumb(line, RULES) == expected


@pytest.mark.parametrize("line", [
    "Home Secretary Priti Patel said the plan would go ahead.",
    "Homeland security officials met in Kabul.",
    "Home",
    "Russia arms the Taliban",
])
def test_clean_breadcrumb_not_confused_with_body(line):
    assert strip_breadcrumb(line, RULES) is None


# --------------------------------------------------------------------------- metadata lines


@pytest.mark.parametrize("text, expected", [
    ("April 26, 2017", "2017-04-26"),
    ("26 April 2017", "2017-04-26"),
    ("Apr. 6, 2017", "2017-04-06"),
    ("Wednesday, 26 April 2017 10:32 GMT", "2017-04-26"),
    ("Published: March 3rd, 2021", "2021-03-03"),
    ("2017-04-26", "2017-04-26"),
    ("2017-04-26T10:32:00Z", "2017-04-26"),
    ("2017/4/6", "2017-04-06"),
    ("February 30, 2017", None),
    ("in April 2017 Russia said", None),
    ("2017", None),
])
def test_clean_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("By Sami Karimi", "Sami Karimi"),
    ("By Interaction Desk", "Interaction Desk"),
    ("by Jane van Dijk and John Smith", "Jane van Dijk and John Smith"),
    ("Written by: Ann O'Neill", "Ann O'Neill"),
    ("By 2020, Moscow had changed course.", None),
    ("By then the Taliban controlled the district.", None),
    ("By the way", None),
])
def test_clean_parse_byline(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Global Research, April 26, 2017", ("Global Research", "2017-04-26")),
    ("The Example Times | 3 May 2019", ("The Example Times", "2019-05-03")),
    ("April 26, 2017", (None, "2017-04-26")),
    ("Russia said on April 26, 2017 that it would act.", None),
])
def test_clean_parse_dateline(line, expected):
    assert parse_dateline(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Copyright © Jane Doe, Example Research, 2017", "Example Research"),
    ("© 2019 Example Post. All rights reserved.", "Example Post"),
    ("The original source of this article is Example Research", "Example Research"),
    ("Russia said it would act.", None),
])
def test_clean_parse_source_line(line, expected):
    assert parse_source_line(line) == expected


def test_clean_head_metadata_removed_from_lines_only_at_the_top():
    lines = ["By Ann Example", "", "Example News, May 3, 2019", "", BODY] + [BODY] * 20 + ["By Bob Other"]
    meta, out = take_head_metadata(lines)
    assert meta == {"author": "Ann Example", "date": "2019-05-03", "source": "Example News"}
    assert out[0] == "" and out[2] == ""
    assert out[-1] == "By Bob Other"  # far from the top: body text, kept


# --------------------------------------------------------------------------- boilerplate


@pytest.mark.parametrize("chrome", [
    "Region: Asia, Europe",
    "Theme: Terrorism",
    "In-depth Report: SYRIA",
    "Copyright © John Doe, Example Research, 2020",
    "The original source of this article is Example Research",
    "Comment on Example Research Articles on our Facebook page",
    "Become a Member of Example Research",
    "Articles by: John Doe",
    "For media inquiries: press@example.org",
    "Your email address will not be published. Required fields are marked *",
    "The end",
    "Advertisement",
    "Kabul residents queue for bread on Monday. Photo: AFP / Example Agency",
    "Soldiers at a checkpoint near the border. Photo: Reuters",
    "Photo: Example Agency",
    "Please enable JavaScript to read this site.",
])
def test_clean_boilerplate_chrome_line_dropped(chrome):
    assert [line for line in remove_boilerplate([BODY, chrome, BODY], RULES) if line] == [BODY, BODY]


@pytest.mark.parametrize("body", [
    BODY,
    "Home Secretary Priti Patel said the plan would go ahead.",
    "The region: a place of war, the minister said.",
    "Copyright law in Russia changed in 2019, officials said.",
    "The photo: a fake, the ministry said.",
    "In the end, Moscow backed the plan.",
    "Theme parks reopened in Moscow.",
])
def test_clean_boilerplate_body_line_kept(body):
    assert remove_boilerplate([BODY, body], RULES) == [BODY, body]


@pytest.mark.parametrize("marker", ["Must Read", "Leave a Reply", "Related Articles", "You may also like"])
def test_clean_boilerplate_cut_from_marker_drops_the_rest(marker):
    out = remove_boilerplate([BODY, "", marker, "", "Teaser headline", "Teaser text ..."], RULES)
    assert [line for line in out if line] == [BODY]


def test_clean_boilerplate_cut_marker_before_any_body_is_ignored():
    out = remove_boilerplate(["Must Read", "", BODY], RULES)
    assert [line for line in out if line] == [BODY]


def test_clean_boilerplate_disclaimer_paragraph_dropped_whole():
    lines = [BODY, "", "Disclaimer: The contents are the author's.", "example.org holds copyrighted material.",
             "", "Last paragraph of the article."]
    assert [line for line in remove_boilerplate(lines, RULES) if line] == [BODY, "Last paragraph of the article."]


def test_clean_boilerplate_inline_photo_credit_removed():
    out = remove_boilerplate(["Russia moved troops (Photo: AFP) to the border."], RULES)
    assert out == ["Russia moved troops to the border."]


def test_clean_boilerplate_rules_extendable_by_file(tmp_path):
    path = tmp_path / "chrome.yaml"
    path.write_text("drop_line:\n  - '^sponsored by\\b'\n", encoding="utf-8")
    rules = load_boilerplate(path)
    assert remove_boilerplate([BODY, "Sponsored by Example Bank"], rules) == [BODY, ""]
    assert rules.cut_from == ()


def test_clean_boilerplate_bad_regex_names_file_and_pattern(tmp_path):
    path = tmp_path / "chrome.yaml"
    path.write_text("drop_line:\n  - '^(unclosed'\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"chrome\.yaml.*\^\(unclosed"):
        load_boilerplate(path)


def test_clean_boilerplate_bad_shape_raises(tmp_path):
    path = tmp_path / "chrome.yaml"
    path.write_text("drop_line: just a string\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="list of regular expressions"):
        load_boilerplate(path)


# --------------------------------------------------------------------------- title, paragraphs, language


@pytest.mark.parametrize("line, expected", [
    ("Chelsea sack Mutu", True),
    ("Russia in Afghanistan; its concerns and the probability of military intervention", True),
    ("iTunes now selling Band Aid song", True),
    ("'My memories of Marley...'", True),
    ("Why ISIS \"moves\" to Pakistan?", True),
    (BODY, False),
    ("the lower-case start of a sentence", False),
    ("Ends with a colon:", False),
    (" ".join(["Word"] * 30), False),
])
def test_clean_is_title_like(line, expected):
    assert is_title_like(line) is expected


def test_clean_take_title_from_first_line_or_drop_its_repeat():
    assert take_title(["Chelsea sack Mutu", "", BODY]) == ("Chelsea sack Mutu", ["", "", BODY])
    assert take_title([BODY, BODY]) == ("", [BODY, BODY])
    assert take_title(["Only a headline"]) == ("", ["Only a headline"])  # no body after it
    assert take_title(["Known Title", BODY], "Known title") == ("Known title", ["", BODY])


def test_clean_join_paragraphs_blank_line_between():
    assert join_paragraphs(["", "One.", "", "", "Two.", "Three."]) == "One.\n\nTwo.\n\nThree."


def test_clean_join_paragraphs_hard_wrap_and_stray_break_joined():
    wrapped = ["Russia said on Monday that it had moved troops and", "armour to the border.", "",
               "Officials called it a routine", "", "exercise near Termez."]
    assert join_paragraphs(wrapped) == ("Russia said on Monday that it had moved troops and armour to the border."
                                        "\n\nOfficials called it a routine exercise near Termez.")


def test_clean_join_paragraphs_keeps_short_heading_apart():
    assert join_paragraphs(["Russia and the Taliban", "Moscow kept its contacts."]) == (
        "Russia and the Taliban\n\nMoscow kept its contacts.")


def test_clean_english_ratio_separates_english_from_other_languages():
    english, n = english_ratio("Russia said that it would not send troops to the border, and the Taliban "
                               "denied that they had received any weapons from Moscow in the past year.")
    french, _ = english_ratio("La Russie a déclaré qu'elle n'enverrait pas de troupes à la frontière, et les "
                              "talibans ont nié avoir reçu des armes de Moscou au cours de l'année passée.")
    assert n == 27
    assert english > 0.3 > 0.1 > french
    assert english_ratio("12345 !!! ???") == (0.0, 0)


# --------------------------------------------------------------------------- all together


def test_clean_text_markdown_article():
    raw = ("# Title Here\r\n\r\nBy Ann Example\r\n\r\nExample Wire, May 3, 2019\r\n\r\nRegion: Asia\r\n\r\n"
           "*Lead* with a [link](http://x.org).\r\n\r\n---\r\n\r\nBecome a Member of Example Wire\r\n")
    cleaned = clean_text(raw, markdown=True)
    assert cleaned.title == "Title Here"
    assert cleaned.text == "Lead with a link."
    assert cleaned.meta == {"author": "Ann Example", "date": "2019-05-03", "source": "Example Wire"}


def test_clean_text_front_matter_overrides_text_lines():
    raw = "---\nauthor: Front Author\ndate: 2020-02-02\n---\nBy Text Author\n\nJune 1, 2019\n\n" + BODY
    cleaned = clean_text(raw)
    assert cleaned.meta["author"] == "Front Author"
    assert cleaned.meta["date"] == "2020-02-02"
    assert cleaned.text == BODY


def test_clean_text_empty_rules_keep_chrome():
    cleaned = clean_text(BODY + "\n\nRegion: Asia", rules=Boilerplate())
    assert cleaned.text == BODY + "\n\nRegion: Asia"
