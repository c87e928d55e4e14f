"""scripts/import_cameo.py (the CAMEO/Phoenix converter) and graph/extract/cameo.py (its loader)."""
from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.errors import OntologyError
from graph.extract.cameo import CameoDictionaries, Role, key, load_cameo, make_role
from graph.fsutil import shared_dir

REPO = Path(__file__).resolve().parents[1]
SOURCE = shared_dir(REPO) / "cameo"
needs_source = pytest.mark.skipif(not (SOURCE / "CAMEO.2.0.txt").is_file(), reason="../shared/cameo is absent")


@pytest.fixture(scope="module")
def imp():
    """scripts/import_cameo.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("import_cameo", REPO / "scripts" / "import_cameo.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["import_cameo"] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def cameo():
    return load_cameo()


# ---------------------------------------------------------------- the converter's readers

ACTORS = """# a comment
ALPHA_LAND_  [ALP]
+ALPHAN_
+ALPHA_CITY_

U.A._
JOHN_SMITH_  # CountryInfo.txt
+J._SMITH_
\t[ALPELI 750101-970502]
\t[ALPGOV 970502-070627]
\t[ALPELI]
MARY_JONES_\t[ALPGOV >20100511] [IGOUNO <050101]  # on one line
BAD_DATES_
\t[ALPGOV 9008223-911221]
\t[ALPLEG 20121207-20120802]
"""


def test_import_cameo_actor_file_groups_records_as_petrarch_reads_them(imp, tmp_path):
    path = tmp_path / "x.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    skipped: list[str] = []
    entries = imp.read_actor_file(path, skipped)
    assert [e.names for e in entries] == [["ALPHA_LAND_", "ALPHAN_", "ALPHA_CITY_"],
                                          ["U.A._", "JOHN_SMITH_", "J._SMITH_"], ["MARY_JONES_"]]
    assert entries[1].codes == [("ALPELI", "1975-01-01", "1997-05-02"), ("ALPGOV", "1997-05-02", "2007-06-27"),
                                ("ALPELI", None, None)]
    assert entries[2].codes == [("ALPGOV", "2010-05-11", None), ("IGOUNO", None, "2005-01-01")]
    assert sorted(skipped) == ["ALPGOV 9008223-911221", "ALPLEG 20121207-20120802"]  # malformed, end < start


@pytest.mark.parametrize("text, expected", [
    ("GBRGOV 970502-070627", ("GBRGOV", "1997-05-02", "2007-06-27")),
    ("USAELI 18970101-450703", ("USAELI", "1897-01-01", "1945-07-03")),
    ("IGOUNO >070201", ("IGOUNO", "2007-02-01", None)),
    ("ELI", ("ELI", None, None)),
    ("---", None),
    ("GBRGOV 971302-070627", None),
])
def test_import_cameo_reads_date_restrictions(imp, text, expected):
    assert imp.parse_restriction(text) == expected


@given(st.dates(min_value=date(1931, 1, 1), max_value=date(2030, 12, 31)))
def test_import_cameo_two_and_four_digit_years_read_alike(imp, day):
    assert imp._to_iso(day.strftime("%Y%m%d")) == day.isoformat() == imp._to_iso(day.strftime("%y%m%d"))


def test_import_cameo_pattern_keeps_its_structure(imp):
    p = imp.parse_pattern("- $ * (TO {ARMS SHIPMENT}) + &WEAPON [042:043]   # RUSH")
    assert p["before"] == [{"slot": "source"}]
    assert p["after"] == [{"pp": "to", "object": [{"phrase": [{"word": "arms"}, {"word": "shipment"}]}]},
                          {"slot": "target"}, {"synset": "WEAPON"}]
    assert (p["code"], p["reverse"], p["verb"]) == ("042", "043", "rush")
    assert imp.parse_pattern("- * (BEFORE COURT) [:173] # APPEAR")["code"] is None
    assert imp.parse_pattern("- no verb here [010]") is None
    glued = imp.parse_pattern("- SPY_*_DEAL   [---]  # PLAN")  # the file glues a few stars to words
    assert (glued["before"], glued["after"], glued["code"]) == ([{"word": "spy"}], [{"word": "deal"}], None)


def test_import_cameo_verb_lines(imp):
    assert imp.parse_verb("+TAKE_OVER {+TAKES_OVER +TAKING_OVER +TOOK_OVER }") == {
        "lemma": "take over", "forms": ["takes over", "taking over", "took over"], "code": None}
    assert imp.parse_verb("CONTRIBUTE [070] # tony") == {"lemma": "contribute", "forms": [], "code": "070"}


def test_import_cameo_agents_plurals_and_markers(imp, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("!PERSON! = MAN, WOMEN\nREBEL [~REB]\nARMY {} [~MIL]\nPARTY [~PTY]\n"
                    "CONGRESS!PERSON! [~LEG]\nHUMAN_RIGHTS_GROUP [NGO~] # x\n", encoding="utf-8")
    rows = {r[0]: r for r in imp.read_agents(path)}
    assert rows["rebels"] == ["rebels", "rebel", "~REB", "REB", False]
    assert "parties" in rows and "armys" not in rows and rows["army"][4] is True
    assert rows["congresswomen"][1:] == ["congresswomen", "~LEG", "LEG", True]
    assert rows["human rights groups"][2:4] == ["NGO~", "NGO"]


def test_import_cameo_relations_follow_the_ontology(imp):
    by_code, by_type = imp.read_relations(REPO / "ontology" / "actorgraph.ttl")
    plover = {"09": ["ACCUSE", None, None, None], "10": ["REQUEST", None, None, None],
              "18": ["ASSAULT", None, None, None]}
    rel = lambda c: imp.relation_of(c, by_code, by_type, plover)  # noqa: E731
    assert [rel(c) for c in ("0874", "084", "042", "010", "017", "163", "1823", "090", "1056")] == [
        "retreatsFrom", "concedes", "consults", "claims", None, "sanctions", "attacks", "accuses", "requests"]


# ---------------------------------------------------------------- the committed data

@needs_source
@pytest.mark.slow
def test_import_cameo_is_deterministic_and_the_committed_files_are_current(imp, tmp_path):
    for out in (tmp_path / "a", tmp_path / "b"):
        assert imp.main(["--out", str(out)]) == 0
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == ["LICENSE-petrarch2-MIT.txt", "agents.json", "ambiguous.json", "countries.json", "figures.json",
                     "groups.json", "plover.json", "verbs.json"]
    for name in names:
        data = (tmp_path / "a" / name).read_bytes()
        assert data == (tmp_path / "b" / name).read_bytes()
        assert data == (REPO / "ontology" / "cameo" / name).read_bytes(), f"re-run scripts/import_cameo.py ({name})"


def test_import_cameo_files_say_where_they_come_from():
    folder = REPO / "ontology" / "cameo"
    for name in ("agents", "ambiguous", "countries", "figures", "groups", "verbs"):
        head = (folder / f"{name}.json").read_text(encoding="utf-8")[:600]
        assert "676801cd" in head and "MIT" in head
    head = (folder / "plover.json").read_text(encoding="utf-8")[:600]
    assert "5e0c24fb" in head and "ShareAlike 4.0" in head


# ---------------------------------------------------------------- the loader, on real entries

def test_cameo_figure_roles_on_a_date(cameo):
    roles = cameo.roles_on("Tony Blair", "2005-03-01")
    assert roles and {(r.country, r.sectors[0]) for r in roles} == {("GBR", "GOV")}
    later = cameo.roles_on("tony  BLAIR", date(2010, 1, 1))
    assert later and not any(r.sectors[:1] == ("GOV",) for r in later)
    assert cameo.figure("Kofi Annan").roles_on("2000-06-01")[0].code == "IGOUNO"
    # listed three times in the source (Kofi Annan, K. Annan, Kofi Atta Annan): one person
    assert cameo.figure("Kofi Atta Annan") == cameo.figure("K. Annan") == cameo.figure("Kofi Annan")


def test_cameo_initial_without_full_stop_is_the_dotted_one(cameo):
    """BBC style drops the full stop: "President George W Bush" is CAMEO's "George W. Bush"."""
    assert cameo.figure("George W Bush") is not None
    assert cameo.figure("George W Bush") == cameo.figure("George W. Bush") != cameo.figure("George Bush")
    assert cameo.figure("Zzyzx Q Nobody") is None


def test_cameo_surnames_and_shared_names_never_resolve(cameo):
    assert cameo.figure("Blair") is None and cameo.roles_on("Brown", "2005-01-01") == ()
    reason, candidates = cameo.ambiguity("Blair")
    assert reason == "surname" and "tony-blair" in candidates and len(candidates) > 1
    assert cameo.ambiguity("Senate")[0] == "common-word"
    assert cameo.ambiguity("Tony Blair") is None


def test_cameo_groups_countries_and_sectors(cameo):
    assert (cameo.group("Taliban").type, cameo.group("taleban").code) == ("ArmedGroup", "AFGREB")
    assert cameo.group("Amnesty International").type == "Organization"
    assert cameo.group("International Monetary Fund").type == "InternationalOrganization"
    assert cameo.country("Damascus").code == "SYR" and cameo.country("Chadian").code == "TCD"
    assert cameo.country("Kurdish") is None
    rebels, police = cameo.agent("rebels"), cameo.agent("riot police")
    assert (rebels.sector, rebels.state, rebels.singular) == ("REB", False, "rebel")
    assert (police.sector, police.state) == ("COP", True)
    assert cameo.agent("protesters").state is False and cameo.agent("nonsense word") is None


@pytest.mark.parametrize("lemma, words, code, relation", [
    ("pay", ["tribute"], "017", None),
    ("appeal", ["for", "release"], "0253", "requests"),
    ("impose", ["sanctions"], "163", "sanctions"),
    ("share", ["EVIDENCE"], "064", "cooperatesWith"),
    ("pay", ["visit"], "042", "consults"),
])
def test_cameo_verb_patterns_reach_code_and_relation(cameo, lemma, words, code, relation):
    def flat(items):
        for it in items:
            yield from (it.get("word"), it.get("pp"), it.get("synset"))
            yield from flat(it.get("object", []) + it.get("phrase", []))

    hits = [p for p in cameo.patterns(lemma) if [w for w in flat(p.after) if w] == words]
    assert hits and {(p.code, p.relation) for p in hits} == {(code, relation)}


def test_cameo_phrasal_verbs_and_plover(cameo):
    take_over = cameo.verbs("take over")
    assert [(v.block, v.code) for v in take_over] == [("TAKE_CONTROL", "171")]
    assert take_over[0] in cameo.verbs_headed_by("take") and "took over" in take_over[0].forms
    assert cameo.plover("163").type == "COERCE" and cameo.plover("0332").mode is None
    assert cameo.plover("0332").context == "military" and cameo.plover("0253") is None
    visit = next(p for p in cameo.patterns("pay") if p.code == "042")
    assert (visit.reverse, visit.reverse_relation, visit.plover.mode) == ("043", "consults", "visit")


def test_cameo_loads_once_per_folder(cameo):
    assert load_cameo() is cameo


def test_cameo_missing_file_is_an_ontology_error(tmp_path):
    with pytest.raises(OntologyError, match="import_cameo.py"):
        CameoDictionaries(tmp_path).figure("Tony Blair")
    (tmp_path / "agents.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(OntologyError, match="agents.json"):
        CameoDictionaries(tmp_path).agent("rebels")


@given(st.text(alphabet="abcXYZ _-", max_size=20))
def test_cameo_key_is_idempotent_and_ignores_case(name):
    assert key(key(name)) == key(name) == key(name.upper().replace(" ", "_"))


@given(st.sampled_from(["GBRGOV", "GBRGOVJUD", "IGOUNOKID", "ELI", "AFGREB"]),
       st.dates(), st.dates(), st.dates())
def test_cameo_roles_hold_inside_their_dates(code, a, b, day):
    start, end = min(a, b), max(a, b)
    role = make_role(code, start.isoformat(), end.isoformat())
    assert role.holds_on(day) == (start <= day <= end)
    assert "".join((role.country, *role.sectors)) == code
    assert Role(code, role.country, role.sectors).holds_on(day)
