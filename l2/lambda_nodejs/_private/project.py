"""What ``NodejsFunction`` reads from the Node.js project: lock files, package managers, installed tools, tsconfig.

The behaviours are aws-cdk-lib 2.275's (``aws-lambda-nodejs/lib/util.ts``, ``package-manager.ts``,
``package-installation.ts``), so that a bundle built by pycdk is byte for byte the one aws-cdk-lib builds.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from constructs import UnscopedValidationError

NPM_LOCK = "package-lock.json"
YARN_LOCK = "yarn.lock"
BUN_LOCKB = "bun.lockb"
BUN_LOCK = "bun.lock"
PNPM_LOCK = "pnpm-lock.yaml"
# the order aws-cdk-lib looks for them in
LOCK_FILES = (PNPM_LOCK, YARN_LOCK, BUN_LOCK, BUN_LOCKB, NPM_LOCK)


def find_up_multiple(names: Sequence[str], directory: str | None = None) -> list[str]:
    """The files named ``names`` in the nearest folder, from ``directory`` (default: the working directory) up,
    that holds any of them (joined to ``directory`` as given); empty when no folder up to the root does."""
    directory = os.getcwd() if directory is None else directory
    found = [os.path.join(directory, n) for n in names if os.path.exists(os.path.join(directory, n))]
    if found:
        return found
    absolute = os.path.abspath(directory)
    parent = os.path.dirname(absolute)
    return [] if parent == absolute else find_up_multiple(names, parent)


def find_up(name: str, directory: str | None = None) -> str | None:
    """The nearest file called ``name``, from ``directory`` (default: the working directory) up, or None."""
    found = find_up_multiple([name], directory)
    return found[0] if found else None


class PackageManager(NamedTuple):
    """A package manager, chosen by the lock file's name: its install command and how it runs a package's binary."""

    lock_file: str
    install_command: tuple[str, ...]
    run_command: tuple[str, ...]
    args_separator: str | None = None

    @staticmethod
    def from_lock_file(lock_file_path: str, log_level: str | None = None) -> PackageManager:
        """The manager of ``lock_file_path`` (npm for any unknown name); ``log_level`` is esbuild's log level."""
        name = os.path.basename(lock_file_path)
        quiet = bool(log_level) and log_level != "info"
        if name == YARN_LOCK:
            install = ("yarn", "install", "--no-immutable", *(("--silent",) if quiet else ()))
            return PackageManager(YARN_LOCK, install, ("yarn", "run"))
        if name == PNPM_LOCK:
            pnpm = ("--config.node-linker=hoisted", "--config.package-import-method=clone-or-copy",
                    "--no-prefer-frozen-lockfile")
            install = ("pnpm", "install", *(("--reporter", "silent") if quiet else ()), *pnpm)
            return PackageManager(PNPM_LOCK, install, ("pnpm", "exec"), "--")
        if name in (BUN_LOCKB, BUN_LOCK):
            install = ("bun", "install", "--backend", "copyfile", *(("--silent",) if quiet else ()))
            return PackageManager(name, install, ("bun", "run"))
        install = ("npm", "ci", *(("--loglevel", log_level) if log_level else ()))
        return PackageManager(NPM_LOCK, install, ("npx", "--no-install"))

    def run_bin_command(self, binary: str) -> list[str]:
        """The command that runs ``binary`` of the project's ``node_modules`` (``npx --no-install esbuild``)."""
        run, *args = self.run_command
        if sys.platform == "win32":
            run = f"{run}.cmd"
        return [run, *args, *([self.args_separator] if self.args_separator else []), binary]


class Installation(NamedTuple):
    """A tool found for local bundling: in the project's ``node_modules`` (a workspace package) or on the PATH."""

    is_workspace_package: bool
    version: str


def module_version(module: str, project_root: str) -> str | None:
    """The version of ``module`` installed in ``node_modules`` of ``project_root`` or a folder above, or None."""
    found = find_up(os.path.join("node_modules", module, "package.json"), project_root)
    if found is None:
        return None
    try:
        with open(found, encoding="utf-8") as f:
            version = json.load(f).get("version")
    except (OSError, ValueError):
        return None
    return version if isinstance(version, str) else None


def detect_installation(module: str, project_root: str) -> Installation | None:
    """``module`` (``esbuild``, ``typescript``) installed in the project, else an executable of that name on the PATH
    that answers ``--version``; None when neither is found."""
    import shutil
    import subprocess

    version = module_version(module, project_root)
    if version:
        return Installation(True, version)
    executable = shutil.which(module)
    if executable is None:
        return None
    try:
        proc = subprocess.run([executable, "--version"], stdin=subprocess.DEVNULL, capture_output=True, check=False)
    except OSError:
        return None
    if proc.returncode != 0:
        return None
    return Installation(False, proc.stdout.decode("utf-8", "replace").strip())


def tsc_requires_ignore_config(version: str) -> bool:
    """tsc 6 and later need ``--ignoreConfig`` to compile a single file next to a tsconfig.json."""
    match = re.search(r"(\d+)\.\d+", version)
    return match is not None and int(match.group(1)) >= 6


def _read_json(path: str) -> Any:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _tsconfig_options(tsconfig_path: str, inherited: Mapping[str, Any] | None = None) -> dict[str, Any]:
    config = _read_json(tsconfig_path)
    options = {**(config.get("compilerOptions") or {}), **(inherited or {})}
    extends = config.get("extends")
    if extends:
        base = os.path.abspath(os.path.join(re.sub(r"[^/]+$", "", tsconfig_path), extends))
        return _tsconfig_options(base, options)
    return options


def tsconfig_compiler_args(tsconfig_path: str) -> list[str]:
    """The compiler options of a tsconfig.json (and the configs it extends) as tsc arguments, sorted by name, with
    ``incremental`` off, ``rootDir``/``outDir`` ``./`` and the options tsc refuses on the command line left out."""
    options = {**_tsconfig_options(tsconfig_path), "incremental": False, "rootDir": "./", "outDir": "./"}
    excluded = ("composite", "charset", "noEmit", "tsBuildInfoFile")
    args: list[str] = []
    for key in sorted(options):
        if key in excluded:
            continue
        value = options[key]
        option = f"--{key}"
        if isinstance(value, bool):
            args.append(option)
            if not value:
                args.append("false")
        elif isinstance(value, str):
            args.extend([option, value])
        elif isinstance(value, list):
            args.extend([option, ",".join(str(v) for v in value)])
        elif isinstance(value, dict) or value is None:
            continue
        else:
            kind = "number" if isinstance(value, int | float) else type(value).__name__
            raise UnscopedValidationError(f"Missing support for compilerOption: [{key}]: {{ {kind}, {value}}} \n")
    return args


def extract_dependencies(package_json_path: str, modules: Sequence[str], project_root: str) -> dict[str, str]:
    """The versions of ``modules`` to install: from the package.json's dependencies, devDependencies or
    peerDependencies (a relative ``file:`` path made relative to the package.json's folder), else the installed one.

    Raises:
        UnscopedValidationError: a module with no version in either place.
    """
    package = _read_json(package_json_path)
    declared = {**(package.get("dependencies") or {}), **(package.get("devDependencies") or {}),
                **(package.get("peerDependencies") or {})}
    dependencies: dict[str, str] = {}
    for module in modules:
        version = declared.get(module)
        if version:
            match = re.match(r"file:(.+)", version)
            if match and not os.path.isabs(match.group(1)):
                version = "file:" + os.path.normpath(os.path.join(os.path.dirname(package_json_path), match.group(1)))
        else:
            version = module_version(module, project_root)
        if not version:
            raise UnscopedValidationError(
                f"Cannot extract version for module '{module}'. Check that it's referenced in your package.json or "
                "installed."
            )
        dependencies[module] = version
    return dependencies


def posix_shell_escape(arg: str) -> str:
    """``arg`` in single quotes for a POSIX shell."""
    return "'" + arg.replace("'", "'\\''") + "'"
