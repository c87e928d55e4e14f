"""A small SPARQL scanner: the query form, its variables, its WHERE brace, and SERVICE calls.

Comments, strings and IRIs are skipped whole, so braces or keywords inside them never count;
prefixed names are read with their escapes (``ex:a\\#`` is a name, not a comment), as the
SPARQL grammar reads them.

SERVICE detection is deliberately wider than the grammar, because Oxigraph's parser (a PEG)
matches keywords without a word boundary: ``SERVICEex:x {…}``, ``SERVICESILENT<…>`` and
``?s ?p trueSERVICE <…> {…}`` all call the service.  So a bare word that contains
``service`` (any case), or a prefixed name whose prefix does, counts as a SERVICE call;
``?service``, ``ex:service``, ``:service``, ``"service"``, ``<http://service/>`` and
``"x"@service`` do not.  pyoxigraph 0.5 has no option to turn SERVICE off (the Rust
``QueryOptions::without_service_handler`` is not exposed), so the query is refused before
it reaches Oxigraph.
"""
from __future__ import annotations

import re

from ..errors import QueryError

__all__ = [
    "UpdateRefused",
    "ServiceRefused",
    "tokens",
    "query_form",
    "variables",
    "where_brace",
    "uses_service",
    "refuse_service",
]

# Characters that end a prefixed name: SPARQL punctuation, quotes, escapes and whitespace.  Any
# other character (any script) is taken as part of the name; Oxigraph rejects the invalid ones.
_NAME_CHAR = r"""[^\s<>"'{}()\[\],;#\\^`|!&=*+/?@$]"""
_LOCAL_ESC = r"""\\[_~.\-!$&'()*+,;=/?#@%]"""
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_TOKEN = re.compile(
    rf"""(?P<comment>\#[^\n\r]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                  |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)
      | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\U000effff]+)
      | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
      | (?P<pname>(?:[A-Za-z_\u00c0-\U000effff]{_NAME_CHAR}*?)?:(?:{_NAME_CHAR}|{_LOCAL_ESC})*)
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<brace>[{{}}])
      | (?P<other>\S)""",
    re.VERBOSE,
)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


class UpdateRefused(QueryError):
    """A SPARQL Update was sent where only queries are accepted."""


class ServiceRefused(QueryError):
    """A query asks for a SERVICE (federated query) and SERVICE is not allowed."""


def tokens(text: str):
    """``(kind, text, offset)`` of each token but comments: kinds string, iri, var, lang, pname
    (a prefixed name, or a blank node label ``_:b``), word (a keyword or function name), brace, other."""
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind != "comment":
            yield kind, m.group(), m.start()


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; raises QueryError for updates."""
    for kind, tok, _ in tokens(text):
        if kind == "word":
            up = tok.upper()
            if up in _FORMS:
                return up
            if up in _UPDATES:
                raise UpdateRefused(f"{up} is a SPARQL Update: queries are read-only here")
    raise QueryError("no SELECT, ASK, CONSTRUCT or DESCRIBE found in the query")


def variables(text: str) -> set[str]:
    return {tok[1:] for kind, tok, _ in tokens(text) if kind == "var"}


def where_brace(text: str) -> int | None:
    """Offset of the ``{`` opening the query's WHERE group (None for ``DESCRIBE <x>``)."""
    form, depth, skip_template = None, 0, False
    for kind, tok, pos in tokens(text):
        if form is None:
            if kind == "word" and tok.upper() in _FORMS:
                form = tok.upper()
                skip_template = form == "CONSTRUCT"
            continue
        if kind == "word" and tok.upper() == "WHERE" and depth == 0:
            skip_template = False
        elif kind == "brace":
            if tok == "{":
                if depth == 0 and not skip_template:
                    return pos
                depth += 1
            else:
                depth -= 1
                if depth == 0 and skip_template:
                    skip_template = False  # CONSTRUCT { template } { where } without WHERE
    return None


def uses_service(text: str) -> bool:
    """Whether Oxigraph could read a SERVICE call in ``text`` (see the module's note)."""
    for kind, tok, _ in tokens(text):
        if kind == "word" and "service" in tok.lower():
            return True
        if kind == "pname" and "service" in tok.partition(":")[0].lower():
            return True
    return False


def refuse_service(text: str, allow_service: bool = False) -> None:
    """Raise :class:`ServiceRefused` when ``text`` calls a SERVICE and that is not allowed."""
    if not allow_service and uses_service(text):
        raise ServiceRefused(
            "SERVICE (a federated query) would send a request to another server; it is refused "
            "unless you pass --allow-service (a prefix whose name contains 'service' counts too: "
            "rename it)")
