"""Tests for graph/read/clean.py: each cleaning rule on its own, on hand-written lines."""
from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.read.clean import (
    MAX_FRONT_MATTER_DEPTH,
    MAX_META_CHARS,
    Boilerplate,
    clean_text,
    english_ratio,
    fix_surrogates,
    is_title_like,
    join_paragraphs,
    load_boilerplate,
    meta_text,
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


def test_clean_fix_surrogates_joins_pairs_and_replaces_lone_ones():
    assert fix_surrogates("a\ud83d\ude00b") == "a\U0001f600b"
    assert fix_surrogates("Kabul \ud800 and \udfff") == "Kabul \ufffd and \ufffd"
    with pytest.raises(UnicodeDecodeError):
        fix_surrogates("\ud800", errors="strict")


@given(text=st.text(st.characters(codec=None), max_size=200))
def test_clean_normalized_text_always_encodes_as_utf8(text):
    normalized = normalize_text(text)
    normalized.encode("utf-8")  # lone surrogates included: no UnicodeEncodeError
    if text.isascii():
        assert fix_surrogates(text) == text


def test_clean_front_matter_is_split_off():
    meta, rest, problems = split_front_matter("---\ntitle: T\ndate: 2020-01-02\n---\nBody text.")
    assert meta["title"] == "T"
    assert meta["date"] == "2020-01-02"  # as written: dates are read by parse_date, not YAML
    assert rest == "Body text." and problems == []


@pytest.mark.parametrize("text, rest", [
    ("---\ntitle: T\n...\nBody", "Body"),  # YAML's document end closes it too
    ("---\ntitle: T\n---  \n\n\nBody\n---\nmore", "Body\n---\nmore"),  # the first closing line only
])
def test_clean_front_matter_closing_lines(text, rest):
    assert split_front_matter(text) == ({"title": "T"}, rest, [])


@pytest.mark.parametrize("text", [
    "---\nnot closed\nBody",          # no closing fence
    "---\n- a list\n- not a map\n---\nBody",  # YAML but not a mapping
    "---\n: : bad [yaml\n---\nBody",  # not YAML, and not shaped like a mapping either
    "---\nA rule above: a line: with colons\n---\nBody",  # Markdown rules around a line, not YAML
    "Body first\n---\ntitle: x\n---",  # not at the top
    "----\ntitle: x\n----\nBody",  # four dashes are a Markdown rule, not front matter
    "--- \ntitle: x\n---\nBody",  # the opening line is exactly ---
])
def test_clean_front_matter_absent_or_invalid_leaves_text(text):
    assert split_front_matter(text) == ({}, text, [])


# the probes of issue 16: each bad front-matter field is a problem naming it, never an exception
@pytest.mark.parametrize("yaml_text, field, words", [
    ("date: 9999-99-99", "date", "cannot read '9999-99-99' as a date"),
    ("date: 2017-02-30", "date", "as a date"),
    ("date: 2017-04-26T25:00:00", "date", "as a date"),
    ("date: 2017-04-26T10:00:00+25:00", "date", "as a date"),
    ("title: 1" + "0" * 5000, "title", "5,001 characters long"),
    ("title: " + "[" * 5000, "title", f"nested over {MAX_FRONT_MATTER_DEPTH} levels"),
    ("a: &a [x, x]\ntitle: *a", "title", "uses the YAML alias *a"),
    ('title: "\\ud800 Kabul"', "title", "lone surrogate"),
    ("title: {headline: x}", "title", "found a mapping"),
    ("title: [[nested], list]", "title", "list holding a list"),
    ("author: [unclosed", "author", "not valid YAML"),
])
def test_clean_front_matter_problem_names_the_field_and_leaves_it_out(yaml_text, field, words):
    cleaned = clean_text(f"---\n{yaml_text}\nsource: Kabul Daily\n---\n{BODY}")
    assert cleaned.text == BODY  # the front matter is never article text
    assert cleaned.meta.get("source") == "Kabul Daily"  # the other fields are kept
    assert field not in cleaned.meta and cleaned.title == ""
    assert len(cleaned.warnings) == 1
    assert cleaned.warnings[0].startswith(f"front matter {field!r}: ") and words in cleaned.warnings[0]


def test_clean_front_matter_aliases_are_never_expanded():
    # 1 KB of nested aliases would expand to a title of hundreds of megabytes
    lines = ["a0: &a0 [" + ", ".join(["lol"] * 10) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    block = "\n".join(lines + ["title: *a8"])
    meta, rest, problems = split_front_matter(f"---\n{block}\n---\n{BODY}")
    assert "title" not in meta and rest == BODY
    assert sum(len(str(v)) for v in meta.values()) < len(block)
    assert any("'title'" in p and "alias" in p for p in problems)


def test_clean_front_matter_valid_yaml_types_stay_as_written():
    meta, _, problems = split_front_matter("---\ntitle: 1e3\ndate: 2017-04-26 10:32:00\nflag: yes\n---\nB")
    assert meta == {"title": "1e3", "date": "2017-04-26 10:32:00", "flag": "yes"} and problems == []


@settings(max_examples=200, deadline=None)
@given(block=st.text(st.characters(codec="utf-8"), max_size=300))
def test_clean_front_matter_any_block_gives_a_mapping_or_the_text(block):
    text = f"---\n{block}\n---\nBody"
    meta, rest, problems = split_front_matter(text)
    assert isinstance(meta, dict) and all(p.startswith("front matter") for p in problems)
    assert text.endswith(rest)
    assert rest == text or meta or problems or yaml.safe_load(block) == {}  # only front matter is taken off
    cleaned = clean_text(text)  # every value is text fit for UTF-8, or left out with a warning
    for value in [cleaned.title, *cleaned.meta.values()]:
        value.encode("utf-8")


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


# edge cases of the markdown-it-py parse: each source line keeps its place (blank lines too)
@pytest.mark.parametrize("markdown, expected", [
    ("| Party | Seats |\n|---|---|\n| Labour | 355 |", ["Party | Seats", "Labour | 355"]),  # a row a paragraph
    ("- one\n  - nested two\n    - three\n- four", ["one\nnested two\nthree\nfour"]),
    ("See [the report][r] now.\n\n[r]: https://x.org \"T\"\n\nNext.", ["See the report now.", "Next."]),
    ("See [the report][nowhere] now.", ["See the report now."]),  # an undefined label: still a link
    ("See [the report][r] now.\n[r]: https://x.org\n\nNext.", ["See the report now.", "Next."]),  # under text
    ("He [Putin] said ![a photo][p] so.", ["He [Putin] said so."]),  # brackets alone are text
    ("un*frigging*believable, snake_case_x and 2 * 3 * 4", ["unfriggingbelievable, snake_case_x and 2 * 3 * 4"]),
    ('<div class="x">\n<p>Inside a <em>block</em></p>\n</div>\n\nAfter.', ["Inside a block", "After."]),
    ("<script>x()</script>", ["<script>x()</script>"]),  # only the listed tags are dropped
    ("<div>\n## Head\n1. first\n</div>", ["Head", "first"]),  # inside the listed tags: Markdown again
    ("Para\n```\ncode `x`\n```\nMore", ["Para\ncode x\nMore"]),  # fence marks vanish, code stays
    ("Para\n```\n- item\n> quote", ["Para\nitem\nquote"]),  # an unclosed fence: the rest is still read
    ("> a\n> b\n\n> c", ["a\nb", "c"]),
    ("1. first\n2) second", ["first\nsecond"]),  # two lists, one line each
    ("Sub\n---\n\nBody", ["Sub", "Body"]),  # a setext heading is its own paragraph
    ("Intro.\n\n2017. It was a year of talks.\n\n10. Tenth item", ["Intro.", "2017. It was a year of talks.", "Tenth item"]),
    ("Reasons:\n\n3.\n\nThe third.", ["Reasons:", "3.", "The third."]),  # an empty item keeps its mark
])
def test_clean_markdown_edge_cases(markdown, expected):
    title, text = strip_markdown(markdown)
    assert title == ""
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]
    assert paragraphs == expected


def test_clean_markdown_deep_nesting_is_read_without_recursing_deep():
    fences = "".join(f"<div>\n{'`' * (300 - i)}\n" for i in range(100))
    quotes = ">" * 5000 + " quoted words"  # past markdown-it's maxNesting: the line is read alone
    items = "- " * 40 + "listed words"
    _, text = strip_markdown(f"{fences}inner words\n\n{quotes}\n\n{items}\n\nLast words.")
    assert all(words in text for words in ("inner words", "quoted words", "listed words", "Last words."))


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.sampled_from("#>-*_`[]()!:|<>/ \r\n\\1.a=~"), max_size=200))
def test_clean_markdown_any_text_gives_plain_lines(text):
    title, plain = strip_markdown(text)
    assert isinstance(title, str) and isinstance(plain, str)


def test_clean_markdown_setext_h1_is_title():
    assert strip_markdown("The Title\n=========\n\nBody.") == ("The Title", "\n\n\nBody.")


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


@pytest.mark.parametrize("text, expected", [
    ("26 April 2017 10.32 p.m. gmt", "2017-04-26"),
    ("Tues, 26 Apr 2017", "2017-04-26"),
    ("Sept. 5, 2017 at 9:05 am EST", "2017-09-05"),
    ("2017-04-26 10:32:00+02:00", "2017-04-26"),
    ("9999-99-99", None),
    ("2017-02-30", None),
    ("2017-04-26T25:00:00", None),
    ("2017-04-26T10:61", None),
    ("2017-04-26T10:00:00+25:00", None),
    ("26 April 2017 25:00", None),
    ("Someday, 26 April 2017", None),  # not a weekday
    ("26 Mayo 2017", None),  # not a month
])
def test_clean_parse_date_checks_names_and_values(text, expected):
    assert parse_date(text) == expected


_FORMS = [
    lambda d, t: f"{d:%B} {d.day}, {d.year}{t}",
    lambda d, t: f"{d:%A}, {d.day} {d:%b} {d.year}{t}",
    lambda d, t: f"{d.day}th {d:%B} {d.year}{t}",
    lambda d, t: f"{d:%Y-%m-%d}" + ("T" + t.strip() if t else ""),
]


@settings(max_examples=300, deadline=None)
@given(day=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), form=st.sampled_from(_FORMS),
       hour=st.integers(0, 99), minute=st.integers(0, 59), offset=st.integers(-30, 30))
def test_clean_parse_date_reads_real_dates_and_refuses_impossible_times(day, form, hour, minute, offset):
    assert parse_date(form(day, "")) == day.isoformat()
    time = f" {hour:02d}:{minute:02d}{offset:+03d}:00"
    assert parse_date(form(day, time)) == (day.isoformat() if hour < 24 and abs(offset) < 24 else None)


@given(text=st.text(max_size=60))
def test_clean_parse_date_never_raises(text):
    iso = parse_date(text)
    assert iso is None or dt.date.fromisoformat(iso)


@pytest.mark.parametrize("key, value, expected", [
    ("title", "  Kabul talks ", ("Kabul talks", None)),
    ("title", 2017, ("2017", None)),
    ("author", ["Sami Karimi", "Ann Lee"], ("Sami Karimi, Ann Lee", None)),
    ("date", dt.date(2017, 4, 26), ("2017-04-26", None)),
    ("date", "April 26, 2017", ("2017-04-26", None)),
    ("title", None, (None, None)),
    ("title", "", (None, None)),
])
def test_clean_meta_text_usable_values(key, value, expected):
    assert meta_text(key, value) == expected


@pytest.mark.parametrize("key, value, words", [
    ("title", {"a": 1}, "found a mapping"),
    ("title", True, "found the boolean true"),
    ("author", ["a", {"b": 1}], "list holding"),
    ("title", "x" * (MAX_META_CHARS + 1), "over the limit"),
    ("title", "Kabul\ud800", "lone surrogate"),
    ("date", "9999-99-99", "as a date"),
])
def test_clean_meta_text_problems(key, value, words):
    text, problem = meta_text(key, value)
    assert text is None and words in problem


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


def test_clean_english_ratio_counts_the_first_words_only_and_lowercases_each():
    assert english_ratio("The ferry and THE bridge", limit=3) == (2 / 3, 3)  # "The", "ferry", "and"
    assert english_ratio("İstanbul and the harbour") == (0.5, 4)  # a letter lower-cased into two stays one word
