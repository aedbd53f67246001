"""``pycdk graph``: an architecture diagram of the whole app (Mermaid, DOT, SVG, HTML; PNG/PDF with Graphviz)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .._private.console import CliError, info, out
from .._private.synthesis import add_app_options, obtain_assembly

NAME = "graph"
HELP = (
    "Draw the app: one box per L2/L3 construct (its L1 resources folded in), grouped by stage, stack and "
    "construct scope, with references, IAM grants and event flows as edges (see docs/graph.md)."
)
_FORMATS = ("svg", "html", "mermaid", "dot", "png", "pdf", "dot-svg")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("stacks", nargs="*", metavar="STACKS",
                        help="stacks to draw (globs on display name, id or stack name; default: all)")
    parser.add_argument("--format", choices=_FORMATS, default="svg",
                        help="svg or html (self-contained, no Graphviz), mermaid, dot; png, pdf and dot-svg are "
                             "rendered by Graphviz's dot (default: svg)")
    parser.add_argument("--out", metavar="FILE",
                        help="the file to write ('-' for standard output; default: <graph-dir>/app.<extension>)")
    parser.add_argument("--graph-dir", metavar="DIR", default="graph",
                        help="where the file goes when --out is not given (default: ./graph)")
    parser.add_argument("--resources", action="store_true",
                        help="one box per L1 resource, grouped by construct path, with DependsOn edges")
    parser.add_argument("--title", help="the diagram's title (default: the stacks' names, or 'app')")
    add_app_options(parser)


def run(args: argparse.Namespace) -> int:
    from ...graph import EXTENSIONS, GraphvizMissing, build_graph, graphviz_available, render
    from ...graph._private.tree import TreeError

    if args.format in ("png", "pdf", "dot-svg") and not graphviz_available():
        raise CliError(f"--format {args.format} is rendered by Graphviz, and its 'dot' command is not on PATH: "
                       "install Graphviz (apt-get install graphviz, brew install graphviz) or use --format svg, "
                       "html, mermaid or dot (they need no Graphviz)", exit_code=2)
    target = _target(args, EXTENSIONS[args.format])
    directory, _ = obtain_assembly(args)
    try:
        graph = build_graph(directory, stacks=args.stacks, resources=args.resources, title=args.title)
    except TreeError as e:
        raise CliError(str(e)) from e
    try:
        data = render(graph, args.format)
    except (GraphvizMissing, RuntimeError) as e:
        raise CliError(str(e)) from e
    what = "resources" if args.resources else f"constructs ({sum(len(n.resources) for n in graph.nodes)} resources)"
    info(f"{graph.title}: {len(graph.nodes)} {what}, {len(graph.edges)} edges")
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    _write(target, data)
    out(str(target))
    return 0


def _write(target: Path, data: bytes) -> None:
    from ...graph._private.written import NotWrittenByPycdk, write_target

    _check_ours(target)  # again: the file may have appeared while the app ran
    try:
        write_target(target, data)
    except NotWrittenByPycdk as e:
        raise CliError(str(e)) from None


def _check_ours(target: Path) -> None:
    """Refuse a target pycdk did not write (see ``pycdk.graph._private.written``)."""
    from ...graph._private.written import NotWrittenByPycdk, check_target

    try:
        check_target(target)
    except NotWrittenByPycdk as e:
        raise CliError(str(e)) from None


def _target(args: argparse.Namespace, extension: str) -> Path | None:
    if args.out == "-":
        if args.format in ("png", "pdf"):
            raise CliError(f"--out -: --format {args.format} is binary; name a file", exit_code=2)
        return None
    target = Path(args.out) if args.out else Path(args.graph_dir) / f"app.{extension}"
    option = f"--out {args.out}" if args.out else f"--graph-dir {args.graph_dir}"
    blocker = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise CliError(f"{option}: {blocker} is a file, not a directory", exit_code=2)
    if target.is_dir():
        raise CliError(f"{option}: {target} is a directory", exit_code=2)
    _check_ours(target)
    return target
