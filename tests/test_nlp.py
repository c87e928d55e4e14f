"""Parsing in bounded memory: long texts in paragraph pieces, batches capped by characters."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.parse.nlp import parse_texts, split_text

PARAGRAPH = "Russia supplied weapons to the Taliban, the general said on Monday. " * 6


def test_nlp_split_text_cuts_after_paragraph_breaks():
    text = "\n\n".join([PARAGRAPH] * 6)
    pieces = split_text(text, 1_000)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(len(p) <= 1_000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # each piece ends at a paragraph break


def test_nlp_split_text_falls_back_to_sentences_then_spaces_then_a_hard_cut():
    sentences = "The minister met the envoy. " * 100
    pieces = split_text(sentences, 300)
    assert "".join(pieces) == sentences and all(p.endswith(". ") for p in pieces[:-1])
    words = "word " * 200
    assert all(p.endswith(" ") for p in split_text(words, 97)[:-1])
    solid = "x" * 1_000
    assert split_text(solid, 300) == ["x" * 300] * 3 + ["x" * 100]


def test_nlp_short_text_is_one_piece():
    assert split_text("Short.", 10) == ["Short."] and split_text("", 10) == [""]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n\t")), max_size=400), st.integers(min_value=1, max_value=60))
def test_nlp_split_text_always_joins_back_and_respects_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces) or pieces == [""]


@pytest.mark.slow
def test_nlp_parse_texts_in_pieces_gives_the_text_and_annotations_of_a_whole_parse(nlp):
    long_text = "\n\n".join(f"{PARAGRAPH}Pakistan accused India of shelling Kashmir in week {i}." for i in range(12))
    texts = [long_text, "Russia attacked Ukraine.", long_text[:3_000]]
    pieced = list(parse_texts(nlp, iter(texts), batch_size=2, piece_chars=1_500, batch_chars=3_000))
    whole = list(nlp.pipe(texts))
    assert [d.text for d in pieced] == texts
    for p, w in zip(pieced, whole):
        assert [t.text for t in p] == [t.text for t in w]
        assert [s.start_char for s in p.sents] == [s.start_char for s in w.sents]
        assert [(e.start_char, e.end_char, e.label_) for e in p.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in w.ents]
        assert [(t.dep_, t.head.i, t.lemma_, t.pos_) for t in p] == [(t.dep_, t.head.i, t.lemma_, t.pos_) for t in w]


@pytest.mark.slow
def test_nlp_parse_texts_batches_by_pieces_and_characters(nlp, monkeypatch):
    batches = []
    real_pipe = nlp.pipe

    def pipe(texts, batch_size):
        texts = list(texts)
        batches.append([len(t) for t in texts])
        return real_pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(nlp, "pipe", pipe)
    texts = ["a " * 400, "b " * 400, "c " * 400, "d " * 2_000, "e."]
    docs = list(parse_texts(nlp, texts, batch_size=8, piece_chars=1_000, batch_chars=2_000))
    assert [d.text for d in docs] == texts
    assert all(sum(b) <= 2_000 for b in batches) and all(n <= 1_000 for b in batches for n in b)
    assert len(batches) >= 4  # the long text went in pieces, and no batch took more than its budget


@pytest.mark.slow
def test_nlp_parse_texts_takes_a_text_longer_than_the_pipelines_max_length(nlp, monkeypatch):
    text = "\n\n".join([PARAGRAPH] * 8)
    monkeypatch.setattr(nlp, "max_length", 1_000)
    with pytest.raises(ValueError):  # spaCy alone refuses it
        list(nlp.pipe([text]))
    (doc,) = parse_texts(nlp, [text])
    assert doc.text == text and len(list(doc.sents)) >= 8


def _annotations(doc):
    return ([(t.text, t.whitespace_, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
             for t in doc], [(e.start, e.end, e.label_) for e in doc.ents])


@pytest.mark.slow
def test_nlp_parse_articles_parses_headlines_with_their_texts_as_docs_of_their_own(nlp, monkeypatch):
    """A headline goes in its text's ``nlp.pipe`` call (one call a batch), and each article's Doc is the
    headline's own parse joined before the text's own parse: tokens, tags, dependencies, entities and
    sentence starts as if each were parsed alone, also for a text parsed in pieces and an untitled one."""
    from spacy.tokens import Doc

    import graph.parse.nlp as nlp_module
    from graph.parse.nlp import headed_text, parse_articles

    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 1_500)
    long_text = "\n\n".join(f"{PARAGRAPH}Chile accused Peru of fishing in its waters in week {i}." for i in range(6))
    pairs = [("Lima rejects fishing claim by Santiago", long_text),
             ("", "Ottawa expelled two diplomats from Caracas."),
             ("Markets fall as Tokyo raises rates", "Shares in Osaka fell on Tuesday after the Bank of Japan acted."),
             ("Kenya and Uganda sign a rail deal", "")]
    calls = []
    real_pipe = nlp.pipe

    def pipe(texts, batch_size):
        calls.append(len(texts))
        return real_pipe(texts, batch_size=batch_size)

    monkeypatch.setattr(nlp, "pipe", pipe)
    docs = list(parse_articles(nlp, pairs, batch_size=8))
    monkeypatch.setattr(nlp, "pipe", real_pipe)
    assert len(calls) == 1  # four articles, one in pieces, and their headlines: one call
    for (title, text), doc in zip(pairs, docs):
        assert doc.text == headed_text(title, text)
        alone = list(parse_texts(nlp, [text], piece_chars=1_500))[0]
        want = Doc.from_docs([nlp(headed_text(title, "")), alone], ensure_whitespace=False,
                             exclude=["tensor", "user_data"]) if title else alone
        assert _annotations(doc) == _annotations(want)


@pytest.mark.slow
def test_nlp_join_docs_gives_the_doc_spacy_from_docs_gives(nlp):
    """join_docs is ``Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])``: the
    same text, annotations and cached bytes, for a headline and text, pieces ending in a paragraph break,
    an empty piece and a Doc with span groups (left to spaCy)."""
    from spacy.tokens import Doc

    from graph.parse.nlp import headed_text, join_docs
    from graph.run.cache import doc_to_bytes

    head = nlp(headed_text("Oslo hosts talks on Arctic shipping", ""))
    body = nlp("Norway's foreign minister met officials from Iceland.\n\nThe talks ended on Friday in Tromso. ")
    empty = nlp("")
    spanned = nlp("Danish ministers flew to Greenland.")
    spanned.spans["places"] = [spanned[4:5]]
    for docs in ([head, body], [body, head, body], [head, empty], [empty, empty], [head, spanned]):
        want = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
        got = join_docs(docs)
        assert got.text == want.text
        assert _annotations(got) == _annotations(want)
        assert doc_to_bytes(got) == doc_to_bytes(want)
