"""seeds27: conflict and alignment constructions of international news (``graph.extract.conflict``) and the
lexicon entries beside them: the ally of a fight fights the foe too ("fought with Y against Z"), who joins a fight
or whose role is in it fights its foe, one regarded as a partner or a threat, an affiliation participle ("X,
linked to Y"), and verbs and nouns of coercion and deployment ("deter", "redeploy", "containment")."""
from __future__ import annotations

import pytest

from graph.model import Article, content_id
from tests.test_stance16 import EXTRACTOR


def _edges(nlp, text: str) -> set[tuple[str, str, str]]:
    ex = EXTRACTOR.extract(Article(content_id(text), "test.txt", text), nlp(text))
    label = {a.id: a.label for a in ex.actors}
    return {(label[t.subject], t.relation, label[t.object]) for t in ex.triples}


@pytest.mark.parametrize("text, edge", [
    ("Hezbollah militants have fought with Hamas against Israeli forces.", ("Hamas", "attacks", "Israel")),
    ("Kurdish rebels battled alongside Syria against al-Qaeda.", ("Syria", "attacks", "al-Qaeda")),
])
def test_seeds27_ally_of_a_fight_fights_the_foe(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_ally_of_a_friendly_act_fights_no_one(nlp):
    edges = _edges(nlp, "Britain sided with France against Germany over the budget.")
    assert not any(r == "attacks" for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("Russia joined the war against ISIS last year.", ("Russia", "attacks", "ISIS")),
    ("The role of France in the fight against al-Qaeda was praised.", ("France", "attacks", "al-Qaeda")),
    ("The failure of Pakistan in fighting the Taliban angered Washington.", ("Pakistan", "attacks", "Taliban")),
])
def test_seeds27_who_takes_part_in_a_fight_fights_its_foe(nlp, text, edge):
    assert edge in _edges(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Russia joined the talks on ISIS last year.", ("Russia", "attacks", "ISIS")),
    ("France criticised the war against Iraq.", ("France", "attacks", "Iraq")),
    ("The report on France in the fight against al-Qaeda was long.", ("France", "attacks", "al-Qaeda")),
])
def test_seeds27_a_fight_not_joined_is_not_the_subjects(nlp, text, absent):
    assert absent not in _edges(nlp, text)


@pytest.mark.parametrize("text, edge", [
    ("The Tories regard UKIP as a serious threat.", ("UK Independence Party", "threatens", "Conservative Party")),
    ("Washington began to see India as a partner in the region.", ("United States", "cooperatesWith", "India")),
])
def test_seeds27_regarded_as_a_partner_or_a_threat(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_regarded_as_anything_else_is_no_relation(nlp):
    edges = _edges(nlp, "Iran regards Israel as a neighbour, and Labour sees the plan as a threat.")
    assert not any(r in ("threatens", "cooperatesWith") for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("Hamas, linked to al-Qaeda, grew stronger.", ("Hamas", "cooperatesWith", "al-Qaeda")),
    ("Hamas is linked to al-Qaeda, officials say.", ("Hamas", "cooperatesWith", "al-Qaeda")),
    ("The Lashkar-e-Taiba group, connected with al-Qaeda and the Taliban, was banned.",
     ("Lashkar-e-Taiba", "cooperatesWith", "Taliban")),
])
def test_seeds27_affiliation_participle(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_affiliation_participle_with_no_actor_partner(nlp):
    edges = _edges(nlp, "The pay rise, linked to inflation, angered Labour.")
    assert not any(r == "cooperatesWith" for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("China has tried to deter the United States.", ("China", "coerces", "United States")),
    ("The US plans to redeploy 3,000 soldiers to Kabul.", ("United States", "deploys", "Afghanistan")),
    ("About 1,000 US personnel will be sent to Qatar.", ("United States", "deploys", "Qatar")),
])
def test_seeds27_lexicon_coercion_and_deployment(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_forces_present_in_a_country_deploy_there(nlp):
    edges = _edges(nlp, "Russia will not act while the US and NATO are present in Afghanistan.")
    assert {("United States", "deploys", "Afghanistan"), ("NATO", "deploys", "Afghanistan")} <= edges


@pytest.mark.parametrize("text", [
    "Tony Blair was present in Iraq for the ceremony.",  # a person's visit
    "Kabulov said 10,000 ISIS militants were present in Afghanistan.",  # where a group is: background
])
def test_seeds27_present_in_is_no_deployment_of_persons_or_groups(nlp, text):
    assert not any(r == "deploys" for _s, r, _o in _edges(nlp, text))


def test_seeds27_who_checks_ones_growth_coerces_it(nlp):
    assert ("United States", "coerces", "Iran") in _edges(nlp, "Washington wants to curb the influence of Iran in Iraq.")


def test_seeds27_checking_the_growth_of_no_actor_is_no_relation(nlp):
    edges = _edges(nlp, "Labour wants to curb the influence of lobbyists on Tony Blair.")
    assert not any(r == "coerces" for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("Hamas, an offshoot with links to al-Qaeda, grew.", ("Hamas", "cooperatesWith", "al-Qaeda")),
    ("Lord Levy, a man with close ties to Tony Blair, spoke.", ("Lord Levy", "cooperatesWith", "Tony Blair")),
])
def test_seeds27_bearer_of_links_cooperates_with_the_partner(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_links_of_an_unnamed_bearer_give_nothing(nlp):
    edges = _edges(nlp, "A businessman with links to Labour gave money.")
    assert not any(r == "cooperatesWith" for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("The agreement that Britain signed with France angered the Tories.", ("United Kingdom", "agrees", "France")),
    ("Observers point to an apparent accommodation Hamas has reached with Hezbollah.",
     ("Hamas", "agrees", "Hezbollah")),
])
def test_seeds27_event_of_a_relative_clause_with_a_light_verb(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_relative_clause_whose_subject_is_the_pronoun_gives_no_agent(nlp):
    edges = _edges(nlp, "Britain said the agreement that angered France with Germany was a mistake.")
    assert not any(r == "agrees" for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("Tony Blair assured Gordon Brown of his full support.", ("Tony Blair", "supports", "Gordon Brown")),
    ("Putin assured his Tajik counterpart Emomali Rahmon of Russia's full support.",
     ("Putin", "supports", "Emomali Rahmon")),
])
def test_seeds27_assured_of_support(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_assured_of_anything_else_is_no_support(nlp):
    edges = _edges(nlp, "Tony Blair assured Gordon Brown of his innocence.")
    assert ("Tony Blair", "supports", "Gordon Brown") not in edges, edges


def test_seeds27_an_attack_in_a_country_attacks_it(nlp):
    edges = _edges(nlp, "The US military attack in Afghanistan began in 2001.")
    assert ("United States", "attacks", "Afghanistan") in edges


def test_seeds27_an_attack_in_a_region_attacks_no_one(nlp):
    edges = _edges(nlp, "The Labour attack in Wales was led by Peter Hain.")
    assert not any(r == "attacks" for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("Britain is at war with Iraq.", ("United Kingdom", "attacks", "Iraq")),
    ("Iran was in a war with Iraq for eight years.", ("Iran", "attacks", "Iraq")),
    # between persons a war is words: a rivalry (verbal_conflict)
    ("Tony Blair is at war with Gordon Brown.", ("Tony Blair", "relatesTo", "Gordon Brown")),
])
def test_seeds27_state_of_war(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_state_of_peace_is_no_war(nlp):
    edges = _edges(nlp, "Russia is at peace with Georgia.")
    assert not any(r == "attacks" for _s, r, _o in edges), edges


def test_seeds27_links_to_a_description_reach_the_name_in_apposition(nlp):
    edges = _edges(nlp, "Hamas, an offshoot with links to its parent Hezbollah organisation, grew.")
    assert ("Hamas", "cooperatesWith", "Hezbollah") in edges, edges


@pytest.mark.parametrize("text, edge", [
    ("Hamas poses a danger to Israel.", ("Hamas", "threatens", "Israel")),
    ("Iran is a danger to Israel, the minister said.", ("Iran", "threatens", "Israel")),
    ("The US has a military presence in the south of Iraq.", ("United States", "deploys", "Iraq")),
])
def test_seeds27_lexicon_danger_and_regions_of_a_country(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_a_direction_from_a_city_is_no_place_of_it(nlp):
    edges = _edges(nlp, "British troops trained 20 miles north of London.")
    assert not any(r == "deploys" for _s, r, _o in edges), edges


def test_seeds27_a_states_forces_in_another_country_are_deployed_there(nlp):
    edges = _edges(nlp, "The number of British troops in Iraq will rise.")
    assert ("United Kingdom", "deploys", "Iraq") in edges, edges


@pytest.mark.parametrize("text", [
    "British officials in Iraq met the president.",  # officials: no forces
    "Iraqi forces in Iraq are weak.",  # a state's forces at home
])
def test_seeds27_officials_abroad_or_forces_at_home_are_no_deployment(nlp, text):
    assert not any(r == "deploys" for _s, r, _o in _edges(nlp, text))


@pytest.mark.parametrize("text, edge", [
    ("Russia was accused of meddling in the US elections.", ("Russia", "coerces", "United States")),
    ("The US intervened in Iraq's politics.", ("United States", "coerces", "Iraq")),
    ("Besides preventing the expansion of ISIL in Afghanistan, Russia uses the option.", ("Russia", "coerces", "ISIS")),
    ("Russia tried to hold ISIS back.", ("Russia", "coerces", "ISIS")),
])
def test_seeds27_meddling_and_holding_back(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_an_arrest_in_an_actors_offices_is_no_meddling(nlp):
    edges = _edges(nlp, "Zimbabwe's police arrested protesters in the MDC offices.")
    assert not any(r == "coerces" and o != "Zimbabwe" and s == "Zimbabwe" and "MDC" in o for s, r, o in edges), edges


def test_seeds27_share_noun_object_of_the_verb_the_fight_hangs_on(nlp):
    edges = _edges(nlp, "Washington praised the role of Pakistan in fighting al-Qaeda.")
    assert ("Pakistan", "attacks", "al-Qaeda") in edges, edges


def test_seeds27_a_report_in_a_fight_is_no_share_of_it(nlp):
    edges = _edges(nlp, "Washington praised the report of Pakistan in fighting al-Qaeda.")
    assert ("Pakistan", "attacks", "al-Qaeda") not in edges, edges


@pytest.mark.parametrize("text, edge", [
    ("The US armed Iran against Iraq.", ("Iran", "attacks", "Iraq")),
    ("Russia's support of the Taliban against ISIS was criticised.", ("Taliban", "attacks", "ISIS")),
    ("Thanks to the actions of Moscow and Damascus in the fight against ISIS, it shrank.", ("Syria", "attacks", "ISIS")),
])
def test_seeds27_backed_against_a_foe_and_actions_in_a_fight(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_persons_backed_against_persons_fight_no_one(nlp):
    edges = _edges(nlp, "Labour backed Tony Blair against Gordon Brown.")
    assert ("Tony Blair", "attacks", "Gordon Brown") not in edges, edges


@pytest.mark.parametrize("text, edge", [
    ("While China seeks to drive a wedge between the Taliban and its allied East Turkestan Islamic Movement, "
     "Russia waits.", ("Taliban", "cooperatesWith", "ETIM")),
    ("Iran's allied Hezbollah fighters attacked Israel.", ("Iran", "cooperatesWith", "Hezbollah")),
])
def test_seeds27_allied_to_the_possessor(nlp, text, edge):
    edges = _edges(nlp, text)
    assert edge in edges or (edge[2], edge[1], edge[0]) in edges, edges


def test_seeds27_allied_with_no_actor_owner(nlp):
    edges = _edges(nlp, "The president and his allied ministers met Hezbollah.")
    assert not any(r == "cooperatesWith" for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("Pakistani officials have shared Russia's focus on ISIS.", ("Pakistan", "agrees", "Russia")),
    ("Gordon Brown echoed Tony Blair's view on Europe.", ("Gordon Brown", "agrees", "Tony Blair")),
])
def test_seeds27_who_shares_anothers_view_agrees(nlp, text, edge):
    assert edge in _edges(nlp, text)


@pytest.mark.parametrize("text", [
    "Gordon Brown shared Tony Blair's office.",  # a thing, no view
    "Tony Blair reiterated his concerns about Iran.",  # one's own view
])
def test_seeds27_sharing_no_view_of_another_is_no_agreement(nlp, text):
    assert not any(r == "agrees" for _s, r, _o in _edges(nlp, text))


@pytest.mark.parametrize("text, edge", [
    ("The Tories expressed concern about the government's plans.", ("Conservative Party", "accuses", "United Kingdom")),
    ("Charles Kennedy voiced concern over Tony Blair's handling of the war.",
     ("Charles Kennedy", "accuses", "Tony Blair")),
])
def test_seeds27_voiced_concern_over_an_actors_deed(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_concern_over_no_actor_accuses_no_one(nlp):
    edges = _edges(nlp, "Charles Kennedy voiced concern over rising prices.")
    assert not any(r == "accuses" for _s, r, _o in edges), edges


@pytest.mark.parametrize("text, edge", [
    ("Labour's worries about the Tories' plans grew.", ("Labour Party", "accuses", "Conservative Party")),
    ("Labour found common ground with the Liberal Democrats on the issue.",
     ("Labour Party", "agrees", "Liberal Democrats")),
])
def test_seeds27_possessed_concern_and_common_ground(nlp, text, edge):
    assert edge in _edges(nlp, text)


@pytest.mark.parametrize("text", [
    "The government's concern about the economy grew.",  # about no actor
    "Russia gained ground against Pakistan.",  # no common ground
])
def test_seeds27_concern_about_nothing_and_other_ground(nlp, text):
    assert not any(r in ("accuses", "agrees") for _s, r, _o in _edges(nlp, text))


@pytest.mark.parametrize("text, edge", [
    ("Russian interests in the region are no doubt in ISIS's sights.", ("ISIS", "threatens", "Russia")),
    ("ISIS has Russia firmly in its sights.", ("ISIS", "threatens", "Russia")),
])
def test_seeds27_in_ones_sights(nlp, text, edge):
    assert edge in _edges(nlp, text)


def test_seeds27_in_sight_of_a_place_threatens_no_one(nlp):
    edges = _edges(nlp, "Labour has the marginal seats in its sights, near the Iraqi embassy.")
    assert not any(r == "threatens" for _s, r, _o in edges), edges
