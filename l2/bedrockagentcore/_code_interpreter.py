"""``CodeInterpreterCustom``: a custom AgentCore code interpreter (sandboxed code execution)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Arn, ArnFormat, Construct, Duration, Lazy, Names, Resource, Stack, ValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2._private.metric_options import given_options as _metric_options
from l2.bedrockagentcore._interfaces import ICodeInterpreterCustom
from l2.bedrockagentcore._network import CodeInterpreterNetworkConfiguration
from l2.bedrockagentcore._validation import TAG_PATTERN, length_errors, pattern_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import CodeInterpreterCustomReference
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections, ISecurityGroup
    from l2.iam import Grant, IGrantable, IPrincipal, IRole

_READ = ["bedrock-agentcore:GetCodeInterpreter", "bedrock-agentcore:GetCodeInterpreterSession"]
_LIST = ["bedrock-agentcore:ListCodeInterpreters", "bedrock-agentcore:ListCodeInterpreterSessions"]
_USE = ["bedrock-agentcore:StartCodeInterpreterSession", "bedrock-agentcore:InvokeCodeInterpreter",
        "bedrock-agentcore:StopCodeInterpreterSession"]
_INVOKE = ["bedrock-agentcore:InvokeCodeInterpreter"]


@structs.frozen(kw_only=True)
class CodeInterpreterCustomProps:
    """The properties of a ``CodeInterpreterCustom`` (see ``CodeInterpreterCustom``)."""

    code_interpreter_custom_name: str | None = None
    description: str | None = None
    execution_role: IRole | None = None
    network_configuration: CodeInterpreterNetworkConfiguration | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class CodeInterpreterCustomAttributes:
    """What ``CodeInterpreterCustom.from_code_interpreter_custom_attributes`` needs to know."""

    code_interpreter_arn: str
    """The ARN of the code interpreter."""
    role_arn: str
    """The ARN of its execution role."""
    created_at: str | None = None
    """When it was created."""
    last_updated_at: str | None = None
    """When it was last updated."""
    security_groups: Sequence[ISecurityGroup] | None = None
    """Its security groups (in a VPC)."""
    status: str | None = None
    """Its status."""


class CodeInterpreterCustomBase(Resource):
    """What new and imported code interpreters share: grants, metrics, connections."""

    code_interpreter_arn: str
    code_interpreter_id: str
    execution_role: IRole
    grant_principal: IPrincipal
    status: str | None = None
    created_at: str | None = None
    last_updated_at: str | None = None
    _connections: Connections | None = None

    @property
    def code_interpreter_custom_ref(self) -> CodeInterpreterCustomReference:
        """The code interpreter's id and ARN."""
        from l1._private.interfaces.bedrockagentcore import CodeInterpreterCustomReference

        return CodeInterpreterCustomReference(code_interpreter_id=self.code_interpreter_id,
                                              code_interpreter_arn=self.code_interpreter_arn)

    @property
    def connections(self) -> Connections:
        """The network connections (only in a VPC)."""
        if self._connections is None:
            raise ValidationError("Cannot manage network access without configuring a VPC", self)
        return self._connections

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this code interpreter to ``grantee``."""
        return iam().Grant.add_to_principal(grantee=grantee, resource_arns=[self.code_interpreter_arn],
                                            actions=list(actions))

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading this code interpreter and its sessions, and listing all."""
        own = self.grant(grantee, *_READ)
        every = iam().Grant.add_to_principal(grantee=grantee, resource_arns=["*"], actions=list(_LIST))
        return own.combine(every)

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant starting, invoking and stopping sessions."""
        return self.grant(grantee, *_USE)

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Grant invoking the code interpreter."""
        return self.grant(grantee, *_INVOKE)

    def _make_metric(self, metric_name: str, dims: dict[str, str], props: dict[str, Any]) -> Metric:
        from l2 import cloudwatch

        stack = Stack.of(self)
        dims = {**dims, **(props.pop("dimensions_map", None) or {})}
        props.setdefault("region", stack.region)
        props.setdefault("account", stack.account)
        return cloudwatch.Metric(namespace="AWS/Bedrock-AgentCore", metric_name=metric_name, dimensions_map=dims,
                                 **props)

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of this code interpreter (dimension ``Resource``: its ARN)."""
        return self._make_metric(metric_name, {"Resource": self.code_interpreter_arn},
                                 _metric_options(locals(), "metric_name"))

    def metric_for_api_operation(self, metric_name: str, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The metric ``metric_name`` of the API ``operation`` on this code interpreter."""
        props = _metric_options(locals(), "metric_name", "operation")
        props["dimensions_map"] = {"Operation": operation, **(props.get("dimensions_map") or {})}
        return self._make_metric(metric_name, {"Resource": self.code_interpreter_arn}, props)

    def metric_latency_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The latency of ``operation``."""
        options = _metric_options(locals(), "operation")
        options.setdefault("statistic", "Average")
        return self.metric_for_api_operation("Latency", operation, **options)

    def metric_invocations_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The requests of ``operation``."""
        options = _metric_options(locals(), "operation")
        options.setdefault("statistic", "Sum")
        return self.metric_for_api_operation("Invocations", operation, **options)

    def metric_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The errors of ``operation``."""
        options = _metric_options(locals(), "operation")
        options.setdefault("statistic", "Sum")
        return self.metric_for_api_operation("Errors", operation, **options)

    def metric_throttles_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The throttled requests of ``operation``."""
        options = _metric_options(locals(), "operation")
        options.setdefault("statistic", "Sum")
        return self.metric_for_api_operation("Throttles", operation, **options)

    def metric_system_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The system errors of ``operation``."""
        options = _metric_options(locals(), "operation")
        options.setdefault("statistic", "Sum")
        return self.metric_for_api_operation("SystemErrors", operation, **options)

    def metric_user_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The user errors of ``operation``."""
        options = _metric_options(locals(), "operation")
        options.setdefault("statistic", "Sum")
        return self.metric_for_api_operation("UserErrors", operation, **options)

    def metric_session_duration(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The duration of code interpreter sessions (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        options["dimensions_map"] = {"Operation": "CodeInterpreterSession", **(options.get("dimensions_map") or {})}
        return self.metric("Duration", **options)


class _ImportedCodeInterpreter(CodeInterpreterCustomBase):
    def __init__(self, scope: Construct, id: str, attrs: CodeInterpreterCustomAttributes) -> None:
        super().__init__(scope, id)
        self.code_interpreter_arn = attrs.code_interpreter_arn
        self.code_interpreter_id = Arn.split(attrs.code_interpreter_arn,
                                             ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
        self.execution_role = iam().Role.from_role_arn(scope, f"{id}Role", attrs.role_arn)
        self.grant_principal = self.execution_role
        self.last_updated_at = attrs.last_updated_at
        self.status = attrs.status
        self.created_at = attrs.created_at
        if attrs.security_groups:
            from l2.ec2 import Connections

            self._connections = Connections(security_groups=list(attrs.security_groups))


class CodeInterpreterCustom(CodeInterpreterCustomBase):
    """A custom AgentCore code interpreter (``AWS::BedrockAgentCore::CodeInterpreterCustom``).

    Args:
        code_interpreter_custom_name: the name (default generated; ``^[a-zA-Z][a-zA-Z0-9_]{0,47}$``).
        description: a description.
        execution_role: the role it runs as (default a new role trusted by ``bedrock-agentcore``).
        network_configuration: public (default), sandbox or VPC.
        tags: tags of the code interpreter.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.CodeInterpreterCustom"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, code_interpreter_custom_name: str | None = None,
                 description: str | None = None, execution_role: IRole | None = None,
                 network_configuration: CodeInterpreterNetworkConfiguration | None = None,
                 tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=code_interpreter_custom_name
                         if code_interpreter_custom_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=48)))
        self.code_interpreter_custom_name = self.physical_name
        """The name of the code interpreter."""
        self.description = description
        """The description."""
        self.network_configuration = (network_configuration if network_configuration is not None
                                      else CodeInterpreterNetworkConfiguration.using_public_network())
        """The network configuration."""
        if execution_role is not None:
            self.execution_role = execution_role
        else:
            i = iam()
            stack = Stack.of(self)
            self.execution_role = i.Role(self, "ServiceRole", assumed_by=i.ServicePrincipal(
                "bedrock-agentcore.amazonaws.com", conditions={
                    "StringEquals": {"aws:SourceAccount": stack.account},
                    "ArnLike": {"aws:SourceArn": stack.format_arn(
                        service="bedrock-agentcore", resource="code-interpreter-custom",
                        resource_name=f"{self.code_interpreter_custom_name}*")}}))
        self.grant_principal = self.execution_role
        self.tags = dict(tags) if tags is not None else None
        """The tags."""
        name = self.code_interpreter_custom_name
        errors = length_errors(name, "Code interpreter name", 1, 48) + pattern_errors(
            name, "Code interpreter name", r"^[a-zA-Z][a-zA-Z0-9_]{0,47}$")
        for key, value in (tags or {}).items():
            errors += length_errors(key, "Tag key", 1, 256) + pattern_errors(key, "Tag key", TAG_PATTERN)
            errors += length_errors(value, "Tag value", 1, 256) + pattern_errors(value, "Tag value", TAG_PATTERN)
        if errors:
            raise ValidationError("\n".join(errors), self)
        if self.network_configuration.connections is not None:
            self._connections = self.network_configuration.connections
        from l1.bedrockagentcore import CfnCodeInterpreterCustom

        network = self.network_configuration
        self._resource = CfnCodeInterpreterCustom(
            self, "Resource", name=name, description=description,
            network_configuration=Lazy.any(lambda: CfnCodeInterpreterCustom.CodeInterpreterNetworkConfigurationProperty(
                **network._render(self._connections))),
            execution_role_arn=self.execution_role.role_arn, tags=self.tags)
        self.code_interpreter_id = self._resource.attr_code_interpreter_id
        self.code_interpreter_arn = self._resource.attr_code_interpreter_arn
        self.status = self._resource.attr_status
        self.created_at = self._resource.attr_created_at
        self.last_updated_at = self._resource.attr_last_updated_at
        self.failure_reason: str | None = self._resource.attr_failure_reason
        """Why the code interpreter failed, if it did."""

    @staticmethod
    def from_code_interpreter_custom_attributes(scope: Construct, id: str, *, code_interpreter_arn: str,
                                                role_arn: str, created_at: str | None = None,
                                                last_updated_at: str | None = None,
                                                security_groups: Sequence[ISecurityGroup] | None = None,
                                                status: str | None = None) -> ICodeInterpreterCustom:
        """A code interpreter made outside this app."""
        return _ImportedCodeInterpreter(scope, id, CodeInterpreterCustomAttributes(
            code_interpreter_arn=code_interpreter_arn, role_arn=role_arn, created_at=created_at,
            last_updated_at=last_updated_at, security_groups=security_groups, status=status))
