"""``pycdk doctor``: what pycdk sees of its environment (versions, project files, CDK and AWS variables)."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
from pathlib import Path

from ... import __version__
from ..._constructs_guard import FIX, constructs_folder, constructs_problem
from .._private.console import out
from .._private.project import CONFIG_FILE, CONTEXT_FILE, Project

NAME = "doctor"
HELP = (
    "Check the environment: pycdk and Python versions, the 'constructs' package (pycdk's, not PyPI's jsii one), "
    "the project's files, CDK_* and AWS_* variables. Exit code 1 when the 'constructs' package is wrong."
)

_SECRET_MARKERS = ("SECRET", "TOKEN", "PASSWORD", "SESSION", "KEY")


def configure(parser: argparse.ArgumentParser) -> None:
    del parser  # no options


def run(args: argparse.Namespace) -> int:
    del args
    out(f"pycdk {__version__}")
    out(f"Python {platform.python_version()} ({sys.executable})")
    out(f"Platform {platform.platform()}")
    constructs_ok = _report_constructs()
    project = Project(Path.cwd())
    if project.has_config:
        out(f"{CONFIG_FILE}: found, app = {project.config.get('app', '(missing)')}")
        out(f"  context values: {len(project.config.get('context') or {})} in {CONFIG_FILE}, "
            f"{len(project.cached_context())} cached in {CONTEXT_FILE}")
    else:
        out(f"{CONFIG_FILE}: not found in {Path.cwd()} (run 'pycdk init app' to create a project)")
    for name in ("node", "npx"):
        found = shutil.which(name)
        out(f"{name}: {found or 'not found'}" + ("" if found else " (needed only for the official CDK CLI)"))
    variables = sorted(k for k in os.environ if k.startswith(("CDK_", "AWS_")))
    out("Environment variables:" if variables else "No CDK_* or AWS_* environment variables are set.")
    for name in variables:
        value = os.environ[name]
        shown = "<redacted>" if any(m in name for m in _SECRET_MARKERS) else value
        out(f"  {name} = {shown}")
    return 0 if constructs_ok else 1


def _report_constructs() -> bool:
    """One line on the package ``import constructs`` gives; False when it is not pycdk's own package alone."""
    problem = constructs_problem()
    if problem is not None:
        out(f"constructs: PROBLEM: {problem}")
        return False
    out(f"constructs: pycdk's core package ({constructs_folder()})")
    from importlib import metadata

    try:
        jsii = metadata.distribution("constructs")  # pycdk's own distribution is named pycdk
    except metadata.PackageNotFoundError:
        return True
    out(f"constructs: PROBLEM: PyPI's jsii 'constructs' {jsii.version} is also installed in this environment "
        f"({jsii.locate_file('')}); pycdk's package shadows it here, which breaks aws-cdk-lib. {FIX}")
    return False
