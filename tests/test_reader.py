"""Tests for graph/read/reader.py: formats, metadata, seeds, duplicates, ids and hostile input."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import ArticleError, InputError
from graph.fsutil import shared_dir
from graph.model import Article, Skipped, Warned, content_id
from graph.read.reader import (
    DEFAULT_MAX_BYTES,
    MAX_HTML_DEPTH,
    SUFFIXES,
    decode_bytes,
    iter_articles,
    iter_input_files,
    printable,
    read_article,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "reader"
SEEDS = ROOT / "seeds"
SHARED = shared_dir(ROOT)
BBC_LATIN1 = SHARED / "corpus" / "bbc" / "sport" / "199.txt"

SEED_GR = SEEDS / "2017-04-26-global-research-isis-expansion-afghanistan-pointed-at-russia.md"
SEED_WP = SEEDS / "undated-unknown-russia-in-afghanistan-concerns-military-intervention.txt"
SEED_DESK = SEEDS / "undated-unknown-russia-isis-threat-afghanistan-pakistan.txt"
SEED_PHOTO = SEEDS / "undated-unknown-russia-shadow-over-afghanistan-end-game.txt"
SEED_CRUMB = SEEDS / "undated-unknown-why-isis-moves-to-pakistan-and-balkans.txt"

ENGLISH = (
    "Russia said on Monday that it had moved troops to its border with Afghanistan after the Taliban "
    "took several districts in the north of the country.\n\n"
    "The Afghan government accused Moscow of holding talks with the militants, which the Russian "
    "Foreign Ministry denied in a statement published later in the day."
)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problem_of(path: Path) -> str:
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    return info.value.problem


# --------------------------------------------------------------------------- finding files


def test_reader_constants():
    assert SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm")
    assert DEFAULT_MAX_BYTES == 5_000_000


def test_reader_input_files_sorted_recursive_skipping_hidden_sidecars_and_other_suffixes(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.htm", "e.markdown", "a.md.json", "notes.pdf",
                 ".hidden.txt", ".git/f.txt", "sub/.cache/g.md", "h.TXT"]:
        write(tmp_path / name, "x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert found == ["a.md", "b.txt", "e.markdown", "h.TXT", "sub/c.html", "sub/deeper/d.htm"]


def test_reader_input_files_explicit_file_with_unknown_suffix_is_read(tmp_path):
    path = write(tmp_path / "article.text", ENGLISH)
    assert list(iter_input_files([path])) == [path]
    assert read_article(path).text == ENGLISH


def test_reader_input_files_explicit_sidecars_are_skipped(tmp_path):
    names = ["a.md", "a.md.json", "b.txt", "b.json", "c.json"]
    paths = [write(tmp_path / name, "{}") for name in names]
    assert [p.name for p in iter_input_files(paths)] == ["a.md", "b.txt", "c.json"]


def test_reader_input_files_accepts_a_single_path(tmp_path):
    path = write(tmp_path / "one.txt", ENGLISH)
    assert list(iter_input_files(str(path))) == [path]


def test_reader_input_files_missing_path_raises_input_error_naming_it(tmp_path):
    good = write(tmp_path / "good.txt", ENGLISH)
    missing = tmp_path / "nope" / "missing.txt"
    with pytest.raises(InputError, match="missing.txt"):
        list(iter_input_files([good, missing]))


def test_reader_input_files_symlink_loop_terminates(tmp_path):
    write(tmp_path / "news" / "a.txt", ENGLISH)
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")  # news/loop -> news
    os.symlink(tmp_path, tmp_path / "news" / "up")  # news/up -> the root above
    found = list(iter_input_files([tmp_path]))
    assert [p.name for p in found] == ["a.txt"]


# --------------------------------------------------------------------------- formats


def test_reader_plain_text_first_line_is_title(tmp_path):
    path = write(tmp_path / "bbc.txt", "Russia moves troops to border\n\n" + ENGLISH + "\n")
    article = read_article(path)
    assert article.title == "Russia moves troops to border"
    assert article.text == ENGLISH
    assert article.path == str(path)
    assert article.language == "en"


def test_reader_markdown_front_matter_overrides_text_metadata():
    article = read_article(DATA / "front_matter.md")
    assert article.title == "Moscow hosts regional talks on Afghanistan"
    assert article.date == "2021-03-18"
    assert article.author == "Ann Example, Bo Sample"
    assert article.source == "Example Wire"
    assert article.url == "https://example.org/moscow-talks"
    assert article.text.startswith("Russia hosted talks on Afghanistan with China, Pakistan and the United "
                                   "States in Moscow, and the Taliban sent a delegation.")
    for markup in ["**", "__", "](", "![", "#", "* * *", "By Someone Else", "Example Daily", "heading"]:
        assert markup not in article.text
    assert "\n\nWhat was agreed\n\n" in article.text


def test_reader_html_without_script_style_or_navigation():
    article = read_article(DATA / "page.html")
    assert article.title == "Kabul says Moscow met militants"
    assert article.date == "2019-05-28"
    assert article.author == "Carla Placeholder"
    assert article.source == "Example Post"
    assert article.url == "https://example.org/kabul-moscow"
    assert article.text.startswith("The Afghan government accused Russia on Tuesday")
    assert "denied that any weapons had been supplied." in article.text
    for chrome in ["tracker", "font-family", "Sign in", "Injected", "Most read", "All rights", "<"]:
        assert chrome not in article.text


def test_reader_html_short_page_without_navigation(tmp_path):
    path = write(tmp_path / "short.html", "<html><head><title>Short</title><script>var x = 'hidden';</script>"
                 "</head><body><nav>Menu item</nav><p>Russia is supplying weapons to the Taliban, the "
                 "secretary said.</p><p>The ministry denied it on Friday.</p></body></html>")
    article = read_article(path)
    assert article.text == ("Russia is supplying weapons to the Taliban, the secretary said.\n\n"
                            "The ministry denied it on Friday.")
    assert article.title == "Short"


def test_reader_html_without_trafilatura_uses_lxml(monkeypatch, caplog):
    with_trafilatura = read_article(DATA / "page.html")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    monkeypatch.setattr("graph.read.reader._warned", set())
    with caplog.at_level(logging.WARNING, logger="graph.read.reader"):
        article = read_article(DATA / "page.html")
    assert "trafilatura cannot be imported" in caplog.text
    assert article.text == with_trafilatura.text  # the same body, found without trafilatura
    assert article.title == "Kabul says Moscow met militants"
    assert article.date is None  # metadata needs trafilatura


def test_reader_html_sniffed_in_a_txt_file(tmp_path):
    html = (DATA / "page.html").read_text(encoding="utf-8")
    article = read_article(write(tmp_path / "saved.txt", html))
    assert article.text == read_article(DATA / "page.html").text


def test_reader_html_declared_charset_is_used(tmp_path):
    html = ('<html><head><meta charset="windows-1252"><title>Fee</title></head><body><p>The club said the '
            'fee of \u00a315.8m for the striker, who joined from Parma in the summer, was paid in full.</p>'
            '</body></html>')
    article = read_article(write(tmp_path / "fee.html", html.encode("cp1252")))
    assert "\u00a315.8m" in article.text


def test_reader_sidecar_json_overrides_text_and_front_matter(tmp_path):
    article = read_article(DATA / "sidecar.txt")
    assert article.title == "Tajikistan seeks help from allies"
    assert article.date == "2021-07-08"  # the text says July 7
    assert article.source == "Sidecar News"
    assert article.url == "https://example.org/tajik-border"
    assert "Example Times" not in article.text and "July 7, 2021" not in article.text

    md = write(tmp_path / "x.md", "---\ntitle: Front\nauthor: Front Author\n---\n" + ENGLISH)
    write(tmp_path / "x.json", '{"title": "Sidecar", "date": "8 July 2021"}')
    article = read_article(md)
    assert (article.title, article.author, article.date) == ("Sidecar", "Front Author", "2021-07-08")


def read_with_warnings(path: Path) -> tuple[Article, list[str]]:
    """The article of ``path`` (which must be built) and the reasons of its warnings."""
    items = list(iter_articles([path]))
    assert isinstance(items[-1], Article), items
    assert all(isinstance(i, Warned) and i.path == printable(str(path)) for i in items[:-1])
    return items[-1], [i.reason for i in items[:-1]]


@pytest.mark.parametrize("sidecar, field, words", [
    ("{not json", None, "is not readable JSON"),
    ("[1, 2]", None, "must hold a JSON object"),
    ('{"title": ' + "[" * 5000 + "}", None, "nested too deep"),
    ('{"title": 1' + "0" * 5000 + "}", "title", "5,001 characters long"),
    ('{"title": "\\ud800 Kabul"}', "title", "lone surrogate"),
    ('{"date": "9999-99-99"}', "date", "cannot read '9999-99-99' as a date"),
    ('{"date": "2017-04-26T10:00:00+25:00"}', "date", "as a date"),
    ('{"author": {"name": "x"}}', "author", "found a mapping"),
    ('{"url": true}', "url", "found the boolean true"),
])
def test_reader_sidecar_problem_is_a_warning_and_the_article_is_built(tmp_path, sidecar, field, words):
    path = write(tmp_path / "a.txt", "Kabul talks\n\n" + ENGLISH)
    write(tmp_path / "a.txt.json", sidecar)
    article, warnings = read_with_warnings(path)
    assert article.text == ENGLISH and article.title == "Kabul talks"  # the text's own title stays
    assert article.date is None and article.author is None and article.url is None
    assert len(warnings) == 1 and warnings[0].startswith("sidecar a.txt.json") and words in warnings[0]
    if field:
        assert f"{field!r}" in warnings[0]


def test_reader_sidecar_bad_field_leaves_the_good_ones(tmp_path):
    path = write(tmp_path / "a.txt", ENGLISH)
    write(tmp_path / "a.json", '{"title": "Tajik border", "date": "sometime in spring", "source": 42}')
    article, warnings = read_with_warnings(path)
    assert (article.title, article.date, article.source) == ("Tajik border", None, "42")
    assert warnings == ["sidecar a.json 'date': cannot read 'sometime in spring' as a date "
                        "(write yyyy-mm-dd); ignored"]


def test_reader_bad_front_matter_field_falls_back_and_is_logged(tmp_path, caplog):
    path = write(tmp_path / "a.md", "---\ntitle: [unclosed\ndate: 2017-02-30\nauthor: Ann Lee\n---\n"
                                    "By Sami Karimi\n\nApril 26, 2017\n\n" + ENGLISH)
    with caplog.at_level(logging.WARNING, logger="graph.read.reader"):
        article = read_article(path)
    assert article.text == ENGLISH  # "title: [unclosed" is not read as article text
    assert article.author == "Ann Lee" and article.date == "2017-04-26"  # the dateline's date
    assert "front matter 'title'" in caplog.text and "front matter 'date'" in caplog.text
    assert str(path) in caplog.text


def test_reader_html_metadata_with_a_lone_surrogate_is_left_out(tmp_path):
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Kabul \\ud800 talks", "datePublished": "2017-04-26"}</script></head><body><article><p>'
            + ENGLISH + "</p></article></body></html>")
    article, warnings = read_with_warnings(write(tmp_path / "a.html", html))
    assert "\ud800" not in (article.title or "") and all("HTML metadata" in w for w in warnings)
    for value in (article.title, article.text, article.date or ""):
        value.encode("utf-8")


def test_reader_html_nested_300_deep_is_read(tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n"))
    html = "<html><body>" + "<div>" * 300 + paragraphs + "</div>" * 300 + "</body></html>"
    article = read_article(write(tmp_path / "deep.html", html))
    assert article.text == ENGLISH


def test_reader_html_deeper_than_the_parser_reads_is_skipped_saying_so(tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n"))
    depth = MAX_HTML_DEPTH + 100
    html = "<html><body>" + "<div>" * depth + paragraphs + "</div>" * depth + "</body></html>"
    assert f"nested deeper than {MAX_HTML_DEPTH:,} elements" in problem_of(write(tmp_path / "deeper.html", html))


@pytest.mark.parametrize("name, shown", [
    ("esc\x1b[31mred\x1b[0m.txt", "esc\\x1b[31mred\\x1b[0m.txt"),
    ("bell\x07\nline.txt", "bell\\x07\\x0aline.txt"),
    ("rtl\u202etxt.exe.txt", "rtl\\u202etxt.exe.txt"),
    (b"bad\xffname.txt".decode("utf-8", "surrogateescape"), "bad\\xffname.txt"),
    ("caf\u00e9 \u0420\u043e\u0441\u0441\u0438\u044f.txt", "caf\u00e9 \u0420\u043e\u0441\u0441\u0438\u044f.txt"),
])
def test_reader_file_names_are_printed_escaped(tmp_path, name, shown):
    write(tmp_path / name, ENGLISH)
    write(tmp_path / ("empty-" + name), "")
    article, skipped = sorted(iter_articles([tmp_path]), key=lambda i: type(i).__name__)
    assert article.path == str(tmp_path / shown) and skipped.path == str(tmp_path / ("empty-" + shown))
    article.path.encode("utf-8")


@given(text=st.text(st.characters(codec=None), max_size=80))
def test_reader_printable_escapes_controls_only_and_is_idempotent(text):
    shown = printable(text)
    shown.encode("utf-8")
    assert printable(shown) == shown
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF for c in shown)
    if text.isprintable() and not any("\u2028" <= c <= "\u206f" or c == "\ufeff" for c in text):
        assert shown == text


_KEYS = st.sampled_from(["title", "date", "author", "authors", "source", "url", "tags"])
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.dates().map(str)
    | st.text(st.characters(codec=None), max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=st.dictionaries(_KEYS, _VALUES, max_size=4), sidecar=st.dictionaries(_KEYS, _VALUES, max_size=4))
def test_reader_any_metadata_gives_the_article_with_utf8_fields(front, sidecar):
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "a.md", f"---\n{yaml.safe_dump(front)}---\n{ENGLISH}")
        write(Path(folder) / "a.md.json", json.dumps(sidecar))
        article, warnings = read_with_warnings(path)
    assert article.text == ENGLISH
    for value in (article.title, article.date, article.author, article.source, article.url, *warnings):
        (value or "").encode("utf-8")
    assert article.date is None or dt.date.fromisoformat(article.date)


# --------------------------------------------------------------------------- the seeds


def test_reader_seed_global_research_markdown():
    article = read_article(SEED_GR)
    assert article.title == "The ISIS Expansion in Afghanistan Is Pointed at Russia"
    assert (article.date, article.source, article.author) == ("2017-04-26", "Global Research", "Sami Karimi")
    assert article.text.startswith("Russia turned the heat up on its counter efforts")
    assert article.text.endswith("closely intertwined with the government of Afghanistan.")
    assert "Russian president Vladimir Putin in a meeting" in article.text  # emphasis gone
    assert "in an interview with Turkey's Anadolu agency in January" in article.text.replace("’", "'")
    for chrome in ["By Sami Karimi", "Region:", "Theme:", "In-depth Report", "The original source",
                   "Copyright", "Facebook page", "Become a Member", "Articles by", "Disclaimer",
                   "copyrighted material", "media inquiries", "](", "**", "---"]:
        assert chrome not in article.text, chrome
    assert "\n\n\n" not in article.text


def test_reader_seed_wordpress_comment_form_and_end_marker_removed():
    article = read_article(SEED_WP)
    assert article.title == "Russia in Afghanistan; its concerns and the probability of military intervention"
    assert article.text.startswith("The special representative of the Russian President")
    assert article.text.endswith("Russia’s military intervention seems unlikely.")
    for chrome in ["The end", "Leave a Reply", "email address", "Required fields"]:
        assert chrome not in article.text


def test_reader_seed_byline_only():
    article = read_article(SEED_DESK)
    assert article.author == "Interaction Desk"
    assert article.title == ""
    assert article.text.startswith("It seems true that the United States")
    assert "By Interaction Desk" not in article.text
    assert article.text.count("\n\n") == 3  # four one-line paragraphs


def test_reader_seed_photo_captions_removed():
    article = read_article(SEED_PHOTO)
    assert "Photo:" not in article.text
    assert article.text.startswith("Russia’s shadow is extending over Afghanistan’s end-game")
    assert "“In addition to their handling of any threat posed by al-Qaeda" in article.text
    assert article.text.endswith("Putin reportedly told his Tajik ally.")


def test_reader_seed_breadcrumb_title_and_must_read_teaser_removed():
    article = read_article(SEED_CRUMB)
    assert article.title == 'Why ISIS "moves" to Pakistan and the Balkans'
    assert article.text.startswith("Moscow’s involvement of Pakistan and Beijing")
    assert article.text.endswith("accusing it of ISIS in advance.")
    assert "\n\nRussia and the Taliban\n\n" in article.text  # section heading kept as a paragraph
    for chrome in ["HomeAnalytics", "Must Read", "food crisis", "Why ISIS"]:
        assert chrome not in article.text


def test_reader_all_seeds_read_with_stable_ids():
    items = list(iter_articles([SEEDS]))
    assert len(items) == 5 and all(isinstance(a, Article) for a in items)
    assert len({a.id for a in items}) == 5
    assert [a.id for a in iter_articles([SEEDS])] == [a.id for a in items]
    assert all(a.id == content_id(a.text) for a in items)


# --------------------------------------------------------------------------- ids and duplicates


def test_reader_id_is_hash_of_clean_text_and_ignores_whitespace_noise(tmp_path):
    clean = read_article(write(tmp_path / "a.txt", ENGLISH))
    noisy = ENGLISH.replace("\n\n", "  \r\n\r\n\r\n\t").replace(" the ", " the\u00a0 ")
    messy = read_article(write(tmp_path / "b.txt", "\ufeff\r\n" + noisy + "   \r\n"))
    changed = read_article(write(tmp_path / "c.txt", ENGLISH.replace("Monday", "Tuesday")))
    assert clean.id == content_id(ENGLISH) == messy.id
    assert messy.text == clean.text
    assert changed.id != clean.id


def test_reader_duplicates_skipped_naming_the_first(tmp_path):
    first = write(tmp_path / "a.txt", ENGLISH)
    write(tmp_path / "b.md", ENGLISH.replace("\n\n", "\r\n\r\n") + "\n\n\n")
    write(tmp_path / "c.txt", ENGLISH + " More.")
    items = list(iter_articles([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]
    assert items[1] == Skipped(str(tmp_path / "b.md"), f"duplicate of {first}")


def test_reader_iter_articles_streams_skips_and_logs_without_printing(tmp_path, caplog, capsys):
    write(tmp_path / "1-good.txt", ENGLISH)
    write(tmp_path / "2-empty.txt", "")
    write(tmp_path / "3-german.txt", (DATA / "german.txt").read_text(encoding="utf-8"))
    write(tmp_path / "4-good.md", "# Title\n\n" + ENGLISH.replace("Monday", "Friday"))
    with caplog.at_level(logging.WARNING, logger="graph.read.reader"):
        items = iter_articles([tmp_path])
        first = next(items)  # a generator: the first article comes before the rest is read
        assert isinstance(first, Article)
        rest = list(items)
    assert [type(i).__name__ for i in rest] == ["Skipped", "Skipped", "Article"]
    assert "empty" in rest[0].reason and "English" in rest[1].reason
    assert "2-empty.txt" in caplog.text and "3-german.txt" in caplog.text
    assert capsys.readouterr() == ("", "")


# --------------------------------------------------------------------------- hostile input


def test_reader_empty_file(tmp_path):
    assert "empty" in problem_of(write(tmp_path / "empty.txt", ""))
    assert "empty" in problem_of(write(tmp_path / "blank.md", " \n\n\t \r\n"))


@pytest.mark.parametrize("data, words", [
    (b"\x00\x01\x02binary\x00data" * 50, "NUL"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (bytes(range(1, 32)) * 40, "control bytes"),
])
def test_reader_binary_file_detected(tmp_path, data, words):
    problem = problem_of(write(tmp_path / "article.txt", data))
    assert "binary" in problem and words in problem


def test_reader_bad_byte_order_mark_is_undecodable(tmp_path):
    problem = problem_of(write(tmp_path / "odd.txt", b"\xff\xfeR\x00u\x00s"))  # UTF-16 with an odd byte
    assert "utf-16" in problem and "UTF-8" in problem


def test_reader_decode_prefers_utf8_then_legacy_english_reading():
    assert decode_bytes("caf\u00e9 \u00a35".encode("utf-8")) == ("caf\u00e9 \u00a35", "utf-8")
    text, encoding = decode_bytes(("The striker cost \u00a315.8m when he signed from Parma. " * 20).encode("latin-1"))
    assert "\u00a315.8m" in text and encoding != "utf-8"


def test_reader_utf16_with_bom_is_read(tmp_path):
    article = read_article(write(tmp_path / "u16.txt", ENGLISH.encode("utf-16")))
    assert article.text == ENGLISH


def test_reader_cp1252_file_is_read(tmp_path):
    text = "Fee row\n\n" + ENGLISH + "\n\nThe club paid \u00a315.8m \u2013 a record \u201cfee\u201d for him."
    article = read_article(write(tmp_path / "legacy.txt", text.encode("cp1252")))
    assert "\u00a315.8m \u2013 a record \u201cfee\u201d" in article.text


@pytest.mark.skipif(not BBC_LATIN1.is_file(), reason="shared BBC corpus not present beside the repo")
def test_reader_bbc_latin1_file_is_read_correctly():
    article = read_article(BBC_LATIN1)
    assert article.title == "Chelsea sack Mutu"
    assert "a \u00a315.8m signing from Parma" in article.text
    assert "\ufffd" not in article.text


def test_reader_file_over_max_bytes(tmp_path):
    path = write(tmp_path / "big.txt", ENGLISH * 10)
    problem = problem_of_limit(path, 100)
    assert "over the limit of 100" in problem
    assert read_article(path, max_bytes=10_000).text


def problem_of_limit(path: Path, max_bytes: int) -> str:
    with pytest.raises(ArticleError, match="big.txt") as info:
        read_article(path, max_bytes=max_bytes)
    return info.value.problem


def test_reader_folder_given_as_article(tmp_path):
    assert "folder" in problem_of(tmp_path)


def test_reader_dangling_symlink_is_unreadable(tmp_path):
    link = tmp_path / "gone.txt"
    os.symlink(tmp_path / "deleted.txt", link)
    assert "cannot read" in problem_of(link)


def test_reader_dangling_symlink_in_folder_is_skipped(tmp_path):
    write(tmp_path / "a.txt", ENGLISH)
    os.symlink(tmp_path / "deleted.txt", tmp_path / "b.txt")
    items = list(iter_articles([tmp_path]))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Skipped) and "cannot read" in items[1].reason


def test_reader_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in problem_of(fifo)  # and does not block


def test_reader_script_only_html():
    assert "no article text" in problem_of(DATA / "script_only.html")


def test_reader_giant_single_line_rejected_fast(tmp_path):
    path = write(tmp_path / "giant.txt", ("word " * 1_000_000).encode("ascii"))  # 5 MB, no line break
    start = time.perf_counter()
    problem = problem_of(path)
    assert time.perf_counter() - start < 5
    assert "single line of 5,000,000 bytes" in problem


def test_reader_not_english():
    assert "not look like English" in problem_of(DATA / "german.txt")


def test_reader_russian_text_not_english(tmp_path):
    text = ("Россия поставляет оружие талибам в Афганистане, заявил государственный секретарь США. "
            "Министерство иностранных дел России опровергло эти сообщения и назвало их кампанией "
            "дезинформации. Ситуация на севере страны остаётся напряжённой.")
    assert "English" in problem_of(write(tmp_path / "ru.txt", text))


def test_reader_nothing_left_after_cleaning(tmp_path):
    chrome = "Region: Asia\n\nTheme: War\n\nAdvertisement\n\nThe end\n"
    assert "no article text left" in problem_of(write(tmp_path / "chrome.txt", chrome))


def test_reader_numbers_only(tmp_path):
    assert "no words" in problem_of(write(tmp_path / "n.txt", "1 2 3\n\n4 5 6 !!! 7"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=0, max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_reader_random_bytes_raise_only_article_error(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except ArticleError as err:
            assert err.path == str(path) and err.problem
        else:
            assert article.text and article.id == content_id(article.text)


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=0, max_size=2000))
def test_reader_random_text_raise_only_article_error(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.md"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            read_article(path)
        except ArticleError:
            pass


def test_reader_garbled_counts_controls_but_layout_characters():
    from graph.read.reader import _garbled

    prose = "Aid reached the valley on Monday.\tTrucks\fcrossed\r\nthe pass.\n" * 4
    assert not _garbled(prose)
    assert _garbled(prose + "\x07\x1b\x85\ufffd" * 3)  # bell, escape, a C1 control, the replacement mark
    assert not _garbled(prose + "\x07")  # one stray control in ~250 characters is not garbage
