"""Claims that inform: whom a statement is about, and whom it never is (issue 15 item 2)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from graph.extract import Extraction, Extractor
from graph.extract.actors import resolve_actors
from graph.extract.quotes import merged_claims, without_own_group_claims
from graph.model import QUOTE_ATTRIBUTE, Actor, ActorType, Article, Polarity, Triple, content_id
from graph.read.reader import read_article

EXTRACTOR = Extractor()


def claimed(nlp, text) -> tuple[set[str], dict]:
    """(ids of the actors claimed in ``text``, word -> actor id of every resolved word)."""
    art = Article(content_id(text), "t.txt", text)
    doc = nlp(text)
    ids = {t.text: r.actor.id for t in doc if (r := resolve_actors(doc, art, EXTRACTOR.gazetteer).at(t))}
    ex = EXTRACTOR.extract(art, doc)
    return {t.object for t in ex.triples if t.relation == "claims"}, ids


# ---------------------------------------------------------------- who takes part

@pytest.mark.parametrize("text,words", [
    ("Mr Brown insisted he still trusted Mr Blair.", ["Blair"]),  # the speaker is the subject: the object
    ("Tony Blair said states had to work with the US to fight terrorism.", ["US"]),  # a complement's object
    ("Zamir Kabulov said that if Russia did the same in Mexico, it would be disturbing.", ["Russia"]),  # a condition
    ("Labour's Alan Milburn said the Tories would cut spending.", ["Tories"]),  # another party
    ("Mr Howard said the Labour manifesto was a fraud.", ["Labour"]),  # the owner of the subject
    ("Tony Blair said the Tories would cut public services.", ["Tories"]),  # not his party
    ("Foreign Secretary Jack Straw said Britain would hold talks with Russia.", ["Britain"]),  # own state, subject
    ("Russian Foreign Minister Sergey Lavrov said Russia would never arm the Taliban.", ["Russia"]),
    # real news (BBC politics 009, 095, 125, 018): a party through "with" or "between", a headless relative
    # clause, the complement of an adjective
    ('Foreign Secretary Jack Straw said he had always had "very good and polite relations" with Mr Campbell, '
     'who he described as "very talented".', ["Campbell"]),
    ('Jonathan Baume, of the top civil servants\' union, spoke of "competing agendas" between Mr Brown and '
     'Mr Blair.', ["Brown", "Blair"]),
    ("UKIP spokesman Mark Croucher said those who selected Mr Houston knew nothing of his views.", ["Houston"]),
    ('The Tories said they were glad Mr Straw had been "shamed" into going, having earlier criticised the '
     'decision to send a lower-ranking official.', ["Straw"]),
])
def test_claims_an_actor_taking_part_in_the_content(nlp, text, words):
    got, ids = claimed(nlp, text)
    assert got == {ids[w] for w in words}


@pytest.mark.parametrize("text", [
    "Mr Howard said taxes were now higher than under Margaret Thatcher.",  # a comparison
    "Mr Blair argued that under New Labour the country had changed for the better.",  # a circumstance
    "Mr Kennedy said crime had risen since Labour came to power.",  # a time clause
    # a concession: the Tories claim nothing about Michael Howard
    "Earlier this week the Tories announced they would back the government's plans although Michael Howard "
    "was forced to deny the shadow cabinet was split.",
    # a relative clause's time clause: Northern Ireland is no party to the claim
    "Mr Younger told MPs care was needed to ensure that people were not lost off the register - which happened "
    "when Northern Ireland switched to a similar system.",
])
def test_claims_no_place_time_comparison_or_adjunct_clause(nlp, text):
    assert claimed(nlp, text)[0] == set()


@pytest.mark.parametrize("text", [
    # the subject of another reporting verb, which the parser left without one, is no content of the first
    "When Brazil announced its new plan, Argentina, the world's biggest beef exporter, said prices had risen.",
    "At the same time as Peru announced its new scheme, Chile - the world's largest copper exporter - announced "
    "profits from the mines had hit new highs.",
])
def test_claims_never_the_speaker_of_another_report(nlp, text):
    got, ids = claimed(nlp, text)
    assert ids["Argentina" if "Argentina" in ids else "Chile"] not in got


@pytest.mark.parametrize("text,words", [
    ("Brazil said Argentina announced that prices had risen.", ["Argentina"]),  # a report inside the content
    ("Brazil said Argentina, the largest exporter, had raised prices.", ["Argentina"]),
])
def test_claims_a_report_reported_is_about_its_speaker(nlp, text, words):
    got, ids = claimed(nlp, text)
    assert got == {ids[w] for w in words}


@pytest.mark.parametrize("text", [
    # real news (BBC politics 226, 070, 021): an actor named inside a modifier or a topic is no party
    "The Liberal Democrats have said they would cut the number of Whitehall departments to make sure money "
    "reaches frontline services.",
    'The Conservatives have expressed "serious misgivings" about government plans for keeping UK and foreign '
    'terror suspects under house arrest.',
    "Conservative Shadow chancellor Oliver Letwin said he could not find a single economic forecaster from the "
    "IMF who believed the figures.",
])
def test_claims_no_actor_named_only_inside_a_modifier_or_topic(nlp, text):
    assert claimed(nlp, text)[0] == set()


@pytest.mark.parametrize("text", [
    # real news (BBC politics 001, 220): a minister's "we" is the government, which the claim is not about
    'Trade Secretary Patricia Hewitt said: "We have already doubled the length of maternity pay."',
    'Home Secretary Charles Clarke said: "We will establish a system which looks at the skills of people '
    'seeking to come and work in this country."',
])
def test_claims_never_the_speakers_own_state_as_we(nlp, text):
    assert claimed(nlp, text)[0] == set()


@pytest.mark.parametrize("text,relation,words", [
    # real news (BBC politics 034, 219, 052): the cue is the relation; a claim beside it says nothing more
    ("Tory leader Michael Howard has accused Tony Blair of performing U-turns over rules on using force against "
     "burglars.", "accuses", ["Blair"]),
    ("Justice Minister Cathy Jamieson praised Celtic and Rangers for their work in tackling the problem.",
     "supports", ["Celtic", "Rangers"]),
    ("Prof Etzioni criticises the US for overlooking those reports.", "accuses", ["US"]),
])
def test_claims_none_beside_an_accusation_or_praise_at_the_cue(nlp, text, relation, words):
    art = Article(content_id(text), "t.txt", text)
    doc = nlp(text)
    ids = {t.text: r.actor.id for t in doc if (r := resolve_actors(doc, art, EXTRACTOR.gazetteer).at(t))}
    ex = EXTRACTOR.extract(art, doc)
    assert {t.object for t in ex.triples if t.relation == relation} == {ids[w] for w in words}
    assert not [t for t in ex.triples if t.relation == "claims"]


@pytest.mark.parametrize("text", [
    # the speaker's own party ("we" is the Liberal Democrats) and the outlet addressed
    'Charles Kennedy, the Liberal Democrat leader, told BBC Radio 4\'s Today programme: "The sooner we get on '
    'with this, the better."',
    "Tory leader Michael Howard said the Conservatives would cut taxes.",  # own party as the subject
    # an impersonal "it" is not the university of the speaker's relative clause
    'Professor Rothwell, who is also vice-president of research at Manchester University, told the Times Higher '
    'Education Supplement it would worry her "a great deal" if ministers were anti-stem cell.',
    # the speaker's own state as the owner of the subject, not the subject (BBC business 055)
    "South African finance minister Trevor Manuel said the South African economy had grown by an average of "
    "3.2% over the past four years, slightly below the African average of 4%.",
])
def test_claims_never_the_speakers_party_the_outlet_or_an_impersonal_it(nlp, text):
    assert claimed(nlp, text)[0] == set()


@pytest.mark.parametrize("text", [
    # real news (BBC politics 105, 062, 078): what is said of a country's or party's people, firms or seats is
    # not said of the country or party (CAMEO's non-state sector nouns, the lexicon's unowned_nouns)
    "UK Muslims should accept that they are more likely to be stopped and searched by police, a Home Office "
    "minister has said.",
    'Professor Curtice said: "For the most part the Labour constituencies are relatively safe."',
    "UK firms are embracing internet trading opportunities as never before, e-commerce minister Mike O'Brien says.",
    # a country's market or economy is its trade, not the country (precision read: business 177)
    "George Wimpey said the UK housing market had proved challenging last year.",
    "The UK property market remains robust despite the recent slowdown, according to mortgage lender "
    "Bradford & Bingley.",
])
def test_claims_not_the_owner_of_people_or_places_it_has(nlp, text):
    assert claimed(nlp, text)[0] == set()


@pytest.mark.parametrize("text,words", [
    ("Mr Howard said Labour activists were deserting the party.", ["Labour"]),  # a party's agents stand for it
    ("Mr Howard said the Labour manifesto was a fraud.", ["Labour"]),  # a noun that is no people: still the owner
])
def test_claims_the_owner_of_a_groups_agents_or_things(nlp, text, words):
    got, ids = claimed(nlp, text)
    assert got == {ids[w] for w in words}


@pytest.mark.parametrize("text", [
    # real news (BBC politics 001, 068): the group the article names with the speaker is the speaker's own,
    # in the same sentence or another
    'Liberal Democrat spokeswoman for women Sandra Gidley said: "While mothers would welcome any extra maternity '
    'pay the Liberal Democrats feel this money is being misdirected."',
    'Peter Saunders of the CMF said it believed advance refusals should be advisory. "The CMF is concerned that '
    'patients will make hasty decisions," he said.',
    # (BBC politics 313) named with the speaker where the speaker says nothing
    "The report was welcomed by Conservative shadow pensions secretary David Willetts. Mr Willetts said the "
    "Conservatives would increase the basic state pension.",
])
def test_claims_never_the_group_named_with_the_speaker(nlp, text):
    assert claimed(nlp, text)[0] == set()


@pytest.mark.parametrize("text,words", [
    # a person named with the speaker is no group of theirs; a co-speaker is no group either
    ("Ms Robinson, a friend of Michael Howard, said Mr Howard was a courteous man.", ["Howard"]),
    ("Labour MP Diane Abbott, who backs the Conservatives on this, said the Conservatives were wrong.",
     ["Conservatives"]),
])
def test_claims_about_a_person_or_clause_named_with_the_speaker(nlp, text, words):
    got, ids = claimed(nlp, text)
    assert got == {ids[w] for w in words}


def test_claims_no_one_accuses_their_own_state_of_what_they_report(nlp):
    text = "British Foreign Secretary Jack Straw said Britain had armed the Taliban."
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    by_straw = {(t.relation, t.object) for t in ex.triples if t.subject == "jack-straw"}
    assert by_straw == {("claims", "united-kingdom")}  # the state's official speaks of it; no accusation


def test_claims_an_i_inside_a_quote_in_a_quote_is_the_inner_speaker(nlp):
    got, ids = claimed(nlp, "Mr Peston's book claimed that Mr Brown told Mr Blair: \"There is nothing you could "
                            "ever say to me now that I could ever believe.\"")
    assert got == {ids["Brown"]}  # not Peston claiming Peston through "me"


def test_claims_none_from_a_reporting_verb_inside_what_it_would_report(nlp):
    text = "Mr Brown allegedly said he could no longer believe anything Mr Blair told him."
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    (claim,) = [t for t in ex.triples if t.relation == "claims"]  # Brown about Blair, once; Blair about no one
    assert (claim.predicate, claim.attributed_to) == ("allegedly said", None)  # "told" reports nothing


def test_claims_a_topic_phrase_of_the_cue_is_no_venue(nlp):
    got, ids = claimed(nlp, "On the suspension of Mr Houston, UKIP said those who selected him knew nothing.")
    assert got == {ids["Houston"]}


def test_claims_made_at_a_cue_of_several_words_carry_its_quote(nlp):
    text = "Tillerson has said Russia arms the Taliban."
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    (claim,) = [t for t in ex.triples if t.relation == "claims"]
    (quote,) = ex.quotes
    assert claim.predicate == "has said" and dict(claim.attributes)[QUOTE_ATTRIBUTE] == quote.id


# ---------------------------------------------------------------- one claim per source and actor

def _claim(subject, obj, article="a1", start=0, polarity=Polarity.POSITIVE, qid="q1") -> Triple:
    return Triple(subject, "claims", obj, "said", article, "S.", start, start + 2, polarity=polarity, rule="claim",
                  pred_start=start, attributes=((QUOTE_ATTRIBUTE, qid),))


def test_claims_one_per_article_source_and_actor_preferring_what_was_said():
    negative = _claim("howard", "labour-party", polarity=Polarity.NEGATIVE, qid="q1")
    positive = _claim("howard", "labour-party", start=10, qid="q2")
    got = merged_claims([positive, negative])
    assert [(t.polarity, dict(t.attributes)[QUOTE_ATTRIBUTE]) for t in got] == [(Polarity.POSITIVE, "q1|q2")]


def test_claims_about_a_group_the_source_belongs_to_anywhere_in_the_build_go():
    claims = [_claim("michael-howard", "conservative-party"), _claim("michael-howard", "united-kingdom"),
              _claim("michael-howard", "labour-party")]
    accusation = replace(claims[0], relation="accuses")
    groups = {"michael-howard": {"conservative-party", "united-kingdom"}}
    got = without_own_group_claims([*claims, accusation], groups, {"united-kingdom"})
    assert [(t.relation, t.object) for t in got] == [
        ("claims", "united-kingdom"), ("claims", "labour-party"), ("accuses", "conservative-party")]


def test_claims_merge_drops_own_party_claims_another_article_reveals():
    howard = Actor("michael-howard", "Michael Howard", ActorType.PERSON)
    tories = Actor("conservative-party", "Conservative Party", ActorType.ORGANIZATION)
    titled = replace(howard, attributes=(("affiliation", "conservative-party"),))
    first = Extraction("a1", (titled, tories), ())
    second = Extraction("a2", (howard, tories), (_claim("michael-howard", "conservative-party", article="a2"),))
    assert EXTRACTOR.merge_all([second])[1] and not EXTRACTOR.merge_all([first, second])[1]


@pytest.mark.parametrize("text, party, other", [
    ("Tony Blair said Labour would win a third term. Tony Blair said the Tories would cut public services.",
     "labour-party", "conservative-party"),
    ("Charles Clarke said Labour would not back down. Charles Clarke said the Liberal Democrats would lose.",
     "labour-party", "liberal-democrats"),
])
def test_claims_a_build_drops_the_party_the_data_gives_the_speaker(nlp, text, party, other):
    """No text ties Tony Blair to Labour here: ontology/offices.yaml does (a cabinet minister of 1997-2010)."""
    art = Article(content_id(text), "t.txt", text)
    ex = EXTRACTOR.extract(art, nlp(text))
    speaker = next(a for a in ex.actors if a.type is ActorType.PERSON)
    assert dict(speaker.attributes).get("party") == party
    assert {party, other} <= {t.object for t in ex.triples if t.relation == "claims"}  # the article's reading
    kept = {t.object for t in EXTRACTOR.merge_all([ex])[1] if t.relation == "claims"}
    assert party not in kept and other in kept


def test_claims_reported_accusations_of_the_sources_own_group_go_too():
    accusation = replace(_claim("michael-howard", "conservative-party"), relation="accuses", rule="claim_accusation")
    of_state = replace(accusation, object="united-kingdom")
    read = replace(accusation, rule="active_svo")  # "Howard criticised the Tories": the verb rules' reading
    groups = {"michael-howard": {"conservative-party", "united-kingdom"}}
    assert without_own_group_claims([accusation, of_state, read], groups, {"united-kingdom"}) == [read]


# ---------------------------------------------------------------- the object is named in the evidence

def test_claims_name_their_object_in_their_evidence(nlp):
    texts = ["Russia arms the Taliban. Weaver said.",  # the sentence before a bare "said": no claim
             '"Russia is supplying weapons to the Taliban. We will certainly object to this," US Secretary of State '
             'Rex Tillerson said.',  # a quotation its cue closes: the claim quotes it whole
             'Mr Blair said: "The economy is strong. Russia supplies the Taliban."']
    made = []
    for text in texts:
        ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
        labels = {a.id: a.label for a in ex.actors}
        for t in ex.triples:
            assert t.sentence == text[t.start:t.end] and labels[t.object] in t.sentence
            made.append((t.relation, t.object))
    assert made.count(("claims", "russia")) == 1  # Tillerson's; Weaver's "said." and Blair's "said:" claim nothing
    assert made.count(("accuses", "russia")) == 3  # the reported arming accuses Russia, quoting where it is said


# ---------------------------------------------------------------- real articles

#: BBC politics articles below the gold's numbers (none of them gold) whose ministers say "we" of the
#: government and whose claims were most of their triples at extractor 0.11.0 (22 of 35, 5 own-state).
_ARTICLES = ("022.txt", "034.txt", "127.txt", "147.txt")
_POLITICS = next((p for p in (Path(__file__).resolve().parents[n] / "shared" / "corpus" / "bbc" / "politics"
                              for n in (2, 3)) if p.is_dir()), None)


@pytest.mark.skipif(_POLITICS is None, reason="the BBC corpus (../shared/corpus/bbc) is not beside the checkout")
def test_claims_real_articles_inform_and_never_name_the_speakers_own_state(nlp):
    extractions = []
    for name in _ARTICLES:
        art = read_article(_POLITICS / name)
        extractions.append(EXTRACTOR.extract(art, nlp(art.text)))
    actors, triples, _quotes = EXTRACTOR.merge_all(extractions)
    affiliation = {a.id: dict(a.attributes).get("affiliation") for a in actors}
    states = {a.id for a in actors if a.type is ActorType.COUNTRY}
    claims = [t for t in triples if t.relation == "claims"]
    assert len(claims) <= 0.5 * len(triples), [(t.subject, t.object, t.sentence) for t in claims]
    assert not [t for t in triples if affiliation.get(t.subject) == t.object and t.object in states]
    assert len({(t.article, t.subject, t.object) for t in claims}) == len(claims)  # one per source and actor


# ---------------------------------------------------------------- which cues say (claims2)

@pytest.mark.parametrize("text", [
    # real news (BBC sport 134, business 220, sport 276, entertainment 357): a hope, an offer, a thanks, an intent
    "Kerr had hoped to finish with a clash against France, but got the reigning European champions as their "
    "penultimate home match on 7 September 2005.",
    "Deutsche Boerse previously offered £1.3bn, which was rejected by the LSE, while Euronext is rumoured to "
    "have facilities in place to fund a £1.4bn cash bid.",
    "Mexican outfit Red Sharks Veracruz hope to sign Juninho if the Brazilian decides to leave Celtic.",
    "She thanked the woman she played, Katharine Hepburn, for paving the way for women to work in film.",
    # "show" and "hear" (business 220, politics 148): no speech of their subject
    "The LSE rejected the bid. It said Deutsche Boerse had to show why its planned offer for the LSE was good "
    "for shareholder value.",
    'Three Labour councillors in Birmingham were caught operating a "vote-rigging factory", an Election Court '
    'has heard.',
])
def test_claims_only_from_cues_of_saying(nlp, text):
    assert claimed(nlp, text)[0] == set()


def test_claims_a_cue_that_makes_no_claim_stays_a_quote(nlp):
    text = "Mexican outfit Red Sharks Veracruz hope to sign Juninho if the Brazilian decides to leave Celtic."
    ex = EXTRACTOR.extract(Article(content_id(text), "t.txt", text), nlp(text))
    assert ex.quotes  # PolNeAR counts the cue as an attribution; only the claims edge goes


def test_claims_no_claim_that_claims_a_title(nlp):
    # real news (BBC sport 060): "claimed" with a noun object of its own is no speech, and the sentence
    # before, which the parse joins to it, is not what it reports
    text = ("Lisburn's Kelly McNeice Reid (4:31.34) was seventh in the women's 1500m while Gary Murray (8:11.22) "
            "was 11th in the men's 3000m. Meanwhile, Stephen Cairns and Jill Shannon claimed the individual "
            "titles at Saturday's Northern Ireland Cross Country Championship in Coleraine.")
    assert claimed(nlp, text)[0] == set()


def test_claims_a_personal_pronoun_in_the_content_is_the_speaker(nlp):
    # real news (BBC sport 081): "he" is the lawyer, not his client Kenteris
    text = ("Kenteris' lawyer Gregory Ioannidis described the IAAF's decision as \"not unexpected\" but told BBC "
            "Sport he did not expect the organisation to take action so quickly.")
    assert claimed(nlp, text)[0] == set()


@pytest.mark.parametrize("text,words", [
    # real news (BBC business 139?, politics): "she" said by a firm or a party is someone else
    ("Merrill Lynch denied Ms Villalba's claims and said she was removed from her post because of the "
     "extensive losses the firm was suffering on the continent.", ["Villalba"]),
    ("Cherie Blair spoke in Washington. The Tories said she broke a convention that British political figures "
     "do not act in a partisan way when abroad.", ["she"]),
])
def test_claims_a_pronoun_a_group_says_is_someone_else(nlp, text, words):
    got, ids = claimed(nlp, text)
    assert got == {ids[w] for w in words}


def test_claims_a_pronoun_speaker_inside_a_report_is_its_speaker(nlp):
    # real news (BBC politics 100): "he" is the spokesman, not Sir Menzies Campbell
    text = ("Sir Menzies Campbell raised the question in the Commons. But a Foreign Office spokesman said he could "
            "not comment on the activities of British intelligence or security agencies.")
    assert claimed(nlp, text)[0] == set()


@pytest.mark.parametrize("text,words", [
    # real news (BBC business 336, politics 194): "she" said by a firm or a party is someone else
    ("Merrill Lynch denied Ms Villalba's claims and said she was removed from her post because of the "
     "extensive losses the firm was suffering on the continent.", ["Villalba"]),
    ("Cherie Blair spoke in Washington. The Tories said she broke a convention that British political figures "
     "do not act in a partisan way when abroad.", ["Cherie"]),
])
def test_claims_a_pronoun_a_group_says_is_someone_else(nlp, text, words):
    got, ids = claimed(nlp, text)
    assert got == {ids[w] for w in words}


@pytest.mark.parametrize("text,words", [
    # real news (BBC politics 075, 209, sport 276): cues of saying, confirming, warning, claiming that
    ("Mr Abbas confirmed Israel shared information with the PA in the hunt for the organisers of the attack.",
     ["Israel"]),
    ('Mr Johnson also claimed Tony Blair\'s intervention in the row was "an attempt to reassure Jewish voters".',
     ["Tony"]),
    ("Hassell warns that Juninho could reconsider his future at Celtic unless he is given a run of games.",
     ["Juninho"]),
    ("Mr Leigh said the Home Office should now consider removing those who had not set up a valid business.",
     ["Home"]),
])
def test_claims_from_cues_of_saying_stay(nlp, text, words):
    got, ids = claimed(nlp, text)
    assert got == {ids[w] for w in words}


def test_claims_none_of_the_speakers_organisation_by_its_acronym(nlp):
    # real news (BBC tech 315): DEC is the Disaster Emergency Committee she speaks for
    text = ("Patricia Sanders, spokeswoman for the Disaster Emergency Committee said it was aware of the site and "
            "had contacted the Computer Crime Unit at Scotland Yard. Ms Sanders said DEC had contacted US net "
            "registrars who handle domain ownership.")
    got, ids = claimed(nlp, text)
    assert got == {ids["Crime"]}  # the first sentence's claim stays; none of DEC


def test_acronyms_resolve_to_the_organisation_named_in_full_before(nlp):
    from graph.extract.acronyms import initials
    assert initials("Disaster Emergency Committee") == "DEC"
    assert initials("Department of Homeland Security") == "DHS"
    assert initials("Ryanair") == "" and initials("the spokesman of DEC") == ""
    text = "The Disaster Emergency Committee launched an appeal. DEC said it had raised £10m."
    doc = nlp(text)
    refs = resolve_actors(doc, Article(content_id(text), "t.txt", text), EXTRACTOR.gazetteer)
    assert refs.at(doc[8]).actor.id == refs.at(doc[1]).actor.id  # "DEC" is the committee


# ---------------------------------------------------------------- a pair or group claimed (issue 15)

def _by_surname(nlp, text) -> set[tuple[str, str, str]]:
    """(speaker, relation, object) of the claims and accusations the statements of ``text`` make, each actor by
    the last word of its id ("tony-blair", "mr-blair": "blair")."""
    art = Article(content_id(text), "t.txt", text)
    return {(t.subject.rsplit("-", 1)[-1], t.relation, t.object.rsplit("-", 1)[-1])
            for t in EXTRACTOR.extract(art, nlp(text)).triples
            if t.rule in ("claim", "critical_claim", "claim_accusation") and not t.attributed_to}


@pytest.mark.parametrize("text,expected", [
    # "the pair" as the subject: each of the two it stands for
    ("Fresh speculation surrounded Mr Blair and Mr Brown on Monday. Paul Flynn said the pair had had a "
     "scorching from MPs.", {("flynn", "claims", "blair"), ("flynn", "claims", "brown")}),
    # "their" owning the subject (BBC politics 256): a claim and a criticism of each
    ("Mr Brown allegedly said he could no longer believe anything Mr Blair told him. Conservative co-chairman Liam "
     "Fox likened the two men to schoolboys. Matthew Taylor said their personal ambition was getting in the way "
     "of good government.",
     {("brown", "claims", "blair"), ("taylor", "claims", "blair"), ("taylor", "claims", "brown"),
      ("taylor", "accuses", "blair"), ("taylor", "accuses", "brown")}),
    # "they" after a coordinated pair, criticised: each is claimed and accused
    ("Neil Kinnock said Mr Blair and Mr Brown were friends. Charles Kennedy said they had wasted the time of "
     "voters.", {("kinnock", "claims", "blair"), ("kinnock", "claims", "brown"), ("kennedy", "claims", "blair"),
                 ("kennedy", "claims", "brown"), ("kennedy", "accuses", "blair"), ("kennedy", "accuses", "brown")}),
    # an object
    ("Fresh speculation surrounded Mr Blair and Mr Brown on Monday. Charles Kennedy said voters no longer trusted "
     "the pair.", {("kennedy", "claims", "blair"), ("kennedy", "claims", "brown")}),
    # an accusatory cue accuses each of the two
    ("Fresh speculation surrounded Mr Blair and Mr Brown on Monday. Charles Kennedy alleged that the pair had "
     "misled voters.", {("kennedy", "accuses", "blair"), ("kennedy", "accuses", "brown")}),
])
def test_claims_each_of_a_pair(nlp, text, expected):
    assert _by_surname(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a feud between the two is reported, not charged to each: claims, no accusation
    ("Tony Blair and Gordon Brown met on Monday. Robert Peston says there is mutual animosity between the two men.",
     {("peston", "claims", "blair"), ("peston", "claims", "brown")}),
    ("Tony Blair and Gordon Brown met on Monday. Charles Kennedy said the two men loathed each other.",
     {("kennedy", "claims", "blair"), ("kennedy", "claims", "brown")}),
    ("Fresh speculation surrounded Mr Blair and Mr Brown on Monday. The journalist Robert Peston said the pair had "
     '"mutual animosity and contempt".', {("peston", "claims", "blair"), ("peston", "claims", "brown")}),
    # the speaker is never claimed: one of the pair says it, the other is claimed
    ("Tony Blair and Gordon Brown met on Monday. Mr Blair said the pair would work together.",
     {("blair", "claims", "brown")}),
])
def test_claims_of_a_pair_never_the_speaker_nor_a_feud_as_a_charge(nlp, text, expected):
    assert _by_surname(nlp, text) == expected


@pytest.mark.parametrize("text,names", [
    # the two say "they": the speakers themselves, as "we" (BBC politics 256)
    ("Neil Kinnock said Mr Blair and Mr Brown could only deal with the media frenzy by continuing to say they "
     "would not allow a row to damage Labour.", ("blair", "brown")),
    # a pronoun speaker taken for one of the two: "he" is the comedian (BBC entertainment 167)
    ("Hollywood actors Samuel L Jackson and Ben Stiller have signed up for Ricky Gervais' new sitcom, the comedian "
     "has told BBC News. He said they had both seen the scripts and had agreed to appear in an episode each of the "
     "sitcom Extras.", ("jackson", "stiller")),
])
def test_claims_none_between_a_pair_said_by_one_of_it(nlp, text, names):
    art = Article(content_id(text), "t.txt", text)
    triples = EXTRACTOR.extract(art, nlp(text)).triples
    assert not [t for t in triples if t.relation == "claims" and t.subject.endswith(names) and t.object.endswith(names)]
