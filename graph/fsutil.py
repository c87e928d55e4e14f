"""Atomic file output: write to a temporary sibling, fsync, then rename.

A build killed at any moment (SIGKILL included) leaves either the old file or the new
one, never a half-written one.  Every ``write_*`` function goes through here.
"""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

__all__ = ["atomic_write_text", "atomic_write_bytes", "atomic_write_chunks", "atomic_writer", "file_digest",
           "read_yaml", "shared_dir"]


def read_yaml(path: str | Path):
    """A YAML file's data with the safe loader (libyaml's when installed: ~10x faster on the gazetteer).
    Raises OSError, UnicodeDecodeError or yaml.YAMLError; callers turn them into their own messages."""
    import yaml

    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def shared_dir(checkout: str | Path) -> Path:
    """The project's ``../shared`` folder (corpora, CAMEO dictionaries) for the checkout at ``checkout``: the
    ``ACTORGRAPH_SHARED`` environment variable when set, else ``shared`` beside the checkout, else, in a git
    worktree, ``shared`` beside its main checkout (a worktree's ``.git`` file names the main one's ``.git``
    folder).  The path is returned whether or not it exists: callers say what is missing."""
    if os.environ.get("ACTORGRAPH_SHARED"):
        return Path(os.environ["ACTORGRAPH_SHARED"])
    checkout = Path(checkout).resolve()
    beside = checkout.parent / "shared"
    git = checkout / ".git"
    if beside.is_dir() or not git.is_file():
        return beside
    line = git.read_text(encoding="utf-8", errors="replace").strip()
    if not line.startswith("gitdir:"):
        return beside
    gitdir = Path(line[len("gitdir:"):].strip())  # <main>/.git/worktrees/<name>
    main = gitdir.parents[2] if gitdir.parent.name == "worktrees" and len(gitdir.parents) > 2 else None
    return main.parent / "shared" if main is not None and (main.parent / "shared").is_dir() else beside


def file_digest(path: str | Path) -> str | None:
    """A short hash of a file's bytes (None if it cannot be read): the key under which loaders
    cache what they parsed, so a file edited while the process runs is read again."""
    import hashlib

    try:
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def _atomic_file(path: str | Path, binary: bool) -> Iterator:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with opened as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_writer(path: str | Path) -> AbstractContextManager[io.TextIOWrapper]:
    """A UTF-8 text file to write ``path`` piece by piece: the pieces go to a hidden temporary
    sibling, which replaces ``path`` (after an fsync) only when the block ends without an
    exception.  Writers stream through this, so no output is ever held whole in memory."""
    return _atomic_file(path, binary=False)


def atomic_write_chunks(path: str | Path, chunks: Iterable[str]) -> Path:
    """Write the text pieces of ``chunks`` to ``path`` atomically, one piece in memory at a time."""
    with atomic_writer(path) as fh:
        for chunk in chunks:
            fh.write(chunk)
    return Path(path)


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    with _atomic_file(path, binary=True) as fh:
        fh.write(data)
    return Path(path)


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 (always explicit), atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))
