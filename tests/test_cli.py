"""Every command has help text and is documented in the README (sqlite-utils style)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)
runner = CliRunner()


def test_cli_has_the_commands_of_the_issues():
    assert {"build", "query", "serve", "validate", "map", "export", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    cmd = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == command)
    assert (cmd.help or cmd.callback.__doc__ or "").strip(), f"{command} has no help text"


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_is_in_the_readme(command):
    assert re.search(rf"actorgraph {command}\b", README), f"README does not document `actorgraph {command}`"


def test_cli_python_dash_m_graph_runs():
    r = subprocess.run([sys.executable, "-m", "graph", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "build" in r.stdout
