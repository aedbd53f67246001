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
from l1.lambda_ import CfnFunction
from l2._private.iam_module import iam as _iam_module

from ._code import Code, CodeConfig
from ._function_base import FunctionBase
from ._private.function_hash import calculate_function_hash, trim_from_start
from ._runtime import Architecture, Runtime

if TYPE_CHECKING:
    from l2.cloudwatch import Metric

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
_FUNCTION_NAME = re.compile(r"^[a-zA-Z0-9-_]+$")


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
                 tenancy_config: Any) -> None:
        super().__init__(scope, id, environment_from_arn=function_arn)
        self.function_arn = function_arn
        self.function_name = Fn.select(6, Fn.split(":", function_arn))
        self.role = role
        self.tenancy_config = tenancy_config
        self.grant_principal = role if role is not None else _UnknownPrincipal(self)
        self.architecture = architecture or Architecture.X86_64
        self.can_create_permissions = same_environment if same_environment is not None else self._is_stack_account()
        self._skip_permissions = bool(skip_permissions)


USE_CDK_MANAGED_LOG_GROUP = "@aws-cdk/aws-lambda:useCdkManagedLogGroup"


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

    Raises:
        ValidationError: invalid name, description, DLQ combination, layers or logging options.
    """

    # Set on an instance only when there is one (a Function keeps under 30 instance attributes, so its
    # attribute dict stays a compact shared-key one).
    _current_version: Version | None = None
    current_version_options: VersionOptions | Mapping[str, Any] | None = None
    dead_letter_queue: Any = None
    dead_letter_topic: Any = None

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: Code,
        handler: str,
        runtime: Runtime,
        architecture: Architecture | None = None,
        current_version_options: VersionOptions | Mapping[str, Any] | None = None,
        dead_letter_queue: Any = None,
        dead_letter_queue_enabled: bool | None = None,
        dead_letter_topic: Any = None,
        description: str | None = None,
        environment: Mapping[str, str] | None = None,
        environment_encryption: Any = None,
        events: Sequence[Any] | None = None,
        function_name: str | None = None,
        initial_policy: Sequence[Any] | None = None,
        layers: Sequence[ILayerVersion] | None = None,
        log_group: Any = None,
        log_retention: Any = None,
        log_retention_role: Any = None,
        log_retention_retry_options: Any = None,
        log_removal_policy: Any = None,
        logging_format: LoggingFormat | None = None,
        application_log_level_v2: ApplicationLogLevel | None = None,
        system_log_level_v2: SystemLogLevel | None = None,
        memory_size: float | None = None,
        reserved_concurrent_executions: float | None = None,
        role: Any = None,
        timeout: Duration | None = None,
        tracing: Tracing | None = None,
        recursive_loop: Any = None,
        max_event_age: Duration | None = None,
        on_failure: Any = None,
        on_success: Any = None,
        retry_attempts: float | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=function_name)
        if function_name and not Token.is_unresolved(function_name):
            if len(function_name) > 64:
                raise ValidationError(
                    f"Function name can not be longer than 64 characters but has {len(function_name)} characters.",
                    self,
                )
            if not _FUNCTION_NAME.match(function_name):
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
        self.role = role or iam.Role(
            self,
            "ServiceRole",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
        )
        self.grant_principal = self.role
        for statement in initial_policy or []:
            self.role.add_to_principal_policy(statement)
        code_config = code.bind(self)
        _verify_code_config(code_config, runtime)

        self._environment: dict[str, str] = {}
        self._hash_mixins: list[str] = []
        self._layers: list[ILayerVersion] = []
        if current_version_options is not None:
            self.current_version_options = current_version_options

        dlq = self._build_dead_letter_queue(dead_letter_queue, dead_letter_queue_enabled, dead_letter_topic)
        if dlq is not None:
            if _is_queue(dlq):
                self.dead_letter_queue = dlq
            else:
                self.dead_letter_topic = dlq
        self._architecture = architecture
        s3 = code_config.s3_location
        self.resource = CfnFunction(
            self,
            "Resource",
            function_name=self.physical_name if function_name is not None else None,
            description=description,
            code={
                "s3_bucket": s3.bucket_name if s3 else None,
                "s3_key": s3.object_key if s3 else None,
                "s3_object_version": s3.object_version if s3 else None,
                "zip_file": code_config.inline_code,
                "source_kms_key_arn": code_config.source_kms_key_arn,
            },
            handler=handler,
            timeout=timeout.to_seconds() if timeout is not None else None,
            runtime=runtime.name,
            role=self.role.role_arn,
            memory_size=memory_size,
            dead_letter_config={"target_arn": dlq.queue_arn if _is_queue(dlq) else dlq.topic_arn} if dlq else None,
            reserved_concurrent_executions=reserved_concurrent_executions,
            kms_key_arn=environment_encryption.key_arn if environment_encryption is not None else None,
            architectures=[architecture.name] if architecture is not None else None,
            logging_config=self._logging_config(log_group, logging_format, application_log_level_v2,
                                                system_log_level_v2),
            recursive_loop=getattr(recursive_loop, "value", recursive_loop),
        )
        # layers and environment: lazy values given to the L1 on the first layer / variable
        for key, value in (environment or {}).items():
            self.add_environment(key, value)
        if tracing is not None:
            self.resource.tracing_config = self._build_tracing_config(tracing)
        self._log_group = log_group
        if log_removal_policy is not None and log_group is not None:
            raise ValidationError("Cannot use `logRemovalPolicy` and `logGroup` together. Please set the removal "
                                  "policy on the logGroup directly", self)
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
        self.resource.node.add_dependency(self.role)
        self.runtime = runtime
        self.timeout = timeout
        self.architecture = architecture or Architecture.X86_64
        if layers:
            self.add_layers(*layers)
        for event in events or []:
            self.add_event_source(event)
        code.bind_to_resource(self.resource)
        self._maybe_configure_async_invoke(max_event_age, on_failure, on_success, retry_attempts)

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
    def log_group(self) -> Any:
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
            self._layers.append(layer)
            if self.resource.layers is None:
                self.resource.layers = Lazy.list(self._render_layers)

    def _render_layers(self) -> list[str] | None:
        if not self._layers:
            return None
        return [layer.layer_version_arn for layer in self._layers]

    def invalidate_version_based_on(self, x: str) -> None:
        """Mix ``x`` into the ``current_version`` hash.

        Raises:
            ValidationError: ``x`` contains tokens.
        """
        if Token.is_unresolved(x):
            raise ValidationError("invalidateVersionOn: input may not contain unresolved tokens", self)
        self._hash_mixins.append(x)

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

    def add_alias(self, alias_name: str, **options: Any) -> Alias:
        """An ``Alias`` (construct id ``Alias<name>``) pointing at ``current_version``."""
        from ._alias import Alias

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

    def _logging_config(self, log_group: Any, logging_format: Any, app_level: Any, system_level: Any) -> Any:
        if (app_level or system_level) and logging_format is not LoggingFormat.JSON:
            raise ValidationError(
                f"To use ApplicationLogLevel and/or SystemLogLevel you must set LoggingFormat to 'JSON', got "
                f"'{getattr(logging_format, 'value', 'undefined')}'.",
                self,
            )
        if not (logging_format or log_group):
            return None
        return {
            "log_format": getattr(logging_format, "value", None),
            "system_log_level": getattr(system_level, "value", None),
            "application_log_level": getattr(app_level, "value", None),
            "log_group": log_group.log_group_name if log_group is not None else None,
        }

    # -- imports and account-wide metrics ------------------------------------------------------------
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
        role: Any = None,
        same_environment: bool | None = None,
        security_group: Any = None,
        skip_permissions: bool | None = None,
        tenancy_config: Any = None,
    ) -> FunctionBase:
        """An existing function; ``same_environment`` lets ``add_permission`` work on a token ARN."""
        return _ImportedFunction(scope, id, function_arn=function_arn, role=role, architecture=architecture,
                                 same_environment=same_environment, skip_permissions=skip_permissions,
                                 tenancy_config=tenancy_config)

    @staticmethod
    def metric_all(metric_name: str, **props: Any) -> Metric:
        """A metric over all functions in the region."""
        from l2.cloudwatch import Metric

        return Metric(namespace="AWS/Lambda", metric_name=metric_name, **props)

    @staticmethod
    def metric_all_errors(**props: Any) -> Metric:
        """``Errors`` over all functions (sum)."""
        return Function.metric_all("Errors", **{"statistic": "sum", **props})

    @staticmethod
    def metric_all_duration(**props: Any) -> Metric:
        """``Duration`` over all functions."""
        return Function.metric_all("Duration", **props)

    @staticmethod
    def metric_all_invocations(**props: Any) -> Metric:
        """``Invocations`` over all functions (sum)."""
        return Function.metric_all("Invocations", **{"statistic": "sum", **props})

    @staticmethod
    def metric_all_throttles(**props: Any) -> Metric:
        """``Throttles`` over all functions (sum)."""
        return Function.metric_all("Throttles", **{"statistic": "sum", **props})

    @staticmethod
    def metric_all_concurrent_executions(**props: Any) -> Metric:
        """``ConcurrentExecutions`` over all functions (max)."""
        return Function.metric_all("ConcurrentExecutions", **{"statistic": "max", **props})

    @staticmethod
    def metric_all_unreserved_concurrent_executions(**props: Any) -> Metric:
        """``UnreservedConcurrentExecutions`` over all functions (max)."""
        return Function.metric_all("UnreservedConcurrentExecutions", **{"statistic": "max", **props})


def _is_queue(x: Any) -> bool:
    return x is not None and getattr(x, "queue_arn", None) is not None


def _verify_code_config(code: CodeConfig, runtime: Runtime) -> None:
    if sum(1 for x in (code.inline_code, code.s3_location, code.image) if x) != 1:
        raise UnscopedValidationError(
            'lambda.Code must specify exactly one of: "inlineCode", "s3Location", or "image"'
        )
    if code.inline_code and not runtime.supports_inline_code:
        raise UnscopedValidationError(f"Inline source not allowed for {runtime.name}")
