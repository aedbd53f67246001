"""``Function``: a Lambda function with its execution role (``AWS::Lambda::Function``)."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Construct,
    Duration,
    FeatureFlags,
    Fn,
    Lazy,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import check_deprecated_props
from l1.lambda_ import CfnFunction
from l2._private.iam_module import iam as _iam_module

from ._code import Code, CodeConfig
from ._function_base import FunctionBase, metric_options
from ._function_config import (
    DurableConfig,
    FileSystem,
    Handler,
    ICodeSigningConfig,
    RecursiveLoop,
    RuntimeManagementMode,
    SnapStartConf,
    TenancyConfig,
)
from ._layer_extensions import (
    AdotInstrumentationConfig,
    AdotLambdaExecWrapper,
    LambdaInsightsVersion,
    ParamsAndSecretsLayerVersion,
)
from ._layers import LayerVersion
from ._runtime import Architecture, Runtime, RuntimeFamily

if TYPE_CHECKING:
    from constructs import RemovalPolicy, Size
    from l2.cloudwatch import Metric, Unit
    from l2.codeguruprofiler import IProfilingGroup
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IPrincipal, IRole, PolicyStatement
    from l2.kms import IKey
    from l2.lambda_._alias import VersionWeight
    from l2.lambda_._event_invoke_config import IDestination
    from l2.lambda_._function_base import IEventSource
    from l2.lambda_._function_config import LogRetentionRetryOptions
    from l2.logs import ILogGroup, RetentionDays
    from l2.sns import ITopic
    from l2.sqs import IQueue

    from ._alias import Alias
    from ._layers import ILayerVersion
    from ._version import Version, VersionOptions

_RESERVED_ENV = frozenset({
    "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT",
    "LAMBDA_RUNTIME_DIR",
})
_FUNCTION_NAME = r"^[a-zA-Z0-9-_]+$"  # patterns compiled (and cached by ``re``) on first use
_RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"
_MOUNT_PATH = r"^/mnt/[a-zA-Z0-9-_.]+$"
_EFS_DEFAULT_PORT = 2049
_PROFILER_VARIABLES = ("AWS_CODEGURU_PROFILER_GROUP_NAME", "AWS_CODEGURU_PROFILER_GROUP_ARN",
                       "AWS_CODEGURU_PROFILER_TARGET_REGION", "AWS_CODEGURU_PROFILER_ENABLED")


class Tracing(enum.Enum):
    """X-Ray tracing mode."""

    ACTIVE = "Active"
    PASS_THROUGH = "PassThrough"
    DISABLED = "Disabled"


class LoggingFormat(enum.Enum):
    """The format of the function's logs."""

    TEXT = "Text"
    JSON = "JSON"


class ApplicationLogLevel(enum.Enum):
    """The minimum application log level sent to CloudWatch (JSON logs only)."""

    TRACE = "TRACE"
    DEBUG = "DEBUG"
    INFO = "INFO"
    WARN = "WARN"
    ERROR = "ERROR"
    FATAL = "FATAL"


class SystemLogLevel(enum.Enum):
    """The minimum system log level sent to CloudWatch (JSON logs only)."""

    DEBUG = "DEBUG"
    INFO = "INFO"
    WARN = "WARN"


class _UnknownPrincipal:
    """The principal of an imported function without a role: grants to it are dropped."""

    def __init__(self, resource: Construct) -> None:
        self._resource = resource
        self.assume_role_action = "sts:AssumeRole"
        self.principal_account = None

    @property
    def grant_principal(self) -> _UnknownPrincipal:
        return self

    @property
    def policy_fragment(self) -> Any:
        raise ValidationError(
            f"Cannot get policy fragment of {self._resource.node.path}, resolve using "
            "'grantPrincipal.addToPrincipalPolicy'",
            self._resource,
        )

    def add_to_principal_policy(self, statement: Any) -> Any:
        from constructs import Annotations
        from l2 import iam

        Annotations.of(self._resource).add_warning_v2(
            "@aws-cdk/aws-iam:unknownPrincipal",
            f"Add statement to this resource's role: {statement.to_statement_json()}",
        )
        return iam.AddToPrincipalPolicyResult(statement_added=False)

    def add_to_policy(self, statement: Any) -> bool:
        return self.add_to_principal_policy(statement).statement_added

    def __str__(self) -> str:
        return f"<UnknownPrincipal ({self._resource.node.path})>"


class _ImportedFunction(FunctionBase):
    def __init__(self, scope: Construct, id: str, *, function_arn: str, role: Any,
                 architecture: Architecture | None, same_environment: bool | None, skip_permissions: bool | None,
                 tenancy_config: Any, security_group: Any = None) -> None:
        super().__init__(scope, id, environment_from_arn=function_arn)
        if security_group is not None:
            from l2 import ec2

            self._connections = ec2.Connections(security_groups=[security_group])
        self.function_arn = function_arn
        self.function_name = Fn.select(6, Fn.split(":", function_arn))
        self.role = role
        self.tenancy_config = tenancy_config
        self.grant_principal = role if role is not None else _UnknownPrincipal(self)
        self.architecture = architecture or Architecture.X86_64
        self.can_create_permissions = same_environment if same_environment is not None else self._is_stack_account()
        self._skip_permissions = bool(skip_permissions)


USE_CDK_MANAGED_LOG_GROUP = "@aws-cdk/aws-lambda:useCdkManagedLogGroup"
# The FunctionProps fields jsii's deprecation check looks at (``deprecated_props.CHECKS``): ``Function.__init__``
# runs the check only when one of them is given (a test keeps the two lists equal).
_DEPRECATION_FIELDS = ("application_log_level", "log_format", "log_removal_policy", "log_retention",
                       "log_retention_retry_options", "system_log_level", "vpc_subnets")


class Function(FunctionBase):
    """A Lambda function, with a ``ServiceRole`` (AWSLambdaBasicExecutionRole) unless ``role`` is given.

    Args:
        code: the package (``Code.from_inline``, ``Code.from_bucket``, ``Code.from_asset``).
        handler: the entry point, e.g. ``index.handler``.
        runtime: e.g. ``Runtime.PYTHON_3_12``.
        architecture: ``Architecture.X86_64`` (default) or ``ARM_64``.
        environment: environment variables, rendered in insertion order (sorted once ``current_version`` is used).
        timeout / memory_size / reserved_concurrent_executions / description / function_name: as in CloudFormation.
        tracing: X-Ray mode; anything but DISABLED adds the X-Ray write statement to the role's policy.
        dead_letter_queue_enabled / dead_letter_queue / dead_letter_topic: asynchronous-invocation DLQ.
        layers: up to 5 layers.
        role / initial_policy: the execution role, or statements for the default one.
        log_retention / log_retention_role / log_retention_retry_options / log_removal_policy: a
            ``logs.LogRetention`` custom resource for ``/aws/lambda/<name>`` (pycdk's own handler code).
        log_group / logging_format / application_log_level_v2 / system_log_level_v2: logging configuration.
        current_version_options: options of ``current_version``.
        max_event_age / retry_attempts / on_failure / on_success: asynchronous invocation settings.
        vpc / vpc_subnets / security_groups: run in a VPC (default subnets: the private ones); without
            ``security_groups`` a new group is made.
        allow_all_outbound / allow_all_ipv6_outbound: the new security group's egress (default: all IPv4,
            no IPv6); only without ``security_groups``.
        allow_public_subnet: accept public subnets in ``vpc_subnets`` (a function there gets no public IP).
        ipv6_allowed_for_dual_stack: let the function use IPv6 in dual-stack subnets.
        filesystem: an EFS access point to mount (``FileSystem.from_efs_access_point``; needs ``vpc``).
        ephemeral_storage_size: the size of ``/tmp``, 512 MiB to 10 GiB (default 512 MiB).
        events: event sources to add (as ``add_event_source`` does).
        environment_encryption: the KMS key that encrypts the environment variables (default: AWS managed).
        code_signing_config: the code-signing configuration the code must satisfy.
        insights_version: a Lambda Insights extension layer, with its managed policy on the role.
        adot_instrumentation: an AWS Distro for OpenTelemetry layer and its exec wrapper.
        params_and_secrets: the Parameters and Secrets extension layer and its environment variables.
        profiling / profiling_group: CodeGuru Profiler, with a new or the given profiling group.
        recursive_loop: what Lambda does on a detected recursive loop (default: terminate it).
        runtime_management_mode: when the runtime is updated (default: automatically).
        snap_start: SnapStart for published versions (supported runtimes only).
        tenancy_config: per-tenant isolation of execution environments.
        durable_config: durable execution settings (uses the durable basic execution policy).
        application_log_level / system_log_level / log_format: string forms of ``application_log_level_v2``,
            ``system_log_level_v2`` and ``logging_format`` (deprecated in aws-cdk-lib).

    Raises:
        ValidationError: invalid name, description, DLQ combination, layers or logging options.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.Function"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    # Set on an instance only when there is one (a Function keeps under 30 instance attributes, so its
    # attribute dict stays a compact shared-key one).
    _current_version: Version | None = None
    current_version_options: VersionOptions | None = None
    dead_letter_queue: IQueue | None = None
    dead_letter_topic: ITopic | None = None

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: Code,
        handler: str,
        runtime: Runtime,
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
        # jsii's deprecation warnings, for the props whose check can report something (``_DEPRECATION_FIELDS``):
        # ``locals()`` of this signature costs more than the rest of a plain function's checks
        if (application_log_level is not None or log_format is not None or log_removal_policy is not None
                or log_retention is not None or log_retention_retry_options is not None
                or system_log_level is not None or vpc_subnets is not None):
            check_deprecated_props("aws_lambda.FunctionProps", locals())
        super().__init__(scope, id, physical_name=function_name)
        if function_name and not Token.is_unresolved(function_name):
            if len(function_name) > 64:
                raise ValidationError(
                    f"Function name can not be longer than 64 characters but has {len(function_name)} characters.",
                    self,
                )
            if not re.match(_FUNCTION_NAME, function_name):
                raise ValidationError(
                    f"Function name {function_name} can contain only letters, numbers, hyphens, or underscores with "
                    "no spaces.",
                    self,
                )
        if description and not Token.is_unresolved(description) and len(description) > 256:
            raise ValidationError(
                f"Function description can not be longer than 256 characters but has {len(description)} characters.",
                self,
            )
        iam = _iam_module()

        self.can_create_permissions = True
        if role is None:
            basic = ("service-role/AWSLambdaBasicDurableExecutionRolePolicy" if durable_config is not None
                     else "service-role/AWSLambdaBasicExecutionRole")
            managed = [iam.ManagedPolicy.from_aws_managed_policy_name(basic)]
            if vpc is not None:
                managed.append(iam.ManagedPolicy.from_aws_managed_policy_name(
                    "service-role/AWSLambdaVPCAccessExecutionRole"))
            role = iam.Role(self, "ServiceRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                            managed_policies=managed)
        self.role = role
        self.grant_principal: IPrincipal = self.role
        if tenancy_config is not None:
            self.tenancy_config: TenancyConfig = tenancy_config
        if filesystem is not None:
            mount = filesystem.config.local_mount_path
            if not Token.is_unresolved(mount):
                if not re.match(_MOUNT_PATH, mount):
                    raise ValidationError(
                        f"Local mount path should match with ^/mnt/[a-zA-Z0-9-_.]+$ but given {mount}.", self
                    )
                if len(mount) > 160:
                    raise ValidationError(
                        f"Local mount path can not be longer than 160 characters but has {len(mount)} characters.",
                        self,
                    )
            for statement in filesystem.config.policies or []:
                self.role.add_to_principal_policy(statement)
        for statement in initial_policy or []:
            self.role.add_to_principal_policy(statement)
        code_config = code.bind(self)
        _verify_code_config(code_config, runtime, handler)

        self._environment: dict[str, str] = {}
        # tuples until something is added: the empty tuple is one shared object (two lists per function otherwise)
        self._hash_mixins: tuple[str, ...] = ()
        self._layers: tuple[ILayerVersion, ...] = ()
        env = dict(self._profiling_environment(runtime, environment, profiling, profiling_group))
        env.update(environment or {})
        # aws-cdk-lib gives the environment to the L1 at once; pycdk adds it lazily once the L1 exists
        pending_env = env

        dlq = self._build_dead_letter_queue(dead_letter_queue, dead_letter_queue_enabled, dead_letter_topic)
        if dlq is not None:
            if _is_queue(dlq):
                self.dead_letter_queue = dlq
            else:
                self.dead_letter_topic = dlq
        file_system_configs = None
        if filesystem is not None:
            direct_read = filesystem._s3_files_direct_read
            file_system_configs = [{"arn": filesystem.config.arn,
                                    "local_mount_path": filesystem.config.local_mount_path,
                                    "s3_files_config": {"direct_s3_read": direct_read} if direct_read else None}]
        self._architecture = architecture
        if (ephemeral_storage_size is not None and not ephemeral_storage_size.is_unresolved()
                and not 512 <= ephemeral_storage_size.to_mebibytes() <= 10240):
            raise ValidationError(
                f"Ephemeral storage size must be between 512 and 10240 MB, received "
                f"Size.{ephemeral_storage_size.unit}({_js_number(ephemeral_storage_size.amount)}).",
                self,
            )
        from_image = runtime is Runtime.FROM_IMAGE
        s3 = code_config.s3_location
        image = code_config.image
        image_config = None
        if image is not None and (image.cmd or image.entrypoint or image.working_directory):
            image_config = {"command": image.cmd, "entry_point": image.entrypoint,
                            "working_directory": image.working_directory}
        vpc_config = self._configure_vpc(vpc, vpc_subnets, security_groups, allow_all_outbound,
                                         allow_all_ipv6_outbound, allow_public_subnet, ipv6_allowed_for_dual_stack,
                                         filesystem)
        self.resource: CfnFunction = CfnFunction(
            self,
            "Resource",
            function_name=self.physical_name if function_name is not None else None,
            description=description,
            code={
                "s3_bucket": s3.bucket_name if s3 else None,
                "s3_key": s3.object_key if s3 else None,
                "s3_object_version": s3.object_version if s3 else None,
                "zip_file": code_config.inline_code,
                "image_uri": image.image_uri if image is not None else None,
                "source_kms_key_arn": code_config.source_kms_key_arn,
                "s3_object_storage_mode": code_config.s3_object_storage_mode.value
                if code_config.s3_object_storage_mode is not None else None,
            },
            handler=None if handler == Handler.FROM_IMAGE else handler,
            timeout=timeout.to_seconds() if timeout is not None else None,
            package_type="Image" if from_image else None,
            runtime=None if from_image else _effective_runtime(self, runtime).name,
            role=self.role.role_arn,
            memory_size=memory_size,
            ephemeral_storage={"size": ephemeral_storage_size.to_mebibytes()} if ephemeral_storage_size else None,
            vpc_config=vpc_config,
            dead_letter_config={"target_arn": dlq.queue_arn if _is_queue(dlq) else dlq.topic_arn} if dlq else None,
            reserved_concurrent_executions=reserved_concurrent_executions,
            image_config=image_config,
            kms_key_arn=environment_encryption.key_arn if environment_encryption is not None else None,
            file_system_configs=file_system_configs,
            code_signing_config_arn=(code_signing_config.code_signing_config_arn
                                     if code_signing_config is not None else None),
            architectures=[architecture.name] if architecture is not None else None,
            runtime_management_config=(runtime_management_mode.runtime_management_config
                                       if runtime_management_mode is not None else None),
            tenancy_config=tenancy_config.tenancy_config_property if tenancy_config is not None else None,
            durable_config=self._render_durable_config(durable_config) if durable_config is not None else None,
            snap_start=self._configure_snap_start(snap_start, runtime, tenancy_config, filesystem,
                                                  ephemeral_storage_size),
            logging_config=self._logging_config(log_group, log_format, logging_format, application_log_level,
                                                application_log_level_v2, system_log_level, system_log_level_v2),
            recursive_loop=getattr(recursive_loop, "value", recursive_loop),
        )
        # layers and environment: lazy values given to the L1 on the first layer / variable
        for key, value in pending_env.items():
            self.add_environment(key, value)
        if tracing is not None or adot_instrumentation is not None:
            self.resource.tracing_config = self._build_tracing_config(tracing or Tracing.ACTIVE)
        self._log_group = log_group
        self.resource.node.add_dependency(self.role)
        self.runtime = runtime
        self.timeout = timeout
        self.architecture: Architecture = architecture or Architecture.X86_64
        if layers:
            if from_image:
                raise ValidationError("Layers are not supported for container image functions", self)
            self.add_layers(*layers)
        for event in events or []:
            self.add_event_source(event)
        if log_removal_policy is not None:
            if log_group is not None:
                raise ValidationError("Cannot use `logRemovalPolicy` and `logGroup` together. Please set the removal "
                                      "policy on the logGroup directly", self)
            if FeatureFlags.of(self).is_enabled(USE_CDK_MANAGED_LOG_GROUP):
                raise ValidationError("Cannot use `logRemovalPolicy` and `@aws-cdk/aws-lambda:useCdkManagedLogGroup` "
                                      "flag together. Please set the removal policy on the automatically created log "
                                      "group directly", self)
        if log_retention is not None:
            if log_group is not None:
                raise ValidationError("CDK does not support setting logRetention and logGroup", self)
            from l2 import logs

            retention = logs.LogRetention(self, "LogRetention", log_group_name=f"/aws/lambda/{self.function_name}",
                                          retention=log_retention, role=log_retention_role,
                                          log_retention_retry_options=log_retention_retry_options,
                                          removal_policy=log_removal_policy)
            self._log_group = logs.LogGroup.from_log_group_arn(self, "LogGroup", retention.log_group_arn)
        elif log_group is None and FeatureFlags.of(self).is_enabled(USE_CDK_MANAGED_LOG_GROUP):
            # the recommended flag `cdk init` sets: a CDK-managed log group per function (RETAIN, 731 days)
            from l2 import logs

            self._log_group = logs.LogGroup(self, "LogGroup", log_group_name=f"/aws/lambda/{self.resource.ref}")
        code.bind_to_resource(self.resource)
        self._maybe_configure_async_invoke(max_event_age, on_failure, on_success, retry_attempts)
        if current_version_options is not None:
            self.current_version_options = current_version_options
        if filesystem is not None:
            self._add_filesystem_dependencies(vpc, filesystem)
        if insights_version is not None:
            if not from_image:
                self.add_layers(LayerVersion.from_layer_version_arn(
                    self, "LambdaInsightsLayer", insights_version._bind(self, self).arn))
            self.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name(
                "CloudWatchLambdaInsightsExecutionRolePolicy"))
        if adot_instrumentation is not None:
            self._configure_adot(adot_instrumentation, from_image)
        if params_and_secrets is not None:
            bound = params_and_secrets._bind(self, self)
            self.add_layers(LayerVersion.from_layer_version_arn(self, "ParamsAndSecretsLayer", bound.arn))
            for key, value in bound.environment_vars.items():
                self.add_environment(key, str(value))

    # -- attributes ---------------------------------------------------------------------------------
    @property
    def function_name(self) -> str:  # type: ignore[override]
        """The function's name (``Ref``; the physical name when used from another environment)."""
        name = self.__dict__.get("_env_function_name")
        if name is None:
            name = self.__dict__["_env_function_name"] = self.get_resource_name_attribute(self.resource.ref)
        return name

    @property
    def function_arn(self) -> str:  # type: ignore[override]
        """The function's ARN (a formatted ARN when used from another environment, as aws-cdk-lib does)."""
        arn = self.__dict__.get("_env_function_arn")
        if arn is None:
            from constructs import ArnFormat

            arn = self.__dict__["_env_function_arn"] = self.get_resource_arn_attribute(
                self.resource.attr_arn,
                {
                    "service": "lambda",
                    "resource": "function",
                    "resource_name": self.physical_name,
                    "arn_format": ArnFormat.COLON_RESOURCE_NAME,
                },
            )
        return arn

    @property
    def log_group(self) -> ILogGroup:
        """The function's log group: the given one, or one managed by a ``LogRetention`` (created on first use)."""
        if self._log_group is None:
            from l2 import logs

            retention = logs.LogRetention(self, "LogRetention", log_group_name=f"/aws/lambda/{self.function_name}",
                                          retention=logs.RetentionDays.INFINITE)
            self._log_group = logs.LogGroup.from_log_group_arn(self, f"{self.node.id}-LogGroup",
                                                               retention.log_group_arn)
        return self._log_group

    # -- environment, layers, versions ---------------------------------------------------------------
    def add_environment(self, key: str, value: str, *, remove_in_edge: bool | None = None) -> Function:
        """Add an environment variable.

        Raises:
            ValidationError: ``key`` is reserved by the Lambda runtime.
        """
        if key in _RESERVED_ENV:
            raise ValidationError(
                f"{key} environment variable is reserved by the lambda runtime and can not be set manually. See "
                "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
                self,
            )
        self._environment[key] = value
        if self.resource.environment is None:
            self.resource.environment = Lazy.any(self._render_environment)
        return self

    def _render_environment(self) -> Any:
        env = self._environment
        if not env:
            return None
        keys = sorted(env) if self._current_version is not None else list(env)
        return CfnFunction.EnvironmentProperty(variables={k: env[k] for k in keys})

    def add_layers(self, *layers: ILayerVersion) -> None:
        """Add layers (at most 5; each must support the function's runtime).

        Raises:
            ValidationError: too many or incompatible layers.
        """
        for layer in layers:
            if len(self._layers) == 5:
                raise ValidationError("Unable to add layer: this lambda function already uses 5 layers.", self)
            runtimes = getattr(layer, "compatible_runtimes", None)
            if runtimes and not any(r.runtime_equals(self.runtime) for r in runtimes):
                names = ", ".join(r.name for r in runtimes)
                raise ValidationError(
                    f"This lambda function uses a runtime that is incompatible with this layer "
                    f"({self.runtime.name} is not in [{names}])",
                    self,
                )
            self._layers += (layer,)
            if self.resource.layers is None:
                self.resource.layers = Lazy.list(self._render_layers)

    def _render_layers(self) -> list[str] | None:
        if not self._layers:
            return None
        layers = list(self._layers)
        if FeatureFlags.of(self).is_enabled(_RECOGNIZE_LAYER_VERSION):
            # aws-cdk-lib sorts the layer objects, i.e. by their construct path
            layers.sort(key=lambda layer: layer.node.path)
        return [layer.layer_version_arn for layer in layers]

    def invalidate_version_based_on(self, x: str) -> None:
        """Mix ``x`` into the ``current_version`` hash.

        Raises:
            ValidationError: ``x`` contains tokens.
        """
        if Token.is_unresolved(x):
            raise ValidationError("invalidateVersionOn: input may not contain unresolved tokens", self)
        self._hash_mixins += (x,)

    @property
    def current_version(self) -> Version:
        """A ``Version`` whose logical id changes with the function's configuration (created on first use)."""
        if self._current_version is not None:
            return self._current_version
        from ._version import Version, VersionOptions

        if self._warn_if_current_version_called:
            self._warn_invoke_function_permissions(self)
        options = self.current_version_options
        kwargs = options.as_kwargs() if isinstance(options, VersionOptions) else dict(options or {})
        self._current_version = Version(self, "CurrentVersion", lambda_=self, _hashed=True, **kwargs)

        from ._private.function_hash import calculate_function_hash, trim_from_start  # here: rarely used

        def logical_id(original: str) -> str:
            return trim_from_start(original, 223) + calculate_function_hash(self, "".join(self._hash_mixins))

        self._current_version.resource._logical_id_producer = logical_id
        return self._current_version

    def add_version(self, name: str, code_sha256: str | None = None, description: str | None = None,
                    provisioned_executions: float | None = None, **async_invoke_config: Any) -> Version:
        """A ``Version`` named ``Version<name>`` (deprecated in CDK; prefer ``current_version``)."""
        from ._version import Version

        return Version(self, "Version" + name, lambda_=self, code_sha256=code_sha256, description=description,
                       provisioned_concurrent_executions=provisioned_executions, **async_invoke_config)

    def add_alias(
        self,
        alias_name: str,
        *,
        additional_versions: Sequence[VersionWeight] | None = None,
        description: str | None = None,
        provisioned_concurrent_executions: float | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> Alias:
        """An ``Alias`` (construct id ``Alias<name>``) pointing at ``current_version`` (keywords: ``AliasOptions``)."""
        from ._alias import Alias

        options = {  # aws-cdk-lib spreads the options object jsii passes: only the keys given
            k: v for k, v in {
                "additional_versions": additional_versions, "description": description,
                "provisioned_concurrent_executions": provisioned_concurrent_executions,
                "max_event_age": max_event_age, "on_failure": on_failure, "on_success": on_success,
                "retry_attempts": retry_attempts,
            }.items() if v is not None
        }
        return Alias(self, f"Alias{alias_name}", alias_name=alias_name, version=self.current_version, **options)

    # -- helpers -----------------------------------------------------------------------------------
    def _build_dead_letter_queue(self, queue: Any, enabled: bool | None, topic: Any) -> Any:
        if not queue and not enabled and not topic:
            return None
        if queue and enabled is False:
            raise ValidationError("deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false", self)
        if topic and (queue or enabled is not None):
            raise ValidationError(
                "deadLetterQueue and deadLetterTopic cannot be specified together at the same time", self
            )
        from l2 import iam

        if topic:
            self.add_to_role_policy(iam.PolicyStatement(actions=["sns:Publish"], resources=[topic.topic_arn]))
            return topic
        if not queue:
            from l2 import sqs

            queue = sqs.Queue(self, "DeadLetterQueue", retention_period=Duration.days(14))
        self.add_to_role_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.queue_arn]))
        return queue

    def _build_tracing_config(self, tracing: Tracing) -> Any:
        if tracing is Tracing.DISABLED:
            return None
        from l2 import iam

        self.add_to_role_policy(iam.PolicyStatement(actions=["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                                                    resources=["*"]))
        return {"mode": tracing.value}

    def _logging_config(self, log_group: Any, log_format: Any, logging_format: Any, app_level: Any,
                        app_level_v2: Any, system_level: Any, system_level_v2: Any) -> Any:
        log_format = getattr(log_format, "value", log_format)
        if log_format and logging_format:
            raise ValidationError("Only define LogFormat or LoggingFormat, not both.", self)
        if app_level and app_level_v2:
            raise ValidationError("Only define applicationLogLevel or applicationLogLevelV2, not both.", self)
        if system_level and system_level_v2:
            raise ValidationError("Only define systemLogLevel or systemLogLevelV2, not both.", self)
        if app_level or app_level_v2 or system_level or system_level_v2:
            if log_format != "JSON" and logging_format is None:
                raise ValidationError(
                    f"To use ApplicationLogLevel and/or SystemLogLevel you must set LogFormat to 'JSON', got "
                    f"'{_js_str(log_format)}'.",
                    self,
                )
            if logging_format is not LoggingFormat.JSON and log_format is None:
                raise ValidationError(
                    f"To use ApplicationLogLevel and/or SystemLogLevel you must set LoggingFormat to 'JSON', got "
                    f"'{_js_str(getattr(logging_format, 'value', logging_format))}'.",
                    self,
                )
        if not (log_format or log_group or logging_format):
            return None
        return {
            "log_format": log_format or getattr(logging_format, "value", None),
            "system_log_level": getattr(system_level, "value", system_level)
            or getattr(system_level_v2, "value", None),
            "application_log_level": getattr(app_level, "value", app_level) or getattr(app_level_v2, "value", None),
            "log_group": log_group.log_group_name if log_group is not None else None,
        }

    def _configure_vpc(self, vpc: Any, vpc_subnets: Any, security_groups: Sequence[Any] | None,
                       allow_all_outbound: bool | None, allow_all_ipv6_outbound: bool | None,
                       allow_public_subnet: bool | None, ipv6_allowed_for_dual_stack: bool | None,
                       filesystem: FileSystem | None) -> Any:
        if (vpc is None and allow_all_outbound is None and not security_groups and not vpc_subnets
                and not ipv6_allowed_for_dual_stack and allow_all_ipv6_outbound is None):
            return None  # no VPC and nothing that needs one (the common case, without the loop below)
        has_security_groups = bool(security_groups)
        if vpc is None:
            for given, name in ((allow_all_outbound is not None, "allowAllOutbound"),
                                (has_security_groups, "securityGroups"), (bool(vpc_subnets), "vpcSubnets"),
                                (bool(ipv6_allowed_for_dual_stack), "ipv6AllowedForDualStack"),
                                (allow_all_ipv6_outbound is not None, "allowAllIpv6Outbound")):
                if given:
                    raise ValidationError(f"Cannot configure '{name}' without configuring a VPC", self)
            return None
        if allow_all_outbound is not None and has_security_groups:
            raise ValidationError("Configure 'allowAllOutbound' directly on the supplied SecurityGroups.", self)
        if allow_all_ipv6_outbound is not None and has_security_groups:
            raise ValidationError("Configure 'allowAllIpv6Outbound' directly on the supplied SecurityGroups.", self)
        from constructs import Names
        from l2 import ec2

        if has_security_groups:
            groups = list(security_groups or [])
        else:
            groups = [ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc,
                                        description="Automatic security group for Lambda Function "
                                        + Names.unique_id(self),
                                        allow_all_outbound=allow_all_outbound,
                                        allow_all_ipv6_outbound=allow_all_ipv6_outbound)]
        self._connections = ec2.Connections(security_groups=groups)
        fs_connections = filesystem.config.connections if filesystem is not None else None
        if fs_connections is not None:
            port = fs_connections.default_port or ec2.Port.tcp(_EFS_DEFAULT_PORT)
            self._connections.allow_to(fs_connections, port)
        selection = vpc_subnets
        if isinstance(selection, Mapping):
            selection = ec2.SubnetSelection(**selection)
        selected = vpc.select_subnets(**_selection_kwargs(selection))
        public_ids = {s.subnet_id for s in vpc.public_subnets}
        for subnet_id in selected.subnet_ids:
            if subnet_id in public_ids and not allow_public_subnet:
                raise ValidationError(
                    "Lambda Functions in a public subnet can NOT access the internet. If you are aware of this "
                    "limitation and would still like to place the function in a public subnet, set "
                    "`allowPublicSubnet` to true",
                    self,
                )
        self.node.add_dependency(selected.internet_connectivity_established)
        config: dict[str, Any] = {}
        if ipv6_allowed_for_dual_stack is not None:
            config["ipv6_allowed_for_dual_stack"] = ipv6_allowed_for_dual_stack
        config["subnet_ids"] = list(selected.subnet_ids)
        config["security_group_ids"] = [sg.security_group_id for sg in groups]
        return config

    def _add_filesystem_dependencies(self, vpc: Any, filesystem: FileSystem) -> None:
        if vpc is None:
            raise ValidationError("Cannot configure 'filesystem' without configuring a VPC.", self)
        from constructs import CfnResource

        config = filesystem.config
        if config.dependency:
            self.node.add_dependency(*config.dependency)
        for sg in self.connections.security_groups:
            for child in sg.node.find_all():
                if isinstance(child, CfnResource) and child.cfn_resource_type == "AWS::EC2::SecurityGroupEgress":
                    self.resource.node.add_dependency(child)
        if config.connections is not None:
            for sg in config.connections.security_groups:
                for child in sg.node.find_all():
                    if isinstance(child, CfnResource) and child.cfn_resource_type == "AWS::EC2::SecurityGroupIngress":
                        self.resource.node.add_dependency(child)

    def _render_durable_config(self, config: DurableConfig) -> dict[str, Any]:
        from constructs import Annotations

        Annotations.of(self).add_info_v2("aws-lambda:Function.DurableConfig",
                                         "Modifying an existing lambda to use durability will trigger a resource "
                                         "replacement")
        timeout = config.execution_timeout
        if not timeout.is_unresolved() and not 1 <= timeout.to_seconds() <= 31622400:
            raise ValidationError(f"executionTimeout must be between 1 and 31622400 seconds, got "
                                  f"{_js_number(timeout.to_seconds())}", self)
        days = None
        if config.retention_period is not None:
            period = config.retention_period
            if not period.is_unresolved() and not 1 <= period.to_days() <= 90:
                raise ValidationError(f"retentionPeriodInDays must be between 1 and 90 days, got "
                                      f"{_js_number(period.to_days())}", self)
            days = period.to_days()
        return {"execution_timeout": timeout.to_seconds(), "retention_period_in_days": days}

    def _configure_snap_start(self, snap_start: SnapStartConf | None, runtime: Runtime, tenancy: Any,
                              filesystem: Any, ephemeral: Any) -> Any:
        if snap_start is None:
            return None
        from constructs import Annotations

        Annotations.of(self).add_warning_v2("@aws-cdk/aws-lambda:snapStartRequirePublish",
                                            "SnapStart only supports published Lambda versions. Ignore if function "
                                            "already has published versions.")
        if runtime is not Runtime.FROM_IMAGE and not runtime.supports_snap_start:
            raise ValidationError(f"SnapStart currently not supported by runtime {runtime.name}", self)
        if tenancy is not None and tenancy.tenancy_config_property.get("tenant_isolation_mode") is not None:
            raise ValidationError("SnapStart is not supported for functions with tenant isolation mode", self)
        if filesystem is not None:
            raise ValidationError("SnapStart is currently not supported using EFS", self)
        if ephemeral is not None and ephemeral.to_mebibytes() > 512:
            raise ValidationError("SnapStart is currently not supported using more than 512 MiB Ephemeral Storage",
                                  self)
        return snap_start._render()

    def _profiling_environment(self, runtime: Runtime, environment: Mapping[str, str] | None, profiling: Any,
                               profiling_group: IProfilingGroup | None) -> dict[str, str]:
        if profiling_group is None and not profiling:
            return {}
        if profiling_group is not None and profiling is False:
            return {}
        if not runtime.supports_code_guru_profiling:
            raise ValidationError(f"CodeGuru profiling is not supported by runtime {runtime.name}", self)
        if environment and any(environment.get(k) for k in _PROFILER_VARIABLES):
            from constructs import Annotations

            Annotations.of(self).add_warning(
                "AWS_CODEGURU_PROFILER_GROUP_NAME, AWS_CODEGURU_PROFILER_GROUP_ARN, "
                "AWS_CODEGURU_PROFILER_TARGET_REGION, and AWS_CODEGURU_PROFILER_ENABLED should not be set when "
                "profiling options enabled"
            )
        if profiling_group is None:
            from l2.codeguruprofiler import ComputePlatform, ProfilingGroup

            profiling_group = ProfilingGroup(self, "ProfilingGroup", compute_platform=ComputePlatform.AWS_LAMBDA)
        profiling_group.grant_publish(self.role)
        return {
            "AWS_CODEGURU_PROFILER_GROUP_NAME": profiling_group.profiling_group_name,
            "AWS_CODEGURU_PROFILER_TARGET_REGION": profiling_group.env.region,
            "AWS_CODEGURU_PROFILER_GROUP_ARN": profiling_group.profiling_group_arn,
            "AWS_CODEGURU_PROFILER_ENABLED": "TRUE",
        }

    def _configure_adot(self, config: AdotInstrumentationConfig, from_image: bool) -> None:
        if from_image:
            raise ValidationError("ADOT Lambda layer can't be configured with container image package type", self)
        if self.runtime is Runtime.GO_1_X:
            raise ValidationError("Runtime go1.x is not supported by the ADOT Lambda Go SDK", self)
        if self.runtime.family is RuntimeFamily.PYTHON and config.exec_wrapper is not AdotLambdaExecWrapper.INSTRUMENT_HANDLER:
            raise ValidationError("Python Adot Lambda layer requires AdotLambdaExecWrapper.INSTRUMENT_HANDLER", self)
        self.add_layers(LayerVersion.from_layer_version_arn(self, "AdotLayer", config.layer_version._bind(self).arn))
        self.add_environment("AWS_LAMBDA_EXEC_WRAPPER", config.exec_wrapper.value)

    # -- imports and account-wide metrics ------------------------------------------------------------
    @staticmethod
    def classify_version_property(property_name: str, locked: bool) -> None:
        """Declare whether a change to the ``AWS::Lambda::Function`` property ``property_name`` creates a new
        ``current_version`` (for properties aws-cdk-lib 2.275 does not know yet)."""
        from ._private.function_hash import EXTRA_VERSION_PROPS

        EXTRA_VERSION_PROPS[property_name] = locked

    @staticmethod
    def from_function_arn(scope: Construct, id: str, function_arn: str) -> FunctionBase:
        """An existing function, by ARN."""
        return Function.from_function_attributes(scope, id, function_arn=function_arn)

    @staticmethod
    def from_function_name(scope: Construct, id: str, function_name: str) -> FunctionBase:
        """An existing function in this stack's account and region, by name."""
        from constructs import ArnFormat

        arn = Stack.of(scope).format_arn(service="lambda", resource="function", resource_name=function_name,
                                         arn_format=ArnFormat.COLON_RESOURCE_NAME)
        return Function.from_function_attributes(scope, id, function_arn=arn, same_environment=True)

    @staticmethod
    def from_function_attributes(
        scope: Construct,
        id: str,
        *,
        function_arn: str,
        architecture: Architecture | None = None,
        role: IRole | None = None,
        same_environment: bool | None = None,
        security_group: ISecurityGroup | None = None,
        skip_permissions: bool | None = None,
        tenancy_config: TenancyConfig | None = None,
    ) -> FunctionBase:
        """An existing function; ``same_environment`` lets ``add_permission`` work on a token ARN."""
        return _ImportedFunction(scope, id, function_arn=function_arn, role=role, architecture=architecture,
                                 same_environment=same_environment, skip_permissions=skip_permissions,
                                 tenancy_config=tenancy_config, security_group=security_group)

    @staticmethod
    def metric_all(
        metric_name: str, *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric over all functions in the region."""
        from l2.cloudwatch import Metric

        return Metric(namespace="AWS/Lambda", metric_name=metric_name, **metric_options(locals()))

    @staticmethod
    def metric_all_errors(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``Errors`` over all functions (sum)."""
        return Function.metric_all("Errors", **{"statistic": "sum", **metric_options(locals())})

    @staticmethod
    def metric_all_duration(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``Duration`` over all functions."""
        return Function.metric_all("Duration", **metric_options(locals()))

    @staticmethod
    def metric_all_invocations(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``Invocations`` over all functions (sum)."""
        return Function.metric_all("Invocations", **{"statistic": "sum", **metric_options(locals())})

    @staticmethod
    def metric_all_throttles(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``Throttles`` over all functions (sum)."""
        return Function.metric_all("Throttles", **{"statistic": "sum", **metric_options(locals())})

    @staticmethod
    def metric_all_concurrent_executions(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``ConcurrentExecutions`` over all functions (max)."""
        return Function.metric_all("ConcurrentExecutions", **{"statistic": "max", **metric_options(locals())})

    @staticmethod
    def metric_all_unreserved_concurrent_executions(
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``UnreservedConcurrentExecutions`` over all functions (max)."""
        return Function.metric_all("UnreservedConcurrentExecutions", **{"statistic": "max", **metric_options(locals())})

def _js_str(x: Any) -> str:
    return "undefined" if x is None else str(x)


def _js_number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _selection_kwargs(selection: Any) -> dict[str, Any]:
    if selection is None:
        return {}
    from constructs.internals import structs

    return {f.name: getattr(selection, f.name) for f in structs.fields(type(selection))
            if getattr(selection, f.name) is not None}


def _is_queue(x: Any) -> bool:
    return x is not None and getattr(x, "queue_arn", None) is not None


def _verify_code_config(code: CodeConfig, runtime: Runtime, handler: str) -> None:
    if bool(code.inline_code) + bool(code.s3_location) + bool(code.image) != 1:  # exactly one given (no generator)
        raise UnscopedValidationError(
            'lambda.Code must specify exactly one of: "inlineCode", "s3Location", or "image"'
        )
    if bool(code.image) == (handler != Handler.FROM_IMAGE):
        raise UnscopedValidationError("handler must be `Handler.FROM_IMAGE` when using image asset for Lambda function")
    if bool(code.image) == (runtime is not Runtime.FROM_IMAGE):
        raise UnscopedValidationError("runtime must be `Runtime.FROM_IMAGE` when using image asset for Lambda function")
    if code.inline_code and not runtime.supports_inline_code:
        raise UnscopedValidationError(f"Inline source not allowed for {runtime.name}")


class FunctionVersionUpgrade:
    """An aspect that appends ``version-hash:<hash>`` to the description of every ``Function`` whose feature flag
    ``feature_flag`` is ``enabled`` (to force a new version when turning a version-affecting flag on or off).

    Args:
        feature_flag: the flag name, e.g. ``@aws-cdk/aws-lambda:recognizeLayerVersion``.
        enabled: the flag value that triggers the change (default true).
    """

    def __init__(self, feature_flag: str, enabled: bool | None = None) -> None:
        self.feature_flag = feature_flag
        self.enabled: bool = True if enabled is None else enabled

    def visit(self, node: Construct) -> None:
        """Change the description of ``node`` if it is a ``Function`` with the flag at ``enabled``."""
        if isinstance(node, Function) and self.enabled == FeatureFlags.of(node).is_enabled(self.feature_flag):
            cfn = node.node.default_child
            desc = f"{cfn.description} " if cfn.description else ""
            from ._private.function_hash import calculate_function_hash

            cfn.add_property_override("Description", f"{desc}version-hash:{calculate_function_hash(node, '')}")


def _effective_runtime(scope: Construct, runtime: Runtime) -> Runtime:
    """``NODEJS_LATEST`` is the latest Node.js runtime of the stack's region (a region fact), as in aws-cdk-lib."""
    if runtime is not Runtime.NODEJS_LATEST:
        return runtime
    from ._runtime import determine_latest_node_runtime

    return determine_latest_node_runtime(scope)
