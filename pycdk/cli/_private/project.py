"""The CDK project in the working directory: ``cdk.json``, context, and running the app.

Context precedence is the CDK CLI's: ``-c key=value`` over ``cdk.json``'s ``context`` over the cached
lookups in ``cdk.context.json``. On top of it the CLI passes what the CDK CLI passes (path and asset
metadata, version reporting, bundling of every stack), each of which ``cdk.json`` or a flag can switch off.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

from ... import __version__
from .console import CliError, info

CONFIG_FILE = "cdk.json"
CONTEXT_FILE = "cdk.context.json"
DEFAULT_OUTPUT = "cdk.out"
CLOUD_ASSEMBLY_VERSION = "55.0.0"

_PYTHON_NAMES = {"python", "python3", f"python3.{sys.version_info.minor}"}


class Project:
    """A project directory with its ``cdk.json`` (which may be missing when ``--app`` is given)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.config: dict[str, Any] = _read_json(directory / CONFIG_FILE) or {}

    @property
    def has_config(self) -> bool:
        return (self.directory / CONFIG_FILE).is_file()

    def output_dir(self, override: str | None) -> Path:
        """``-o``, else ``cdk.json``'s ``output``, else ``cdk.out`` (relative to the project)."""
        return (self.directory / (override or self.config.get("output") or DEFAULT_OUTPUT)).resolve()

    def app_command(self, override: str | None) -> str:
        """``--app``, else ``cdk.json``'s ``app``."""
        app = override or self.config.get("app")
        if not app:
            raise CliError(
                f"--app is required either in command-line, in {CONFIG_FILE} or in ~/.cdk.json "
                "(run 'pycdk init app' to create a project)"
            )
        return str(app)

    def cached_context(self) -> dict[str, Any]:
        """The lookups cached in ``cdk.context.json``."""
        return _read_json(self.directory / CONTEXT_FILE) or {}

    def write_cached_context(self, context: dict[str, Any]) -> None:
        path = self.directory / CONTEXT_FILE
        path.write_text(json.dumps(context, indent=2) + "\n", encoding="utf-8")

    def context(self, cli_pairs: list[str] | None) -> dict[str, Any]:
        """The app's context: cached lookups, then ``cdk.json``'s ``context``, then ``-c`` pairs."""
        merged: dict[str, Any] = {}
        merged.update(self.cached_context())
        merged.update(self.config.get("context") or {})
        merged.update(parse_context_pairs(cli_pairs or []))
        return merged


def parse_context_pairs(pairs: list[str]) -> dict[str, Any]:
    """``key=value`` pairs; a value starting with ``{`` or ``[`` is read as JSON, anything else is a string."""
    result: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise CliError(f"invalid context '{pair}': expected key=value", exit_code=2)
        if value[:1] in "{[":
            try:
                result[key] = json.loads(value)
                continue
            except json.JSONDecodeError as e:
                raise CliError(f"invalid JSON in context '{key}': {e}", exit_code=2) from e
        result[key] = value
    return result


def cli_context_defaults(config: dict[str, Any], *, path_metadata: bool, asset_metadata: bool,
                         version_reporting: bool) -> dict[str, Any]:
    """The context keys the CDK CLI adds to every synthesis."""
    return {
        "aws:cdk:enable-path-metadata": path_metadata and config.get("pathMetadata", True) is not False,
        "aws:cdk:enable-asset-metadata": asset_metadata and config.get("assetMetadata", True) is not False,
        "aws:cdk:version-reporting": version_reporting and config.get("versionReporting", True) is not False,
        "aws:cdk:bundling-stacks": ["**"],
    }


def run_app(command: str, *, cwd: Path, outdir: Path, context: dict[str, Any], verbose: bool) -> None:
    """Run the app command with ``CDK_OUTDIR`` and ``CDK_CONTEXT_JSON``; raise ``CliError`` if it fails.

    A command starting with ``python``/``python3`` runs with the interpreter pycdk itself runs on, so the
    app imports this same pycdk whether or not its virtual environment is activated.
    """
    manifest = outdir / "manifest.json"
    before = manifest.stat().st_mtime_ns if manifest.exists() else None
    env = dict(os.environ)
    env.update(
        {
            "CDK_OUTDIR": str(outdir),
            "CDK_CONTEXT_JSON": json.dumps(context),
            "CDK_CLI_VERSION": __version__,
            "CDK_CLI_ASM_VERSION": CLOUD_ASSEMBLY_VERSION,
        }
    )
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        env.setdefault("CDK_DEFAULT_REGION", region)
    result = subprocess.run(
        _with_own_python(command), shell=True, cwd=cwd, env=env, capture_output=True, text=True
    )
    # the app's own output goes to stderr, keeping stdout for the template; a failing app's traceback is
    # summarised in the error line unless -v asks for all of it
    sys.stderr.write(result.stdout)
    if result.returncode == 0 or verbose:
        sys.stderr.write(result.stderr)
    if result.returncode != 0:
        reason = failure_reason(result.stderr) or f"exit code {result.returncode}"
        raise CliError(f"the app ({command}) failed: {reason} (rerun with -v for its full output)")
    if not manifest.exists() or manifest.stat().st_mtime_ns == before:
        raise CliError(f"the app ({command}) wrote no cloud assembly to {outdir}: does it call app.synth()?")
    info(f"Successfully synthesized to {outdir}", "green")


def failure_reason(stderr: str) -> str:
    """The exception of a Python traceback in ``stderr`` as one line (else its last non-empty line).

    ``constructs._errors.ValidationError: msg\n    at path [S/Q]`` becomes ``ValidationError: msg at path [S/Q]``.
    """
    lines = stderr.rstrip().splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent call last):")]
    if starts:
        tail = lines[starts[-1] + 1:]
        first = next((i for i, line in enumerate(tail) if line and not line[0].isspace()), None)
        if first is not None:
            exception, _, message = tail[first].partition(": ")
            name = exception.rsplit(".", 1)[-1]
            rest = [line.strip() for line in tail[first + 1:] if line.strip()]
            return " ".join([f"{name}: {message}" if message else name, *rest])
    non_empty = [line.strip() for line in lines if line.strip()]
    return non_empty[-1] if non_empty else ""


def _with_own_python(command: str) -> str:
    try:
        words = shlex.split(command)
    except ValueError:
        return command
    if words and words[0] in _PYTHON_NAMES:
        return shlex.join([sys.executable, *words[1:]])
    return command


def _read_json(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise CliError(f"{path.name} is not valid JSON: {e}") from e
    if not isinstance(data, dict):
        raise CliError(f"{path.name} must hold a JSON object")
    return data
