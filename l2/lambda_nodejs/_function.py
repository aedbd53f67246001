"""``NodejsFunction``: a Lambda function whose TypeScript or JavaScript entry is bundled with esbuild."""

from __future__ import annotations

import inspect
import os
import re
import sys
from typing import TYPE_CHECKING, Any

from constructs import Annotations, FeatureFlags, ValidationError
from constructs.internals import check_deprecated_props, structs
from l2.lambda_ import Architecture, Code, Function, FunctionOptions, Runtime, RuntimeFamily

from ._bundling import Bundling, is_sdk_v2_runtime
from ._private.project import LOCK_FILES, find_up_multiple
from ._types import BundlingOptions

if TYPE_CHECKING:
    from constructs import Construct

_USE_LATEST_RUNTIME = "@aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion"
_ENTRY_EXTENSIONS = re.compile(r"\.(jsx?|tsx?|cjs|cts|mjs|mts)$")
_DEFAULT_ENTRY_EXTENSIONS = (".ts", ".js", ".mjs", ".mts", ".cts", ".cjs")
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
_PYCDK_ROOT = os.path.dirname(os.path.dirname(_PACKAGE_DIR))
# frames in these folders are pycdk's own (its constructors, the argument checks): the defining file is further out
_OWN_DIRS = tuple(os.path.join(_PYCDK_ROOT, name) + os.sep for name in ("constructs", "l1", "l2", "patterns"))


@structs.frozen(kw_only=True)
class NodejsFunctionProps(FunctionOptions):
    """Props of ``NodejsFunction``: a function's options plus the Node.js ones (see ``NodejsFunction`` for each
    keyword argument)."""

    aws_sdk_connection_reuse: bool | None = None
    bundling: BundlingOptions | None = None
    code: Code | None = None
    deps_lock_file_path: str | None = None
    entry: str | None = None
    handler: str | None = None
    project_root: str | None = None
    runtime: Runtime | None = None


class NodejsFunction(Function):
    """A Node.js Lambda function whose entry file is bundled with esbuild (locally when esbuild is installed in the
    project or on the PATH, else in a Docker container).

    Args:
        entry: the TypeScript or JavaScript file of the handler (default: ``<defining file>.<id>.ts`` next to the
            file that creates the function, or ``.js``, ``.mjs``, ``.mts``, ``.cts``, ``.cjs``).
        handler: the exported function, or ``file.function`` (default ``handler``, as ``index.handler``).
        runtime: a Node.js runtime (default ``NODEJS_LATEST`` under the ``useLatestRuntimeVersion`` flag, else
            ``NODEJS_16_X``).
        code: code to use instead of bundling ``entry`` (then ``handler`` is required).
        aws_sdk_connection_reuse: set ``AWS_NODEJS_CONNECTION_REUSE_ENABLED`` (default: on for the AWS SDK v2
            runtimes, Node.js 16 and older; it has no effect in SDK v3).
        bundling: how the entry is bundled (``BundlingOptions``).
        deps_lock_file_path: the lock file (default: the nearest ``pnpm-lock.yaml``, ``yarn.lock``, ``bun.lock``,
            ``bun.lockb`` or ``package-lock.json`` from the working directory up).
        project_root: the folder mounted for bundling (default: the lock file's folder).
        **props: the other ``Function`` keyword arguments (``timeout``, ``environment``, ``vpc``, ...).

    Raises:
        ValidationError: a non-Node.js runtime, ``code`` without ``handler``, an entry or lock file that is missing,
            of the wrong kind or outside the project root, or several lock files found.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda-nodejs.NodejsFunction"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        aws_sdk_connection_reuse: bool | None = None,
        bundling: BundlingOptions | None = None,
        code: Code | None = None,
        deps_lock_file_path: str | None = None,
        entry: str | None = None,
        handler: str | None = None,
        project_root: str | None = None,
        runtime: Runtime | None = None,
        **props: Any,
    ) -> None:
        check_deprecated_props("aws_lambda_nodejs.NodejsFunctionProps", {**locals(), **props})
        if runtime is not None and runtime.family is not RuntimeFamily.NODEJS:
            raise ValidationError("Only `NODEJS` runtimes are supported.", scope)
        runtime = runtime or (
            Runtime.NODEJS_LATEST if FeatureFlags.of(scope).is_enabled(_USE_LATEST_RUNTIME) else Runtime.NODEJS_16_X
        )
        if code is not None:
            if handler is None:
                raise ValidationError(
                    "Cannot determine handler when `code` property is specified. Use `handler` property to specify a "
                    "handler.\nThe handler should be the name of the exported function to be invoked and the file "
                    "containing that function.\nFor example, handler should be specified in the form "
                    "`myFile.myFunction`",
                    scope,
                )
            super().__init__(scope, id, code=code, handler=handler, runtime=runtime, **props)
        else:
            entry_path = os.path.abspath(_find_entry(scope, id, entry))
            architecture = props.get("architecture") or Architecture.X86_64
            lock_file = _find_lock_file(scope, deps_lock_file_path)
            root = os.path.abspath(project_root if project_root is not None else os.path.dirname(lock_file))
            bundled = Bundling.bundle(scope, entry=entry_path, project_root=root, deps_lock_file_path=lock_file,
                                      runtime=runtime, architecture=architecture, options=bundling)
            handler = handler if handler is not None else "handler"
            super().__init__(scope, id, code=bundled, handler=handler if "." in handler else f"index.{handler}",
                             runtime=runtime, **props)
        if is_sdk_v2_runtime(runtime):
            if aws_sdk_connection_reuse is None or aws_sdk_connection_reuse:
                self.add_environment("AWS_NODEJS_CONNECTION_REUSE_ENABLED", "1", remove_in_edge=True)
        elif aws_sdk_connection_reuse:
            Annotations.of(scope).add_warning_v2(
                "aws-cdk-lib/aws-lambda-nodejs:unusedSdkEvironmentVariable",
                "The AWS_NODEJS_CONNECTION_REUSE_ENABLED environment variable does not exist in SDK v3. You have "
                "explicitly set `awsSdkConnectionReuse`; please make sure this is intentional.",
            )
            self.add_environment("AWS_NODEJS_CONNECTION_REUSE_ENABLED", "1", remove_in_edge=True)


def _find_lock_file(scope: Construct, deps_lock_file_path: str | None) -> str:
    if deps_lock_file_path:
        if not os.path.exists(deps_lock_file_path):
            raise ValidationError(f"Lock file at {deps_lock_file_path} doesn't exist", scope)
        if not os.path.isfile(deps_lock_file_path):
            raise ValidationError("`depsLockFilePath` should point to a file", scope)
        return os.path.abspath(deps_lock_file_path)
    found = find_up_multiple(LOCK_FILES)
    if not found:
        raise ValidationError(
            "Cannot find a package lock file (`pnpm-lock.yaml`, `yarn.lock`, `bun.lockb`, `bun.lock` or "
            "`package-lock.json`). Please specify it with `depsLockFilePath`.",
            scope,
        )
    if len(found) > 1:
        raise ValidationError(
            f"Multiple package lock files found: {', '.join(found)}. Please specify the desired one with "
            "`depsLockFilePath`.",
            scope,
        )
    return found[0]


def _find_entry(scope: Construct, id: str, entry: str | None) -> str:
    if entry:
        if not _ENTRY_EXTENSIONS.search(entry):
            raise ValidationError("Only JavaScript or TypeScript entry files are supported.", scope)
        if not os.path.exists(entry):
            raise ValidationError(f"Cannot find entry file at {entry}", scope)
        return entry
    defining = _defining_file(scope)
    stem = os.path.splitext(defining)[0]
    candidates = [f"{stem}.{id}{ext}" for ext in _DEFAULT_ENTRY_EXTENSIONS]
    for candidate in candidates:
        if os.path.exists(candidate):
            return candidate
    raise ValidationError(f"Cannot find handler file {', '.join(candidates[:-1])} or {candidates[-1]}", scope)


def _defining_file(scope: Construct) -> str:
    """The file of the code that creates the function: the first frame outside pycdk's packages."""
    frame = sys._getframe(1)
    while frame is not None:
        raw = frame.f_code.co_filename
        if not raw.startswith("<"):  # not generated code (the argument checks' wrappers)
            filename = os.path.abspath(raw)
            if not filename.startswith(_OWN_DIRS):
                return filename
        frame = frame.f_back  # type: ignore[assignment]
    raise ValidationError("Cannot find defining file.", scope)


def _signature() -> inspect.Signature:
    own = [p for p in inspect.signature(NodejsFunction.__init__).parameters.values()
           if p.kind is not inspect.Parameter.VAR_KEYWORD]
    names = {p.name for p in own}
    base = [p for name, p in inspect.signature(Function.__init__).parameters.items()
            if name not in names and name not in ("self", "scope", "id")]
    return inspect.signature(NodejsFunction.__init__).replace(parameters=[*own, *base])


# the keyword arguments NodejsFunction forwards to Function, shown in its signature
NodejsFunction.__init__.__signature__ = _signature()  # type: ignore[attr-defined]
