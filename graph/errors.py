"""Every error actorgraph raises: one type per failure kind, each message saying how to fix it."""
from __future__ import annotations

__all__ = [
    "ActorgraphError",
    "InputError",
    "NothingBuiltError",
    "ArticleError",
    "ModelNotFoundError",
    "OntologyError",
    "OutputError",
    "OutputLockedError",
    "OptionError",
    "StoreError",
    "EngineError",
    "QueryError",
    "GoldError",
]


class ActorgraphError(Exception):
    """Base class: the CLI prints the message of any of these and exits 1."""


class InputError(ActorgraphError):
    """The paths given to build do not exist or hold no readable article."""


class NothingBuiltError(InputError):
    """Files were found but not one article could be built (the CLI exits with code 2)."""


class ArticleError(ActorgraphError):
    """One article cannot be read (empty, binary, bad encoding, too large ...).

    Raised per file by the reader; the build logs it, lists it as skipped and goes on.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ModelNotFoundError(ActorgraphError):
    """The spaCy pipeline named by --model is not installed."""


class OntologyError(ActorgraphError):
    """A file in ontology/ (gazetteer, lexicon, OWL) is malformed."""


class OutputError(ActorgraphError):
    """An output directory is missing, unwritable, or lacks a built graph."""


class OutputLockedError(OutputError):
    """Another build is writing into the same output directory."""


class OptionError(ActorgraphError):
    """A build option is out of range (workers, batch size, byte limit) or names no ontology folder."""


class StoreError(ActorgraphError):
    """The SPARQL store cannot be opened, written or reached."""


class QueryError(ActorgraphError):
    """A SPARQL query is malformed or names an unknown canned query or parameter."""


class GoldError(ActorgraphError):
    """A gold annotation file for `actorgraph eval` is malformed."""


class EngineError(ActorgraphError):
    """The distributed engine cannot be reached or started."""
