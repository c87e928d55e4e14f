"""Headlines (issue 14, issue 13): the title is parsed before the text, its short names join the
text's full names, its relations are read, and every offset points into the text."""
from __future__ import annotations
from dataclasses import replace

from graph.extract import Extraction, Extractor
from graph.extract.headlines import headline_end, headline_offset, to_text_offsets
from graph.model import Article, Mention, Quote, Triple, Modality, Polarity, QUOTE_ATTRIBUTE, content_id, in_title
from graph.parse.nlp import headed_text, parse_articles

EXTRACTOR = Extractor()


def _read(nlp, title: str, text: str):
    art = Article(content_id(text), "t.txt", text, title=title)
    return art, EXTRACTOR.extract(art, next(parse_articles(nlp, [(title, text)])))


def test_headlines_headed_text_puts_the_title_first_as_a_paragraph():
    assert headed_text("Blair backs  Brown\n", "Body.") == "Blair backs Brown\n\nBody."
    assert headed_text("", "Body.") == "Body."
    assert headed_text("   ", "Body.") == "Body."


class _Tok:
    def __init__(self, i, idx):
        self.i, self.idx = i, idx


class _Doc:
    def __init__(self, text, idxs):
        self.text, self._toks = text, [_Tok(i, x) for i, x in enumerate(idxs)]

    def __iter__(self):
        return iter(self._toks)

    def __len__(self):
        return len(self._toks)


def test_headlines_offset_only_for_a_doc_of_the_headed_text():
    art = Article("a1", "t.txt", "Body text.", title="Head line")
    headed = _Doc("Head line\n\nBody text.", [0, 5, 9, 11, 16, 20])
    assert headline_offset(art, headed) == 11
    assert headline_end(headed, 11) == 3
    assert headline_offset(art, _Doc("Body text.", [0, 5, 9])) == 0  # an older parse of the text alone
    assert headline_offset(Article("a1", "t.txt", "Body text."), _Doc("Body text.", [0])) == 0
    assert headline_end(headed, 0) == 0


def test_headlines_offsets_move_into_the_text_and_headline_quotes_go():
    spans = dict(source_start=-1, source_end=-1, cue_start=2, cue_end=4, content_start=5, content_end=9)
    head_q = Quote(**spans, source="X", source_id=None, cue="said", content="c", kind="k", about=(),
                   polarity=Polarity.POSITIVE, modality=Modality.ASSERTED, article="a", sentence="s", start=0, end=9)
    body_spans = {k: (v + 20 if v >= 0 else v) for k, v in spans.items()}
    body_q = Quote(**body_spans, source="X", source_id=None, cue="said", content="c", kind="k", about=(),
                   polarity=Polarity.POSITIVE, modality=Modality.ASSERTED, article="a", sentence="s", start=20, end=29)
    t1 = Triple("a", "accuses", "b", "attacks", "a", "A attacks B", 0, 11, pred_start=2, pred_end=9,
                attributes=((QUOTE_ATTRIBUTE, head_q.id),))
    claim = Triple("a", "claims", "b", "calls", "a", "A calls for B", 0, 13, rule="claim",
                   attributes=((QUOTE_ATTRIBUTE, head_q.id),))
    t2 = Triple("a", "accuses", "b", "attacks", "a", "A attacks B.", 13, 25, pred_start=-1, pred_end=-1,
                attributes=((QUOTE_ATTRIBUTE, body_q.id), ("symmetric", "true")))
    ex = Extraction("a", (), (t1, claim, t2), (Mention("a", "a", 0, 1, "A"), Mention("a", "a", 13, 14, "A")), (head_q, body_q))
    out = to_text_offsets(ex, 13)
    # the headline's triple keeps its offsets inside the title, marked span=title; the text's move
    assert [(t.start, t.end, t.pred_start, t.pred_end) for t in out.triples] == [(0, 11, 2, 9), (0, 12, -1, -1)]
    assert [in_title(t) for t in out.triples] == [True, False]
    assert out.triples[0].id != replace(out.triples[0], attributes=()).id  # never a text triple's id
    assert [(m.start, m.end) for m in out.mentions] == [(-13, -12), (0, 1)]
    (q,) = out.quotes
    assert (q.start, q.source_start, q.cue_start, q.content_end) == (7, -1, 9, 16)
    assert out.triples[0].attributes == (("span", "title"),)  # its quote was in the headline
    assert out.triples[1].attributes == ((QUOTE_ATTRIBUTE, q.id), ("symmetric", "true"))
    assert to_text_offsets(ex, 0) is ex


def test_headlines_a_claim_summing_up_several_quotes_links_each_moved_quote():
    """A claim with ``|``-separated quote ids (one per quote it sums up) keeps every text quote's moved id and
    loses only the headline's: each id in triples.csv names a row of quotes.csv."""
    def quote(start):
        return Quote(source="X", source_id=None, cue="said", content="c", kind="k", about=(),
                     polarity=Polarity.POSITIVE, modality=Modality.ASSERTED, article="a", sentence="s", start=start,
                     end=start + 9, source_start=-1, source_end=-1, cue_start=start + 2, cue_end=start + 4,
                     content_start=start + 5, content_end=start + 9)
    head_q, body_q, body_q2 = quote(0), quote(20), quote(40)
    both = Triple("a", "claims", "b", "said", "a", "X said B.", 20, 29, rule="claim",
                  attributes=((QUOTE_ATTRIBUTE, f"{head_q.id}|{body_q.id}|{body_q2.id}"),))
    only_head = Triple("a", "claims", "c", "said", "a", "X said C.", 0, 9, rule="claim",
                       attributes=((QUOTE_ATTRIBUTE, head_q.id),))
    ex = Extraction("a", (), (both, only_head), (), (head_q, body_q, body_q2))
    out = to_text_offsets(ex, 13)
    (t,) = out.triples  # the claim made only in the headline goes, as before
    assert dict(t.attributes)[QUOTE_ATTRIBUTE].split("|") == [q.id for q in out.quotes]
    assert len(out.quotes) == 2 and body_q.id not in dict(t.attributes)[QUOTE_ATTRIBUTE]


BODY_HEWITT = ("Trade Secretary Patricia Hewitt has said that women are held back at work.\n\n"
               "Ms Hewitt told a conference the gap in pay was a scandal.")


def test_headlines_a_surname_the_tagger_missed_is_the_full_name_of_the_text(nlp):
    art, ex = _read(nlp, "Hewitt decries 'career sexism'", BODY_HEWITT)
    head = [m for m in ex.mentions if m.start < 0]
    assert [(m.text, m.actor) for m in head] == [("Hewitt", "patricia-hewitt")]
    (m,) = head
    title = headed_text(art.title, "")
    assert title[m.start + len(title):m.end + len(title)] == "Hewitt"
    assert all(art.text[m.start:m.end] == m.text for m in ex.mentions if m.start >= 0)


def test_headlines_a_capitalised_word_named_by_no_one_in_the_text_stays_a_word(nlp):
    _, ex = _read(nlp, "Sexism decried at work", BODY_HEWITT)
    assert not [m for m in ex.mentions if m.start < 0]


def test_headlines_relation_keeps_the_headline_as_its_sentence(nlp):
    text = ("Tory leader Michael Howard has attacked the government over its record on crime.\n\n"
            "Mr Howard said Tony Blair had failed voters.")
    art, ex = _read(nlp, "Howard taunts Blair over splits", text)
    head = [t for t in ex.triples if in_title(t)]
    assert [(t.subject, t.relation, t.object) for t in head] == [("michael-howard", "accuses", "tony-blair")]
    (t,) = head
    assert t.sentence == art.title == art.title[t.start:t.end] and t.start >= 0
    assert all(art.text[b.start:b.end] == b.sentence for b in ex.triples if not in_title(b))


def test_headlines_a_title_never_runs_over_the_break_into_the_text(nlp):
    text = "Foreign Secretary Jack Straw will attend the ceremony in Poland."
    _, ex = _read(nlp, "Straw to attend Auschwitz service", text)
    assert [(m.text, m.start) for m in ex.mentions if m.actor == "jack-straw"][1:] == [("Foreign Secretary Jack Straw", 0)]


def test_headlines_the_text_is_parsed_as_it_is_alone(nlp):
    title, text = "UK heading wrong way - Howard", ("Tony Blair was given the chance to fix Britain's problems and "
                                                    "has failed, Michael Howard has said.")
    (doc,) = parse_articles(nlp, [(title, text)])
    alone = nlp(text)
    assert doc.text == headed_text(title, text)
    offset = len(headed_text(title, ""))
    body = [s.text for s in doc.sents if s.start_char >= offset]
    assert body == [s.text for s in alone.sents]
    assert [(t.text, t.dep_, t.head.i - t.i) for t in doc if t.idx >= offset] == [
        (t.text, t.dep_, t.head.i - t.i) for t in alone]
    assert list(parse_articles(nlp, [("", text)]))[0].text == text


def test_headlines_a_name_ner_made_up_in_the_headline_is_dropped(nlp):
    text = ("An inquiry has begun into whether Ken Livingstone brought his office into disrepute.\n\n"
            "Nicky Gavron said: \"I work closely with Ken and he is not anti-Jewish at all.\"")
    _, ex = _read(nlp, "Probe launched on Ken Nazi jibe", text)
    assert "ken-nazi" not in {a.id for a in ex.actors}
    assert ("nicky-gavron", "ken-livingstone") in {(t.subject, t.object) for t in ex.triples}


def test_headlines_an_attack_over_a_topic_is_in_words(nlp):
    text = "Clare Short, the former minister, has criticised the US response to the tsunami."
    _, ex = _read(nlp, "Short attacks US over tsunami aid", text)
    head = {(t.subject, t.relation, t.object, t.rule) for t in ex.triples if in_title(t)}
    assert head == {("clare-short", "accuses", "united-states", "headline_clause")}


def test_headlines_an_organisation_ner_made_up_in_the_headline_is_dropped(nlp):
    text = "Workers will pay more national insurance from April, the Treasury said."
    _, ex = _read(nlp, "Nat Insurance rise looms", text)
    assert not [m for m in ex.mentions if m.start < 0 and m.text.startswith("Nat")]


def test_headlines_an_actor_keeps_the_texts_record_and_the_text_must_name_it(nlp):
    text = "Industry minister Patricia Hewitt said British business was slow to adopt broadband."
    _, ex = _read(nlp, "Scots fishing industry backs Hewitt", text)
    labels = {a.id: a.label for a in ex.actors}
    sector = [m.actor for m in ex.mentions if m.text == "Scots fishing industry"]
    assert sector and labels[sector[0]] == "British business"  # the text's label, not the headline's
    alone = "Industry minister Patricia Hewitt said broadband was slow to arrive."
    _, ex = _read(nlp, "Scots fishing industry backs Hewitt", alone)
    assert [(m.text, m.actor) for m in ex.mentions if m.start < 0] == [("Hewitt", "patricia-hewitt")]


def test_headlines_a_name_before_the_event_noun_a_converse_verb_receives_is_no_partner(nlp):
    """"Wenger receives Hughes warning" is Hughes's warning to Wenger, no meeting (precision5, BBC sport 172)."""
    text = "Arsenal manager Arsene Wenger has been warned by Mark Hughes that his side will struggle."
    _, ex = _read(nlp, "Wenger receives Hughes warning", text)
    assert not [t for t in ex.triples if t.rule == "headline_clause"]
