"""``Runtime``: an AgentCore agent runtime (its execution role, artifact, endpoints, grants and metrics)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Arn,
    ArnFormat,
    AspectPriority,
    Aspects,
    Construct,
    Duration,
    IConstruct,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import cached_property, structs
from l2._private.iam_module import iam
from l2._private.metric_options import given_options as _metric_options
from l2.bedrockagentcore._artifact import ECR_URI_PATTERN, AgentRuntimeArtifact
from l2.bedrockagentcore._authorizer import RuntimeAuthorizerConfiguration
from l2.bedrockagentcore._endpoint import RuntimeEndpoint
from l2.bedrockagentcore._interfaces import IBedrockAgentRuntime
from l2.bedrockagentcore._network import RuntimeNetworkConfiguration
from l2.bedrockagentcore._types import (
    LifecycleConfiguration,
    PlatformVersion,
    ProtocolType,
    RequestHeaderConfiguration,
)
from l2.bedrockagentcore._validation import length_errors, pattern_errors, tag_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import RuntimeReference
    from l2.bedrockagentcore._observability import LoggingConfig
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections, ISecurityGroup
    from l2.iam import Grant, IGrantable, IPrincipal, IRole, PolicyStatement
    from l2.logs import ILogGroup

_INVOKE = ["bedrock-agentcore:InvokeAgentRuntime"]
_INVOKE_FOR_USER = ["bedrock-agentcore:InvokeAgentRuntimeForUser"]
_LIFECYCLE_MIN = 60
_LIFECYCLE_MAX = 28800


@structs.frozen(kw_only=True)
class AgentRuntimeAttributes:
    """What ``Runtime.from_agent_runtime_attributes`` needs to know of an existing runtime."""

    agent_runtime_arn: str
    """The ARN of the runtime."""
    agent_runtime_id: str
    """The id of the runtime."""
    agent_runtime_name: str
    """The name of the runtime."""
    role_arn: str
    """The ARN of the runtime's execution role."""
    agent_runtime_version: str | None = None
    """The runtime's version."""
    agent_status: str | None = None
    """The runtime's status."""
    created_at: str | None = None
    """When the runtime was created."""
    description: str | None = None
    """The runtime's description."""
    last_updated_at: str | None = None
    """When the runtime was last updated."""
    security_groups: Sequence[ISecurityGroup] | None = None
    """The runtime's security groups (for a runtime in a VPC)."""


@structs.frozen(kw_only=True)
class RuntimeProps:
    """The properties of a ``Runtime`` (see ``Runtime``)."""

    agent_runtime_artifact: AgentRuntimeArtifact
    authorizer_configuration: RuntimeAuthorizerConfiguration | None = None
    description: str | None = None
    environment_variables: Mapping[str, str] | None = None
    execution_role: IRole | None = None
    lifecycle_configuration: LifecycleConfiguration | None = None
    logging_configs: Sequence[LoggingConfig] | None = None
    manage_delivery_resource_policy: bool | None = None
    network_configuration: RuntimeNetworkConfiguration | None = None
    platform_version: PlatformVersion | None = None
    protocol_configuration: ProtocolType | None = None
    request_header_configuration: RequestHeaderConfiguration | None = None
    runtime_name: str | None = None
    tags: Mapping[str, str] | None = None
    tracing_enabled: bool | None = None


class RuntimeBase(Resource):
    """What new and imported runtimes share: grants, metrics and the execution role."""

    agent_runtime_arn: str
    agent_runtime_id: str
    agent_runtime_name: str
    role: IRole
    grant_principal: IPrincipal
    agent_runtime_version: str | None = None
    agent_status: str | None = None
    created_at: str | None = None
    last_updated_at: str | None = None
    description: str | None = None
    _connections: Connections | None = None

    @cached_property
    def application_log_group(self) -> ILogGroup:
        """The log group of the runtime's default endpoint (imported on first use)."""
        from l2.logs import LogGroup

        return LogGroup.from_log_group_name(
            self, "ApplicationLogGroup", f"/aws/bedrock-agentcore/runtimes/{self.agent_runtime_id}-DEFAULT")

    @property
    def runtime_ref(self) -> RuntimeReference:
        """The runtime's id and ARN."""
        from l1._private.interfaces.bedrockagentcore import RuntimeReference

        return RuntimeReference(agent_runtime_id=self.agent_runtime_id, agent_runtime_arn=self.agent_runtime_arn)

    @property
    def connections(self) -> Connections:
        """The runtime's network connections (only for a runtime in a VPC)."""
        if self._connections is None:
            raise ValidationError("Cannot manage network access without configuring a VPC", self)
        return self._connections

    def _invoke_grant(self, grantee: IGrantable, actions: list[str]) -> Grant:
        return iam().Grant.add_to_principal(grantee=grantee, actions=actions,
                                            resource_arns=[self.agent_runtime_arn, f"{self.agent_runtime_arn}/*"])

    def grant(self, actions: Sequence[str], resources: Sequence[str]) -> Grant:
        """Let the runtime's role perform ``actions`` on ``resources``."""
        return iam().Grant.add_to_principal(grantee=self.role, actions=list(actions), resource_arns=list(resources))

    def add_to_role_policy(self, statement: PolicyStatement) -> IBedrockAgentRuntime:
        """Add ``statement`` to the execution role's policy; returns this runtime."""
        self.role.add_to_principal_policy(statement)
        return self

    def grant_invoke_runtime(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the runtime (``InvokeAgentRuntime``)."""
        return self._invoke_grant(grantee, list(_INVOKE))

    def grant_invoke_runtime_for_user(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the runtime on behalf of a user (``InvokeAgentRuntimeForUser``)."""
        return self._invoke_grant(grantee, list(_INVOKE_FOR_USER))

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the runtime directly and on behalf of users."""
        return self._invoke_grant(grantee, [*_INVOKE, *_INVOKE_FOR_USER])

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of this runtime (namespace ``AWS/Bedrock-AgentCore``).

        The keywords are aws-cdk-lib's ``MetricOptions``; the dimensions are the runtime's default endpoint
        (``Name``), the ``InvokeAgentRuntime`` operation and the runtime's ARN (``Resource``).
        """
        props = _metric_options(locals(), "metric_name")
        dims = {"Name": f"{self.agent_runtime_name}::DEFAULT", "Operation": "InvokeAgentRuntime",
                "Resource": self.agent_runtime_arn}
        return self._make_metric(metric_name, dims, props)

    def _make_metric(self, metric_name: str, dims: dict[str, str], props: dict[str, Any]) -> Metric:
        from l2 import cloudwatch

        stack = Stack.of(self)
        dims = {**dims, **(props.pop("dimensions_map", None) or {})}
        props.setdefault("region", stack.region)
        props.setdefault("account", stack.account)
        return cloudwatch.Metric(namespace="AWS/Bedrock-AgentCore", metric_name=metric_name, dimensions_map=dims,
                                 **props)

    def metric_invocations(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of invocations of this runtime (Sum over 5 minutes)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("Invocations", **options)

    def metric_invocations_aggregated(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of invocations across all resources (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self._make_metric("Invocations", {"AggregateOperation": "InvokeAgentRuntime"}, options)

    def metric_throttles(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of throttled requests (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("Throttles", **options)

    def metric_system_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of system errors (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("SystemErrors", **options)

    def metric_user_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of user errors (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("UserErrors", **options)

    def metric_latency(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The end-to-end latency of requests (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        return self.metric("Latency", **options)

    def metric_total_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of system and user errors (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("TotalErrors", **options)

    def metric_session_count(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of agent sessions (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("SessionCount", **options)

    def metric_sessions_aggregated(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of sessions across all resources (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self._make_metric("Sessions", {"AggregateOperation": "InvokeAgentRuntime"}, options)


def _authorizer_property(authorizer: RuntimeAuthorizerConfiguration) -> object:
    from l1.bedrockagentcore import CfnRuntime

    rendered = authorizer._render()
    return CfnRuntime.AuthorizerConfigurationProperty(**rendered) if rendered is not None else None


class _BindArtifact:
    """Binds a runtime's artifact (grants, assets) once the app is built; it visits the runtime only."""

    __slots__ = ("_runtime", "_done")
    _visits_holder_only = True

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime
        self._done = False

    def visit(self, node: IConstruct) -> None:
        if node is self._runtime and not self._done:
            self._done = True
            node.agent_runtime_artifact.bind(node, node)


class _ImportedRuntime(RuntimeBase):
    def __init__(self, scope: Construct, id: str, attrs: AgentRuntimeAttributes) -> None:
        super().__init__(scope, id)
        self.agent_runtime_arn = attrs.agent_runtime_arn
        self.agent_runtime_id = attrs.agent_runtime_id
        self.agent_runtime_name = attrs.agent_runtime_name
        self.agent_runtime_version = attrs.agent_runtime_version
        self.agent_status = attrs.agent_status
        self.description = attrs.description
        self.created_at = attrs.created_at
        self.last_updated_at = attrs.last_updated_at
        self.role = iam().Role.from_role_arn(self, "Role", attrs.role_arn)
        self.grant_principal = self.role
        if attrs.security_groups:
            from l2.ec2 import Connections

            self._connections = Connections(security_groups=list(attrs.security_groups))


class Runtime(RuntimeBase):
    """An AgentCore runtime that runs an agent (``AWS::BedrockAgentCore::Runtime``).

    Args:
        agent_runtime_artifact: the agent's code (``AgentRuntimeArtifact``).
        runtime_name: the name (default generated from the construct path; ``^[a-zA-Z][a-zA-Z0-9_]{0,47}$``).
        execution_role: the role the agent runs as (default a new role trusted by ``bedrock-agentcore``).
        description: a description (1 to 1200 characters).
        protocol_configuration: the protocol (default ``ProtocolType.HTTP``).
        platform_version: the platform version (default the service's).
        environment_variables: environment variables (at most 50).
        authorizer_configuration: inbound authentication (default IAM).
        tags: tags of the runtime.
        request_header_configuration: headers passed through to the agent.
        lifecycle_configuration: session timeout and instance lifetime.
        tracing_enabled: deliver traces to X-Ray (default false).
        logging_configs: log types and their destinations (CloudWatch Logs, S3, Firehose).
        manage_delivery_resource_policy: create the Logs / X-Ray resource policies delivery needs (default true).
        network_configuration: the network (default ``RuntimeNetworkConfiguration.using_public_network()``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.Runtime"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, agent_runtime_artifact: AgentRuntimeArtifact,
                 authorizer_configuration: RuntimeAuthorizerConfiguration | None = None,
                 description: str | None = None, environment_variables: Mapping[str, str] | None = None,
                 execution_role: IRole | None = None,
                 lifecycle_configuration: LifecycleConfiguration | None = None,
                 logging_configs: Sequence[LoggingConfig] | None = None,
                 manage_delivery_resource_policy: bool | None = None,
                 network_configuration: RuntimeNetworkConfiguration | None = None,
                 platform_version: PlatformVersion | None = None,
                 protocol_configuration: ProtocolType | None = None,
                 request_header_configuration: RequestHeaderConfiguration | None = None,
                 runtime_name: str | None = None, tags: Mapping[str, str] | None = None,
                 tracing_enabled: bool | None = None) -> None:
        super().__init__(scope, id, physical_name=runtime_name if runtime_name is not None else Lazy.string(
            lambda: Names.unique_resource_name(self, max_length=48)))
        self.agent_runtime_name = self.physical_name
        self._validate_name()
        self.description = description
        if description:
            errors = length_errors(description, "Description", 1, 1200)
            if errors:
                raise ValidationError("\n".join(errors), self)
        if environment_variables:
            self._validate_environment_variables(environment_variables)
        if tags:
            problem = tag_errors(dict(tags))
            if problem is not None:
                raise ValidationError(problem[1], self)
        if request_header_configuration is not None:
            self._validate_request_headers(request_header_configuration)
        self._lifecycle = lifecycle_configuration
        if lifecycle_configuration is not None:
            self._validate_lifecycle(lifecycle_configuration)
        stack = Stack.of(self)
        if execution_role is not None:
            self.role = execution_role
            if not Token.is_unresolved(execution_role.role_arn):
                self._validate_role_arn(execution_role.role_arn)
        else:
            i = iam()
            source_arn = stack.format_arn(service="bedrock-agentcore", resource="runtime",
                                          resource_name=f"{self.agent_runtime_name}*")
            self.role = i.Role(self, "ExecutionRole", assumed_by=i.ServicePrincipal(
                "bedrock-agentcore.amazonaws.com", conditions={
                    "StringEquals": {"aws:SourceAccount": stack.account},
                    "ArnLike": {"aws:SourceArn": source_arn}}),
                description="Execution role for Bedrock Agent Core Runtime", max_session_duration=Duration.hours(8))
        self._add_execution_role_permissions(stack)
        self.grant_principal = self.role
        self.agent_runtime_artifact = agent_runtime_artifact
        """The agent's code."""
        # aws-cdk-lib binds the artifact when its prepare phase first resolves the template, after every construct
        # of the app exists: an aspect of this runtime binds at the same point (before rendering).
        Aspects.of(self).add(_BindArtifact(self), priority=AspectPriority.MUTATING)
        self._network = (network_configuration if network_configuration is not None
                         else RuntimeNetworkConfiguration.using_public_network())
        if self._network.connections is not None:
            self._connections = self._network.connections
        self._protocol = protocol_configuration if protocol_configuration is not None else ProtocolType.HTTP
        self._authorizer = authorizer_configuration
        env = dict(environment_variables) if environment_variables else None
        lifecycle = {}
        if lifecycle_configuration is not None:
            if lifecycle_configuration.idle_runtime_session_timeout is not None:
                lifecycle["idle_runtime_session_timeout"] = \
                    lifecycle_configuration.idle_runtime_session_timeout.to_seconds()
            if lifecycle_configuration.max_lifetime is not None:
                lifecycle["max_lifetime"] = lifecycle_configuration.max_lifetime.to_seconds()
        from l1.bedrockagentcore import CfnRuntime

        headers = request_header_configuration.allowlisted_headers if request_header_configuration else None
        authorizer = self._authorizer
        self._resource = CfnRuntime(
            self, "Resource", agent_runtime_name=self.agent_runtime_name, role_arn=self.role.role_arn,
            agent_runtime_artifact=Lazy.any(lambda: CfnRuntime.AgentRuntimeArtifactProperty(
                **self._render_artifact())),
            network_configuration=Lazy.any(lambda: CfnRuntime.NetworkConfigurationProperty(
                **self._network._render(self._connections))),
            protocol_configuration=Lazy.string(lambda: self._protocol.value),
            platform_version=platform_version.value if platform_version is not None else None,
            description=description, environment_variables=Lazy.any(lambda: env),
            tags=dict(tags or {}), lifecycle_configuration=lifecycle,
            request_header_configuration={"request_header_allowlist": list(headers)} if headers else None,
            authorizer_configuration=Lazy.any(lambda: _authorizer_property(authorizer))
            if authorizer is not None else None)
        self.node.default_child = self._resource
        self._resource.node.add_dependency(self.role)
        self.agent_runtime_id = self._resource.attr_agent_runtime_id
        self.agent_runtime_arn = self._resource.attr_agent_runtime_arn
        self.agent_status = self._resource.attr_status
        self.agent_runtime_version = self._resource.attr_agent_runtime_version
        self.created_at = self._resource.attr_created_at
        self.last_updated_at = self._resource.attr_last_updated_at
        manage = manage_delivery_resource_policy is not False
        if tracing_enabled or logging_configs:
            from l2.bedrockagentcore._observability import configure_logging, configure_tracing

            if tracing_enabled:
                configure_tracing(self, self.agent_runtime_arn, manage)
            if logging_configs:
                configure_logging(self, self.agent_runtime_arn, logging_configs, manage)

    @staticmethod
    def from_agent_runtime_attributes(scope: Construct, id: str, *, agent_runtime_arn: str, agent_runtime_id: str,
                                      agent_runtime_name: str, role_arn: str,
                                      agent_runtime_version: str | None = None, agent_status: str | None = None,
                                      created_at: str | None = None, description: str | None = None,
                                      last_updated_at: str | None = None,
                                      security_groups: Sequence[ISecurityGroup] | None = None,
                                      ) -> IBedrockAgentRuntime:
        """A runtime made outside this app."""
        return _ImportedRuntime(scope, id, AgentRuntimeAttributes(
            agent_runtime_arn=agent_runtime_arn, agent_runtime_id=agent_runtime_id,
            agent_runtime_name=agent_runtime_name, role_arn=role_arn, agent_runtime_version=agent_runtime_version,
            agent_status=agent_status, created_at=created_at, description=description,
            last_updated_at=last_updated_at, security_groups=security_groups))

    def add_endpoint(self, endpoint_name: str, *, description: str | None = None,
                     version: str | None = None) -> RuntimeEndpoint:
        """Add an endpoint named ``endpoint_name`` (default version: the runtime's current version)."""
        endpoint = RuntimeEndpoint(
            self, f"Endpoint{endpoint_name}", endpoint_name=endpoint_name, agent_runtime_id=self.agent_runtime_id,
            agent_runtime_version=version if version is not None else (self.agent_runtime_version or "1"),
            description=description)
        endpoint.node.add_dependency(self._resource)
        return endpoint

    # -- rendering ------------------------------------------------------------------------------------------
    def _render_artifact(self) -> dict[str, Any]:
        config = self.agent_runtime_artifact._render()
        if "code" in config:
            return {"code_configuration": {"code": config["code"], "runtime": config["runtime"],
                                           "entry_point": config["entry_point"]}}
        uri = config.get("container_uri")
        if isinstance(uri, str):
            self._validate_container_uri(uri)
        return {"container_configuration": {"container_uri": uri}}

    def _add_execution_role_permissions(self, stack: Stack) -> None:
        i = iam()
        prefix = f"arn:{stack.partition}:logs:{stack.region}:{stack.account}:log-group:"
        directory = f"arn:{stack.partition}:bedrock-agentcore:{stack.region}:{stack.account}:" \
                    "workload-identity-directory/default"
        for sid, actions, resources, conditions in (
            ("LogGroupAccess", ["logs:DescribeLogStreams", "logs:CreateLogGroup"],
             [f"{prefix}/aws/bedrock-agentcore/runtimes/*"], None),
            ("DescribeLogGroups", ["logs:DescribeLogGroups"], [f"{prefix}*"], None),
            ("LogStreamAccess", ["logs:CreateLogStream", "logs:PutLogEvents"],
             [f"{prefix}/aws/bedrock-agentcore/runtimes/*:log-stream:*"], None),
            ("XRayAccess", ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
                            "xray:GetSamplingTargets"], ["*"], None),
            ("CloudWatchMetrics", ["cloudwatch:PutMetricData"], ["*"],
             {"StringEquals": {"cloudwatch:namespace": "bedrock-agentcore"}}),
            ("GetAgentAccessToken", ["bedrock-agentcore:GetWorkloadAccessToken",
                                     "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
                                     "bedrock-agentcore:GetWorkloadAccessTokenForUserId"],
             [directory, f"{directory}/workload-identity/*"], None),
        ):
            self.role.add_to_principal_policy(i.PolicyStatement(
                sid=sid, effect=i.Effect.ALLOW, actions=actions, resources=resources, conditions=conditions))

    # -- validation -----------------------------------------------------------------------------------------
    def _validate_name(self) -> None:
        name = self.agent_runtime_name
        if Token.is_unresolved(name):
            return
        errors = length_errors(name, "Runtime name", 1, 48) + pattern_errors(
            name, "Runtime name", r"^[a-zA-Z][a-zA-Z0-9_]{0,47}$",
            "Runtime name must start with a letter and contain only letters, numbers, and underscores")
        if errors:
            raise ValidationError("\n".join(errors), self)

    def _validate_environment_variables(self, env: Mapping[str, str]) -> None:
        if len(env) > 50:
            raise ValidationError(f"Too many environment variables: {len(env)}. Maximum allowed is 50", self)
        for key, value in env.items():
            if Token.is_unresolved(key) or Token.is_unresolved(value):
                continue
            field = f"Environment variable key '{key}'"
            errors = length_errors(key, field, 1, 100) + pattern_errors(
                key, field, r"^[a-zA-Z_][a-zA-Z0-9_]*$",
                f"{field} must start with a letter or underscore and contain only letters, numbers, and underscores")
            if errors:
                raise ValidationError("\n".join(errors), self)
            if len(value) > 2048:
                raise ValidationError(
                    f"Invalid environment variable value length for key '{key}': {len(value)} characters. "
                    "Values must not exceed 2048 characters", self)

    def _validate_request_headers(self, config: RequestHeaderConfiguration) -> None:
        headers = config.allowlisted_headers
        if headers is None:
            return
        errors: list[str] = []
        if not 1 <= len(headers) <= 20:
            errors.append("Request header allow list contain between 1 and 20 headers")
        for header in headers:
            errors += length_errors(header, "Request header", 1, 256)
            errors += pattern_errors(
                header, "Request header", r"^[A-Za-z][A-Za-z0-9_-]{0,255}$",
                "Request header must start with a letter and contain only letters, numbers, underscores, and "
                "hyphens (max 256 characters)")
        if errors:
            raise ValidationError("\n".join(errors), self)

    def _validate_lifecycle(self, config: LifecycleConfiguration) -> None:
        for value, label in ((config.idle_runtime_session_timeout, "Idle runtime session timeout"),
                             (config.max_lifetime, "Maximum lifetime")):
            if value is not None and not value.is_unresolved():
                if not _LIFECYCLE_MIN <= value.to_seconds() <= _LIFECYCLE_MAX:
                    raise ValidationError(
                        f"{label} must be between {_LIFECYCLE_MIN} seconds and {_LIFECYCLE_MAX} seconds", self)

    def _validate_container_uri(self, uri: str) -> None:
        if Token.is_unresolved(uri):
            Annotations.of(self).add_info(
                "Container URI validation skipped as it contains unresolved CDK tokens. "
                "The URI will be validated at deployment time.")
            return
        if not ECR_URI_PATTERN.match(uri):
            raise ValidationError(
                f"Invalid container URI format: {uri}. Must be a valid ECR URI (e.g., "
                "123456789012.dkr.ecr.us-west-2.amazonaws.com/my-agent:latest or "
                "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/my-agent:latest)", self)

    def _validate_role_arn(self, role_arn: str) -> None:
        if not re.match(r"^arn:[a-z\-]+:iam::\d{12}:role\/[a-zA-Z0-9+=,.@\-_\/]+$", role_arn):
            raise ValidationError(
                f"Invalid IAM role ARN format: {role_arn}. Expected format: "
                "arn:<partition>:iam::<account-id>:role/<role-name> or "
                "arn:<partition>:iam::<account-id>:role/<path>/<role-name>", self)
        parts = Arn.split(role_arn, ArnFormat.SLASH_RESOURCE_NAME)
        account = parts.account or ""
        name = (parts.resource_name or "").split("/")[-1]
        if len(name) > 64:
            raise ValidationError(f"Role name exceeds maximum length of 64 characters: {name}", self)
        stack = Stack.of(self)
        if not Token.is_unresolved(stack.account) and account != stack.account:
            Annotations.of(self).add_warning(
                f"IAM role is from a different account ({account}) than the stack account ({stack.account}). "
                "Ensure cross-account permissions are properly configured.")
