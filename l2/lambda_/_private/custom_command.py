"""Run the command of ``Code.from_custom_command`` at synthesis, with aws-cdk-lib's error messages."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from typing import Any

from constructs import UnscopedValidationError

# the Node.js spawnSync options that have a subprocess.run counterpart
_OPTION_NAMES = {"cwd": "cwd", "env": "env", "shell": "shell"}


def run_custom_command(command: list[str], options: Mapping[str, Any] | None) -> None:
    """Run ``command`` (no shell unless ``options`` say so) and fail on an error or a non-zero exit status."""
    kwargs: dict[str, Any] = {_OPTION_NAMES[k]: v for k, v in (options or {}).items() if k in _OPTION_NAMES}
    if options and options.get("timeout") is not None:
        kwargs["timeout"] = float(options["timeout"]) / 1000
    if kwargs.get("shell"):
        kwargs["shell"] = True
        args: Any = " ".join(command)
    else:
        args = command
    try:
        proc = subprocess.run(args, capture_output=True, check=False, **kwargs)
    except FileNotFoundError as error:  # worded as Node.js's spawnSync error, which aws-cdk-lib shows
        raise UnscopedValidationError(
            f"Failed to execute custom command: Error: spawnSync {command[0]} ENOENT") from error
    except (OSError, subprocess.SubprocessError) as error:
        raise UnscopedValidationError(f"Failed to execute custom command: {error}") from error
    if proc.returncode != 0:
        raise UnscopedValidationError(
            f"{' '.join(command)} exited with status: {proc.returncode}\n\n"
            f"stdout: {proc.stdout.decode(errors='replace').strip()}\n\n"
            f"stderr: {proc.stderr.decode(errors='replace').strip()}"
        )
