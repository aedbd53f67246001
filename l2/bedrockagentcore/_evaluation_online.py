"""``OnlineEvaluationConfig``: evaluators scoring an agent's sessions from its CloudWatch logs, and its data
sources (``DataSourceConfig``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Arn,
    ArnFormat,
    Aws,
    Construct,
    Duration,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.bedrockagentcore._evaluation import (
    CloudWatchLogsDataSourceConfig,
    DataSourceConfigBindResult,
    EvaluatorSelector,
    ExecutionStatus,
    FilterConfig,
    cfn_tags,
    description_errors,
    tag_errors,
)

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import OnlineEvaluationConfigReference
    from l2.bedrockagentcore._interfaces import IBedrockAgentRuntime, IRuntimeEndpoint
    from l2.iam import Grant, IGrantable, IPrincipal, IRole

_NAME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9_]{0,47}$")


class DataSourceConfig:
    """Where an online evaluation reads the agent's traces: CloudWatch log groups and a service name.

    Args:
        config: the data source as the L1 property takes it.
    """

    def __init__(self, config: CloudWatchLogsDataSourceConfig) -> None:
        self.cloud_watch_logs_config = config
        """The log groups and service names."""

    @staticmethod
    def from_cloud_watch_logs(*, log_group_names: Sequence[str], service_names: Sequence[str]) -> DataSourceConfig:
        """Explicit log groups (1-5) and service name (1)."""
        errors = []
        if not log_group_names:
            errors.append(f"At least 1 log group name is required, got {len(log_group_names or [])}")
        elif len(log_group_names) > 5:
            errors.append(f"At most 5 log group names are allowed, got {len(log_group_names)}")
        if errors:
            raise UnscopedValidationError("\n".join(errors))
        if not service_names:
            errors.append(f"At least 1 service name is required, got {len(service_names or [])}")
        elif len(service_names) > 1:
            errors.append(f"At most 1 service name is allowed, got {len(service_names)}")
        if errors:
            raise UnscopedValidationError("\n".join(errors))
        return DataSourceConfig(CloudWatchLogsDataSourceConfig(log_group_names=list(log_group_names),
                                                               service_names=list(service_names)))

    @staticmethod
    def from_agent_runtime_endpoint(runtime: IBedrockAgentRuntime,
                                    endpoint: IRuntimeEndpoint | None = None) -> DataSourceConfig:
        """The logs of a runtime's endpoint (default ``DEFAULT``)."""
        name = endpoint.endpoint_name if endpoint is not None else "DEFAULT"
        return DataSourceConfig._from_runtime(runtime, name)

    @staticmethod
    def from_agent_runtime_endpoint_name(runtime: IBedrockAgentRuntime, endpoint_name: str) -> DataSourceConfig:
        """The logs of a runtime's endpoint, by name."""
        return DataSourceConfig._from_runtime(runtime, endpoint_name)

    @staticmethod
    def _from_runtime(runtime: IBedrockAgentRuntime, endpoint_name: str) -> DataSourceConfig:
        return DataSourceConfig(CloudWatchLogsDataSourceConfig(
            log_group_names=[f"/aws/bedrock-agentcore/runtimes/{runtime.agent_runtime_id}-{endpoint_name}"],
            service_names=[f"{runtime.agent_runtime_name}.{endpoint_name}"]))

    def bind(self) -> DataSourceConfigBindResult:
        """The data source as rendered."""
        return DataSourceConfigBindResult(cloud_watch_logs=CloudWatchLogsDataSourceConfig(
            log_group_names=self.cloud_watch_logs_config.log_group_names,
            service_names=self.cloud_watch_logs_config.service_names))


@structs.frozen(kw_only=True)
class OnlineEvaluationBaseProps:
    """The properties every online evaluation configuration takes."""

    online_evaluation_config_name: str
    """The name (``^[a-zA-Z][a-zA-Z0-9_]{0,47}$``)."""
    description: str | None = None
    """A description (at most 200 characters)."""
    execution_role: IRole | None = None
    """The role it runs as (default a new one)."""
    execution_status: ExecutionStatus | None = None
    """Enabled or disabled (default the service's)."""
    filters: Sequence[FilterConfig] | None = None
    """Which sessions to score (at most 5)."""
    sampling_percentage: int | float | None = None
    """The share of sessions scored (0.01-100, default 10)."""
    session_timeout: Duration | None = None
    """Idle time that ends a session (1-1440 minutes, default 15)."""


@structs.frozen(kw_only=True)
class OnlineEvaluationConfigProps(OnlineEvaluationBaseProps):
    """The properties of an ``OnlineEvaluationConfig``."""

    data_source: DataSourceConfig
    """Where the traces are read."""
    evaluators: Sequence[EvaluatorSelector]
    """The evaluators (1-10)."""
    tags: Mapping[str, str] | None = None
    """Tags of the configuration."""


@structs.frozen(kw_only=True)
class OnlineEvaluationConfigAttributes:
    """What ``OnlineEvaluationConfig.from_online_evaluation_config_attributes`` needs to know."""

    online_evaluation_config_arn: str
    """The ARN of the configuration."""
    online_evaluation_config_id: str
    """The id of the configuration."""
    online_evaluation_config_name: str
    """The name of the configuration."""
    execution_role_arn: str | None = None
    """The ARN of its execution role."""


@runtime_checkable
class IOnlineEvaluationConfig(Protocol):
    """An online evaluation configuration: ``OnlineEvaluationConfig`` or an imported one."""

    @property
    def online_evaluation_config_arn(self) -> str:
        """The ARN of the configuration."""
        ...

    @property
    def online_evaluation_config_id(self) -> str:
        """The id of the configuration."""
        ...

    @property
    def online_evaluation_config_name(self) -> str:
        """The name of the configuration."""
        ...

    @property
    def execution_role(self) -> IRole | None:
        """The role it runs as."""
        ...

    @property
    def status(self) -> str | None:
        """Its status."""
        ...

    @property
    def execution_status(self) -> str | None:
        """Enabled or disabled."""
        ...

    @property
    def created_at(self) -> str | None:
        """When it was created."""
        ...

    @property
    def updated_at(self) -> str | None:
        """When it was last updated."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal it acts as."""
        ...

    @property
    def online_evaluation_config_ref(self) -> OnlineEvaluationConfigReference:
        """A reference to the configuration."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the configuration."""
        ...


class OnlineEvaluationBase(Resource):
    """What new and imported online evaluation configurations share."""

    online_evaluation_config_arn: str
    online_evaluation_config_id: str
    online_evaluation_config_name: str
    execution_role: IRole | None = None
    status: str | None = None
    execution_status: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    grant_principal: IPrincipal

    @property
    def online_evaluation_config_ref(self) -> OnlineEvaluationConfigReference:
        """A reference to the configuration."""
        from l1._private.interfaces.bedrockagentcore import OnlineEvaluationConfigReference

        return OnlineEvaluationConfigReference(online_evaluation_config_arn=self.online_evaluation_config_arn)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this configuration."""
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions),
                                            resource_arns=[self.online_evaluation_config_arn])


class _ImportedOnlineEvaluation(OnlineEvaluationBase):
    def __init__(self, scope: Construct, id: str, attrs: OnlineEvaluationConfigAttributes) -> None:
        role = (iam().Role.from_role_arn(scope, f"{id}Role", attrs.execution_role_arn)
                if attrs.execution_role_arn else None)
        super().__init__(scope, id)
        self.online_evaluation_config_arn = attrs.online_evaluation_config_arn
        self.online_evaluation_config_id = attrs.online_evaluation_config_id
        self.online_evaluation_config_name = attrs.online_evaluation_config_name
        self.execution_role = role
        self.grant_principal = role if role is not None else iam().UnknownPrincipal(resource=self)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class OnlineEvaluationConfig(OnlineEvaluationBase):
    """Evaluators scoring an agent's sessions continuously (``AWS::BedrockAgentCore::OnlineEvaluationConfig``).

    Args:
        data_source: where the traces are read (``DataSourceConfig``).
        evaluators: the evaluators (1-10).
        online_evaluation_config_name: the name.
        tags: tags of the configuration.
        description: a description.
        execution_role: the role it runs as (default a new role reading the logs and invoking Bedrock models).
        execution_status: enabled or disabled.
        filters: which sessions to score.
        sampling_percentage: the share of sessions scored (default 10).
        session_timeout: idle time that ends a session (default 15 minutes).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.OnlineEvaluationConfig"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, data_source: DataSourceConfig,
                 evaluators: Sequence[EvaluatorSelector], online_evaluation_config_name: str,
                 tags: Mapping[str, str] | None = None, description: str | None = None,
                 execution_role: IRole | None = None, execution_status: ExecutionStatus | None = None,
                 filters: Sequence[FilterConfig] | None = None, sampling_percentage: int | float | None = None,
                 session_timeout: Duration | None = None) -> None:
        super().__init__(scope, id, physical_name=online_evaluation_config_name)
        name = online_evaluation_config_name
        checks: list[list[str]] = []
        errors: list[str] = []
        if name is not None and not Token.is_unresolved(name):
            if len(name) < 1:
                errors.append(f"Configuration name must be at least 1 character(s), got {len(name)}")
            if len(name) > 48:
                errors.append(f"Configuration name must be at most 48 characters, got {len(name)}")
            if not _NAME_RE.search(name):
                errors.append(f'Configuration name "{name}" does not match required pattern. Must start with a '
                              "letter and contain only alphanumeric characters and underscores.")
        checks.append(errors)
        checks.append(description_errors(description))
        errors = []
        if evaluators is None:
            errors.append("Evaluators array is required")
        else:
            if len(evaluators) < 1:
                errors.append(f"At least 1 evaluator is required, got {len(evaluators)}")
            if len(evaluators) > 10:
                errors.append(f"At most 10 evaluators are allowed, got {len(evaluators)}")
        checks.append(errors)
        errors = []
        if sampling_percentage is not None and not Token.is_unresolved(sampling_percentage):
            if sampling_percentage < 0.01:
                errors.append(f"Sampling percentage must be at least 0.01, got {_num(sampling_percentage)}")
            if sampling_percentage > 100:
                errors.append(f"Sampling percentage must be at most 100, got {_num(sampling_percentage)}")
        checks.append(errors)
        checks.append([f"At most 5 filters are allowed, got {len(filters)}"] if filters and len(filters) > 5 else [])
        errors = []
        minutes = session_timeout.to_minutes() if session_timeout is not None else None
        if minutes is not None and not Token.is_unresolved(minutes):
            if minutes < 1:
                errors.append(f"Session timeout must be at least 1 minute(s), got {_num(minutes)}")
            if minutes > 1440:
                errors.append(f"Session timeout must be at most 1440 minutes, got {_num(minutes)}")
        checks.append(errors)
        if tags:
            checks.append(tag_errors(tags, "+-=._:/", False))
        for problems in checks:
            if problems:
                raise ValidationError("\n".join(problems), self)
        self.online_evaluation_config_name = self.physical_name
        role = execution_role if execution_role is not None else self._create_execution_role(data_source)
        self.execution_role = role
        self.grant_principal = role
        from l1.bedrockagentcore import CfnOnlineEvaluationConfig

        source = data_source.bind().cloud_watch_logs
        rule: dict[str, Any] = {
            "sampling_config": {"sampling_percentage": sampling_percentage if sampling_percentage is not None
                                else 10},
            "session_config": {"session_timeout_minutes": minutes if minutes is not None else 15}}
        if filters:
            rule["filters"] = [{"key": f.key, "operator": f.operator.value, "value": f.value._bind()}
                               for f in filters]
        resource = CfnOnlineEvaluationConfig(
            self, "Resource", online_evaluation_config_name=self.physical_name,
            evaluators=[{"evaluator_id": e.bind().evaluator_id} for e in evaluators],
            data_source_config={"cloud_watch_logs": {"log_group_names": list(source.log_group_names),
                                                     "service_names": list(source.service_names)}},
            evaluation_execution_role_arn=role.role_arn, rule=rule, description=description,
            execution_status=execution_status.value if execution_status is not None else None,
            tags=cfn_tags(tags))
        if isinstance(role, iam().Role) and role.node.default_child is not None:
            resource.node.add_dependency(role)
        self._resource = resource
        self.online_evaluation_config_arn = resource.attr_online_evaluation_config_arn
        self.online_evaluation_config_id = resource.attr_online_evaluation_config_id
        self.status = resource.attr_status
        self.execution_status = resource.execution_status
        self.created_at = resource.attr_created_at
        self.updated_at = resource.attr_updated_at

    def _create_execution_role(self, data_source: DataSourceConfig) -> IRole:
        i = iam()
        stack = Stack.of(self)

        def arn(service: str, resource: str, name: str, fmt: ArnFormat = ArnFormat.SLASH_RESOURCE_NAME,
                region: str | None = None) -> str:
            return stack.format_arn(service=service, resource=resource, resource_name=name, arn_format=fmt,
                                    region=region)

        role = i.Role(self, "ExecutionRole", description="Execution role for Bedrock AgentCore Online Evaluation",
                      assumed_by=i.ServicePrincipal("bedrock-agentcore.amazonaws.com", conditions={
                          "StringEquals": {"aws:SourceAccount": stack.account, "aws:ResourceAccount": stack.account},
                          "ArnLike": {"aws:SourceArn": [
                              arn("bedrock-agentcore", "evaluator", "*"),
                              arn("bedrock-agentcore", "online-evaluation-config", "*")]}}))
        colon = ArnFormat.COLON_RESOURCE_NAME
        log_group_arns = [a for name in [*data_source.cloud_watch_logs_config.log_group_names, "aws/spans"]
                          for a in (arn("logs", "log-group", name, colon), arn("logs", "log-group", f"{name}:*", colon))]
        role.add_to_policy(i.PolicyStatement(sid="CloudWatchLogDescribeStatement", actions=["logs:DescribeLogGroups"],
                                             resources=["*"]))
        role.add_to_policy(i.PolicyStatement(sid="CloudWatchLogQueryStatement",
                                             actions=["logs:GetQueryResults", "logs:StartQuery"],
                                             resources=log_group_arns))
        role.add_to_policy(i.PolicyStatement(
            sid="CloudWatchLogWriteStatement",
            actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
            resources=[arn("logs", "log-group", "/aws/bedrock-agentcore/evaluations/*", colon)]))
        role.add_to_policy(i.PolicyStatement(
            sid="CloudWatchIndexPolicyStatement", actions=["logs:DescribeIndexPolicies", "logs:PutIndexPolicy"],
            resources=[arn("logs", "log-group", "aws/spans", colon), arn("logs", "log-group", "aws/spans:*", colon)]))
        role.add_to_policy(i.PolicyStatement(
            sid="BedrockInvokeStatement", actions=["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
            resources=[f"arn:{Aws.PARTITION}:bedrock:*::foundation-model/*",
                       arn("bedrock", "inference-profile", "*", region="*")]))
        return role

    @staticmethod
    def from_online_evaluation_config_id(scope: Construct, id: str,
                                         online_evaluation_config_id: str) -> IOnlineEvaluationConfig:
        """A configuration of this account and region, by id (the name is the id)."""
        arn = Stack.of(scope).format_arn(service="bedrock-agentcore", resource="online-evaluation-config",
                                         resource_name=online_evaluation_config_id)
        return OnlineEvaluationConfig.from_online_evaluation_config_attributes(
            scope, id, online_evaluation_config_arn=arn, online_evaluation_config_id=online_evaluation_config_id,
            online_evaluation_config_name=online_evaluation_config_id)

    @staticmethod
    def from_online_evaluation_config_arn(scope: Construct, id: str,
                                          online_evaluation_config_arn: str) -> IOnlineEvaluationConfig:
        """A configuration by ARN (the name is the id)."""
        config_id = Arn.split(online_evaluation_config_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
        return OnlineEvaluationConfig.from_online_evaluation_config_attributes(
            scope, id, online_evaluation_config_arn=online_evaluation_config_arn,
            online_evaluation_config_id=config_id, online_evaluation_config_name=config_id)

    @staticmethod
    def from_online_evaluation_config_attributes(
            scope: Construct, id: str, *, online_evaluation_config_arn: str, online_evaluation_config_id: str,
            online_evaluation_config_name: str, execution_role_arn: str | None = None) -> IOnlineEvaluationConfig:
        """A configuration made outside this app."""
        return _ImportedOnlineEvaluation(scope, id, OnlineEvaluationConfigAttributes(
            online_evaluation_config_arn=online_evaluation_config_arn,
            online_evaluation_config_id=online_evaluation_config_id,
            online_evaluation_config_name=online_evaluation_config_name, execution_role_arn=execution_role_arn))
