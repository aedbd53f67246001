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
import time
from pathlib import Path
from typing import Any

from ... import __version__
from .console import CliError, info
from .logs import TRACE, log

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
        _check_config(self.config, directory / CONFIG_FILE)

    @property
    def has_config(self) -> bool:
        return (self.directory / CONFIG_FILE).is_file()

    def output_dir(self, override: str | None) -> Path:
        """``-o``, else ``cdk.json``'s ``output``, else ``cdk.out`` (relative to the project).

        Raises:
            CliError: when it is a file, below a file, or the project folder (or a folder above it).
        """
        value = override or self.config.get("output") or DEFAULT_OUTPUT
        source = "-o/--output" if override else f'{CONFIG_FILE} "output"' if self.config.get("output") else "output"
        path = (self.directory / value).resolve()
        project = self.directory.resolve()
        if path == project or path in project.parents:
            raise CliError(f"{source} {value!r} is the project folder {project} or above it: the assembly would "
                           "be written among your files; choose a folder of its own such as cdk.out", exit_code=2)
        if path.exists() and not path.is_dir():
            raise CliError(f"{source} {value!r}: {path} is a file, not a directory", exit_code=2)
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise CliError(f"{source} {value!r}: {blocker} is a file, so {path} cannot be created", exit_code=2)
        if (path / CONFIG_FILE).is_file():
            raise CliError(f"{source} {value!r} is a project folder (it holds {CONFIG_FILE}): choose a folder of "
                           "its own such as cdk.out", exit_code=2)
        return path

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


def run_app(command: str, *, cwd: Path, outdir: Path, context: dict[str, Any], verbose: bool,
            debug: bool = False) -> None:
    """Run the app command with ``CDK_OUTDIR`` and ``CDK_CONTEXT_JSON``; raise ``CliError`` if it fails.

    A command starting with ``python``/``python3`` runs with the interpreter pycdk itself runs on, so the
    app imports this same pycdk whether or not its virtual environment is activated. ``debug`` (``--debug``)
    runs it with ``CDK_DEBUG=true``, as the CDK CLI does.
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
    if debug:
        env["CDK_DEBUG"] = "true"
        info("Synthesizing with debug information (CDK_DEBUG=true).")
    log.debug("running the app: %s (in %s)", _with_own_python(command), cwd)
    log.debug("context: %s", json.dumps(context, sort_keys=True))
    log.log(TRACE, "app environment: %s", {k: v for k, v in sorted(env.items()) if k.startswith("CDK_")})
    started = time.monotonic()
    result = _run_stoppable(_with_own_python(command), cwd=cwd, env=env)
    log.debug("the app exited with code %d after %.2f s", result.returncode, time.monotonic() - started)
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


def _run_stoppable(command: str, *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` in a shell in its own process group; an interrupt of pycdk stops the whole group.

    The group is asked to stop with SIGINT (the app sees KeyboardInterrupt), then killed if still running
    after ``STOP_GRACE_SECONDS``.
    """
    try:
        process = subprocess.Popen(command, shell=True, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, errors="replace", start_new_session=True)
    except OSError as e:
        raise CliError(f"cannot run the app ({command}) in {cwd}: {e.strerror or e}") from e
    try:
        stdout, stderr = process.communicate()
    except BaseException:
        _stop_group(process)
        raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


STOP_GRACE_SECONDS = 5.0


def _stop_group(process: subprocess.Popen[str]) -> None:
    """SIGINT to the app's process group; SIGKILL to what still runs after ``STOP_GRACE_SECONDS``."""
    import signal

    group = process.pid
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for sig in (signal.SIGINT, signal.SIGKILL):
        try:
            os.killpg(group, sig)
        except (ProcessLookupError, PermissionError):
            break
        while time.monotonic() < deadline:
            process.poll()  # reaps the shell, so that only the app's own processes count
            if not _group_running(group):
                break
            time.sleep(0.02)
        if not _group_running(group):
            break
        deadline = time.monotonic() + 5.0
    try:
        process.communicate(timeout=1)
    except (subprocess.TimeoutExpired, ValueError, OSError):
        pass


def _group_running(group: int) -> bool:
    """True while a process of ``group`` runs (zombies waiting for a parent to reap them do not count)."""
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():
        try:
            os.killpg(group, 0)
        except (ProcessLookupError, PermissionError):
            return False
        return True
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 2 and fields[2] == str(group) and fields[0] not in ("Z", "X"):
            return True
    return False


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
    if not path.exists():
        return None
    if path.is_dir():
        raise CliError(f"{path} is a directory, not a JSON file")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise CliError(f"{path} is not UTF-8 text (byte {e.start} is 0x{e.object[e.start]:02x}): save it as "
                       "UTF-8") from e
    except OSError as e:
        raise CliError(f"cannot read {path}: {e.strerror or e}") from e
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise CliError(f"{path} is not valid JSON: {e}") from e
    except RecursionError as e:
        raise CliError(f"{path} is nested too deeply to read") from e
    if not isinstance(data, dict):
        raise CliError(f"{path} must hold a JSON object, not {json_type(data)}")
    return data


def json_type(value: Any) -> str:
    """The JSON name of ``value``'s type (object, array, string, number, boolean, null)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


_CONFIG_TYPES: dict[str, tuple[type, str]] = {
    "app": (str, "a string (the command that runs the app)"),
    "output": (str, "a string (a folder)"),
    "context": (dict, "an object"),
    "pathMetadata": (bool, "true or false"),
    "assetMetadata": (bool, "true or false"),
    "versionReporting": (bool, "true or false"),
}


def _check_config(config: dict[str, Any], path: Path) -> None:
    for key, (kind, wanted) in _CONFIG_TYPES.items():
        if key in config and config[key] is not None and not isinstance(config[key], kind):
            raise CliError(f'{path}: "{key}" must be {wanted}, not {json_type(config[key])}')
    if isinstance(config.get("output"), str) and "\0" in config["output"]:
        raise CliError(f'{path}: "output" holds a NUL character')
