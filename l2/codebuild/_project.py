"""``Project`` and ``PipelineProject``: CodeBuild projects, new or imported, with their events, notifications
and grants."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Annotations,
    ArnFormat,
    Aws,
    Construct,
    Duration,
    Lazy,
    Names,
    PhysicalName,
    Resource,
    SecretValue,
    Stack,
    Token,
    TokenComparison,
    Tokenization,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1.codebuild import CfnProject
from l2._private.metric_options import given_options as _metric_options
from l2.codebuild._artifacts import IArtifacts, _CodePipelineArtifacts, _NoArtifacts
from l2.codebuild._build_spec import BuildSpec
from l2.codebuild._cache import Cache
from l2.codebuild._enums import (
    BuildEnvironmentVariableType,
    ComputeType,
    ImagePullPrincipalType,
    ProjectNotificationEvents,
    ProjectVisibility,
)
from l2.codebuild._fleet import DockerServerOptions, HostKernel, IFleet
from l2.codebuild._fs import IFileSystemLocation
from l2.codebuild._images import IBuildImage, LinuxBuildImage, _LinuxLambdaBuildImage
from l2.codebuild._source import ISource, _CodePipelineSource, _NoSource

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.codestarnotifications import (
        DetailType,
        INotificationRule,
        INotificationRuleTarget,
        NotificationRuleSourceConfig,
    )
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import IGrantable, IPrincipal, IRole, PolicyStatement
    from l2.kms import IKey
    from l2.logs import ILogGroup
    from l2.s3 import IBucket

_NO_SOURCE = "NO_SOURCE"
_CODEPIPELINE = "CODEPIPELINE"


@structs.frozen(kw_only=True)
class BuildEnvironmentVariable:
    """An environment variable of the builds.

    Args:
        value: the value (or the parameter name / secret id for the other types).
        type: where the value comes from (default ``PLAINTEXT``).
    """

    value: Any
    type: BuildEnvironmentVariableType | None = None


@structs.frozen(kw_only=True)
class BuildEnvironmentCertificate:
    """A PEM certificate in S3 for the build environment.

    Args:
        bucket: the bucket.
        object_key: the certificate's key.
    """

    bucket: IBucket
    object_key: str


@structs.frozen(kw_only=True)
class BuildEnvironment:
    """The build environment of a project.

    Args:
        build_image: the image (default ``LinuxBuildImage.STANDARD_7_0``).
        certificate: a PEM certificate in S3.
        compute_type: the compute capacity (default the image's).
        environment_variables: variables of every build.
        privileged: run the Docker daemon (to build images).
        docker_server: a Docker server for the builds.
        fleet: a reserved-capacity fleet to run the builds on (its environment type must match the image's).
        host_kernel: the Linux kernel of the build host.
    """

    build_image: IBuildImage | None = None
    certificate: BuildEnvironmentCertificate | None = None
    compute_type: ComputeType | None = None
    docker_server: DockerServerOptions | None = None
    environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None
    fleet: IFleet | None = None
    host_kernel: HostKernel | None = None
    privileged: bool | None = None


@structs.frozen(kw_only=True)
class S3LoggingOptions:
    """Build logs in S3.

    Args:
        bucket: the bucket.
        enabled: whether the logs are sent (default true).
        encrypted: ``encryptionDisabled`` as aws-cdk-lib passes it.
        prefix: the key prefix.
    """

    bucket: IBucket
    enabled: bool | None = None
    encrypted: bool | None = None
    prefix: str | None = None


@structs.frozen(kw_only=True)
class CloudWatchLoggingOptions:
    """Build logs in CloudWatch Logs.

    Args:
        enabled: whether the logs are sent (default true).
        log_group: the log group (required when enabled).
        prefix: the log stream prefix.
    """

    enabled: bool | None = None
    log_group: ILogGroup | None = None
    prefix: str | None = None


@structs.frozen(kw_only=True)
class LoggingOptions:
    """Where build logs go.

    Args:
        cloud_watch: CloudWatch Logs.
        s3: S3.
    """

    cloud_watch: CloudWatchLoggingOptions | None = None
    s3: S3LoggingOptions | None = None


@structs.frozen(kw_only=True)
class BatchBuildConfig:
    """What ``enable_batch_builds`` returns.

    Args:
        role: the batch service role.
    """

    role: IRole


@runtime_checkable
class IProject(Protocol):
    """A CodeBuild project (aws-cdk-lib's ``IProject``)."""

    @property
    def project_arn(self) -> str:
        """The project's ARN."""
        ...

    @property
    def project_name(self) -> str:
        """The project's name."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal builds run as."""
        ...

    def add_to_role_policy(self, policy_statement: PolicyStatement) -> None:
        """Add a statement to the project role's policy."""
        ...

    def enable_batch_builds(self) -> BatchBuildConfig | None:
        """Enable batch builds."""
        ...

    @property
    def role(self) -> IRole | None:
        """The project's service role."""
        ...

    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """A rule for every event of the project."""
        ...

    def on_state_change(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for build state changes."""
        ...

    def on_phase_change(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for build phase changes."""
        ...

    def on_build_started(self, id: str, *, target: IRuleTarget | None = None,
                         cross_stack_scope: Construct | None = None, description: str | None = None,
                         event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for started builds."""
        ...

    def on_build_failed(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for failed builds."""
        ...

    def on_build_succeeded(self, id: str, *, target: IRuleTarget | None = None,
                           cross_stack_scope: Construct | None = None, description: str | None = None,
                           event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for succeeded builds."""
        ...

    def notify_on(self, id: str, target: INotificationRuleTarget, *,
                  events: Sequence[ProjectNotificationEvents], created_by: str | None = None,
                  detail_type: DetailType | None = None, enabled: bool | None = None,
                  notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for ``events``."""
        ...

    def notify_on_build_succeeded(self, id: str, target: INotificationRuleTarget, *, created_by: str | None = None,
                                  detail_type: DetailType | None = None, enabled: bool | None = None,
                                  notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for succeeded builds."""
        ...

    def notify_on_build_failed(self, id: str, target: INotificationRuleTarget, *, created_by: str | None = None,
                               detail_type: DetailType | None = None, enabled: bool | None = None,
                               notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for failed builds."""
        ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """A CloudWatch metric of this project (``MetricOptions`` keywords)."""
        ...

    def metric_builds(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """Builds started (Sum)."""
        ...

    def metric_duration(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """Build duration (Average)."""
        ...

    def metric_succeeded_builds(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """Successful builds (Sum)."""
        ...

    def metric_failed_builds(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """Failed builds (Sum)."""
        ...


# one EC2 network-interface policy per role, however many VPC projects use it (aws-cdk-lib dedupes the same way)
_VPC_POLICIES: dict[int, Any] = {}
_VPC_POLICY_ROLES: list[Any] = []


def _selection_kwargs(selection: SubnetSelection | None) -> dict[str, Any]:
    names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
    return {n: getattr(selection, n) for n in names if getattr(selection, n) is not None} if selection else {}


def _cfn(value: Any) -> Any:
    """CloudFormation casing for the property values produced lazily (the L1 renders the others)."""
    if isinstance(value, dict):
        return {k[:1].upper() + k[1:]: _cfn(v) for k, v in sorted(value.items()) if v is not None}
    if isinstance(value, list):
        return [_cfn(v) for v in value]
    return value


def _serialize_env_variables(
    env: Mapping[str, BuildEnvironmentVariable], validate_no_plain_text_secrets: bool | None, principal: Any
) -> list[dict[str, Any]]:
    ret: list[dict[str, Any]] = []
    ssm: list[str] = []
    secrets: list[str] = []
    kms: list[str] = []
    stack = Stack.of(principal) if principal is not None else None
    for name, var in env.items():
        value = var.value if isinstance(var.value, str) else str(var.value).lower() if isinstance(
            var.value, bool) else str(var.value)
        var_type = var.type or BuildEnvironmentVariableType.PLAINTEXT
        ret.append({"name": name, "type": var_type.value, "value": value})
        if validate_no_plain_text_secrets and var_type is BuildEnvironmentVariableType.PLAINTEXT \
                and any(isinstance(t, SecretValue) for t in Tokenization.reverse_string(value).tokens):
            raise UnscopedValidationError(
                f"Plaintext environment variable '{name}' contains a secret value! This means the value of this "
                "variable will be visible in plain text in the AWS Console. Please consider using CodeBuild's "
                "SecretsManager environment variables feature instead. If you'd like to continue with having this "
                "secret in the plaintext environment variables, please set the checkSecretsInPlainTextEnvVariables "
                "property to false")
        if principal is None or stack is None:
            continue
        if var_type is BuildEnvironmentVariableType.PARAMETER_STORE:
            ssm.append(stack.format_arn(service="ssm", resource="parameter",
                                        resource_name=value[1:] if value.startswith("/") else value))
        if var_type is BuildEnvironmentVariableType.SECRETS_MANAGER:
            if value.startswith("arn:"):
                parsed = stack.split_arn(value, ArnFormat.COLON_RESOURCE_NAME)
                if not parsed.resource_name:
                    raise UnscopedValidationError("SecretManager ARN is missing the name of the secret: " + value)
                secret_name = parsed.resource_name.split(":")[0]
                arn = stack.format_arn(service="secretsmanager", resource="secret", resource_name=f"{secret_name}*",
                                       arn_format=ArnFormat.COLON_RESOURCE_NAME, partition=parsed.partition,
                                       account=parsed.account, region=parsed.region)
                if arn not in secrets:
                    secrets.append(arn)
                if parsed.account and Token.compare_strings(parsed.account, stack.account) is TokenComparison.DIFFERENT:
                    key = stack.format_arn(service="kms", resource="key", resource_name="*",
                                           arn_format=ArnFormat.SLASH_RESOURCE_NAME, partition=parsed.partition,
                                           account=parsed.account, region=parsed.region)
                    if key not in kms:
                        kms.append(key)
            elif Token.is_unresolved(value):
                arn = value.split(":")[0]
                if arn not in secrets:
                    secrets.append(arn)
            else:
                arn = stack.format_arn(service="secretsmanager", resource="secret",
                                       resource_name=f"{value.split(':')[0]}-??????",
                                       arn_format=ArnFormat.COLON_RESOURCE_NAME)
                if arn not in secrets:
                    secrets.append(arn)
    if principal is not None:
        from l2 import iam

        grant = principal.grant_principal
        if ssm:
            grant.add_to_principal_policy(iam.PolicyStatement(actions=["ssm:GetParameters"], resources=ssm))
        if secrets:
            grant.add_to_principal_policy(
                iam.PolicyStatement(actions=["secretsmanager:GetSecretValue"], resources=secrets)
            )
        if kms:
            grant.add_to_principal_policy(iam.PolicyStatement(actions=["kms:Decrypt"], resources=kms))
    return ret


class _ProjectReference:
    def __init__(self, *, project_arn: str, project_name: str) -> None:
        self.project_arn = project_arn
        self.project_name = project_name


class ProjectBase(Resource):
    """A new or imported project: events, notifications and grants. Subclasses set the ARN, name and role."""

    project_arn: str
    project_name: str
    role: IRole | None = None
    grant_principal: IPrincipal

    @property
    def project_ref(self) -> _ProjectReference:
        """The project's name and ARN (aws-cdk-lib's ``ProjectReference``)."""
        return _ProjectReference(project_arn=self.project_arn, project_name=self.project_name)

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the project role's policy (nothing for an imported project without a role).

        Args:
            statement: the statement.
        """
        if self.role is not None:
            self.role.add_to_principal_policy(statement)

    def enable_batch_builds(self) -> BatchBuildConfig | None:
        """Batch builds need a new project (``None`` for an imported one)."""
        return None

    # -- events -------------------------------------------------------------------------------------------------
    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """An EventBridge rule for every CodeBuild event of this project.

        Args:
            id: the rule's construct id (under this project).
            target: send matching events there.
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering on top of the project pattern.
            rule_name: a physical name for the rule.
        """
        from l2 import events

        rule = events.Rule(self, id, cross_stack_scope=cross_stack_scope, description=description,
                           event_pattern=event_pattern, rule_name=rule_name)
        rule.add_target(target)
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "source": ["aws.codebuild"], "detail": {"project-name": [self.project_name]}}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.codebuild"])
            rule.add_event_pattern(detail={"project-name": [self.project_name]})
        return rule

    def on_state_change(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for "CodeBuild Build State Change" events (arguments as ``on_event``)."""
        rule = self.on_event(id, target=target, cross_stack_scope=cross_stack_scope, description=description,
                             event_pattern=event_pattern, rule_name=rule_name)
        rule.add_event_pattern(detail_type=["CodeBuild Build State Change"])
        return rule

    def on_phase_change(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for "CodeBuild Build Phase Change" events (arguments as ``on_event``)."""
        rule = self.on_event(id, target=target, cross_stack_scope=cross_stack_scope, description=description,
                             event_pattern=event_pattern, rule_name=rule_name)
        rule.add_event_pattern(detail_type=["CodeBuild Build Phase Change"])
        return rule

    def _on_status(self, id: str, status: str, options: dict[str, Any]) -> Rule:
        rule = self.on_state_change(id, **options)
        rule.add_event_pattern(detail={"build-status": [status]})
        return rule

    def on_build_started(self, id: str, *, target: IRuleTarget | None = None,
                         cross_stack_scope: Construct | None = None, description: str | None = None,
                         event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for builds that start (arguments as ``on_event``)."""
        return self._on_status(id, "IN_PROGRESS", _rule_opts(locals()))

    def on_build_failed(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for builds that fail (arguments as ``on_event``)."""
        return self._on_status(id, "FAILED", _rule_opts(locals()))

    def on_build_succeeded(self, id: str, *, target: IRuleTarget | None = None,
                           cross_stack_scope: Construct | None = None, description: str | None = None,
                           event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for builds that succeed (arguments as ``on_event``)."""
        return self._on_status(id, "SUCCEEDED", _rule_opts(locals()))

    # -- metrics ------------------------------------------------------------------------------------------------
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
        """A CloudWatch metric of this project (namespace ``AWS/CodeBuild``, dimension ``ProjectName``).

        The keywords are aws-cdk-lib's ``MetricOptions`` (default: Average over 5 minutes).
        """
        props = _metric_options(locals())
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": "AWS/CodeBuild", "dimensions_map": {"ProjectName": self.project_name}}
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

    def metric_builds(
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
        """Builds started (Sum)."""
        return self.metric("Builds", **{"statistic": "Sum", **_metric_options(locals())})

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
        """Build duration (Average)."""
        return self.metric("Duration", **{"statistic": "Average", **_metric_options(locals())})

    def metric_succeeded_builds(
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
        """Succeeded builds (Sum)."""
        return self.metric("SucceededBuilds", **{"statistic": "Sum", **_metric_options(locals())})

    def metric_failed_builds(
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
        """Failed builds (Sum)."""
        return self.metric("FailedBuilds", **{"statistic": "Sum", **_metric_options(locals())})

    # -- notifications ------------------------------------------------------------------------------------------
    def notify_on(self, id: str, target: INotificationRuleTarget, *,
                  events: Sequence[ProjectNotificationEvents], created_by: str | None = None,
                  detail_type: DetailType | None = None, enabled: bool | None = None,
                  notification_rule_name: str | None = None) -> INotificationRule:
        """A CodeStar Notifications rule that notifies ``target`` of ``events``.

        Args:
            id: the rule's construct id (under this project).
            target: an SNS topic or a chat channel.
            events: the event types.
            created_by: the name or alias of the rule's creator.
            detail_type: ``FULL`` (default) or ``BASIC``.
            enabled: whether notifications are sent (default the service's: enabled).
            notification_rule_name: the rule's name (default generated).
        """
        from l2.codestarnotifications import NotificationRule

        # aws-cdk-lib's {...options, source, targets} (options in jsii's order: events last)
        return NotificationRule(self, id, created_by=created_by, detail_type=detail_type, enabled=enabled,
                                notification_rule_name=notification_rule_name, events=[e.value for e in events],
                                source=self, targets=[target])

    def _notify(self, id: str, target: INotificationRuleTarget, event: ProjectNotificationEvents,
                values: dict[str, Any]) -> INotificationRule:
        opts = {k: values[k] for k in ("created_by", "detail_type", "enabled", "notification_rule_name")}
        return self.notify_on(id, target, events=[event], **opts)

    def notify_on_build_succeeded(self, id: str, target: INotificationRuleTarget, *, created_by: str | None = None,
                                  detail_type: DetailType | None = None, enabled: bool | None = None,
                                  notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of succeeded builds (options as ``notify_on``)."""
        return self._notify(id, target, ProjectNotificationEvents.BUILD_SUCCEEDED, locals())

    def notify_on_build_failed(self, id: str, target: INotificationRuleTarget, *, created_by: str | None = None,
                               detail_type: DetailType | None = None, enabled: bool | None = None,
                               notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of failed builds (options as ``notify_on``)."""
        return self._notify(id, target, ProjectNotificationEvents.BUILD_FAILED, locals())

    def bind_as_notification_rule_source(self, _scope: Construct) -> NotificationRuleSourceConfig:
        """The project as the source of a notification rule: its ARN."""
        from l2.codestarnotifications import NotificationRuleSourceConfig

        return NotificationRuleSourceConfig(source_arn=self.project_arn)


def _rule_opts(values: dict[str, Any]) -> dict[str, Any]:
    return {k: values[k] for k in ("target", "cross_stack_scope", "description", "event_pattern", "rule_name")}


class _ImportedProject(ProjectBase):
    def __init__(self, scope: Construct, id: str, *, arn: str, name: str, role: IRole | None = None,
                 **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        from l2 import iam

        self.project_arn = arn
        self.project_name = name
        self.role = role
        self.grant_principal = role if role is not None else iam.UnknownPrincipal(resource=self)


class Project(ProjectBase):
    """A CodeBuild project.

    Args:
        scope: the parent construct.
        id: the construct id.
        artifacts: the build output (default none, or CodePipeline's with a CodePipeline source).
        secondary_artifacts: more outputs (each with an identifier).
        secondary_sources: more sources (each with an identifier).
        source: the source (default none: then ``build_spec`` must be inline).
        auto_retry_limit: retries of a failed build (0 to 10).
        badge: a build badge (sources that support it).
        build_spec: the build commands (default ``buildspec.yml`` in the source).
        cache: the cache (default none).
        concurrent_build_limit: the maximum concurrent builds.
        description: a description.
        encryption_key: the key of the build output (default the AWS managed S3 key).
        environment: the build environment.
        environment_variables: variables of every build (over the environment's).
        file_system_locations: file systems mounted in the builds.
        grant_report_group_permissions: let builds create and use report groups named after the project
            (default true).
        logging: where build logs go (default CloudWatch Logs, the service's).
        project_name: a physical name.
        queued_timeout: how long a build may wait in the queue.
        role: the service role (default a new one).
        ssm_session_permissions: add the permissions Session Manager needs.
        timeout: the build timeout.
        visibility: who can see the builds.
        vpc: run builds in this VPC.
        subnet_selection: the VPC subnets (default the private ones).
        security_groups: the security groups (default a new one).
        allow_all_outbound: for the new security group.
        check_secrets_in_plain_text_env_variables: accepted for aws-cdk-lib's signature (default true).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codebuild.Project"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        artifacts: IArtifacts | None = None,
        secondary_artifacts: Sequence[IArtifacts] | None = None,
        secondary_sources: Sequence[ISource] | None = None,
        source: ISource | None = None,
        auto_retry_limit: int | float | None = None,
        badge: bool | None = None,
        build_spec: BuildSpec | None = None,
        cache: Cache | None = None,
        check_secrets_in_plain_text_env_variables: bool | None = None,
        concurrent_build_limit: int | float | None = None,
        description: str | None = None,
        encryption_key: IKey | None = None,
        environment: BuildEnvironment | None = None,
        environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None,
        file_system_locations: Sequence[IFileSystemLocation] | None = None,
        grant_report_group_permissions: bool | None = None,
        logging: LoggingOptions | None = None,
        project_name: str | None = None,
        queued_timeout: Duration | None = None,
        role: IRole | None = None,
        ssm_session_permissions: bool | None = None,
        timeout: Duration | None = None,
        visibility: ProjectVisibility | None = None,
        vpc: IVpc | None = None,
        subnet_selection: SubnetSelection | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        allow_all_outbound: bool | None = None,
    ) -> None:
        from l2 import iam

        super().__init__(scope, id, physical_name=project_name)
        self._connections: Any = None
        self.role = role or iam.Role(self, "Role", role_name=PhysicalName.GENERATE_IF_NEEDED,
                                     assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
        self.grant_principal = self.role
        self._secondary_sources: list[Any] = []
        self._secondary_source_versions: list[dict[str, Any]] = []
        self._secondary_artifacts: list[Any] = []
        self._encryption_key: IKey | None = None
        self._batch_service_role: Any = None
        self._file_system_locations: list[Any] = []
        self._build_image: Any = (environment.build_image if environment else None) or LinuxBuildImage.STANDARD_7_0
        self._source: Any = source or _NoSource()
        source_config = self._source.bind(self, self)
        if badge and not self._source.badge_supported:
            raise ValidationError(f"Badge is not supported for source type {self._source.type}", self)
        the_artifacts: Any = artifacts or (
            _CodePipelineArtifacts() if self._source.type == _CODEPIPELINE else _NoArtifacts()
        )
        artifacts_config = the_artifacts.bind(self, self)
        the_cache = cache or Cache.none()
        the_cache._bind(self)
        if self._source.type == _NO_SOURCE and (build_spec is None or not build_spec.is_immediate):
            raise ValidationError("If the Project's source is NoSource, you need to provide a concrete buildSpec",
                                  self)
        for s in secondary_sources or ():
            self.add_secondary_source(s)
        for a in secondary_artifacts or ():
            self.add_secondary_artifact(a)
        for location in file_system_locations or ():
            self.add_file_system_location(location)
        if (self._source.type == _CODEPIPELINE or the_artifacts.type == _CODEPIPELINE) and (
            self._source.type != the_artifacts.type
        ):
            raise ValidationError("Both source and artifacts must be set to CodePipeline", self)
        if auto_retry_limit is not None and not Token.is_unresolved(auto_retry_limit) and not (
            0 <= auto_retry_limit <= 10
        ):
            raise ValidationError(f"autoRetryLimit must be a value between 0 and 10, got {auto_retry_limit}.", self)
        source_property = {**source_config.source_property,
                           "buildSpec": build_spec.to_build_spec(self) if build_spec is not None else None}
        is_lambda = isinstance(self._build_image, _LinuxLambdaBuildImage)
        env = environment or BuildEnvironment()
        errors = list(self._build_image.validate(
            build_image=env.build_image, certificate=env.certificate, compute_type=env.compute_type,
            docker_server=env.docker_server, environment_variables=env.environment_variables, fleet=env.fleet,
            host_kernel=env.host_kernel, privileged=env.privileged))
        if is_lambda:
            for given, message in ((timeout, "Cannot specify timeout for Lambda compute"),
                                   (queued_timeout, "Cannot specify queuedTimeout for Lambda compute"),
                                   (cache, "Cannot specify cache for Lambda compute"),
                                   (badge, "Cannot enable badge for Lambda compute")):
                if given:
                    errors.append(message)
        if errors:
            raise ValidationError("Invalid CodeBuild environment: " + "\n".join(errors), self)
        resource = CfnProject(
            self,
            "Resource",
            description=description,
            source=source_property,
            artifacts=artifacts_config.artifacts_property,
            service_role=self.role.role_arn,
            environment=self._render_environment(environment, environment_variables or {}, is_lambda,
                                                 check_secrets_in_plain_text_env_variables),
            file_system_locations=Lazy.any(lambda: _cfn(self._file_system_locations) or None),
            encryption_key=Lazy.string(
                lambda: self._encryption_key.key_arn if self._encryption_key is not None else "alias/aws/s3"
            ),
            badge_enabled=badge,
            cache=the_cache._to_cloud_formation(),
            name=self.physical_name,
            timeout_in_minutes=timeout.to_minutes() if timeout is not None else None,
            queued_timeout_in_minutes=queued_timeout.to_minutes() if queued_timeout is not None else None,
            concurrent_build_limit=concurrent_build_limit,
            secondary_sources=Lazy.any(lambda: _cfn(self._secondary_sources) or None),
            secondary_source_versions=Lazy.any(lambda: _cfn(self._secondary_source_versions) or None),
            secondary_artifacts=Lazy.any(lambda: _cfn(self._secondary_artifacts) or None),
            triggers=source_config.build_triggers,
            source_version=source_config.source_version,
            vpc_config=self._configure_vpc(vpc, subnet_selection, security_groups, allow_all_outbound,
                                           environment.fleet if environment is not None else None),
            visibility=visibility.value if visibility is not None else None,
            logs_config=self._render_logging(logging),
            build_batch_config=Lazy.any(
                lambda: {"ServiceRole": self._batch_service_role.role_arn} if self._batch_service_role else None
            ),
            auto_retry_limit=auto_retry_limit,
        )
        self._resource = resource
        self._add_vpc_required_permissions(vpc, subnet_selection, resource)
        self.project_arn: str = self.get_resource_arn_attribute(
            resource.attr_arn, {"service": "codebuild", "resource": "project", "resource_name": self.physical_name}
        )
        self.project_name: str = self.get_resource_name_attribute(resource.ref)
        log_group_arn = Stack.of(self).format_arn(service="logs", resource="log-group",
                                                  arn_format=ArnFormat.COLON_RESOURCE_NAME,
                                                  resource_name=f"/aws/codebuild/{self.project_name}")
        self.add_to_role_policy(iam.PolicyStatement(
            resources=[log_group_arn, f"{log_group_arn}:*"],
            actions=["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
        ))
        if grant_report_group_permissions is not False:
            report_arn = Stack.of(self).format_arn(service="codebuild", resource="report-group",
                                                   resource_name=f"{self.project_name}-*")
            self.add_to_role_policy(iam.PolicyStatement(
                actions=["codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport",
                         "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"],
                resources=[report_arn],
            ))
        if ssm_session_permissions:
            self.add_to_role_policy(iam.PolicyStatement(
                actions=["ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                         "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel",
                         "logs:DescribeLogGroups", "logs:CreateLogStream", "logs:PutLogEvents",
                         "s3:GetEncryptionConfiguration", "s3:PutObject"],
                resources=["*"],
            ))
        if encryption_key is not None:
            self._set_encryption_key(encryption_key)
        if callable(getattr(self._build_image, "bind", None)):  # an IBindableBuildImage
            self._build_image.bind(self, self)  # type: ignore[attr-defined]
        self.node.add_validation(_ProjectValidation(self))

    # -- imports ------------------------------------------------------------------------------------------------
    @staticmethod
    def from_project_arn(scope: Construct, id: str, project_arn: str) -> IProject:
        """An existing project, by ARN.

        Args:
            scope: the parent construct.
            id: the construct id.
            project_arn: the project's ARN.
        """
        parts = Stack.of(scope).split_arn(project_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return _ImportedProject(scope, id, arn=project_arn, name=parts.resource_name or "",
                                account=parts.account, region=parts.region)

    @staticmethod
    def from_project_name(scope: Construct, id: str, project_name: str) -> IProject:
        """An existing project of this stack's account and region, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            project_name: the project's name.
        """
        arn = Stack.of(scope).format_arn(service="codebuild", resource="project", resource_name=project_name)
        return _ImportedProject(scope, id, arn=arn, name=project_name)

    @staticmethod
    def serialize_env_variables(
        environment_variables: Mapping[str, BuildEnvironmentVariable],
        validate_no_plain_text_secrets: bool | None = None,
        principal: IGrantable | None = None,
    ) -> list[CfnProject.EnvironmentVariableProperty]:
        """The ``EnvironmentVariables`` property for ``environment_variables``; with ``principal``, grants it
        read access to the parameters and secrets they name.

        Args:
            environment_variables: the variables.
            validate_no_plain_text_secrets: fail on a plaintext variable holding a ``SecretValue`` (default no).
            principal: the grantee.
        """
        return [
            CfnProject.EnvironmentVariableProperty(name=e["name"], type=e["type"], value=e["value"])
            for e in _serialize_env_variables(environment_variables, validate_no_plain_text_secrets, principal)
        ]

    # -- members ------------------------------------------------------------------------------------------------
    def enable_batch_builds(self) -> BatchBuildConfig | None:
        """Let the project run batch builds: a batch service role that may start, stop and retry builds."""
        from l2 import iam

        if self._batch_service_role is None:
            self._batch_service_role = iam.Role(self, "BatchServiceRole",
                                                assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
            self._batch_service_role.add_to_principal_policy(iam.PolicyStatement(
                resources=[Lazy.string(lambda: self.project_arn)],
                actions=["codebuild:StartBuild", "codebuild:StopBuild", "codebuild:RetryBuild"],
            ))
        return BatchBuildConfig(role=self._batch_service_role)

    def add_secondary_source(self, secondary_source: ISource) -> None:
        """Add a source (it needs an identifier).

        Args:
            secondary_source: the source.
        """
        if not secondary_source.identifier:
            raise ValidationError("The identifier attribute is mandatory for secondary sources", self)
        config = secondary_source.bind(self, self)
        self._secondary_sources.append(config.source_property)
        if config.source_version:
            self._secondary_source_versions.append(
                {"sourceIdentifier": secondary_source.identifier, "sourceVersion": config.source_version}
            )

    def add_file_system_location(self, file_system_location: IFileSystemLocation) -> None:
        """Mount a file system in the builds.

        Args:
            file_system_location: the file system.
        """
        self._file_system_locations.append(file_system_location.bind(self, self).location)

    def add_secondary_artifact(self, secondary_artifact: IArtifacts) -> None:
        """Add an output (it needs an identifier).

        Args:
            secondary_artifact: the artifacts.
        """
        if not secondary_artifact.identifier:
            raise ValidationError("The identifier attribute is mandatory for secondary artifacts", self)
        self._secondary_artifacts.append(secondary_artifact.bind(self, self).artifacts_property)

    @property
    def connections(self) -> Connections:
        """The project's security groups (only for a project in a VPC)."""
        if self._connections is None:
            raise ValidationError(
                "Only VPC-associated Projects have security groups to manage. Supply the \"vpc\" parameter when "
                "creating the Project", self
            )
        return self._connections  # type: ignore[no-any-return]

    def _configure_vpc(self, vpc: IVpc | None, subnet_selection: SubnetSelection | None,
                       security_groups: Sequence[ISecurityGroup] | None, allow_all_outbound: bool | None,
                       fleet: IFleet | None = None) -> Any:
        if (security_groups or allow_all_outbound is not None) and vpc is None:
            raise ValidationError("Cannot configure 'securityGroup' or 'allowAllOutbound' without configuring a VPC",
                                  self)
        if vpc is None:
            return None
        if fleet is not None:
            Annotations.of(self).add_warning_v2("@aws-cdk/aws-codebuild:noUselessProjectVpc",
                                                "Project 'vpc' does nothing when using a Fleet. Configure the VPC on "
                                                "the fleet instead.")
        if security_groups and allow_all_outbound is not None:
            raise ValidationError("Configure 'allowAllOutbound' directly on the supplied SecurityGroup.", self)
        from l2 import ec2

        if security_groups:
            groups = list(security_groups)
        else:
            groups = [ec2.SecurityGroup(
                self, "SecurityGroup", vpc=vpc,
                description="Automatic generated security group for CodeBuild " + Names.unique_id(self),
                allow_all_outbound=allow_all_outbound,
            )]
        self._connections = ec2.Connections(security_groups=groups)
        return {
            "vpcId": vpc.vpc_id,
            "subnets": vpc.select_subnets(**_selection_kwargs(subnet_selection)).subnet_ids,
            "securityGroupIds": [g.security_group_id for g in groups],
        }

    def _add_vpc_required_permissions(self, vpc: IVpc | None, subnet_selection: SubnetSelection | None,
                                      resource: CfnProject) -> None:
        if vpc is None or self.role is None:
            return
        from l2 import iam

        subnets = [f"arn:{Aws.PARTITION}:ec2:{Aws.REGION}:{Aws.ACCOUNT_ID}:subnet/{si}"
                   for si in vpc.select_subnets(**_selection_kwargs(subnet_selection)).subnet_ids]
        self.role.add_to_principal_policy(iam.PolicyStatement(
            resources=[f"arn:{Aws.PARTITION}:ec2:{Aws.REGION}:{Aws.ACCOUNT_ID}:network-interface/*"],
            actions=["ec2:CreateNetworkInterfacePermission"],
            conditions={"StringEquals": {"ec2:Subnet": subnets, "ec2:AuthorizedService": "codebuild.amazonaws.com"}},
        ))
        policy = _VPC_POLICIES.get(id(self.role))
        if policy is None:
            policy = iam.Policy(self, "PolicyDocument", statements=[iam.PolicyStatement(
                resources=["*"],
                actions=["ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                         "ec2:DeleteNetworkInterface", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups",
                         "ec2:DescribeDhcpOptions", "ec2:DescribeVpcs"],
            )])
            self.role.attach_inline_policy(policy)
            _VPC_POLICIES[id(self.role)] = policy
            _VPC_POLICY_ROLES.append(self.role)  # keeps the id valid while the role lives
        resource.node.add_dependency(policy)

    def bind_to_code_pipeline(self, _scope: Construct, *, artifact_bucket: IBucket) -> None:
        """Called when a pipeline uses the project: adopt the artifact bucket's key when the project has none
        (CodeBuild ignores the pipeline's key), unless that key is a new key of another account or region.

        Args:
            _scope: the binding scope.
            artifact_bucket: the pipeline's artifact bucket.
        """
        key = artifact_bucket.encryption_key
        if key is None or self._encryption_key is not None:
            return
        from l2 import kms

        key_stack, project_stack = Stack.of(key), Stack.of(self)  # type: ignore[arg-type]
        if isinstance(key, kms.Key) and (
            key_stack.account != project_stack.account or key_stack.region != project_stack.region
        ):
            return
        self._set_encryption_key(key)

    def _set_encryption_key(self, key: IKey) -> None:
        self._encryption_key = key
        key.grant_encrypt_decrypt(self)

    def _render_environment(self, env: BuildEnvironment | None, project_vars: Mapping[str, BuildEnvironmentVariable],
                            is_lambda: bool, validate_secrets: bool | None) -> dict[str, Any]:
        env = env or BuildEnvironment()
        variables = {**(env.environment_variables or {}), **project_vars}
        image = self._build_image
        pull = None if is_lambda else (
            ImagePullPrincipalType.CODEBUILD
            if image.image_pull_principal_type is ImagePullPrincipalType.CODEBUILD
            else ImagePullPrincipalType.SERVICE_ROLE
        )
        repository = getattr(image, "repository", None)
        if repository is not None:
            if pull is ImagePullPrincipalType.SERVICE_ROLE:
                repository.grant_pull(self)
            else:
                from l2 import iam

                statement = iam.PolicyStatement(
                    principals=[iam.ServicePrincipal("codebuild.amazonaws.com")],
                    actions=["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"],
                )
                statement.sid = "CodeBuild"
                repository.add_to_resource_policy(statement)
        secret = getattr(image, "secrets_manager_credentials", None)
        if pull is ImagePullPrincipalType.SERVICE_ROLE and secret is not None:
            secret.grant_read(self)
        return {
            "type": image.type,
            "image": image.image_id,
            "imagePullCredentialsType": pull.value if pull is not None else None,
            "registryCredential": {
                "credentialProvider": "SECRETS_MANAGER",
                "credential": secret.secret_full_arn if secret.secret_full_arn is not None else secret.secret_name,
            } if secret is not None else None,
            "certificate": env.certificate.bucket.arn_for_objects(env.certificate.object_key)
            if env.certificate is not None else None,
            "privilegedMode": bool(env.privileged),
            "fleet": self._configure_fleet(env.fleet),
            "hostKernel": env.host_kernel.value if env.host_kernel is not None else None,
            "computeType": (env.compute_type or image.default_compute_type).value,
            "environmentVariables": _serialize_env_variables(variables, validate_secrets is not False, self)
            if variables else None,
            "dockerServer": {
                "computeType": env.docker_server.compute_type.value,
                "securityGroupIds": [g.security_group_id for g in env.docker_server.security_groups]
                if env.docker_server.security_groups is not None else None,
            } if env.docker_server is not None else None,
        }

    def _configure_fleet(self, fleet: IFleet | None) -> dict[str, Any] | None:
        if fleet is None:
            return None
        if Token.is_unresolved(fleet.fleet_arn) and self._build_image.type != fleet.environment_type.value:
            raise ValidationError(
                f"The environment type of the fleet ({fleet.environment_type.value}) must match the environment "
                f"type of the build image ({self._build_image.type})", self)
        return {"fleetArn": fleet.fleet_arn}

    def _render_logging(self, logging: LoggingOptions | None) -> Any:
        if logging is None:
            return None
        s3_config = cw_config = None
        if logging.s3 is not None:
            s3 = logging.s3
            s3_config = {
                "status": "ENABLED" if s3.enabled is not False else "DISABLED",
                "location": f"{s3.bucket.bucket_name}" + (f"/{s3.prefix}" if s3.prefix else ""),
                "encryptionDisabled": None if s3.encrypted is None else not s3.encrypted,
            }
            s3.bucket.grant_write(self)
        if logging.cloud_watch is not None:
            cw = logging.cloud_watch
            status = "ENABLED" if cw.enabled is not False else "DISABLED"
            if status == "ENABLED" and cw.log_group is None:
                raise ValidationError(
                    "Specifying a LogGroup is required if CloudWatch logging for CodeBuild is enabled", self
                )
            if cw.log_group is not None:
                cw.log_group.grant_write(self)
            cw_config = {"status": status, "groupName": cw.log_group.log_group_name if cw.log_group else None,
                         "streamName": cw.prefix}
        return {"s3Logs": s3_config, "cloudWatchLogs": cw_config}


class _ProjectValidation:
    def __init__(self, project: Project) -> None:
        self._project = project

    def validate(self) -> list[str]:
        p = self._project
        errors: list[str] = []
        if p._source.type == _CODEPIPELINE:
            if p._secondary_sources:
                errors.append("A Project with a CodePipeline Source cannot have secondary sources. "
                              "Use the CodeBuild Pipeline Actions' `extraInputs` property instead")
            if p._secondary_artifacts:
                errors.append("A Project with a CodePipeline Source cannot have secondary artifacts. "
                              "Use the CodeBuild Pipeline Actions' `outputs` property instead")
        return errors


class PipelineProject(Project):
    """A project used by a CodePipeline build action: source and artifacts are CodePipeline's (other arguments as
    ``Project``)."""

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codebuild.PipelineProject"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_retry_limit: int | float | None = None,
        badge: bool | None = None,
        build_spec: BuildSpec | None = None,
        cache: Cache | None = None,
        check_secrets_in_plain_text_env_variables: bool | None = None,
        concurrent_build_limit: int | float | None = None,
        description: str | None = None,
        encryption_key: IKey | None = None,
        environment: BuildEnvironment | None = None,
        environment_variables: Mapping[str, BuildEnvironmentVariable] | None = None,
        file_system_locations: Sequence[IFileSystemLocation] | None = None,
        grant_report_group_permissions: bool | None = None,
        logging: LoggingOptions | None = None,
        project_name: str | None = None,
        queued_timeout: Duration | None = None,
        role: IRole | None = None,
        ssm_session_permissions: bool | None = None,
        timeout: Duration | None = None,
        visibility: ProjectVisibility | None = None,
        vpc: IVpc | None = None,
        subnet_selection: SubnetSelection | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        allow_all_outbound: bool | None = None,
    ) -> None:
        super().__init__(
            scope, id, source=_CodePipelineSource(), artifacts=_CodePipelineArtifacts(),
            auto_retry_limit=auto_retry_limit, badge=badge, build_spec=build_spec, cache=cache,
            check_secrets_in_plain_text_env_variables=check_secrets_in_plain_text_env_variables,
            concurrent_build_limit=concurrent_build_limit, description=description, encryption_key=encryption_key,
            environment=environment, environment_variables=environment_variables,
            file_system_locations=file_system_locations, grant_report_group_permissions=grant_report_group_permissions, logging=logging,
            project_name=project_name, queued_timeout=queued_timeout, role=role,
            ssm_session_permissions=ssm_session_permissions, timeout=timeout, visibility=visibility, vpc=vpc,
            subnet_selection=subnet_selection, security_groups=security_groups, allow_all_outbound=allow_all_outbound,
        )
