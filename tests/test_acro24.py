"""acro24: a known acronym of a body the article never names in full is the body whose name it spells there ("the
World Tourism Organisation ... the WTO"), and a denial of a statement with its clause ("denied claims that ...")
reports the clause as denied, not asserted."""
from __future__ import annotations

import pytest

from tests.test_rules import extract



def test_acro24_known_acronym_of_the_body_named_before(nlp):
    text = ("Growth was rapid, with the World Tourism Organisation figures showing a 45% rise. "
            '"India continues to post excellent results," the WTO said.')
    got, aid, _ = extract(nlp, text)
    assert aid("WTO") == aid("Tourism"), got


@pytest.mark.parametrize("text", [
    # the trade body named in full: the acronym stays it
    "The World Trade Organization ruled on cotton. The WTO said the World Tourism Organisation agreed.",
    # a body named only after the acronym is no full name of it
    "The WTO ruled against the US on cotton subsidies. The World Tourism Organisation said numbers rose.",
    # a name NER ran past its bracket is the known body's own name
    "He admitted a brief attachment to the British National Party(BNP). The BNP said he had left.",
])
def test_acro24_known_acronym_stays_the_known_body(nlp, text):
    got, aid, _ = extract(nlp, text)
    acronym = "WTO" if "WTO" in text else "BNP"
    assert aid(acronym) in ("wto", "world-trade-organization", "british-national-party"), aid(acronym)


@pytest.mark.parametrize("text, subject, relation, obj, source", [
    ("Arsenal's Patrick Vieira had earlier denied accusations that he threatened Gary Neville.",
     "Vieira", "threatens", "Neville", "Vieira"),
    ("Russia denied allegations that it supplied the Taliban.", "Russia", "supplies", "Taliban", "Russia"),
    ("Labour rejected claims that it had attacked the Conservatives.", "Labour", "accuses", "Conservatives", "Labour"),
])
def test_acro24_denied_statement_is_negated_and_reported(nlp, text, subject, relation, obj, source):
    got, aid, _ = extract(nlp, text)
    rows = [g for g in got if g[:3] == (aid(subject), relation, aid(obj))]
    assert rows and all(g[3] == "negative" and g[5] == aid(source) for g in rows), got


def test_acro24_denied_charges_alone_report_nothing(nlp):
    got, aid, _ = extract(nlp, "Mr Brown denied the charges brought by Labour.")
    assert not [g for g in got if g[1] == "denies" and g[3] == "negative"], got
