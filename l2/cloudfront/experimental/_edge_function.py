"""``experimental.EdgeFunction``: a Lambda@Edge function, created in us-east-1 (in a support stack when the
consuming stack is in another region) and read back through an SSM parameter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from constructs import (
    Construct,
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    Duration,
    Environment,
    Fn,
    Lazy,
    Node,
    RemovalPolicy,
    Resource,
    Size,
    Stack,
    Stage,
    Token,
    ValidationError,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import CompositePrincipal, Grant, IGrantable, IPrincipal, IRole, PolicyStatement
    from l2.kms import IKey
    from l2.lambda_ import (
        AdotInstrumentationConfig,
        Alias,
        ApplicationLogLevel,
        Architecture,
        Code,
        DurableConfig,
        EventSourceMapping,
        EventSourceMappingLogLevel,
        FileSystem,
        FunctionUrl,
        FunctionUrlAuthType,
        FunctionUrlCorsOptions,
        ICodeSigningConfig,
        IDestination,
        IEventSource,
        IEventSourceDlq,
        IFunction,
        ILayerVersion,
        InvokeMode,
        ISchemaRegistry,
        IVersion,
        LambdaInsightsVersion,
        LoggingFormat,
        LogRetentionRetryOptions,
        MetricsConfig,
        ParamsAndSecretsLayerVersion,
        ProvisionedPollerConfig,
        RecursiveLoop,
        Runtime,
        RuntimeManagementMode,
        SnapStartConf,
        SourceAccessConfiguration,
        StartingPosition,
        SystemLogLevel,
        TenancyConfig,
        Tracing,
        VersionOptions,
        VersionWeight,
    )
    from l2.logs import RetentionDays
    from l2.sns import ITopic
    from l2.sqs import IQueue

EDGE_REGION = "us-east-1"
_PARAMETER_PREFIX = "cdk/EdgeFunctionArn"
_READER_TYPE = "Custom::CrossRegionStringParameterReader"
_READER_CODE = str(Path(__file__).resolve().parent.parent / "_handlers" / "cross_region_string_param_reader")


@structs.frozen(kw_only=True)
class EdgeFunctionProps:
    """The properties of an ``EdgeFunction`` (see ``EdgeFunction`` for each keyword)."""

    code: Code
    handler: str
    runtime: Runtime
    adot_instrumentation: AdotInstrumentationConfig | None = None
    allow_all_ipv6_outbound: bool | None = None
    allow_all_outbound: bool | None = None
    allow_public_subnet: bool | None = None
    application_log_level: str | None = None
    application_log_level_v2: ApplicationLogLevel | None = None
    architecture: Architecture | None = None
    code_signing_config: ICodeSigningConfig | None = None
    current_version_options: VersionOptions | None = None
    dead_letter_queue: IQueue | None = None
    dead_letter_queue_enabled: bool | None = None
    dead_letter_topic: ITopic | None = None
    description: str | None = None
    durable_config: DurableConfig | None = None
    environment: Mapping[str, str] | None = None
    environment_encryption: Any = None
    ephemeral_storage_size: Size | None = None
    events: Sequence[IEventSource] | None = None
    filesystem: FileSystem | None = None
    function_name: str | None = None
    initial_policy: Sequence[PolicyStatement] | None = None
    insights_version: LambdaInsightsVersion | None = None
    ipv6_allowed_for_dual_stack: bool | None = None
    layers: Sequence[ILayerVersion] | None = None
    log_format: str | None = None
    logging_format: LoggingFormat | None = None
    log_group: Any = None
    log_removal_policy: RemovalPolicy | None = None
    log_retention: RetentionDays | None = None
    log_retention_retry_options: LogRetentionRetryOptions | None = None
    log_retention_role: IRole | None = None
    memory_size: float | None = None
    params_and_secrets: ParamsAndSecretsLayerVersion | None = None
    profiling: bool | None = None
    profiling_group: Any = None
    recursive_loop: RecursiveLoop | None = None
    reserved_concurrent_executions: float | None = None
    role: IRole | None = None
    runtime_management_mode: RuntimeManagementMode | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    snap_start: SnapStartConf | None = None
    system_log_level: str | None = None
    system_log_level_v2: SystemLogLevel | None = None
    tenancy_config: TenancyConfig | None = None
    timeout: Duration | None = None
    tracing: Tracing | None = None
    vpc: IVpc | None = None
    vpc_subnets: SubnetSelection | None = None
    max_event_age: Duration | None = None
    on_failure: IDestination | None = None
    on_success: IDestination | None = None
    retry_attempts: float | None = None
    stack_id: str | None = None


class EdgeFunction(Resource):
    """A Lambda@Edge function (``aws_cloudfront.experimental.EdgeFunction``).

    In a us-east-1 stack the function is created in place (``Fn``). Elsewhere it goes into a support stack in
    us-east-1 (``stack_id``, default ``edge-lambda-stack-<stack address>``), which writes the version's ARN to an
    SSM parameter that a ``Custom::CrossRegionStringParameterReader`` of this stack reads back.

    Args:
        stack_id: the id of the support stack.

    See ``lambda_.Function`` for the other keyword arguments.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.experimental.EdgeFunction"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        stack_id: str | None = None,
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
        environment_encryption: Any = None,
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
        log_group: Any = None,
        log_removal_policy: RemovalPolicy | None = None,
        log_retention: RetentionDays | None = None,
        log_retention_retry_options: LogRetentionRetryOptions | None = None,
        log_retention_role: IRole | None = None,
        memory_size: float | None = None,
        params_and_secrets: ParamsAndSecretsLayerVersion | None = None,
        profiling: bool | None = None,
        profiling_group: Any = None,
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
        super().__init__(scope, id)
        props: dict[str, Any] = {
            "code": code,
            "handler": handler,
            "runtime": runtime,
            "adot_instrumentation": adot_instrumentation,
            "allow_all_ipv6_outbound": allow_all_ipv6_outbound,
            "allow_all_outbound": allow_all_outbound,
            "allow_public_subnet": allow_public_subnet,
            "application_log_level": application_log_level,
            "application_log_level_v2": application_log_level_v2,
            "architecture": architecture,
            "code_signing_config": code_signing_config,
            "current_version_options": current_version_options,
            "dead_letter_queue": dead_letter_queue,
            "dead_letter_queue_enabled": dead_letter_queue_enabled,
            "dead_letter_topic": dead_letter_topic,
            "description": description,
            "durable_config": durable_config,
            "environment": environment,
            "environment_encryption": environment_encryption,
            "ephemeral_storage_size": ephemeral_storage_size,
            "events": events,
            "filesystem": filesystem,
            "function_name": function_name,
            "initial_policy": initial_policy,
            "insights_version": insights_version,
            "ipv6_allowed_for_dual_stack": ipv6_allowed_for_dual_stack,
            "layers": layers,
            "log_format": log_format,
            "logging_format": logging_format,
            "log_group": log_group,
            "log_removal_policy": log_removal_policy,
            "log_retention": log_retention,
            "log_retention_retry_options": log_retention_retry_options,
            "log_retention_role": log_retention_role,
            "memory_size": memory_size,
            "params_and_secrets": params_and_secrets,
            "profiling": profiling,
            "profiling_group": profiling_group,
            "recursive_loop": recursive_loop,
            "reserved_concurrent_executions": reserved_concurrent_executions,
            "role": role,
            "runtime_management_mode": runtime_management_mode,
            "security_groups": security_groups,
            "snap_start": snap_start,
            "system_log_level": system_log_level,
            "system_log_level_v2": system_log_level_v2,
            "tenancy_config": tenancy_config,
            "timeout": timeout,
            "tracing": tracing,
            "vpc": vpc,
            "vpc_subnets": vpc_subnets,
            "max_event_age": max_event_age,
            "on_failure": on_failure,
            "on_success": on_success,
            "retry_attempts": retry_attempts,
        }
        props = {k: v for k, v in props.items() if v is not None}
        region = self.env.region
        if not Token.is_unresolved(region) and region == EDGE_REGION:
            edge_function, edge_arn = self._create_in_region_function(props)
        else:
            edge_function, edge_arn = self._create_cross_region_function(id, stack_id, props)
        self.edge_arn: str = edge_arn
        self.function_arn: str = edge_arn
        self._edge_function = edge_function
        self.function_name: str = edge_function.function_name
        self.grant_principal: IPrincipal = edge_function.role  # type: ignore[assignment]
        self.is_bound_to_vpc: bool = False
        self.version: str = Fn.select(7, Fn.split(":", self.function_arn))
        self.architecture: Architecture = edge_function.architecture
        self.resource_arns_for_grant_invoke: list[str] = list(edge_function.resource_arns_for_grant_invoke)
        self.role: IRole | None = edge_function.role
        self.tenancy_config: TenancyConfig | None = edge_function.tenancy_config
        self.node.default_child = edge_function

    # -- the IVersion surface ---------------------------------------------------------------------------------
    @property
    def permissions_node(self) -> Node:
        """The node permissions are added under (the function's)."""
        return self._edge_function.permissions_node

    @property
    def lambda_(self) -> IFunction:
        """The underlying function."""
        return self._edge_function

    @property
    def current_version(self) -> IVersion:
        """This edge function (it is already a version)."""
        return self  # type: ignore[return-value]

    @property
    def version_ref(self) -> Any:
        """A reference to this version (its ARN)."""
        from l2.lambda_._references import VersionReference

        return VersionReference(function_arn=self.function_arn)

    @property
    def function_ref(self) -> Any:
        """A reference to this function (its ARN and name)."""
        from l2.lambda_._references import FunctionReference

        return FunctionReference(function_arn=self.function_arn, function_name=self.function_name)

    @property
    def connections(self) -> Connections:
        """Lambda@Edge functions have no connections."""
        raise ValidationError("Lambda@Edge does not support connections", self)

    @property
    def latest_version(self) -> IVersion:
        """Lambda@Edge cannot use ``$LATEST``."""
        raise ValidationError("$LATEST function version cannot be used for Lambda@Edge", self)

    def add_event_source_mapping(
        self,
        id: str,
        *,
        batch_size: float | None = None,
        bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None,
        event_source_arn: str | None = None,
        filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, object]] | None = None,
        kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_consumer_group_id: str | None = None,
        kafka_topic: str | None = None,
        log_level: EventSourceMappingLogLevel | None = None,
        max_batching_window: Duration | None = None,
        max_concurrency: float | None = None,
        max_record_age: Duration | None = None,
        metrics_config: MetricsConfig | None = None,
        on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | None = None,
        report_batch_item_failures: bool | None = None,
        retry_attempts: float | None = None,
        schema_registry_config: ISchemaRegistry | None = None,
        source_access_configurations: Sequence[SourceAccessConfiguration] | None = None,
        starting_position: StartingPosition | None = None,
        starting_position_timestamp: float | None = None,
        support_s3_on_failure_destination: bool | None = None,
        tumbling_window: Duration | None = None,
    ) -> EventSourceMapping:
        """Add an event source mapping to the function."""
        return self._edge_function.add_event_source_mapping(id, batch_size=batch_size, bisect_batch_on_error=bisect_batch_on_error, enabled=enabled, event_source_arn=event_source_arn, filter_encryption=filter_encryption, filters=filters, kafka_bootstrap_servers=kafka_bootstrap_servers, kafka_consumer_group_id=kafka_consumer_group_id, kafka_topic=kafka_topic, log_level=log_level, max_batching_window=max_batching_window, max_concurrency=max_concurrency, max_record_age=max_record_age, metrics_config=metrics_config, on_failure=on_failure, parallelization_factor=parallelization_factor, provisioned_poller_config=provisioned_poller_config, report_batch_item_failures=report_batch_item_failures, retry_attempts=retry_attempts, schema_registry_config=schema_registry_config, source_access_configurations=source_access_configurations, starting_position=starting_position, starting_position_timestamp=starting_position_timestamp, support_s3_on_failure_destination=support_s3_on_failure_destination, tumbling_window=tumbling_window)

    def add_permission(
        self,
        id: str,
        *,
        principal: IPrincipal,
        action: str | None = None,
        event_source_token: str | None = None,
        function_url_auth_type: FunctionUrlAuthType | None = None,
        invoked_via_function_url: bool | None = None,
        organization_id: str | None = None,
        scope: Construct | None = None,
        source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None:
        """Add a resource-based permission to the function."""
        return self._edge_function.add_permission(id, principal=principal, action=action, event_source_token=event_source_token, function_url_auth_type=function_url_auth_type, invoked_via_function_url=invoked_via_function_url, organization_id=organization_id, scope=scope, source_account=source_account, source_arn=source_arn)

    def add_to_role_policy(
        self,
        statement: PolicyStatement,
    ) -> None:
        """Add a statement to the function's role policy."""
        return self._edge_function.add_to_role_policy(statement)

    def grant_invoke(
        self,
        identity: IGrantable,
    ) -> Grant:
        """Grant invoking the function."""
        return self._edge_function.grant_invoke(identity)

    def grant_invoke_latest_version(
        self,
        identity: IGrantable,
    ) -> Grant:
        """Grant invoking the function's latest version."""
        return self._edge_function.grant_invoke_latest_version(identity)

    def grant_invoke_version(
        self,
        identity: IGrantable,
        version: IVersion,
    ) -> Grant:
        """Grant invoking a version of the function."""
        return self._edge_function.grant_invoke_version(identity, version)

    def grant_invoke_url(
        self,
        identity: IGrantable,
    ) -> Grant:
        """Grant invoking the function's URL."""
        return self._edge_function.grant_invoke_url(identity)

    def grant_invoke_composite_principal(
        self,
        composite_principal: CompositePrincipal,
    ) -> list[Grant]:
        """Grant each principal of a composite principal invoking the function."""
        return self._edge_function.grant_invoke_composite_principal(composite_principal)

    def add_event_source(
        self,
        source: IEventSource,
    ) -> None:
        """Add an event source to the function."""
        return self._edge_function.add_event_source(source)

    def configure_async_invoke(
        self,
        *,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        """Configure asynchronous invocation."""
        return self._edge_function.configure_async_invoke(max_event_age=max_event_age, on_failure=on_failure, on_success=on_success, retry_attempts=retry_attempts)

    def add_function_url(
        self,
        *,
        auth_type: FunctionUrlAuthType | None = None,
        cors: FunctionUrlCorsOptions | None = None,
        invoke_mode: InvokeMode | None = None,
    ) -> FunctionUrl:
        """Add a function URL."""
        return self._edge_function.add_function_url(auth_type=auth_type, cors=cors, invoke_mode=invoke_mode)

    def metric(
        self,
        metric_name: str,
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
        """A metric of the function, in us-east-1."""
        return self._edge_function.metric(metric_name, account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible, region=EDGE_REGION)

    def metric_duration(
        self,
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
        """The function's duration, in us-east-1."""
        return self._edge_function.metric_duration(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible, region=EDGE_REGION)

    def metric_errors(
        self,
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
        """The function's errors, in us-east-1."""
        return self._edge_function.metric_errors(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible, region=EDGE_REGION)

    def metric_invocations(
        self,
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
        """The function's invocations, in us-east-1."""
        return self._edge_function.metric_invocations(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible, region=EDGE_REGION)

    def metric_throttles(
        self,
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
        """The function's throttles, in us-east-1."""
        return self._edge_function.metric_throttles(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible, region=EDGE_REGION)

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
        """An alias of the function's current version (``Alias<alias_name>`` under the function)."""
        from l2.lambda_ import Alias

        return Alias(
            self._edge_function, f"Alias{alias_name}", alias_name=alias_name,
            version=self._edge_function.current_version, additional_versions=additional_versions,
            description=description, provisioned_concurrent_executions=provisioned_concurrent_executions,
            max_event_age=max_event_age, on_failure=on_failure, on_success=on_success, retry_attempts=retry_attempts,
        )

    # -- creation ---------------------------------------------------------------------------------------------
    def _create_in_region_function(self, props: dict[str, Any]) -> tuple[Any, str]:
        from l2.lambda_ import Function

        edge_function = Function(self, "Fn", **props)
        _add_edge_lambda_trust(edge_function.role)
        return edge_function, edge_function.current_version.edge_arn

    def _create_cross_region_function(self, id: str, stack_id: str | None, props: dict[str, Any]) -> tuple[Any, str]:
        from l2.lambda_ import Function
        from l2.ssm import StringParameter

        region = self.env.region
        if Token.is_unresolved(region):
            raise ValidationError("stacks which use EdgeFunctions must have an explicitly set region", self)
        sanitized = "".join(c if c == "/" or c == "." or c == "-" or c == "_" or c.isalnum() else "_"
                            for c in self.node.path)
        parameter_name = f"/{_PARAMETER_PREFIX}/{region}/{sanitized}"
        function_stack = self._edge_stack(stack_id)
        edge_function = Function(function_stack, id, **props)
        _add_edge_lambda_trust(edge_function.role)
        version = edge_function.current_version
        StringParameter(edge_function, "Parameter", parameter_name=parameter_name, string_value=version.edge_arn)
        return edge_function, self._create_cross_region_arn_reader(parameter_name, version)

    def _create_cross_region_arn_reader(self, parameter_name: str, version: Any) -> str:
        stack = Stack.of(self)
        parameter_arn_prefix = stack.format_arn(
            service="ssm", region=EDGE_REGION, resource="parameter", resource_name=f"{_PARAMETER_PREFIX}/*"
        )
        provider = CustomResourceProvider.get_or_create_provider(
            self, _READER_TYPE,
            code_directory=_READER_CODE,
            runtime=CustomResourceProviderRuntime.PYTHON_3_13,
            handler="index.handler",
            use_cfn_response_wrapper=False,
            policy_statements=[{"Effect": "Allow", "Resource": parameter_arn_prefix, "Action": ["ssm:GetParameter"]}],
        )
        refresh = Lazy.string(lambda: stack.resolve(version.node.default_child.logical_id))
        reader = CustomResource(
            self, "ArnReader", resource_type=_READER_TYPE, service_token=provider.service_token,
            properties={"Region": EDGE_REGION, "ParameterName": parameter_name, "RefreshToken": refresh},
        )
        return reader.get_att_string("FunctionArn")

    def _edge_stack(self, stack_id: str | None) -> Stack:
        stage = Stage.of(self)
        if stage is None:
            raise ValidationError("stacks which use EdgeFunctions must be part of a CDK app or stage", self)
        stack = Stack.of(self)
        edge_stack_id = stack_id if stack_id is not None else f"edge-lambda-stack-{stack.node.addr}"
        edge_stack = stage.node.try_find_child(edge_stack_id)
        if edge_stack is None:
            edge_stack = Stack(
                stage, edge_stack_id, env=Environment(region=EDGE_REGION, account=stack.account),
                tags=stack.tags.tag_values(),
            )
        stack.add_stack_dependency(edge_stack)  # type: ignore[arg-type]
        return edge_stack  # type: ignore[return-value]


def _add_edge_lambda_trust(role: Any) -> None:
    from l2 import iam

    if isinstance(role, iam.Role) and role.assume_role_policy is not None:
        principal = iam.ServicePrincipal("edgelambda.amazonaws.com")
        statement = iam.PolicyStatement()
        statement.add_principals(principal)
        statement.add_actions(principal.assume_role_action)
        role.assume_role_policy.add_statements(statement)
