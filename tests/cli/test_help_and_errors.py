"""Every command has ``--help``; ``--version``; usage errors are one line with exit code 2."""

from __future__ import annotations

import pytest

from pycdk import __version__

COMMANDS = ["init", "synth", "ls", "diff", "graph", "context", "bootstrap", "doctor"]


def test_version(tmp_path, pycdk):
    result = pycdk("--version", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, f"pycdk {__version__}\n")


def test_top_level_help_lists_every_command(tmp_path, pycdk):
    result = pycdk("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in COMMANDS:
        assert f"    {command}" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(tmp_path, pycdk, command):
    result = pycdk(command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: pycdk {command}")


def test_no_command_prints_help_and_fails(tmp_path, pycdk):
    result = pycdk(cwd=tmp_path)
    assert result.returncode == 2
    assert "usage: pycdk" in result.stderr


def test_an_unknown_command_is_one_line(tmp_path, pycdk):
    result = pycdk("publish", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("pycdk: error: argument COMMAND: invalid choice: 'publish'")


def test_no_colour_when_not_a_terminal(project, pycdk):
    result = pycdk("synth", "Nope", cwd=project)
    assert "\x1b[" not in result.stderr + result.stdout
