"""Draw each example app of ``examples/`` into ``docs/diagrams/<example>.svg`` and ``<example>.mmd``.

    python docs/diagrams/generate.py            # rewrite the pictures
    python docs/diagrams/generate.py --check    # exit 1 when a committed picture is not current

Each example is synthesized as ``pycdk synth`` does it (its cdk.json context and the CLI's defaults: path
metadata on; in this process, to stay quick) into a temporary folder, then drawn with ``pycdk.graph`` (one box
per construct). ``tests/graph/test_graph_docs.py`` runs the check.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import runpy
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIAGRAMS = ROOT / "docs" / "diagrams"
EXAMPLES = ("app_services", "canary_api", "fargate_service", "hello", "http_api", "upload_pipeline")
"""The examples drawn (folders of ``examples/``)."""


def _synthesize(example: str, outdir: Path) -> None:
    """Run ``examples/<example>/app.py`` in this process as ``pycdk synth`` runs it: in its folder, with its
    ``cdk.json`` context and the CLI's defaults (path and asset metadata on), writing to ``outdir``."""
    from pycdk.cli._private.project import Project, cli_context_defaults

    folder = ROOT / "examples" / example
    project = Project(folder)
    context = cli_context_defaults(project.config, path_metadata=True, asset_metadata=True, version_reporting=True)
    context.update(project.context([]))
    saved_env = {k: os.environ.get(k) for k in ("CDK_OUTDIR", "CDK_CONTEXT_JSON")}
    saved_cwd, saved_path, saved_modules = os.getcwd(), list(sys.path), set(sys.modules)
    os.environ.update({"CDK_OUTDIR": str(outdir), "CDK_CONTEXT_JSON": json.dumps(context)})
    try:
        os.chdir(folder)
        sys.path.insert(0, str(folder))
        with contextlib.redirect_stdout(io.StringIO()):
            runpy.run_path(str(folder / "app.py"), run_name="__main__")
    finally:
        os.chdir(saved_cwd)
        sys.path[:] = saved_path
        for name in set(sys.modules) - saved_modules:
            module = sys.modules[name]
            if str(folder) in str(getattr(module, "__file__", "") or ""):
                del sys.modules[name]  # the example's own modules: the next example may reuse a name
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def pictures(example: str) -> dict[str, bytes]:
    """The files drawn for ``example``: ``<example>.svg`` and ``<example>.mmd``."""
    from pycdk.graph import build_graph, render

    with tempfile.TemporaryDirectory() as tmp:
        outdir = Path(tmp) / "cdk.out"
        _synthesize(example, outdir)
        graph = build_graph(outdir, title=f"examples/{example}")
        return {f"{example}.svg": render(graph, "svg"), f"{example}.mmd": render(graph, "mermaid")}


def stale() -> list[str]:
    """The committed pictures that differ from freshly drawn ones (or are missing)."""
    found: list[str] = []
    for example in EXAMPLES:
        for name, data in pictures(example).items():
            path = DIAGRAMS / name
            if not path.is_file() or path.read_bytes() != data:
                found.append(name)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the committed pictures are current")
    args = parser.parse_args()
    if args.check:
        names = stale()
        for name in names:
            print(f"docs/diagrams/{name} is not current: run python docs/diagrams/generate.py", file=sys.stderr)
        return 1 if names else 0
    for example in EXAMPLES:
        for name, data in pictures(example).items():
            (DIAGRAMS / name).write_bytes(data)
            print(f"docs/diagrams/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
