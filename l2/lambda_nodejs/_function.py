"""``NodejsFunction``: a Lambda function whose TypeScript or JavaScript entry is bundled with esbuild."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Duration, FeatureFlags, RemovalPolicy, Size, ValidationError
from constructs.internals import check_deprecated_props, structs
from l2.lambda_ import (
    AdotInstrumentationConfig,
    ApplicationLogLevel,
    Architecture,
    Code,
    DurableConfig,
    FileSystem,
    Function,
    FunctionOptions,
    ICodeSigningConfig,
    IDestination,
    IEventSource,
    ILayerVersion,
    LambdaInsightsVersion,
    LoggingFormat,
    LogRetentionRetryOptions,
    ParamsAndSecretsLayerVersion,
    RecursiveLoop,
    Runtime,
    RuntimeFamily,
    RuntimeManagementMode,
    SnapStartConf,
    SystemLogLevel,
    TenancyConfig,
    Tracing,
    VersionOptions,
)

from ._bundling import Bundling, is_sdk_v2_runtime
from ._private.project import LOCK_FILES, find_up_multiple
from ._types import BundlingOptions

if TYPE_CHECKING:
    from constructs import Construct
    from l2.codeguruprofiler import IProfilingGroup
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IRole, PolicyStatement
    from l2.kms import IKey
    from l2.logs import ILogGroup, RetentionDays
    from l2.sns import ITopic
    from l2.sqs import IQueue

_USE_LATEST_RUNTIME = "@aws-cdk/aws-lambda-nodejs:useLatestRuntimeVersion"
_ENTRY_EXTENSIONS = re.compile(r"\.(jsx?|tsx?|cjs|cts|mjs|mts)$")
_DEFAULT_ENTRY_EXTENSIONS = (".ts", ".js", ".mjs", ".mts", ".cts", ".cjs")
# the keyword arguments NodejsFunction passes on to Function
_FUNCTION_KWARGS = (
    "adot_instrumentation",
    "allow_all_ipv6_outbound",
    "allow_all_outbound",
    "allow_public_subnet",
    "application_log_level",
    "application_log_level_v2",
    "architecture",
    "code_signing_config",
    "current_version_options",
    "dead_letter_queue",
    "dead_letter_queue_enabled",
    "dead_letter_topic",
    "description",
    "durable_config",
    "environment",
    "environment_encryption",
    "ephemeral_storage_size",
    "events",
    "filesystem",
    "function_name",
    "initial_policy",
    "insights_version",
    "ipv6_allowed_for_dual_stack",
    "layers",
    "log_format",
    "logging_format",
    "log_group",
    "log_removal_policy",
    "log_retention",
    "log_retention_retry_options",
    "log_retention_role",
    "memory_size",
    "params_and_secrets",
    "profiling",
    "profiling_group",
    "recursive_loop",
    "reserved_concurrent_executions",
    "role",
    "runtime_management_mode",
    "security_groups",
    "snap_start",
    "system_log_level",
    "system_log_level_v2",
    "tenancy_config",
    "timeout",
    "tracing",
    "vpc",
    "vpc_subnets",
    "max_event_age",
    "on_failure",
    "on_success",
    "retry_attempts",
)
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
        adot_instrumentation ... retry_attempts: the other keyword arguments of ``Function`` (``timeout``,
            ``environment``, ``vpc``, ...), as there.

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
        adot_instrumentation: AdotInstrumentationConfig | None = None,
        allow_all_ipv6_outbound: bool | None = None,
        allow_all_outbound: bool | None = None,
        allow_public_subnet: bool | None = None,
        application_log_level: str | None = None,
        application_log_level_v2: ApplicationLogLevel | None = None,
        architecture: Architecture | None = None,
        code_signing_config: ICodeSigningConfig | None = None,
        current_version_options: VersionOptions | None = None,
        dead_letter_queue: IQueue | None = None,
        dead_letter_queue_enabled: bool | None = None,
        dead_letter_topic: ITopic | None = None,
        description: str | None = None,
        durable_config: DurableConfig | None = None,
        environment: Mapping[str, str] | None = None,
        environment_encryption: IKey | None = None,
        ephemeral_storage_size: Size | None = None,
        events: Sequence[IEventSource] | None = None,
        filesystem: FileSystem | None = None,
        function_name: str | None = None,
        initial_policy: Sequence[PolicyStatement] | None = None,
        insights_version: LambdaInsightsVersion | None = None,
        ipv6_allowed_for_dual_stack: bool | None = None,
        layers: Sequence[ILayerVersion] | None = None,
        log_format: str | None = None,
        logging_format: LoggingFormat | None = None,
        log_group: ILogGroup | None = None,
        log_removal_policy: RemovalPolicy | None = None,
        log_retention: RetentionDays | None = None,
        log_retention_retry_options: LogRetentionRetryOptions | None = None,
        log_retention_role: IRole | None = None,
        memory_size: float | None = None,
        params_and_secrets: ParamsAndSecretsLayerVersion | None = None,
        profiling: bool | None = None,
        profiling_group: IProfilingGroup | None = None,
        recursive_loop: RecursiveLoop | None = None,
        reserved_concurrent_executions: float | None = None,
        role: IRole | None = None,
        runtime_management_mode: RuntimeManagementMode | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        snap_start: SnapStartConf | None = None,
        system_log_level: str | None = None,
        system_log_level_v2: SystemLogLevel | None = None,
        tenancy_config: TenancyConfig | None = None,
        timeout: Duration | None = None,
        tracing: Tracing | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        given = locals()
        check_deprecated_props("aws_lambda_nodejs.NodejsFunctionProps", given)
        props: dict[str, Any] = {name: given[name] for name in _FUNCTION_KWARGS if given[name] is not None}
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

