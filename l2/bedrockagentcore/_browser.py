"""``BrowserCustom``: a custom AgentCore browser (sessions, recording to S3, signing)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Arn, ArnFormat, Construct, Duration, Lazy, Names, Resource, Stack, ValidationError
from constructs.internals import analytics_enabled, structs
from l2._private.iam_module import iam
from l2._private.metric_options import given_options as _metric_options
from l2.bedrockagentcore._interfaces import IBrowserCustom
from l2.bedrockagentcore._network import BrowserNetworkConfiguration
from l2.bedrockagentcore._validation import TAG_PATTERN, length_errors, pattern_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import BrowserCustomReference
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections, ISecurityGroup
    from l2.iam import Grant, IGrantable, IPrincipal, IRole
    from l2.s3 import Location

_READ = ["bedrock-agentcore:GetBrowser", "bedrock-agentcore:GetBrowserSession"]
_LIST = ["bedrock-agentcore:ListBrowsers", "bedrock-agentcore:ListBrowserSessions"]
_USE = ["bedrock-agentcore:StartBrowserSession", "bedrock-agentcore:UpdateBrowserStream",
        "bedrock-agentcore:ConnectBrowserAutomationStream", "bedrock-agentcore:StopBrowserSession"]


class BrowserSigning(enum.Enum):
    """Whether the browser signs its requests (Web Bot Auth)."""

    ENABLED = "ENABLED"
    """Signing on."""
    DISABLED = "DISABLED"
    """Signing off."""


@structs.frozen(kw_only=True)
class RecordingConfig:
    """Whether browser sessions are recorded, and where to (S3)."""

    enabled: bool | None = None
    """Record sessions (default false)."""
    s3_location: Location | None = None
    """The bucket and key prefix of the recordings."""


@structs.frozen(kw_only=True)
class BrowserCustomProps:
    """The properties of a ``BrowserCustom`` (see ``BrowserCustom``)."""

    browser_custom_name: str | None = None
    browser_signing: BrowserSigning | None = None
    description: str | None = None
    execution_role: IRole | None = None
    network_configuration: BrowserNetworkConfiguration | None = None
    recording_config: RecordingConfig | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class BrowserCustomAttributes:
    """What ``BrowserCustom.from_browser_custom_attributes`` needs to know."""

    browser_arn: str
    """The ARN of the browser."""
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


class BrowserCustomBase(Resource):
    """What new and imported browsers share: grants, metrics, connections."""

    browser_arn: str
    browser_id: str
    execution_role: IRole
    grant_principal: IPrincipal
    status: str | None = None
    created_at: str | None = None
    last_updated_at: str | None = None
    _connections: Connections | None = None

    @property
    def browser_custom_ref(self) -> BrowserCustomReference:
        """The browser's id and ARN."""
        from l1._private.interfaces.bedrockagentcore import BrowserCustomReference

        return BrowserCustomReference(browser_id=self.browser_id,
                                              browser_arn=self.browser_arn)

    @property
    def connections(self) -> Connections:
        """The network connections (only in a VPC)."""
        if self._connections is None:
            raise ValidationError("Cannot manage network access without configuring a VPC", self)
        return self._connections

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this browser to ``grantee``."""
        return iam().Grant.add_to_principal(grantee=grantee, resource_arns=[self.browser_arn],
                                            actions=list(actions))

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading this browser and its sessions, and listing all."""
        own = self.grant(grantee, *_READ)
        every = iam().Grant.add_to_principal(grantee=grantee, resource_arns=["*"], actions=list(_LIST))
        return own.combine(every)

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant starting, invoking and stopping sessions."""
        return self.grant(grantee, *_USE)

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
        """The CloudWatch metric ``metric_name`` of this browser (dimension ``Resource``: its ARN)."""
        return self._make_metric(metric_name, {"Resource": self.browser_arn},
                                 _metric_options(locals(), "metric_name"))

    def metric_for_api_operation(self, metric_name: str, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The metric ``metric_name`` of the API ``operation`` on this browser."""
        props = _metric_options(locals(), "metric_name", "operation")
        props["dimensions_map"] = {"Operation": operation, **(props.get("dimensions_map") or {})}
        return self._make_metric(metric_name, {"Resource": self.browser_arn}, props)

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
        """The duration of browser sessions (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        options["dimensions_map"] = {"Operation": "BrowserSession", **(options.get("dimensions_map") or {})}
        return self.metric("Duration", **options)

    def metric_take_over_count(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """User take-overs of the browser (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("TakeOverCount", **options)

    def metric_take_over_release_count(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Take-overs released (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("TakeOverReleaseCount", **options)

    def metric_take_over_duration(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """How long take-overs last (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        return self.metric("TakeOverDuration", **options)


class _ImportedBrowser(BrowserCustomBase):
    def __init__(self, scope: Construct, id: str, attrs: BrowserCustomAttributes) -> None:
        super().__init__(scope, id)
        self.browser_arn = attrs.browser_arn
        self.browser_id = Arn.split(attrs.browser_arn,
                                             ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
        self.execution_role = iam().Role.from_role_arn(scope, f"{id}Role", attrs.role_arn)
        self.grant_principal = self.execution_role
        self.last_updated_at = attrs.last_updated_at
        self.status = attrs.status
        self.created_at = attrs.created_at
        if attrs.security_groups:
            from l2.ec2 import Connections

            self._connections = Connections(security_groups=list(attrs.security_groups))


class BrowserCustom(BrowserCustomBase):
    """A custom AgentCore browser (``AWS::BedrockAgentCore::BrowserCustom``).

    Args:
        browser_custom_name: the name (default generated; ``^[a-zA-Z][a-zA-Z0-9_]{0,47}$``).
        description: a description.
        execution_role: the role it runs as (default a new role trusted by ``bedrock-agentcore``).
        network_configuration: public (default) or VPC.
        browser_signing: sign requests (default disabled).
        recording_config: record sessions to S3 (default off).
        tags: tags of the browser.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.BrowserCustom"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, browser_custom_name: str | None = None,
                 browser_signing: BrowserSigning | None = None, description: str | None = None, execution_role: IRole | None = None,
                 network_configuration: BrowserNetworkConfiguration | None = None,
                 recording_config: RecordingConfig | None = None,
                 tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=browser_custom_name
                         if browser_custom_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=48)))
        self.browser_custom_name = self.physical_name
        """The name of the browser."""
        self.description = description
        """The description."""
        self.network_configuration = (network_configuration if network_configuration is not None
                                      else BrowserNetworkConfiguration.using_public_network())
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
                        service="bedrock-agentcore", resource="browser-custom",
                        resource_name=f"{self.browser_custom_name}*")}}))
        self.grant_principal = self.execution_role
        self.tags = dict(tags) if tags is not None else None
        """The tags."""
        name = self.browser_custom_name
        errors = length_errors(name, "Browser name", 1, 48) + pattern_errors(
            name, "Browser name", r"^[a-zA-Z][a-zA-Z0-9_]{0,47}$")
        for key, value in (tags or {}).items():
            errors += length_errors(key, "Tag key", 1, 256) + pattern_errors(key, "Tag key", TAG_PATTERN)
            errors += length_errors(value, "Tag value", 1, 256) + pattern_errors(value, "Tag value", TAG_PATTERN)
        if errors:
            raise ValidationError("\n".join(errors), self)
        if self.network_configuration.connections is not None:
            self._connections = self.network_configuration.connections
        from l1.bedrockagentcore import CfnBrowserCustom

        network = self.network_configuration
        self._resource = CfnBrowserCustom(
            self, "Resource", name=name, description=description,
            network_configuration=Lazy.any(lambda: CfnBrowserCustom.BrowserNetworkConfigurationProperty(
                **network._render(self._connections))),
            execution_role_arn=self.execution_role.role_arn, tags=self.tags,
            browser_signing={"enabled": browser_signing is BrowserSigning.ENABLED},
            recording_config=self._render_recording(recording_config))
        grant = getattr(self, "_recording_grant", None)
        if grant is not None:
            self._resource.node.add_dependency(grant)
        location = recording_config.s3_location if recording_config is not None else None
        if location is not None and analytics_enabled(self):
            # aws-cdk-lib imports the bucket for the grant's ARN: built for its analytics entry only
            from l2.s3 import Bucket

            Bucket.from_bucket_name(self, f"{self.browser_custom_name}RecordingBucket", location.bucket_name)
        self.browser_id = self._resource.attr_browser_id
        self.browser_arn = self._resource.attr_browser_arn
        self.status = self._resource.attr_status
        self.created_at = self._resource.attr_created_at
        self.last_updated_at = self._resource.attr_last_updated_at
        self.failure_reason: str | None = self._resource.attr_failure_reason
        """Why the browser failed, if it did."""

    def _render_recording(self, config: RecordingConfig | None) -> dict[str, object]:
        if config is None or not config.enabled:
            return {"enabled": False}
        rendered: dict[str, object] = {"enabled": True}
        location = config.s3_location
        if location is not None:
            rendered["s3_location"] = {"bucket": location.bucket_name, "prefix": location.object_key}
            stack = Stack.of(self)
            self._recording_grant = iam().Grant.add_to_principal(
                grantee=self.execution_role,
                actions=["s3:PutObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
                resource_arns=[f"arn:{stack.partition}:s3:::{location.bucket_name}/{location.object_key}*"])
        return rendered

    @staticmethod
    def from_browser_custom_attributes(scope: Construct, id: str, *, browser_arn: str,
                                                role_arn: str, created_at: str | None = None,
                                                last_updated_at: str | None = None,
                                                security_groups: Sequence[ISecurityGroup] | None = None,
                                                status: str | None = None) -> IBrowserCustom:
        """A browser made outside this app."""
        return _ImportedBrowser(scope, id, BrowserCustomAttributes(
            browser_arn=browser_arn, role_arn=role_arn, created_at=created_at,
            last_updated_at=last_updated_at, security_groups=security_groups, status=status))
