"""Every value a triple's ``rule`` column takes, and the one function that makes it.

A rule's name is the name of its function, ``graph.extract.<module>.<name>``, and that function
is the only place that emits it (a test reads the source to check).  The linguistic case each
reads is the comment or docstring on the function and the rule table of docs/extraction.md.  A
relation whose subject was found by climbing links ("began criticizing", "accused X of
arming") carries ``INHERITED_SUBJECT`` after the name: ``prep_object+inherited_subject``.
"""
from __future__ import annotations

from importlib import import_module

__all__ = ["RULE_MODULES", "INHERITED_SUBJECT", "rule_names", "rule_function", "base_rule"]

INHERITED_SUBJECT = "+inherited_subject"

#: module of ``graph.extract`` -> the rules whose functions it holds, in the order they run
RULE_MODULES: dict[str, tuple[str, ...]] = {
    # relations read from the dependency parse (``owned_event`` is asked by ``prep_object``)
    "rules": ("active_svo", "dative_recipient", "prep_object", "owned_event", "object_possessor",
              "phrase_object_possessor", "passive_agent", "passive_agent_owner", "participial_passive",
              "passive_from", "request_clause", "infinitive_request", "headline_verb", "headline_clause",
              "converse_from", "converse_event",
              "relative_clause", "nominalisation", "transfer_source", "nominal_pairwise", "symmetric_cosubjects", "participle_agent",
              "event_adjunct", "hyphen_participle", "hostile_prefix", "passive_owner", "reciprocal",
              "adjective_object", "broken_agreement"),
    # conflict and alignment: "fought with Y against Z", "joined the war against Y", "regards Y as a threat"
    "conflict": ("comitative_ally", "joined_fight", "regarded_as", "affiliation_participle",
                 "present_in", "checked_growth", "linked_bearer", "relative_event", "assured_support",
                 "state_of_war", "forces_in", "meddling_in",
                 "backed_against", "allied_possessed",
                 "shared_view", "voiced_concern", "owned_concern", "common_ground",
                 "in_sights"),
    # claims, accusations and denials, made from attributions
    "statements": ("claim", "claim_accusation", "denial", "denied_claim"),
    # the source accuses an actor its report speaks ill of, and supports one it praises
    "stance": ("critical_claim", "praise_claim"),
    # a labeller accuses or supports whom its label ("described X as a Fagin") judges
    "labels": ("label_judgement",),
    # the source requests an actor its report says should or must act
    "exhortations": ("claim_request",),
}


def rule_names() -> list[str]:
    """Every registered rule name."""
    return [name for names in RULE_MODULES.values() for name in names]


def rule_function(value: str):
    """The function that makes a ``rule`` value (``prep_object+inherited_subject`` -> ``rules.prep_object``)."""
    name = base_rule(value)
    for module, names in RULE_MODULES.items():
        if name in names:
            return getattr(import_module(f"{__package__}.{module}"), name)
    raise KeyError(f"no rule {name!r}; the rules are {', '.join(rule_names())}")


def base_rule(value: str) -> str:
    """The rule name in a ``rule`` value (``prep_object+inherited_subject`` -> ``prep_object``)."""
    return value.removesuffix(INHERITED_SUBJECT)
