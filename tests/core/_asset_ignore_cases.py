"""The folder and exclude patterns of the ignore-rule table (shared by the test and its aws-cdk-lib oracle)."""

from __future__ import annotations

import os

FILES = (
    "a.txt",
    "b.js",
    ".env",
    ".hidden/x.txt",
    "src/index.js",
    "src/lib/util.js",
    "src/lib/util.test.js",
    "src/.config",
    "a/c.txt",
    "a/b/c.txt",
    "a/b/d/c.txt",
    "build/out.bin",
    "build/keep.txt",
    "node_modules/pkg/index.js",
    "docs/README.md",
    "docs/guide/intro.md",
    "README.md",
    "Dockerfile",
    "x/src/y.txt",
    "CAPS.TXT",
    "sp ace.txt",
)

PATTERNS: tuple[tuple[str, ...], ...] = (
    ("*.txt",),
    ("a/**/c.txt",),
    ("**/c.txt",),
    ("a/*/c.txt",),
    ("*/c.txt",),
    ("/src",),
    ("src",),
    ("src/",),
    ("src/lib",),
    ("x/src",),
    ("/a.txt",),
    ("**/*.js",),
    ("*.js",),
    ("*", "!*.js"),
    ("build", "!build/keep.txt"),
    ("build/*", "!build/keep.txt"),
    ("build/**", "!build/keep.txt"),
    ("*.md", "!docs/**"),
    ("node_modules",),
    (".*",),
    ("docs/*.md",),
    ("docs/**/*.md",),
    ("*.{js,md}",),
    ("?.txt",),
    ("*.TXT",),
    ("**",),
    ("**", "!src/**"),
    ("*", "!src", "!src/**"),
    ("# comment", "a.txt"),
    ("!README.md",),
    ("src/**/*.test.js",),
    ("**/lib",),
    ("a/b",),
    ("sp ace.txt",),
    ("[ab].*",),
    ("*.txt", "!a/**"),
)


def build_tree(root: str) -> None:
    """Write every file of ``FILES`` under ``root`` (content: its own path)."""
    for rel in FILES:
        full = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as f:
            f.write(f"content of {rel}\n")


def listed(root: str) -> list[str]:
    """Every file under ``root``, as sorted ``/``-separated relative paths."""
    out = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            out.append(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/"))
    return sorted(out)
