"""``pycdk init app --language python``: a new project from the jinja2 templates in ``pycdk/init_templates``."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jinja2

from ... import __version__
from .._private.console import CliError, info, out

NAME = "init"
HELP = "Create a new pycdk project in the current (empty) directory."

_TEMPLATES = ("app",)
_LANGUAGES = ("python",)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("template", nargs="?", choices=_TEMPLATES, help="the project template (app)")
    parser.add_argument("-l", "--language", choices=_LANGUAGES, default="python", help="the language (python)")
    parser.add_argument("--generate-only", action="store_true",
                        help="only write the files (do not record the first template snapshot)")


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
    if not args.generate_only:
        _record_snapshot(directory)
    info("Next: create a virtual environment, 'pip install -r requirements.txt -r requirements-dev.txt', "
         "then 'pycdk synth' and 'pytest'.")
    return 0


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
            "stack_class": stack_class, "stack_id": stack_class, "pycdk_version": __version__, "context": context}


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


def _record_snapshot(directory: Path) -> None:
    """Run the new tests once with ``--snapshot-update`` so that they pass as generated."""
    try:
        import pytest  # noqa: F401
        import syrupy  # noqa: F401
    except ImportError:
        info("pytest and syrupy are not installed: run 'pytest --snapshot-update' once to record the snapshot.")
        return
    info("Recording the first template snapshot (pytest --snapshot-update)...")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--snapshot-update", "tests"],
        cwd=directory, capture_output=True, text=True,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise CliError("the generated tests failed while recording the snapshot (see above)")
