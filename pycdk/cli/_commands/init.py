"""``pycdk init app --language python``: a new project from the jinja2 templates in ``pycdk/init_templates``.

As ``cdk init`` does, it then makes the project ready to use: a virtual environment ``.venv`` with the
requirements installed (``requirements.txt`` pins pycdk to where the running pycdk came from, see
:mod:`pycdk.cli._private.origin`), the first template snapshot recorded, and a git repository with a first commit
(when git is installed and the folder is not inside a repository already). ``--generate-only`` writes the files
and does nothing else.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jinja2

from ... import __version__
from .._private.console import CliError, info, out
from .._private.origin import pycdk_requirement

NAME = "init"
HELP = "Create a new pycdk project in the current (empty) directory."

_TEMPLATES = ("app",)
_LANGUAGES = ("python",)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("template", nargs="?", choices=_TEMPLATES, help="the project template (app)")
    parser.add_argument("-l", "--language", choices=_LANGUAGES, default="python", help="the language (python)")
    parser.add_argument("--generate-only", action="store_true",
                        help="only write the files: no virtual environment, installation, snapshot or git repository")


def run(args: argparse.Namespace) -> int:
    if args.template is None:
        out("Available templates:")
        out("* app: a pycdk application with one stack, a unit test and a snapshot test")
        out("   └─ pycdk init app --language python")
        return 0
    directory = Path.cwd()
    visible = [p.name for p in directory.iterdir() if not p.name.startswith(".")]
    if visible:
        shown = ", ".join(sorted(visible)[:3])
        raise CliError(f"pycdk init cannot be run in a non-empty directory ({directory} has {shown})")
    variables = project_variables(directory.name)
    info(f"Applying project template {args.template} for {args.language} in {directory}")
    written = render_project(args.template, args.language, directory, variables)
    for path in written:
        out(str(path.relative_to(directory)))
    if args.generate_only:
        info("Next: create a virtual environment, 'pip install -r requirements.txt -r requirements-dev.txt', "
             "then 'pytest --snapshot-update' once.")
        return 0
    python = _create_venv(directory)
    _install(directory, python)
    _record_snapshot(directory, python)
    _git_init(directory)
    info("")
    info("All done. Next, activate the virtual environment and use the pycdk command:")
    for command in ("source .venv/bin/activate", "pycdk synth", "pytest"):
        info(f"  {command}")
    return 0


def _run(step: str, command: list[str], directory: Path) -> None:
    """Run one setup step in ``directory``; a failure is a CLI error that shows the step's output."""
    result = subprocess.run(command, cwd=directory, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise CliError(f"{step} failed (exit code {result.returncode}): {' '.join(command)}")


def _create_venv(directory: Path) -> Path:
    """Create ``.venv`` with the interpreter pycdk runs on; return the environment's python."""
    info("Creating the virtual environment .venv...")
    _run("creating the virtual environment", [sys.executable, "-m", "venv", ".venv"], directory)
    scripts = "Scripts" if os.name == "nt" else "bin"
    return directory / ".venv" / scripts / ("python.exe" if os.name == "nt" else "python")


def _install(directory: Path, python: Path) -> None:
    info("Installing the requirements into .venv (pip install -r requirements.txt -r requirements-dev.txt)...")
    _run("installing the requirements",
         [str(python), "-m", "pip", "install", "-q", "-r", "requirements.txt", "-r", "requirements-dev.txt"],
         directory)


def _git_init(directory: Path) -> None:
    """``git init`` and a first commit, unless git is missing or the folder is inside a repository already."""
    git = shutil.which("git")
    if git is None:
        info("git is not installed: no repository created.")
        return
    inside = subprocess.run([git, "rev-parse", "--is-inside-work-tree"], cwd=directory, capture_output=True,
                            text=True)
    if inside.returncode == 0 and inside.stdout.strip() == "true":
        info("The folder is inside a git repository already: no repository created.")
        return
    info("Initializing a new git repository...")
    _run("git init", [git, "init", "-q"], directory)
    _run("git add", [git, "add", "-A"], directory)
    identity = ["-c", "user.name=pycdk", "-c", "user.email=pycdk@localhost"]
    configured = subprocess.run([git, "config", "user.email"], cwd=directory, capture_output=True, text=True)
    _run("git commit", [git, *([] if configured.stdout.strip() else identity), "commit", "-q", "-m",
                        "Initial commit"], directory)


_TAKEN = {"constructs", "l1", "l2", "patterns", "assertions", "aws_cdk", "pycdk", "tests", "app", "jinja2",
          "pytest", "syrupy", "yaml"}
"""Module names the generated project imports or holds itself: a project module named so would shadow them."""


def project_variables(project: str) -> dict[str, str]:
    """The template variables for a project directory named ``project``.

    The module name is the name with accents dropped, other characters than letters, digits and ``_`` as ``_``,
    lowercased; it must then be a Python identifier that is no keyword and shadows no module the project needs.
    The name itself is escaped wherever it is written into a generated file.

    Raises:
        CliError: when the name cannot become such a module name.
    """
    import keyword
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", project).encode("ascii", "ignore").decode("ascii")
    module = re.sub(r"[^0-9a-zA-Z_]", "_", ascii_name).lower()
    words = [w for w in re.split(r"[^0-9a-zA-Z]+", ascii_name) if w]
    shown = json.dumps(project, ensure_ascii=False)
    if not module or not module[0].isalpha() or not words or not module.isidentifier():
        raise CliError(
            f"the directory name {shown} cannot become a Python module name: it must start with a letter "
            f"(it became {module!r})"
        )
    if keyword.iskeyword(module) or keyword.issoftkeyword(module):
        raise CliError(f"the directory name {shown} becomes the module name {module!r}, a Python keyword: "
                       "rename the directory")
    if module in _TAKEN or module in sys.stdlib_module_names:
        raise CliError(f"the directory name {shown} becomes the module name {module!r}, which would shadow the "
                       f"module {module} the project imports: rename the directory")
    stack_class = "".join(w[:1].upper() + w[1:] for w in words) + "Stack"
    flags = json.loads(resources.files("pycdk.init_templates").joinpath("recommended-feature-flags.json").read_text())
    context = json.dumps(flags, indent=2).replace("\n", "\n  ")
    printable = "".join(c if c.isprintable() else "?" for c in project)
    return {"project": printable, "project_py": json.dumps(printable)[1:-1], "module": module,
            "stack_class": stack_class, "stack_id": stack_class, "pycdk_version": __version__, "context": context,
            "pycdk_requirement": pycdk_requirement()}


def render_project(template: str, language: str, directory: Path, variables: dict[str, str]) -> list[Path]:
    """Render every ``.j2`` file of ``<template>/<language>`` into ``directory``; return the files written."""
    root = resources.files("pycdk.init_templates").joinpath(template, language)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root)), keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    written: list[Path] = []
    for name in sorted(env.list_templates(extensions=["j2"])):
        relative = name.removesuffix(".j2").replace("__module__", variables["module"])
        parts = relative.split("/")
        parts[-1] = re.sub(r"^dot-", ".", parts[-1])
        target = directory.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.get_template(name).render(**variables), encoding="utf-8")
        written.append(target)
    return written


def _record_snapshot(directory: Path, python: Path) -> None:
    """Run the new tests once with ``--snapshot-update`` (in the project's environment) so that they pass."""
    info("Recording the first template snapshot (pytest --snapshot-update)...")
    _run("recording the snapshot",
         [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "--snapshot-update", "tests"], directory)
