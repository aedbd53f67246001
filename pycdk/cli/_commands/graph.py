"""``pycdk graph``: draw each stack's resources and their references (DOT, plus SVG or HTML)."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from .._private.assembly import select_stacks
from .._private.console import CliError, info, out
from .._private.graph_dot import to_dot
from .._private.graph_model import build_graph, tree_paths
from .._private.graph_svg import to_html, to_svg
from .._private.synthesis import add_app_options, obtain_assembly

NAME = "graph"
HELP = (
    "Draw each stack: resources as nodes grouped by construct path, Ref/GetAtt/DependsOn as edges. "
    "Writes <stack>.dot and a self-contained <stack>.svg or <stack>.html."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("stacks", nargs="*", metavar="STACKS", help="stacks to draw (globs; default: all)")
    parser.add_argument("--format", choices=("svg", "html"), default="svg",
                        help="the picture written next to the DOT file (default: svg)")
    parser.add_argument("--graph-dir", metavar="DIR", default="graph",
                        help="where the files go (default: ./graph)")
    add_app_options(parser)


def run(args: argparse.Namespace) -> int:
    directory, stacks = obtain_assembly(args)
    selected = select_stacks(stacks, args.stacks)
    paths: dict[str, dict[str, str]] = {}
    tree_file = directory / "tree.json"
    if tree_file.is_file():
        try:
            paths = tree_paths(json.loads(tree_file.read_bytes().decode("utf-8")))
        except (ValueError, AttributeError, TypeError, RecursionError) as e:
            # not UTF-8, not JSON, or not shaped as a construct tree (nodes are objects with object children)
            raise CliError(f"{tree_file} is not a readable construct tree: {' '.join(str(e).split())}") from e
    target = Path(args.graph_dir)
    blocker = next((p for p in (target, *target.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise CliError(f"--graph-dir {args.graph_dir}: {blocker} is a file, not a directory", exit_code=2)
    target.mkdir(parents=True, exist_ok=True)
    for stack in selected:
        graph = build_graph(stack.display_name, stack.template, paths.get(stack.display_name, {}), stack.display_name)
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stack.display_name)
        dot_file = target / f"{stem}.dot"
        dot_file.write_text(to_dot(graph), encoding="utf-8")
        picture = target / f"{stem}.{args.format}"
        picture.write_text(to_svg(graph) if args.format == "svg" else to_html(graph), encoding="utf-8")
        info(f"{stack.display_name}: {len(graph.nodes)} resources, {len(graph.edges)} references")
        out(str(dot_file))
        out(str(picture))
    return 0
