"""A found name's plural, and the letters an acronym as written may spell."""
from __future__ import annotations

import pytest

from graph.extract.nonactors import _acronym_letters
from graph.extract.words import with_plurals


def test_with_plurals_adds_the_s_plural_of_names_ending_in_a_letter_other_than_s():
    assert with_plurals({"PCtvt", "Billy Elliot", "Sims", "R2"}) == {
        "PCtvt", "PCtvts", "Billy Elliot", "Billy Elliots", "Sims", "R2"}


@pytest.mark.parametrize("word, letters", [
    ("DTT", ["DTT"]), ("Asbo", ["ASBO"]), ("Asbos", ["ASBOS", "ASBO"]), ("LCDs", ["LCD"]),
    ("ABCDEFGs", []),  # seven capitals before the plural's "s": longer than an acronym spelt out here
    ("iPods", []), ("U2", []),
])
def test_acronym_letters_bounds_every_form_to_two_to_six_letters(word, letters):
    assert _acronym_letters(word) == letters
