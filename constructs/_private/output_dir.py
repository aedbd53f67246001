"""Writing a cloud assembly into its output directory without losing anything.

``write_assembly(outdir, build)`` is the one function synthesis calls. ``build`` writes the new assembly into a
private staging folder next to the output directory; only when it succeeded is the assembly moved into place:

* The output directory does not exist, is empty, or holds nothing but a previous assembly (``manifest.json``,
  ``cdk.out``, ``tree.json`` and the files and folders its manifest and asset manifests name): the staging
  folder and the output directory are exchanged in one ``renameat2(RENAME_EXCHANGE)`` call, so at every instant
  the path holds the old or the new assembly, whole. (Where the kernel lacks it: two renames, and the next synth
  puts the old assembly back if it was killed between them.)
* It also holds files pycdk did not write (``-o .`` next to sources, a ``.git``): those are kept; only the
  assembly files are replaced, through a journal (``.pycdk-journal``) and a backup folder, with ``manifest.json``
  moved last. A failure rolls back at once; a killed run is rolled back (or finished, once the new
  ``manifest.json`` is in place) by the next synth into the folder or the next ``pycdk`` command reading it. A
  file of the user that the new assembly would overwrite makes the synth fail instead.
* The output directory is a mount point (a container volume): it cannot be renamed, so the staging folder is
  made inside it and the assembly merged as above, whatever else it holds.
* The project root (the working directory or a folder above it, a folder holding ``cdk.json``, the home
  directory, ``/``) is refused.

The folder's mode is kept, a symlinked output directory stays a symlink (its target is written), and the
staging folders of killed runs (named after their process id) are removed by the next synth next to them
(into a missing or non-empty output directory: an empty one, as ``App``'s temporary folders in ``/tmp``, skips
the scan of its parent).

Concurrent syntheses: the moving step holds an exclusive ``flock`` on the folder containing the output
directory. A synth waits for it up to ``PYCDK_OUTDIR_LOCK_TIMEOUT`` seconds (default 60), then fails with
``another synth is writing <dir>``; syntheses themselves run in parallel, only the moves are serialised.

Every filesystem step of the move goes through ``_step``: a test can make the writer fail (``set_step_hook``)
or the process be killed (``PYCDK_OUTDIR_KILL_AT_STEP=<k>``, for subprocess tests) before step ``k``;
``PYCDK_OUTDIR_NO_EXCHANGE=1`` takes the two-rename path of kernels without ``RENAME_EXCHANGE``.
"""

from __future__ import annotations

import errno
import json
import os
import time
from collections.abc import Callable
from typing import TypeVar

from .._errors import SynthesisError

T = TypeVar("T")

STAGING_PREFIX = ".pycdk-synth-"
BACKUP_PREFIX = ".pycdk-old-"
PREVIOUS_PREFIX = ".pycdk-prev-"
JOURNAL = ".pycdk-journal"
LOCK_TIMEOUT_ENV = "PYCDK_OUTDIR_LOCK_TIMEOUT"
KILL_AT_STEP_ENV = "PYCDK_OUTDIR_KILL_AT_STEP"
DEFAULT_LOCK_TIMEOUT = 60.0
# (the validation reports are written into the assembly after synthesis, as aws-cdk-lib does)
_ALWAYS_ASSEMBLY = ("manifest.json", "cdk.out", "tree.json", "validation-report.json", "policy-validation-report.json")
_OWN_PREFIXES = (STAGING_PREFIX, BACKUP_PREFIX, PREVIOUS_PREFIX, JOURNAL)
_RENAME_EXCHANGE = 2
# The assemblies this process wrote (real paths): a nested stage's ``synth()`` writes ``<outdir>/assembly-<stage>``
# before the app's synth writes ``<outdir>``; that folder is pycdk's own, not a user's file in the way.
_WRITTEN_THIS_PROCESS: set[str] = set()
_AT_FDCWD = -100


class OutputDirError(SynthesisError, OSError):
    """The output directory cannot take the assembly: it is the project root, a file, holds a file of the user
    the assembly would overwrite, is locked by another synth, or its disk is full."""

    def __init__(self, message: str) -> None:
        SynthesisError.__init__(self, message)


# --- fault injection -----------------------------------------------------------------------------------------

_hook: list[Callable[[int, str], None] | None] = [None]
_counter = [0]
_kill_at: list[int | None] = [None]


def set_step_hook(hook: Callable[[int, str], None] | None) -> None:
    """Call ``hook(k, description)`` before the ``k``-th filesystem step (from 1) of every later write.

    For tests: a hook raising an exception makes the write fail at that step. ``None`` removes the hook.
    """
    _hook[0] = hook


def _step(what: str) -> None:
    _counter[0] += 1
    k = _counter[0]
    if _kill_at[0] is not None and k >= _kill_at[0]:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
    hook = _hook[0]
    if hook is not None:
        hook(k, what)


# --- the entry point -----------------------------------------------------------------------------------------


def write_assembly(outdir: str, build: Callable[[str], T]) -> T:
    """Run ``build(staging_dir)`` and move the assembly it wrote into ``outdir``; return what ``build`` returned.

    Raises:
        OutputDirError: ``outdir`` is unusable (see the module docstring), or the disk is full.
    """
    shown = outdir
    target = os.path.abspath(outdir)
    _check_target(target, shown)
    real = os.path.realpath(target)
    parent = os.path.dirname(real)
    try:
        os.makedirs(parent, exist_ok=True)
        staging = _make_staging(real if _is_mount_point(real, parent) else parent)
    except OSError as e:
        raise _os_error(e, shown, "cannot create the output directory") from e
    try:
        result = build(staging)
    except OSError as e:
        _remove_tree(staging)
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _os_error(e, shown, "") from e
        raise
    except BaseException:
        _remove_tree(staging)
        raise
    kill = os.environ.get(KILL_AT_STEP_ENV)
    _kill_at[0] = int(kill) if kill else None
    _counter[0] = 0
    try:
        with _Lock(parent, shown):
            _recover(real)
            _commit(staging, real, shown)
        _WRITTEN_THIS_PROCESS.add(real)
    except OutputDirError:
        _remove_tree(staging)
        raise
    except OSError as e:
        _remove_tree(staging)
        raise _os_error(e, shown, "cannot write the assembly to") from e
    except BaseException:
        _remove_tree(staging)
        raise
    return result


def recover_output_dir(outdir: str) -> None:
    """Finish or undo what a killed synth left in and next to ``outdir`` (a synth into it does this first)."""
    real = os.path.realpath(os.path.abspath(outdir))
    parent = os.path.dirname(real)
    if not os.path.isdir(parent):
        return
    with _Lock(parent, outdir):
        _recover(real)


def _os_error(e: OSError, shown: str, doing: str) -> OutputDirError:
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputDirError(f"no space left on the device of the output directory {shown}: free some space "
                              "and synthesize again (the previous assembly is unchanged)")
    where = f" ({e.filename})" if e.filename and str(e.filename) != shown else ""
    return OutputDirError(f"{doing} {shown}{where}: {e.strerror or e}")


# --- checks --------------------------------------------------------------------------------------------------


def _check_target(target: str, shown: str) -> None:
    if os.path.lexists(target) and not os.path.exists(target):
        raise OutputDirError(f"the output directory {shown} is a symlink to a missing path")
    if os.path.exists(target) and not os.path.isdir(target):
        raise OutputDirError(f"the output directory {shown} is a file, not a directory")
    # a file somewhere above the output directory
    up = os.path.dirname(target)
    while up and not os.path.exists(up):
        nxt = os.path.dirname(up)
        if nxt == up:
            break
        up = nxt
    if up and not os.path.isdir(up):
        raise OutputDirError(f"the output directory {shown} cannot be created: {up} is a file")
    real = os.path.realpath(target)
    cwd = os.path.realpath(os.getcwd())
    home = os.path.realpath(os.path.expanduser("~"))
    why = None
    if real == os.path.dirname(real):
        why = "the filesystem root"
    elif real == cwd:
        why = "the working directory (the project root)"
    elif cwd.startswith(real.rstrip(os.sep) + os.sep):
        why = "a folder above the working directory"
    elif real == home:
        why = "the home directory"
    elif os.path.isfile(os.path.join(real, "cdk.json")):
        why = "a project root (it holds cdk.json)"
    if why:
        raise OutputDirError(f"the output directory {shown} is {why}: choose a folder of its own, e.g. cdk.out")


def assembly_entries(directory: str) -> set[str] | None:
    """The top-level names of the assembly in ``directory`` (``None`` if it has no readable ``manifest.json``):
    the manifest, ``cdk.out``, ``tree.json``, staged assets and every file an artifact names."""
    try:
        with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError, RecursionError):
        return None
    names = set(_ALWAYS_ASSEMBLY)
    artifacts = manifest.get("artifacts") if isinstance(manifest, dict) else None
    if not isinstance(artifacts, dict):
        return names
    for artifact in artifacts.values():
        if not isinstance(artifact, dict):
            continue
        props = artifact.get("properties")
        refs = [artifact.get("additionalMetadataFile")]
        if isinstance(props, dict):
            refs += [props.get("templateFile"), props.get("file"), props.get("directoryName")]
        for ref in refs:
            name = _top_name(ref)
            if name:
                names.add(name)
        asset_file = props.get("file") if isinstance(props, dict) else None
        if artifact.get("type") == "cdk:asset-manifest" and _top_name(asset_file):
            names |= _asset_sources(os.path.join(directory, str(asset_file)))
        metadata_file = artifact.get("additionalMetadataFile")
        if artifact.get("type") == "aws:cloudformation:stack" and _top_name(metadata_file):
            names |= _stack_policy_files(os.path.join(directory, str(metadata_file)))
    return names


def _stack_policy_files(path: str) -> set[str]:
    """The stack policy files a stack's metadata file names (entries ``pycdk:stack-policy``)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if "pycdk:stack-policy" not in text:  # most stacks have none: skip parsing their metadata
            return set()
        data = json.loads(text)
    except (OSError, ValueError, RecursionError):
        return set()
    names: set[str] = set()
    for entries in data.values() if isinstance(data, dict) else ():
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, dict) and entry.get("type") == "pycdk:stack-policy":
                name = _top_name(entry.get("data"))
                if name:
                    names.add(name)
    return names


def _asset_sources(path: str) -> set[str]:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError, RecursionError):
        return set()
    names: set[str] = set()
    for section in ("files", "dockerImages"):
        entries = data.get(section) if isinstance(data, dict) else None
        for entry in (entries or {}).values() if isinstance(entries, dict) else ():
            source = entry.get("source") if isinstance(entry, dict) else None
            if isinstance(source, dict):
                name = _top_name(source.get("path") or source.get("directory"))
                if name:
                    names.add(name)
    return names


def _top_name(ref: object) -> str | None:
    """The first component of a relative path inside the assembly (``None`` for paths that leave it)."""
    if not isinstance(ref, str) or not ref or os.path.isabs(ref):
        return None
    first = os.path.normpath(ref).split(os.sep)[0]
    return None if first in ("", ".", "..") else first


def _is_own(name: str) -> bool:
    return name.startswith(_OWN_PREFIXES)


# --- the move ------------------------------------------------------------------------------------------------


def _commit(staging: str, real: str, shown: str) -> None:
    if not os.path.isdir(real):
        _step(f"mode of {staging}")
        os.chmod(staging, 0o777 & ~_umask())
        _step(f"rename {staging} -> {real}")
        os.rename(staging, real)
        return
    names = os.listdir(real)
    if not names:
        _step(f"mode of {staging}")
        os.chmod(staging, os.stat(real).st_mode & 0o7777)
        _step(f"rename {staging} -> {real} (empty)")
        os.rename(staging, real)  # replaces an empty directory atomically
        return
    previous = (assembly_entries(real) or set()) | {
        n for n in names if os.path.join(real, n) in _WRITTEN_THIS_PROCESS
    }
    foreign = [n for n in names if n not in previous and not _is_own(n)]
    if not foreign and os.path.dirname(staging) != real:
        _exchange_whole(staging, real)
        return
    new_names = os.listdir(staging)
    clash = sorted(set(new_names) & set(foreign))
    if clash:
        raise OutputDirError(
            f"the output directory {shown} holds {clash[0]}, which is not part of a previous assembly: the new "
            "assembly would overwrite it; move it away or choose another output directory"
        )
    _merge(staging, real, new_names, sorted(n for n in names if n in previous))


def _exchange_whole(staging: str, real: str) -> None:
    _step(f"mode of {staging}")
    os.chmod(staging, os.stat(real).st_mode & 0o7777)
    _step(f"exchange {staging} <-> {real}")
    if _exchange(staging, real):
        _step(f"remove the previous assembly {staging}")
        _remove_tree(staging)
        return
    # no RENAME_EXCHANGE: two renames; _recover puts the previous assembly back if killed between them
    previous = os.path.join(os.path.dirname(real), f"{PREVIOUS_PREFIX}{os.getpid()}-{os.path.basename(real)}")
    _step(f"rename {real} -> {previous}")
    os.rename(real, previous)
    try:
        _step(f"rename {staging} -> {real}")
        os.rename(staging, real)
    except BaseException:
        os.rename(previous, real)
        raise
    try:
        _step(f"remove the previous assembly {previous}")
    finally:
        _remove_tree(previous)


_libc: list[object] = []


def _exchange(a: str, b: str) -> bool:
    """Exchange two paths atomically (Linux ``renameat2``); False where the system cannot."""
    if os.environ.get("PYCDK_OUTDIR_NO_EXCHANGE"):
        return False
    if not _libc:
        try:
            import ctypes

            lib = ctypes.CDLL(None, use_errno=True)
            _libc.append((lib.renameat2, ctypes.get_errno))
        except (OSError, AttributeError):
            _libc.append(None)
    found = _libc[0]
    if found is None:
        return False
    renameat2, get_errno = found  # type: ignore[misc]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), b)


def _merge(staging: str, real: str, new_names: list[str], old_names: list[str]) -> None:
    """Replace the assembly files of ``real`` (``old_names``) by those of ``staging``; keep everything else."""
    backup = os.path.join(real, f"{BACKUP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}")
    journal = os.path.join(real, JOURNAL)
    _step(f"create {backup}")
    os.mkdir(backup, 0o700)
    state = {"staging": staging, "backup": backup, "new": sorted(new_names), "old": old_names}
    try:
        _step(f"write {journal}")
        _write_journal(journal, state)
    except BaseException:
        _remove_tree(backup)
        raise
    old = set(old_names)
    ordered = sorted(new_names, key=lambda n: (n == "manifest.json", n in old, n))
    try:
        for name in ordered:
            here = os.path.join(real, name)
            if name in old:
                if os.path.isfile(here) and not os.path.islink(here):
                    # a second link keeps the old file, and the rename below replaces it in one step
                    _step(f"link {name} -> {backup}")
                    os.link(here, os.path.join(backup, name))
                else:
                    _step(f"rename {name} -> {backup}")
                    os.rename(here, os.path.join(backup, name))
            _step(f"rename {name} -> {real}")
            os.rename(os.path.join(staging, name), here)
    except BaseException:
        _roll_back(real, state)
        raise
    _finish(real, state)


def _finish(real: str, state: dict) -> None:
    """After the new ``manifest.json`` is in place: drop the old files the new assembly does not have."""
    backup = state["backup"]
    for name in state["old"]:
        if name not in state["new"] and os.path.lexists(os.path.join(real, name)):
            _step(f"rename {name} -> {backup}")
            os.rename(os.path.join(real, name), os.path.join(backup, name))
    _step(f"remove {JOURNAL}")
    os.remove(os.path.join(real, JOURNAL))
    try:
        _step(f"remove {backup}")
    finally:
        _remove_tree(backup)
        _remove_tree(state["staging"])


def _roll_back(real: str, state: dict) -> None:
    """Put back the old assembly files saved in the backup folder; remove the new ones moved in."""
    backup, staging = state["backup"], state["staging"]
    old = set(state["old"])
    for name in state["new"]:
        here = os.path.join(real, name)
        saved = os.path.join(backup, name)
        if name in old:
            if os.path.lexists(saved):
                if os.path.isdir(saved) and not os.path.islink(saved) and os.path.lexists(here):
                    _remove_path(here)
                os.rename(saved, here)  # a file replaces the new one in one step
        elif not os.path.lexists(os.path.join(staging, name)) and os.path.lexists(here):
            _remove_path(here)
    os.remove(os.path.join(real, JOURNAL))
    _remove_tree(backup)
    _remove_tree(staging)


def _new_manifest_in_place(real: str, state: dict) -> bool:
    """Whether the killed merge got past its commit point, judged from the folder itself (not from the staging
    folder, which may be gone): the old ``manifest.json`` was linked into the backup and then replaced."""
    here = os.path.join(real, "manifest.json")
    if "manifest.json" not in state["new"] or not os.path.lexists(here):
        return False
    if "manifest.json" not in state["old"]:
        return True  # no manifest before: this is the new one, moved in last
    saved = os.path.join(state["backup"], "manifest.json")
    return os.path.lexists(saved) and not os.path.samefile(here, saved)


def _write_journal(path: str, state: dict) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(state, f)
    os.replace(tmp, path)


def _recover(real: str) -> None:
    """Undo or finish what killed runs left: a journal in ``real``, staging and previous folders next to it."""
    parent = os.path.dirname(real)
    base = os.path.basename(real)
    journal = os.path.join(real, JOURNAL)
    if os.path.isfile(journal):
        try:
            with open(journal, encoding="utf-8") as f:
                state = json.load(f)
        except (OSError, ValueError):
            state = None
        if isinstance(state, dict) and {"staging", "backup", "new", "old"} <= state.keys():
            if _new_manifest_in_place(real, state):
                _finish(real, state)
            else:
                _roll_back(real, state)
        else:
            os.remove(journal)
    if os.path.isfile(journal + ".tmp"):
        os.remove(journal + ".tmp")
    try:
        if not os.listdir(real):
            # an empty folder (App's own temporary one, next to thousands of others in /tmp): nothing to put
            # back into it, and scanning its parent would cost every synth milliseconds
            return
    except OSError:
        pass
    try:
        names = os.listdir(parent)
    except OSError:
        return
    for name in names:
        if name.startswith(PREVIOUS_PREFIX):
            pid, _, of = name[len(PREVIOUS_PREFIX):].partition("-")
            if of == base and not _alive(pid):
                previous = os.path.join(parent, name)
                if not os.path.lexists(real):
                    os.rename(previous, real)  # killed between the two renames: the old assembly comes back
                else:
                    _remove_tree(previous)
        elif name.startswith(STAGING_PREFIX):
            pid = name[len(STAGING_PREFIX):].partition("-")[0]
            if not _alive(pid):
                _remove_tree(os.path.join(parent, name))
    if os.path.isdir(real):
        for name in os.listdir(real):
            if name.startswith(BACKUP_PREFIX) and not _alive(name[len(BACKUP_PREFIX):].partition("-")[0]) or (
                    name.startswith(STAGING_PREFIX) and not _alive(name[len(STAGING_PREFIX):].partition("-")[0])):
                _remove_tree(os.path.join(real, name))


def _alive(pid: str) -> bool:
    if not pid.isdigit() or len(pid) > 9:
        return False  # a folder of an older pycdk (no process id in the name) or a mangled name
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


# --- small helpers -------------------------------------------------------------------------------------------


def _make_staging(parent: str) -> str:
    """A new private folder in ``parent`` named after this process (as ``tempfile.mkdtemp``, without importing
    tempfile: it pulls in random and shutil, a few milliseconds of every run's import time)."""
    while True:
        path = os.path.join(parent, f"{STAGING_PREFIX}{os.getpid()}-{os.urandom(6).hex()}")
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path


def _is_mount_point(real: str, parent: str) -> bool:
    """True when ``real`` is on another device than its parent (a mounted volume): it cannot be renamed or
    exchanged, so the assembly is staged inside it and merged."""
    try:
        return os.stat(real).st_dev != os.stat(parent).st_dev
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_tree(path: str) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def _remove_path(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        _remove_tree(path)
    else:
        os.remove(path)


class _Lock:
    """An exclusive ``flock`` on the folder that holds the output directory, waited for with a timeout."""

    def __init__(self, parent: str, shown: str) -> None:
        self.parent = parent
        self.shown = shown
        self.fd = -1

    def __enter__(self) -> _Lock:
        try:
            import fcntl
        except ImportError:  # no flock (Windows): syntheses into one folder are not serialised
            return self
        timeout = float(os.environ.get(LOCK_TIMEOUT_ENV) or DEFAULT_LOCK_TIMEOUT)
        self.fd = os.open(self.parent, os.O_RDONLY)
        deadline = time.monotonic() + timeout
        delay = 0.005
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self.fd)
                    raise OutputDirError(
                        f"another synth is writing {self.shown} (waited {timeout:g}s for it; "
                        f"{LOCK_TIMEOUT_ENV} sets how long)"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing the descriptor releases the lock
