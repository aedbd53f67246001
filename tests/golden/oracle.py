"""Regenerate golden fixtures by running the apps with the real aws-cdk-lib.

Usage::

    python tests/golden/oracle.py                 # every suite, every app
    python tests/golden/oracle.py core            # one suite
    python tests/golden/oracle.py core --app fn_join  # one app of one suite

The oracle keeps a side virtualenv at ``.venvs/oracle`` (ignored by git) with the pinned
``aws-cdk-lib`` and ``constructs`` releases. It is created on first use with ``pip`` only; the
jsii runtime needs Node.js on ``PATH``. That venv must never be the project venv: pycdk's own
``constructs`` package would be shadowed by the PyPI one.

Each app ``tests/golden/<suite>/<app>.py`` is a plain script that builds ``App()``, defines stacks
and calls ``app.synth()``. It runs in a subprocess with ``CDK_OUTDIR`` pointing at a temporary
directory and ``CDK_VALIDATION=false`` (the built-in template validation only writes a report and
prints warnings; it never changes a template). Every ``*.template.json`` in the output, including
``*.nested.template.json`` and the ones inside ``assembly-*/`` stage sub-assemblies, is copied to
``tests/golden/<suite>/fixtures/<app>/`` with its relative path kept. The fixture folder of an app
is replaced as a whole, so templates that are no longer produced disappear.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AWS_CDK_LIB_VERSION = "2.275.0"
CONSTRUCTS_VERSION = "10.8.1"

GOLDEN_DIR = Path(__file__).resolve().parent
REPO_ROOT = GOLDEN_DIR.parent.parent
ORACLE_VENV = REPO_ROOT / ".venvs" / "oracle"
APP_TIMEOUT_SECONDS = 600


def venv_python(venv: Path = ORACLE_VENV) -> Path:
    """Return the python executable of the oracle virtualenv."""
    return venv / "bin" / "python"


def ensure_oracle_venv(venv: Path = ORACLE_VENV) -> float:
    """Create the oracle virtualenv if it lacks the pinned packages.

    Returns:
        The seconds spent creating and installing (0.0 when the venv was already complete).
    """
    python = venv_python(venv)
    if python.exists() and _has_pinned_packages(python):
        return 0.0
    started = time.monotonic()
    print(f"creating oracle venv {venv} ...", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [
            str(python), "-m", "pip", "install", "--quiet",
            f"aws-cdk-lib=={AWS_CDK_LIB_VERSION}", f"constructs=={CONSTRUCTS_VERSION}",
        ],
        check=True,
    )
    elapsed = time.monotonic() - started
    print(f"oracle venv ready in {elapsed:.1f}s", flush=True)
    return elapsed


def _has_pinned_packages(python: Path) -> bool:
    """Tell whether the venv has exactly the pinned aws-cdk-lib and constructs versions."""
    probe = (
        "import importlib.metadata as m;"
        "print(m.version('aws-cdk-lib'), m.version('constructs'))"
    )
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.split() == [
        AWS_CDK_LIB_VERSION, CONSTRUCTS_VERSION,
    ]


def suite_dirs() -> list[Path]:
    """Return every suite folder (a subfolder of tests/golden holding app scripts)."""
    return sorted(
        path for path in GOLDEN_DIR.iterdir()
        if path.is_dir() and not path.name.startswith(("_", ".")) and app_files(path)
    )


def app_files(suite: Path) -> list[Path]:
    """Return the app scripts of a suite: every ``*.py`` not starting with an underscore."""
    return sorted(p for p in suite.glob("*.py") if not p.name.startswith("_"))


# An app runs as a script, so its folder is first on sys.path: a stem equal to a module the app
# (or jsii) imports would shadow that module.
RESERVED_APP_NAMES = frozenset(sys.stdlib_module_names) | {
    "assertions", "aws_cdk", "constructs", "jsii", "l1", "l2", "patterns", "typeguard", "cattrs", "attrs",
    "dateutil", "publication", "typing_extensions", "importlib_resources",
}


def shadowing_apps(apps: list[Path]) -> list[Path]:
    """Return the apps whose file stem would shadow an importable module."""
    return [app for app in apps if app.stem in RESERVED_APP_NAMES]


def template_files(outdir: Path, *, with_asset_manifests: bool = False) -> list[Path]:
    """Return every template (and, if asked, every ``*.assets.json``) under an output dir, relative, sorted."""
    found = list(outdir.rglob("*.template.json"))
    if with_asset_manifests:
        found += list(outdir.rglob("*.assets.json"))
    return sorted(p.relative_to(outdir) for p in found)


ASSEMBLY_FILES = ("manifest.json", "tree.json")


def compares_assembly(suite: Path) -> bool:
    """True when the suite's ``__init__.py`` sets ``COMPARE_ASSEMBLY = True``."""
    init = suite / "__init__.py"
    return init.exists() and "COMPARE_ASSEMBLY = True" in init.read_text()


def assembly_files(outdir: Path) -> list[Path]:
    """manifest.json, tree.json and every ``*.metadata.json`` (stage sub-assemblies included)."""
    found = [p for name in ASSEMBLY_FILES for p in outdir.rglob(name)]
    found += list(outdir.rglob("*.metadata.json"))
    return sorted(p.relative_to(outdir) for p in found)


def normalized_assembly_file(path: Path) -> bytes:
    """The file without what only jsii produces: the feature-flag report, creation stacks and stack traces."""
    data = json.loads(path.read_text())
    if path.name == "manifest.json":
        data.get("artifacts", {}).pop("aws-cdk-lib/feature-flag-report", None)
    elif path.name.endswith(".metadata.json"):
        for key in list(data):
            data[key] = [
                {k: v for k, v in e.items() if k != "trace"}
                for e in data[key]
                if e.get("type") != "aws:cdk:creationStack"
            ]
            if not data[key]:
                del data[key]
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def compares_asset_manifests(suite: Path) -> bool:
    """True when the suite's ``__init__.py`` sets ``COMPARE_ASSET_MANIFESTS = True``."""
    init = suite / "__init__.py"
    return init.exists() and "COMPARE_ASSET_MANIFESTS = True" in init.read_text()


def run_app(app: Path, python: Path, outdir: Path, extra_env: dict[str, str] | None = None) -> None:
    """Run one app script with the given interpreter, writing the cloud assembly to ``outdir``.

    Raises:
        RuntimeError: when the app exits non-zero; the message carries its stderr.
    """
    env = dict(os.environ)
    env.update({
        "CDK_OUTDIR": str(outdir),
        "CDK_VALIDATION": "false",
        # jsii prints a banner on stderr for Node 20; it changes nothing else.
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    })
    # A context from an outer `cdk synth` must not leak into the fixtures.
    env.pop("CDK_CONTEXT_JSON", None)
    env.update(extra_env or {})
    result = subprocess.run(
        [str(python), str(app.resolve())], cwd=str(app.resolve().parent), env=env,
        capture_output=True, text=True, timeout=APP_TIMEOUT_SECONDS,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{app} failed with exit code {result.returncode}:\n{result.stderr}")


def regenerate_app(app: Path, python: Path) -> list[Path]:
    """Run one app with aws-cdk-lib and replace its fixture folder.

    Returns:
        The fixture paths written, relative to the app's fixture folder.
    """
    fixture_dir = app.parent / "fixtures" / app.stem
    with tempfile.TemporaryDirectory(prefix=f"oracle-{app.stem}-") as tmp:
        outdir = Path(tmp)
        run_app(app, python, outdir)
        templates = template_files(outdir, with_asset_manifests=compares_asset_manifests(app.parent))
        if not templates:
            raise RuntimeError(f"{app} produced no template (did it call app.synth()?)")
        if fixture_dir.exists():
            shutil.rmtree(fixture_dir)
        for relative in templates:
            target = fixture_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(outdir / relative, target)
        if compares_assembly(app.parent):
            for relative in assembly_files(outdir):
                target = fixture_dir / "assembly" / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(normalized_assembly_file(outdir / relative))
            templates = templates + [Path("assembly") / r for r in assembly_files(outdir)]
    return templates


RECOMMENDED_FIXTURES = "fixtures_recommended"
RECOMMENDED_FLAGS_FILE = REPO_ROOT / "pycdk" / "init_templates" / "recommended-feature-flags.json"
UNCHANGED_LIST = "unchanged.txt"


def recommended_flags_env() -> dict[str, str]:
    """The environment that puts aws-cdk-lib's recommended flags (what ``pycdk init`` writes) in the context."""
    return {"CDK_CONTEXT_JSON": RECOMMENDED_FLAGS_FILE.read_text(encoding="utf-8")}


def regenerate_app_recommended(app: Path, python: Path) -> list[Path]:
    """Run one app with aws-cdk-lib under the recommended feature flags. When its templates differ from its
    ``fixtures/``, they replace ``fixtures_recommended/<app>/``; otherwise the app is listed in
    ``fixtures_recommended/unchanged.txt`` (and its folder there removed).

    Returns:
        The fixture paths written (empty when the templates are unchanged).
    """
    base = app.parent / "fixtures" / app.stem
    target_dir = app.parent / RECOMMENDED_FIXTURES / app.stem
    unchanged_file = app.parent / RECOMMENDED_FIXTURES / UNCHANGED_LIST
    with tempfile.TemporaryDirectory(prefix=f"oracle-{app.stem}-") as tmp:
        outdir = Path(tmp)
        run_app(app, python, outdir, recommended_flags_env())
        templates = template_files(outdir, with_asset_manifests=compares_asset_manifests(app.parent))
        same = templates == template_files(base, with_asset_manifests=compares_asset_manifests(app.parent)) and all(
            (outdir / r).read_bytes() == (base / r).read_bytes() for r in templates
        )
        if target_dir.exists():
            shutil.rmtree(target_dir)
        listed = set(unchanged_file.read_text().split()) if unchanged_file.exists() else set()
        listed.discard(app.stem)
        if same:
            listed.add(app.stem)
            templates = []
        for relative in templates:
            target = target_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(outdir / relative, target)
        if templates and compares_assembly(app.parent):
            for relative in assembly_files(outdir):
                target = target_dir / "assembly" / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(normalized_assembly_file(outdir / relative))
            templates = templates + [Path("assembly") / r for r in assembly_files(outdir)]
        unchanged_file.parent.mkdir(parents=True, exist_ok=True)
        unchanged_file.write_text("".join(f"{name}\n" for name in sorted(listed)))
    return templates


def _select_apps(suites: list[str], app_name: str | None) -> list[Path]:
    """Resolve the command-line selection to app paths."""
    if suites:
        chosen = [GOLDEN_DIR / name for name in suites]
        missing = [path.name for path in chosen if not path.is_dir()]
        if missing:
            raise SystemExit(f"unknown suite(s): {', '.join(missing)}")
    else:
        chosen = suite_dirs()
    apps = [app for suite in chosen for app in app_files(suite)]
    if app_name is not None:
        apps = [app for app in apps if app.stem == app_name]
        if not apps:
            raise SystemExit(f"no app named {app_name!r} in {[s.name for s in chosen]}")
    return apps


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("suites", nargs="*", metavar="SUITE", help="suite folder names (default: all)")
    parser.add_argument("--app", help="regenerate only the app with this file stem")
    parser.add_argument(
        "--recommended-flags", action="store_true",
        help="run under the recommended feature flags; keep templates that differ in fixtures_recommended/",
    )
    args = parser.parse_args(argv)
    regenerate = regenerate_app_recommended if args.recommended_flags else regenerate_app

    apps = _select_apps(args.suites, args.app)
    shadowing = shadowing_apps(apps)
    if shadowing:
        raise SystemExit(f"rename these apps, their names shadow modules: {[str(a) for a in shadowing]}")
    install_seconds = ensure_oracle_venv()
    print(f"oracle venv: {ORACLE_VENV} (install took {install_seconds:.1f}s)")
    python = venv_python()
    failures: list[str] = []
    started = time.monotonic()
    for app in apps:
        label = f"{app.parent.name}/{app.stem}"
        app_started = time.monotonic()
        try:
            written = regenerate(app, python)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            failures.append(label)
            print(f"FAIL {label}: {error}", file=sys.stderr)
            continue
        names = ", ".join(str(path) for path in written) or "unchanged"
        print(f"ok   {label} ({time.monotonic() - app_started:.1f}s): {names}")
    print(
        f"{len(apps) - len(failures)}/{len(apps)} apps regenerated "
        f"in {time.monotonic() - started:.1f}s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
