"""The ontology folder as one loaded object: checked once, picklable, and what every output reads."""
from __future__ import annotations

import pickle
import re
import shutil

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import OntologyError
from graph.extract.lexicon import LEXICON_KEYS
from graph.ontology import Ontology, load_ontology, ontology_of
from graph.write.outputs import FORMATS, OUTPUT_FILES, output_format
from graph.vocab import ONTOLOGY_DIR

#: A relation and an actor class the shipped ontology lacks, in the closed ``ag:`` namespace's IRI space.
EXTRA_TTL = """
ag:shuns a owl:ObjectProperty ; rdfs:subPropertyOf ag:relation ;
    rdfs:label "shuns" ; rdfs:comment "The subject keeps away from the object." ;
    ag:ploverType "REJECT" ; ag:cameoCode "12" ; ag:quadClass "verbal conflict" ; ag:family "conflict" .

ag:Militia a owl:Class ; rdfs:subClassOf ag:ArmedGroup ;
    rdfs:label "Militia" ; rdfs:comment "An armed group tied to a place." .
"""
EXTRA_ACTORS = """
actors:
  - id: red-hand
    label: Red Hand
    type: Militia
    aliases: [Red Hand Brigade]
"""


def _copy(tmp_path):
    folder = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, folder)
    return folder


def _edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def custom(tmp_path):
    """A copy of the shipped folder plus ``shuns`` and ``Militia``, known only there."""
    folder = _copy(tmp_path)
    with open(folder / "actorgraph.ttl", "a", encoding="utf-8") as fh:
        fh.write(EXTRA_TTL)
    (folder / "actors_extra.yaml").write_text(EXTRA_ACTORS, encoding="utf-8")
    _edit(folder / "lexicon.yaml", "\nverbs:\n", "\nverbs:\n  shuns: [shun]\n")
    return folder


def test_ontology_loads_the_shipped_folder_once_and_pickles():
    o = Ontology.shipped()
    assert o is Ontology.shipped() and o is load_ontology(ONTOLOGY_DIR)  # cached while unchanged
    assert {"supplies", "claims", "relatesTo"} <= set(o.relations) and "Country" in o.actor_types
    assert o.type_parents["Media"] == "Organization" and o.family("supplies") == "cooperation"
    back = pickle.loads(pickle.dumps(o))
    assert back.fingerprint == o.fingerprint and back.relations == o.relations
    assert back.gazetteer.lookup("Kremlin").id == "russia" and back.lexicon.verb_relation("arm") == "supplies"


def test_ontology_reads_negation_phrases():
    assert Ontology.shipped().lexicon.negation_phrases == {("no", "longer"), ("no", "more")}


def test_ontology_declares_a_users_relation_and_type(custom):
    o = Ontology.load(custom)
    assert o.relation_iri("shuns") == "https://w3id.org/actorgraph/ontology#shuns"
    assert o.type_iri("Militia").endswith("#Militia") and o.type_parents["Militia"] == "ArmedGroup"
    assert o.type_style("Militia") == ("ArmedGroup", "star", o.palette.types["ArmedGroup"][1])
    assert o.gazetteer.lookup("Red Hand Brigade").type == "Militia"
    assert o.lexicon.verb_relation("shun") == "shuns" and o.fingerprint != Ontology.shipped().fingerprint
    with pytest.raises(OntologyError, match="'shuns' is not declared"):
        Ontology.shipped().relation_iri("shuns")


def test_ontology_fingerprint_covers_every_file_and_the_shipped_fallbacks(tmp_path):
    folder = _copy(tmp_path)
    before = Ontology.load(folder).fingerprint
    (folder / "palette.yaml").unlink()  # the shipped palette is used, and counted
    after = Ontology.load(folder)
    assert after.fingerprint != before and after.palette == Ontology.shipped().palette
    (folder / "notes.txt").write_text("any file of the folder counts\n", encoding="utf-8")
    assert Ontology.load(folder).fingerprint != after.fingerprint


def test_ontology_only_a_lexicon_is_required(tmp_path):
    (tmp_path / "lexicon.yaml").write_bytes((ONTOLOGY_DIR / "lexicon.yaml").read_bytes())
    o = Ontology.load(tmp_path)
    assert o.relations == Ontology.shipped().relations and not o.gazetteer.actors
    assert not o.gazetteer.titles.roles and o.boilerplate == Ontology.shipped().boilerplate
    (tmp_path / "lexicon.yaml").unlink()
    with pytest.raises(OntologyError, match=r"lexicon\.yaml: not found"):
        Ontology.load(tmp_path)


def test_ontology_folder_must_be_a_folder(tmp_path):
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(OntologyError, match="not a folder"):
        Ontology.load(tmp_path / "file.txt")


@pytest.mark.parametrize("file, old, new, message", [
    # unknown keys, at the top and in a section, name the file and the key
    ("lexicon.yaml", "\nverbs:\n", "\nverb_list: [x]\nverbs:\n", r"lexicon\.yaml: unknown key `verb_list`"),
    ("lexicon.yaml", "\nnegation:\n", "\nnegation:\n  phrase: [no longer]\n",
     r"lexicon\.yaml: unknown key `negation\.phrase`"),
    ("lexicon.yaml", 'phrases: ["no longer", "no more"]', 'phrases: ["never"]', r"two words"),
    ("lexicon.yaml", "reporter_types: [Media]", "reporter_types: [Newspaper]", r"unknown actor type"),
    ("titles.yaml", "\nroles:\n", "\nrole: [Chief]\nroles:\n", r"titles\.yaml: unknown key `role`"),
    ("boilerplate.yaml", "\ncut_from:\n", "\ncut_form: ['x']\ncut_from:\n",
     r"boilerplate\.yaml: unknown key `cut_form`"),
    ("palette.yaml", '  Media: {shape: triangleDown, color: "#d4a017"}',
     '  Media: {shape: triangleDown, colour: "#d4a017"}', r"palette\.yaml: unknown key `actor_types\.Media\.colour`"),
    ("palette.yaml", '"#2e7d32"', '"green"', r"palette\.yaml: `families\.cooperation` is 'green'"),
    ("palette.yaml", "{shape: dot, color", "{shape: blob, color", r"actor_types\.Country\.shape"),
    # malformed actor entries name the file and the entry
    ("actors.yaml", "    aliases: [Islamic Republic of Afghanistan]", "    aliases: 5",
     r"actors\.yaml: `actors\['Afghanistan'\]\.aliases` must be a list of names, found 5"),
    ("actors.yaml", "  - id: afghanistan\n    label: Afghanistan", "  - id: afghanistan\n    label: null",
     r"actors\.yaml: `label` of the actor None must be a non-empty name"),
    ("actors.yaml", "    wikidata: Q889\n", "    wikidata: Q889\n    wikipedia: x\n",
     r"actors\.yaml: unknown key `actors\['Afghanistan'\]\.wikipedia`"),
    ("actors.yaml", "    type: Country\n    wikidata: Q889", "    type: Nation\n    wikidata: Q889",
     r"actors\.yaml: actor 'Afghanistan' has unknown type 'Nation'"),
])
def test_ontology_rejects_unknown_keys_and_malformed_entries(tmp_path, file, old, new, message):
    folder = _copy(tmp_path)
    _edit(folder / file, old, new)
    with pytest.raises(OntologyError, match=message):
        Ontology.load(folder)


def test_ontology_empty_owl_file_is_blamed_on_itself(tmp_path):
    folder = _copy(tmp_path)
    (folder / "actorgraph.ttl").write_text("", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"actorgraph\.ttl: declares no relation"):
        Ontology.load(folder)


def test_ontology_bad_shapes_are_reported_at_load(tmp_path):
    folder = _copy(tmp_path)
    with open(folder / "shapes.ttl", "a", encoding="utf-8") as fh:
        fh.write("\nthis is not turtle\n")
    with pytest.raises(OntologyError, match=r"shapes\.ttl: cannot parse"):
        Ontology.load(folder)


_KNOWN = set(LEXICON_KEYS) | {k for section in LEXICON_KEYS.values() if section for k in section}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.from_regex(r"[a-z][a-z_]{0,15}", fullmatch=True).filter(lambda k: k not in _KNOWN),
       section=st.sampled_from([None, "accusation", "negation", "hedges", "hypothetical"]))
def test_ontology_any_unknown_lexicon_key_is_named(tmp_path_factory, key, section):
    folder = tmp_path_factory.mktemp("o")
    data = yaml.safe_load((ONTOLOGY_DIR / "lexicon.yaml").read_text(encoding="utf-8"))
    (data[section] if section else data)[key] = ["x"]
    (folder / "lexicon.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    where = f"{section}.{key}" if section else key
    with pytest.raises(OntologyError, match=re.escape(f"unknown key `{where}`")):
        Ontology.load(folder)


def test_ontology_of_a_hub_without_one_is_the_shipped_one(sample_graph):
    assert ontology_of(sample_graph) is Ontology.shipped()


def test_outputs_registry_names_each_file_once():
    assert len(set(OUTPUT_FILES)) == len(OUTPUT_FILES) == len(FORMATS)
    assert output_format("gexf").file == "graph.gexf"
    with pytest.raises(ValueError, match="unknown output format 'pdf'"):
        output_format("pdf")


@pytest.mark.slow
def test_ontology_users_relation_and_type_flow_to_every_output(custom, tmp_path):
    from lxml import etree

    from graph.write.graphio import read_graph
    from graph.write.htmlmap import map_data
    from graph.run.pipeline import BuildOptions, build
    from graph.sparql.shacl import validate_outdir
    from graph.sparql.store import open_store

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Russia shunned the Red Hand on Monday, officials said.\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = build([src], out, BuildOptions(cache=False, ontology_dir=custom))
    assert {p.name for p in summary.outputs} == set(OUTPUT_FILES)
    assert "Russia,shuns,Red Hand" in (out / "triples.csv").read_text(encoding="utf-8").replace('"', "")
    ns = "https://w3id.org/actorgraph/ontology#"
    for name in ("graph.ttl", "graph.nt", "graph.trig", "graph.jsonld"):
        text = (out / name).read_text(encoding="utf-8")
        assert ("ag:shuns" in text or ns + "shuns" in text) and ("ag:Militia" in text or ns + "Militia" in text), name
    ask = f"ASK {{ <https://w3id.org/actorgraph/id/actor/russia> <{ns}shuns> ?x . ?x a <{ns}Militia> }}"
    assert bool(open_store(out / "store").query(ask, use_default_graph_as_union=True))
    ontology = Ontology.load(custom)
    armed = ontology.palette.types["ArmedGroup"][1]
    for name in ("graph.gexf", "graph.graphml"):
        xml = etree.tostring(etree.parse(str(out / name))).decode()
        assert "shuns" in xml and "Militia" in xml, name
    gexf = (out / "graph.gexf").read_text(encoding="utf-8")
    assert re.search(r'id="russia\|shuns\|red-hand".*?<viz:color r="198" g="40" b="40"', gexf, re.S)
    data = map_data(read_graph(out, ontology))
    node = next(n for n in data["nodes"] if n["id"] == "red-hand")
    assert (node["kind"], node["shape"], node["color"]) == ("Militia", "star", armed)
    assert {"name": "Militia", "shape": "star", "color": armed, "count": 1} in data["types"]
    edge = next(e for e in data["edges"] if e["relation"] == "shuns")
    assert edge["family"] == "conflict" and edge["label"] == "shuns"
    page = (out / "map.html").read_text(encoding="utf-8")
    assert '"kind":"Militia"' in page.replace(" ", "") and '"relation":"shuns"' in page.replace(" ", "")
    assert validate_outdir(out, ontology).conforms


@pytest.mark.slow
def test_ontology_commands_on_a_build_take_its_ontology(custom, tmp_path):
    from typer.testing import CliRunner

    from graph.cli import app
    from graph.run.pipeline import BuildOptions, build

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Russia shunned the Red Hand on Monday, officials said.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, BuildOptions(cache=False, use_store=False, ontology_dir=custom))
    built = {name: (out / name).read_bytes() for name in ("map.html", "graph.gexf", "graph.graphml")}
    runner = CliRunner()
    for args in (["map", str(out)], ["export", str(out)], ["export", str(out), "--format", "graphml"],
                 ["validate", str(out)]):
        result = runner.invoke(app, [*args, "--ontology", str(custom)])
        assert result.exit_code == 0, result.output
    assert {name: (out / name).read_bytes() for name in built} == built  # the same files as the build's
    assert runner.invoke(app, ["map", str(out)]).exit_code == 0  # the shipped ontology knows no Militia
    assert (out / "map.html").read_bytes() != built["map.html"]
