"""Who speaks: the actor behind an attribution's source, and the speaker's own pronouns.

``graph.extract.attribution`` finds source, cue and content spans without knowing any actor;
here the source span becomes an actor mention: a named person in apposition before the
head's own actor ("the US commander in Europe, General Curtis Scaparotti, said"), else the
one person named inside the source phrase; a relative "who" is the actor named right before it ("by the
Conservatives who said ...", wherever the parser hung the relative clause); an unnamed source placed in a group
speaks for it ("Sources within the Conservative Party"), "our correspondent" is the correspondent the article
names.  Inside what a named person says, "I/me/my" is the speaker and "we/us/our" the state or group the speaker
belongs to, and "he/she" never the speaker.

Both take a :class:`graph.extract.reading.Reading` (its Doc, actors, rule context, attributions).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import ActorType
from .coref import PERSONAL, direct_quotation, quotation_start, quoted_personal, speaking_it
from .persons import pronoun_fits
from .refs import ActorRef
from .scoring import SPEAKER_PRONOUN, weaker

__all__ = ["find_source", "add_speaker_pronouns", "drop_quoted_speakers"]

_FIRST_SINGULAR = {"i", "me", "my", "mine", "myself"}
_FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
_APPOSITION_ENDS = (":", ",", "—", "–")
_GOING_ON = frozenset({"he", "she"})
_GOING_ON_REACH = 150  # tokens from the earlier speaker's cue to the pronoun


def _is_person(ref) -> bool:
    return ref is not None and ref.actor.type is ActorType.PERSON


def _appositive_person(reading, att):
    """A person in apposition to the source: inside its span, or just after it when the parser
    left it outside ("the US commander in Europe, Gen. Curtis Scaparotti: ...")."""
    doc, at = reading.doc, reading.actors.at
    lo, hi = att.source_tokens
    for tok in doc[lo:hi]:
        if tok.dep_ == "appos" and lo <= tok.head.i < hi and _is_person(at(tok)):
            return at(tok)
    nxt = hi + 1 if hi < len(doc) and doc[hi].text == "," else -1
    ref = at(nxt) if 0 <= nxt < len(doc) else None
    if (_is_person(ref) and ref.start == nxt and ref.end < len(doc) and doc[ref.end].text in _APPOSITION_ENDS
            and not (att.content_tokens[0] <= nxt < att.content_tokens[1])):
        return ref
    return None


def find_source(reading, att):
    """The ActorRef making an attribution, or None (also for a bare "it"): a person in apposition first, then the
    head's own actor, unless that is no person and exactly one person is named in the source
    ("the Commander of NATO and US forces in Afghanistan General John Nicolson") or one is its
    author ("a new book, Brown's Britain by Robert Peston")."""
    if not att.has_source:
        return None
    lo, hi = att.source_tokens
    if hi - lo == 1 and reading.doc[lo].lower_ == "it":
        # "It said ...": a report, a book or a firm, which coreference seldom finds ("It claims Mr Blair ..."); the
        # body a speaking "it" stands for when coreference found it ("..., the TUC has said. It said ...")
        ref = reading.ctx.actor(reading.doc[lo])
        return ref if ref is not None and ref.how == "coref" and speaking_it(reading.doc[lo]) else None
    named = _appositive_person(reading, att)
    if named is not None:
        return named
    own = reading.ctx.actor(reading.doc[att.source_head]) or _speaker_going_on(reading, att) or _report_maker(
        reading, att) or _committee_speaking(reading, att) or _relative_speaker(reading, att) \
        or _group_source(reading, att) or _own_reporter(reading, att)
    if not _is_person(own):
        lo, hi = att.source_tokens
        persons = {r.actor.id: r for r in reading.actors.mentions
                   if lo <= r.start and r.end <= hi and r.actor.type is ActorType.PERSON and r.surface}
        if len(persons) == 1:
            return next(iter(persons.values()))
        # "a new book, Brown's Britain by journalist Robert Peston, says": the author
        authors = [r for r in persons.values()
                   if reading.doc[r.end - 1].head.dep_ == "prep" and reading.doc[r.end - 1].head.lower_ == "by"]
        if len(authors) == 1:
            return authors[0]
    return own


# a relative "who" speaking: the actor named right before it ("Tory spokesman Julian Lewis, who said ...", "labelled
# a misjudgement by the Conservatives who said ...", wherever the parser hung the relative clause)
def _relative_speaker(reading, att):
    doc = reading.doc
    lo, hi = att.source_tokens
    tok, cue = doc[lo], doc[att.cue_word]
    if hi - lo != 1 or tok.lower_ != "who" or tok.dep_ != "nsubj" or tok.head.i != cue.i or cue.dep_ != "relcl" \
            or tok.i == 0:
        return None
    before = tok.i - 2 if doc[tok.i - 1].text == "," and tok.i > 1 else tok.i - 1
    return reading.ctx.actor(doc[before])


# a "he"/"she" coreference left open, speaking after a person's report, is that speaker going on ('"...," Ms
# Lane said. "...," she added'): the nearest attribution before it with a source, when its speaker is a person
# the pronoun fits, or a body its spokesman, spokeswoman or spokesperson spoke for ("A Home Office spokesman said
# ... He added": the Home Office's; so is "the spokesman" after "A UKIP spokesman said", and "the source" after "A
# Labour source told", the nearest report by a source of that same noun), and no other person it
# fits is named between them outside quotation marks (a report inside a quotation is not the one going on: '"...
# Ms Hale can say she ...," she told': not Hale); never a pronoun inside a quotation or inside what another
# attribution reports ("Lane said he would ...": coreference's)
def _speaker_going_on(reading, att):
    doc, lex = reading.doc, reading.gazetteer.titles
    tok = doc[att.source_head]
    if not (tok.lower_ in _GOING_ON or _the_spokesperson(tok)) or quotation_start(doc, tok.i) is not None or any(
            a is not att and a.in_content(tok.i) for a in reading.attributions):
        return None
    before = [a for a in reading.attributions if a.has_source and a.source_head < tok.i
              and a.cue_tokens[0] < att.cue_tokens[0] and tok.i - a.cue_tokens[1] <= _GOING_ON_REACH
              and quotation_start(doc, a.source_head) is None]  # not a report someone quotes
    if tok.lower_ not in _GOING_ON:  # "the spokesman" goes on only from a body's spokesman's report, the nearest
        before = [a for a in before if doc[a.source_head].lower_ == tok.lower_]
    if not before:
        return None
    prev = max(before, key=lambda a: a.cue_tokens[0])
    speaker = reading.source(prev)
    if tok.lower_ not in _GOING_ON:
        if speaker is None or _is_person(speaker):
            return None
        return ActorRef(speaker.actor, tok.i, tok.i + 1, "coref", SPEAKER_PRONOUN, "")
    if speaker is None or not (pronoun_fits(tok.lower_, speaker.actor, lex) if _is_person(speaker)
                               else _spokesperson_fits(doc[prev.source_head], tok.lower_)):
        return None
    if any(r.actor.id != speaker.actor.id and r.actor.type is ActorType.PERSON and r.surface
           and prev.source_head < r.start < tok.i and quotation_start(doc, r.start) is None
           and pronoun_fits(tok.lower_, r.actor, lex) for r in reading.actors.mentions):
        return None
    return ActorRef(speaker.actor, tok.i, tok.i + 1, "coref", SPEAKER_PRONOUN, "")


# a report, study or book speaking ("the report said", "The research says") is its maker: the one actor the
# article names as the maker of a report noun (lexicon ``report_nouns``) anywhere in it: an owner or name before
# the noun ("Oxfam's report", "The Hefce report"), its "by" agent ("a report by the NAO", "research carried out
# by Richard Allsop"), the subject of a verb of ``report_makers`` taking it as object ("The Home Office has
# produced its own report") or of a clause it frames ("In a report, the committee stated"); never a place, nor a
# country named before the noun ("the Iraq report"; a ministry read as its state may make one), and nothing
# when two makers are named
def _report_maker(reading, att):
    doc, lex = reading.doc, reading.lex
    head = doc[att.source_head]
    if head.lemma_.lower() not in lex.report_nouns or head.tag_ != "NN" or not any(
            c.dep_ in ("det", "poss") for c in head.children):
        return None  # one report the reader knows ("the report", "a report", "its study"), not "recent studies"
    makers = {}
    for tok in doc:
        if tok.lemma_.lower() in lex.report_nouns and tok.pos_ == "NOUN":  # not the verb ("they are reported")
            for ref in _makers_of(reading, tok):
                makers.setdefault(ref.actor.id, ref)
    if len(makers) != 1:
        return None
    ref = next(iter(makers.values()))
    return ActorRef(ref.actor, head.i, head.i + 1, "coref", weaker(ref.confidence, SPEAKER_PRONOUN), "")


# "the committee" or "(the) MPs" speaking, unqualified, outside a quotation, is the one committee the article
# names ("MPs have warned. The Environmental Audit Committee said ...", "the committee added"); never
# "Labour MPs", "some MPs", nor with two committees named
_COMMITTEE_SPEAKERS = {"committee": ("the",), "mps": ("the", None)}


def _committee_speaking(reading, att):
    doc = reading.doc
    head = doc[att.source_head]
    dets = _COMMITTEE_SPEAKERS.get(head.lower_)
    mods = [c for c in head.children if c.dep_ not in ("punct", "prep", "relcl", "acl")]
    if dets is None or head.tag_ in ("NNP", "NNPS") and head.lower_ != "mps" \
            or quotation_start(doc, head.i) is not None:
        return None
    if not (mods == [] and None in dets or len(mods) == 1 and mods[0].lower_ in dets):
        return None
    committees = {r.actor.id: r for r in reading.actors.mentions if r.surface
                  and r.actor.type is ActorType.ORGANIZATION and "committee" in r.actor.label.lower().split()}
    if len(committees) != 1:
        return None
    ref = next(iter(committees.values()))
    return ActorRef(ref.actor, head.i, head.i + 1, "coref", weaker(ref.confidence, SPEAKER_PRONOUN), "")


# unnamed sources placed in a group speak for it: "Sources within the Conservative Party told the BBC", "a source
# inside the party", "sources at the Treasury" (the state); never a person ("sources close to Mr Brown" is left to
# the person named in the source), a place, nor a country after "in" ("sources in Iraq": anyone there)
def _group_source(reading, att):
    head, lex = reading.doc[att.source_head], reading.lex
    if head.lemma_.lower() not in lex.group_source_nouns or head.pos_ != "NOUN":
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in lex.group_source_preps):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            ref = reading.ctx.actor(obj)
            if ref is None or ref.actor.type in (ActorType.PERSON, ActorType.PLACE) or (
                    prep.lower_ == "in" and ref.actor.type is ActorType.COUNTRY):
                continue
            return ActorRef(ref.actor, head.i, head.i + 1, "coref", weaker(ref.confidence, SPEAKER_PRONOUN), "")
    return None


# the newsroom's own reporter ("our correspondent added", "the correspondent said") is the one person the article
# names with that role word just before the name ("BBC labour affairs correspondent Stephen Cape"); not inside a
# quotation, and nothing when two are named so
def _own_reporter(reading, att):
    doc = reading.doc
    head = doc[att.source_head]
    role = head.lemma_.lower()
    if role not in reading.lex.reporter_nouns or quotation_start(doc, head.i) is not None or not any(
            c.dep_ in ("det", "poss") and c.lower_ in ("our", "the") for c in head.children):
        return None
    named = {r.actor.id: r for r in reading.actors.mentions if r.surface and r.actor.type is ActorType.PERSON
             and r.start > 0 and doc[r.start - 1].lemma_.lower() == role}
    if len(named) != 1:
        return None
    ref = next(iter(named.values()))
    return ActorRef(ref.actor, head.i, head.i + 1, "coref", weaker(ref.confidence, SPEAKER_PRONOUN), "")


def _makers_of(reading, noun):
    """The actors a report noun names as its maker (see ``_report_maker``)."""
    at, makers = reading.actors.at, reading.lex.report_makers
    for t in (t for left in noun.lefts for t in left.subtree):  # "Oxfam's report", "The NAO's annual report"
        ref = at(t) if t.dep_ in ("poss", "compound") else None
        if ref is not None and ref.actor.type not in (ActorType.PLACE, ActorType.COUNTRY):
            yield ref
    heads = [noun] + [c for c in noun.children if c.dep_ == "appos"]  # "a new book, Brown's Britain by Robert Peston"
    for c in (c for h in heads for c in h.children):  # "a report by the NAO", "research carried out by Allsop"
        agents = [c] if c.dep_ == "prep" and c.lower_ == "by" else [
            a for a in c.children if a.dep_ == "agent"] if c.dep_ == "acl" and c.lemma_.lower() in makers else []
        for a in agents:
            for p in a.children:
                if p.dep_ == "pobj" and at(p) is not None and at(p).actor.type is not ActorType.PLACE:
                    yield at(p)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "In a report published last July the cross-party committee stated"
    elif not (noun.dep_ == "dobj" and verb.lemma_.lower() in makers):
        return
    for c in verb.children:
        if c.dep_ == "nsubj" and at(c) is not None and at(c).actor.type is not ActorType.PLACE:
            yield at(c)


# a body's spokesman going on ('A Home Office spokesman said ... He added: "..."'): the body he speaks for
_SPOKESPERSON_PRONOUNS = {"spokesman": {"he"}, "spokeswoman": {"she"}, "spokesperson": {"he", "she"},
                          "source": {"he", "she"}}  # "A Labour source told ... the source said": the party


def _spokesperson_fits(head, pronoun: str) -> bool:
    """The earlier source is a spokesman, spokeswoman or spokesperson the pronoun fits ("a spokeswoman ... she")."""
    return pronoun in _SPOKESPERSON_PRONOUNS.get(head.lower_, ())


def _the_spokesperson(tok) -> bool:
    """A bare "the spokesman" ("..., the spokesman added"); not "the police spokesman", "the PM's spokesman"."""
    return tok.lower_ in _SPOKESPERSON_PRONOUNS and [c.lower_ for c in tok.children] == ["the"]


def _speaker_group(reading, speaker, gazetteer):
    """The state or group a speaker belongs to (``affiliation``), known or named in the article."""
    aff_id = dict(speaker.attributes).get("affiliation")
    group = gazetteer.actors.get(aff_id) if aff_id else None
    if aff_id and group is None:  # an affiliation the gazetteer does not know: one named here
        group = next((a for a in reading.actors.actors() if a.id == aff_id), None)
    return group


def add_speaker_pronouns(reading, gazetteer) -> None:
    """Mentions for "I/me/my" (the speaker) and "we/us/our" (the speaker's group) inside what a
    named person says ("'We are warning them,' Ryabkov said": Russia); in a quote inside another, the
    inner speaker's ("Peston's book claimed Mr Brown told him: 'I ...'": Brown)."""
    for att in sorted(reading.attributions, key=lambda a: a.content_tokens[1] - a.content_tokens[0]):
        src = reading.source(att)
        if not _is_person(src):
            continue
        group = _speaker_group(reading, src.actor, gazetteer)
        for i in range(*att.content_tokens):
            if not att.in_content(i) or reading.actors.at(i) is not None:
                continue
            word = reading.doc[i].lower_
            if word in _FIRST_SINGULAR:
                target = src.actor
            elif word in _FIRST_PLURAL and group is not None:
                target = group
            else:
                continue
            reading.actors.add(ActorRef(target, i, i + 1, "coref", SPEAKER_PRONOUN, ""))


def drop_quoted_speakers(reading) -> None:
    """Take back a "he"/"she" coreference inside a direct quotation that named the quotation's own speaker
    ('Ms Lane said: "He has let us down"': someone else; in the speaker's own words the speaker is "I"): the
    innermost attribution holding the pronoun is said outside the quotation, by the actor the pronoun went to
    (a subject or object is then resolved again without the speaker; an owner is left to ``statements``);
    a report inside the quotation keeps its own ('"Mr Hale told me he would go"': Hale), and so does a pronoun
    after a name of its person inside the quotation."""
    doc = reading.doc
    for ref in [r for r in reading.actors.mentions if r.how == "coref" and doc[r.start].lower_ in PERSONAL]:
        q = direct_quotation(doc, ref.start)
        holding = [a for a in reading.attributions if a.in_content(ref.start)]
        if q is None or not holding or any(r.actor.id == ref.actor.id and r.how != "coref" and q < r.start < ref.start
                                           for r in reading.actors.mentions):
            continue  # the quotation names the one it means: '"I told Harry ... and he said ..."'
        att = min(holding, key=lambda a: a.content_tokens[1] - a.content_tokens[0])
        if quotation_start(doc, att.cue_tokens[0]) == q:
            continue  # a report inside the quotation: its own speaker may be "he"
        src = reading.source(att)
        if src is not None and src.actor.id == ref.actor.id:
            reading.actors.remove(ref)
            if doc[ref.start].dep_ == "poss":
                continue  # "his claims": the owner the claim is about is statements' to find (_quoted_person)
            titles = reading.gazetteer.titles
            other = quoted_personal(doc, doc[ref.start], reading.actors.mentions, titles, src.actor.id)
            if other is not None:
                reading.actors.add(replace(ref, actor=other.actor, confidence=weaker(ref.confidence, other.confidence)))
