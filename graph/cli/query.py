"""CLI commands of this group (placeholder: its issue adds them)."""
from __future__ import annotations
