"""``FileSystem`` (fingerprint, copy, temporary directories) and the ``IgnoreStrategy`` classes of asset excludes."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs._private import structs

from ._errors import UnscopedValidationError

if TYPE_CHECKING:
    from ._assets import IgnoreMode, SymlinkFollowMode
    from ._private.ignore_rules import IgnoreRules


@structs.frozen(kw_only=True)
class CopyOptions:
    """Which files of a directory are copied: ``exclude`` patterns, how they are read, how links are followed.

    Args:
        exclude: glob patterns of files to leave out (default none).
        follow: how symbolic links are followed (default never).
        ignore_mode: how ``exclude`` is read: globs, ``.gitignore`` or ``.dockerignore`` rules (default globs).
    """

    exclude: Sequence[str] | None = None
    follow: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None


@structs.frozen(kw_only=True)
class FingerprintOptions(CopyOptions):
    """``CopyOptions`` plus ``extra_hash``, data mixed into the fingerprint.

    Args:
        exclude: glob patterns of files to leave out (default none).
        extra_hash: extra text mixed into the fingerprint (default none).
        follow: how symbolic links are followed (default never).
        ignore_mode: how ``exclude`` is read: globs, ``.gitignore`` or ``.dockerignore`` rules (default globs).
    """

    extra_hash: str | None = None


@structs.frozen(kw_only=True)
class FileCopyOptions:
    """Like ``CopyOptions``, with ``follow_symlinks`` for the link mode (the asset constructs' spelling).

    Args:
        exclude: glob patterns of files to leave out (default none).
        follow_symlinks: how symbolic links are followed (default never).
        ignore_mode: how ``exclude`` is read: globs, ``.gitignore`` or ``.dockerignore`` rules (default globs).
    """

    exclude: Sequence[str] | None = None
    follow_symlinks: SymlinkFollowMode | None = None
    ignore_mode: IgnoreMode | None = None


@structs.frozen(kw_only=True)
class FileFingerprintOptions(FileCopyOptions):
    """``FileCopyOptions`` plus ``extra_hash``, data mixed into the fingerprint.

    Args:
        exclude: glob patterns of files to leave out (default none).
        extra_hash: extra text mixed into the fingerprint (default none).
        follow_symlinks: how symbolic links are followed (default never).
        ignore_mode: how ``exclude`` is read: globs, ``.gitignore`` or ``.dockerignore`` rules (default globs).
    """

    extra_hash: str | None = None


def _check_absolute(path: str, message: str) -> None:
    if not isinstance(path, str):
        raise TypeError(f"expected a str path, got {type(path).__name__}")
    if not os.path.isabs(path):
        raise UnscopedValidationError(message)


class IgnoreStrategy:
    """Decides which files below a root directory an asset leaves out (``glob``, ``git`` or ``docker`` rules)."""

    def add(self, pattern: str) -> None:
        """Add an exclude pattern."""
        raise NotImplementedError

    def ignores(self, absolute_file_path: str) -> bool:
        """Whether the file (an absolute path below the root) is left out."""
        raise NotImplementedError

    def completely_ignores(self, absolute_directory_path: str) -> bool:
        """Whether the directory is left out with everything inside (it is not walked)."""
        return self.ignores(absolute_directory_path)

    @staticmethod
    def glob(absolute_root_path: str, patterns: Sequence[str]) -> GlobIgnoreStrategy:
        """minimatch globs (``matchBase``), ``!`` re-includes."""
        return GlobIgnoreStrategy(absolute_root_path, patterns)

    @staticmethod
    def git(absolute_root_path: str, patterns: Sequence[str]) -> GitIgnoreStrategy:
        """``.gitignore`` rules."""
        return GitIgnoreStrategy(absolute_root_path, patterns)

    @staticmethod
    def docker(absolute_root_path: str, patterns: Sequence[str]) -> DockerIgnoreStrategy:
        """``.dockerignore`` rules."""
        return DockerIgnoreStrategy(absolute_root_path, patterns)

    @staticmethod
    def from_copy_options(options: CopyOptions, absolute_root_path: str) -> IgnoreStrategy:
        """The strategy of ``options.ignore_mode`` (GLOB by default) with ``options.exclude``."""
        from ._assets import IgnoreMode

        exclude = list(options.exclude or [])
        mode = options.ignore_mode or IgnoreMode.GLOB
        if mode is IgnoreMode.GIT:
            return IgnoreStrategy.git(absolute_root_path, exclude)
        if mode is IgnoreMode.DOCKER:
            return IgnoreStrategy.docker(absolute_root_path, exclude)
        return IgnoreStrategy.glob(absolute_root_path, exclude)


class _RulesStrategy(IgnoreStrategy):
    _mode = "glob"
    _name = "GlobIgnoreStrategy"

    def __init__(self, absolute_root_path: str, patterns: Sequence[str]) -> None:
        _check_absolute(absolute_root_path, f"{self._name} expects an absolute file path")
        self.absolute_root_path = absolute_root_path
        self.patterns: list[str] = list(patterns)
        self._rules: IgnoreRules | None = None

    def add(self, pattern: str) -> None:
        """Add an exclude pattern."""
        self.patterns.append(pattern)
        self._rules = None

    def _compiled(self) -> IgnoreRules:
        if self._rules is None:
            from ._private.ignore_rules import ignore_rules

            self._rules = ignore_rules(self.patterns, self._mode)
        return self._rules

    def _relative(self, path: str, what: str) -> str:
        _check_absolute(path, f"{self._name}.{what}() expects an absolute path")
        return os.path.relpath(path, self.absolute_root_path).replace(os.sep, "/")

    def ignores(self, absolute_file_path: str) -> bool:
        """Whether the file (an absolute path below the root) is left out."""
        return self._compiled().ignores(self._relative(absolute_file_path, "ignores"))


class GlobIgnoreStrategy(_RulesStrategy):
    """Excludes as minimatch globs (``matchBase``: a pattern without ``/`` matches base names).

    Args:
        absolute_root_path: the directory the patterns are relative to.
        patterns: the globs.
    """


class GitIgnoreStrategy(_RulesStrategy):
    """Excludes as ``.gitignore`` rules.

    Args:
        absolute_root_path: the directory the patterns are relative to.
        patterns: the rules.
    """

    _mode = "git"
    _name = "GitIgnoreStrategy"

    def completely_ignores(self, absolute_directory_path: str) -> bool:
        """Whether the directory is left out with everything inside."""
        return self._compiled().completely_ignores(self._relative(absolute_directory_path, "completelyIgnores"))


class DockerIgnoreStrategy(_RulesStrategy):
    """Excludes as ``.dockerignore`` rules (a directory is skipped whole only if no ``!`` rule reaches inside).

    Args:
        absolute_root_path: the directory the patterns are relative to.
        patterns: the rules.
    """

    _mode = "docker"
    _name = "DockerIgnoreStrategy"

    def ignores(self, absolute_file_path: str) -> bool:
        """Whether the file (an absolute path below the root) is left out."""
        return self._compiled().ignores(self._relative(absolute_file_path, "ignores"))

    def completely_ignores(self, absolute_directory_path: str) -> bool:
        """Whether the directory is left out with everything inside."""
        return self._compiled().completely_ignores(self._relative(absolute_directory_path, "ignores"))


class _ClassProperty:
    def __init__(self, getter: object) -> None:
        self._getter = getter

    def __get__(self, instance: object, owner: type) -> str:
        return self._getter()  # type: ignore[operator,no-any-return]


def _tmpdir() -> str:
    cached = FileSystem.__dict__.get("_tmpdir_value")
    if cached is None:
        import tempfile

        cached = os.path.realpath(tempfile.gettempdir())
        FileSystem._tmpdir_value = cached
    return cached


class FileSystem:
    """File system helpers of assets: fingerprints, copies and temporary directories."""

    _tmpdir_value: str | None = None
    tmpdir = _ClassProperty(_tmpdir)
    """The system temporary directory, links resolved."""

    @staticmethod
    def fingerprint(
        file_or_directory: str,
        *,
        extra_hash: str | None = None,
        exclude: Sequence[str] | None = None,
        follow: SymlinkFollowMode | None = None,
        ignore_mode: IgnoreMode | None = None,
    ) -> str:
        """The SHA-256 fingerprint of a file or directory (what an asset's SOURCE hash is made of)."""
        from ._private.fingerprint import fingerprint

        if not os.path.exists(file_or_directory):
            raise UnscopedValidationError(f"Cannot find asset at {file_or_directory}")
        return fingerprint(
            file_or_directory,
            extra_hash=extra_hash,
            exclude=exclude,
            follow=follow.value if follow is not None else "external",
            ignore_mode=ignore_mode.value if ignore_mode is not None else None,
            refuse_blocked_links=False,
        )

    @staticmethod
    def copy_directory(
        src_dir: str, dest_dir: str, options: CopyOptions | None = None, root_dir: str | None = None
    ) -> None:
        """Copy ``src_dir`` into ``dest_dir`` leaving out what ``options.exclude`` names."""
        from ._private.fingerprint import copy_directory

        opts = options or CopyOptions()
        copy_directory(
            src_dir,
            dest_dir,
            exclude=opts.exclude,
            follow=opts.follow.value if opts.follow is not None else "external",
            ignore_mode=opts.ignore_mode.value if opts.ignore_mode is not None else None,
        )

    @staticmethod
    def is_empty(dir: str) -> bool:
        """Whether the directory has no entries."""
        return not os.listdir(dir)

    @staticmethod
    def mkdtemp(prefix: str) -> str:
        """A new directory under ``FileSystem.tmpdir`` whose name starts with ``prefix``."""
        import tempfile

        return tempfile.mkdtemp(prefix=prefix, dir=_tmpdir())

    @staticmethod
    def rmrf(dirname: str) -> None:
        """Remove a file or directory tree (no error if it does not exist)."""
        import shutil

        if os.path.isdir(dirname) and not os.path.islink(dirname):
            shutil.rmtree(dirname, ignore_errors=True)
        elif os.path.lexists(dirname):
            os.remove(dirname)
