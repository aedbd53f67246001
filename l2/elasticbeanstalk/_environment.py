"""``Environment``: a web server or worker environment with typed settings rendered as option settings."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Duration, Fn, Lazy, Resource, Stack, Token, ValidationError
from l2.elasticbeanstalk._settings import (
    DeploymentPolicy,
    EnvironmentTier,
    EnvironmentType,
    HealthReporting,
    LoadBalancerType,
    ManagedUpdates,
)

if TYPE_CHECKING:
    from l2.cloudwatch import Metric
    from l2.ec2 import InstanceType, ISecurityGroup, IVpc, SubnetSelection
    from l2.elasticbeanstalk._application import ApplicationVersion, IApplication
    from l2.iam import Grant, IGrantable, IRole
    from l2.sqs import IQueue

_START_TIME = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\d|2[0-3]):[0-5]\d$")
_ENV = "aws:elasticbeanstalk:environment"


@runtime_checkable
class IEnvironment(Protocol):
    """An Elastic Beanstalk environment: ``Environment`` or one from ``Environment.from_environment_attributes``."""

    @property
    def environment_name(self) -> str:
        """The environment's name."""
        ...

    @property
    def application_name(self) -> str:
        """The name of the environment's application."""
        ...

    @property
    def environment_arn(self) -> str:
        """The environment's ARN."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the environment to ``grantee``."""
        ...

    def grant_deploy(self, grantee: IGrantable) -> Grant:
        """Grant ``elasticbeanstalk:UpdateEnvironment`` on the environment."""
        ...

    def metric(self, metric_name: str, *, statistic: str = "Average", period: Duration | None = None) -> Metric:
        """A metric of the environment (namespace ``AWS/ElasticBeanstalk``)."""
        ...


class _EnvironmentBase(Resource):
    """What new and imported environments share: the ARN, grants and metrics."""

    _environment_name: str
    _application_name: str

    @property
    def environment_name(self) -> str:
        """The environment's name."""
        return self._environment_name

    @property
    def application_name(self) -> str:
        """The name of the environment's application."""
        return self._application_name

    @property
    def environment_arn(self) -> str:
        """The environment's ARN (``...:environment/<application>/<environment>``)."""
        return Stack.of(self).format_arn(service="elasticbeanstalk", resource="environment",
                                         resource_name=f"{self.application_name}/{self.environment_name}")

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this environment to ``grantee`` (added to the grantee's policy)."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.environment_arn])

    def grant_deploy(self, grantee: IGrantable) -> Grant:
        """Grant deploying versions to this environment (``elasticbeanstalk:UpdateEnvironment``); deploying
        also needs rights on the resources Beanstalk changes, which this does not grant."""
        return self.grant(grantee, "elasticbeanstalk:UpdateEnvironment")

    def metric(self, metric_name: str, *, statistic: str = "Average", period: Duration | None = None) -> Metric:
        """A metric of this environment (namespace ``AWS/ElasticBeanstalk``, dimension ``EnvironmentName``;
        most need enhanced health reporting), over 5 minutes unless ``period`` says otherwise."""
        from l2 import cloudwatch

        return cloudwatch.Metric(namespace="AWS/ElasticBeanstalk", metric_name=metric_name,
                                 dimensions_map={"EnvironmentName": self.environment_name}, statistic=statistic,
                                 period=period).attach_to(self)

    def metric_environment_health(self, *, period: Duration | None = None) -> Metric:
        """``EnvironmentHealth`` (Maximum): 0 OK, 1 Info, 5 Unknown, 10 No data, 15 Warning, 20 Degraded, 25 Severe."""
        return self.metric("EnvironmentHealth", statistic="Maximum", period=period)

    def metric_application_requests_5xx(self, *, period: Duration | None = None) -> Metric:
        """``ApplicationRequests5xx`` (Sum): requests the application answered with a 5xx status."""
        return self.metric("ApplicationRequests5xx", statistic="Sum", period=period)

    def metric_application_latency_p99(self, *, period: Duration | None = None) -> Metric:
        """``ApplicationLatencyP99`` (Average): the 99th percentile of request latency, in seconds."""
        return self.metric("ApplicationLatencyP99", period=period)


class _ImportedEnvironment(_EnvironmentBase):
    def __init__(self, scope: Construct, id: str, application_name: str, environment_name: str) -> None:
        super().__init__(scope, id)
        self._application_name = application_name
        self._environment_name = environment_name


class Environment(_EnvironmentBase):
    """An Elastic Beanstalk environment (``AWS::ElasticBeanstalk::Environment``) with typed settings.

    The settings become option settings (namespaces of the Elastic Beanstalk developer guide's "General options
    for all environments"); anything else goes through ``add_option_setting``. The environment creates an instance
    role (managed policy ``AWSElasticBeanstalkWebTier``; a worker also gets only its own queue, CloudWatch metrics
    and, with periodic tasks, the cron leader table) with its instance profile, and, when enhanced health or
    managed updates need one, a service role with only the managed policies those features need.

    Args:
        scope: the parent construct.
        id: the construct id.
        application: the application the environment runs.
        solution_stack_name: the platform by solution stack name, e.g.
            ``64bit Amazon Linux 2023 v4.3.0 running Python 3.12`` (give it or ``platform_arn``).
        platform_arn: the platform by ARN (give it or ``solution_stack_name``).
        version: the application version to deploy (default none: Beanstalk's sample application).
        environment_name: the environment's name, 4 to 40 characters (default generated by CloudFormation).
        description: a description (default none).
        cname_prefix: the prefix of the environment's CNAME (default generated).
        tier: web server or worker (default ``WEB_SERVER``).
        environment_type: load-balanced or single instance (default ``LOAD_BALANCED``).
        instance_types: EC2 instance types (names or ``ec2.InstanceType``), the first the default (``aws:ec2:instances`` ``InstanceTypes``;
            default Beanstalk's choice).
        min_capacity: the Auto Scaling group's minimum, 1 to 10000 (default Beanstalk's 1).
        max_capacity: the Auto Scaling group's maximum, 1 to 10000 (default Beanstalk's 4).
        vpc: the VPC to launch in (default Beanstalk's: the default VPC).
        vpc_subnets: the instances' subnets (default the VPC's private subnets, when ``vpc`` is given).
        load_balancer_subnets: the load balancer's subnets (default the VPC's public subnets, for a web
            load-balanced environment in ``vpc``).
        security_groups: security groups for the instances (default the one Beanstalk creates).
        load_balancer_type: the load balancer (default ``APPLICATION`` for a load-balanced web environment).
        health_reporting: basic or enhanced health (default not set: Beanstalk's basic).
        managed_updates: managed platform updates (default not set); needs ``HealthReporting.ENHANCED``.
        environment_variables: environment properties for the application (default none).
        xray_enabled: run the X-Ray daemon on the instances (default not set: off); the instance role's
            web tier policy already allows sending traces.
        deployment_policy: how versions are deployed (default not set: Beanstalk's ``AllAtOnce``).
        worker_queue: the queue a worker reads (default a new ``sqs.Queue``, for workers only).
        worker_http_path: the path the worker daemon POSTs messages to (default Beanstalk's ``/``).
        worker_http_connections: concurrent connections of the daemon to the app, 1 to 100 (default 50).
        worker_visibility_timeout: how long a message is locked while processed, 0 to 43200 s (default 300 s).
        worker_max_retries: deliveries before a message goes to the dead-letter queue, 1 to 100 (default 10).
        instance_role: the instances' role (default a new role, see above).
        service_role: the service role (default a new role when needed, see above).

    Raises:
        ValidationError: a combination Elastic Beanstalk rejects (see the module's documentation page) or a
            value outside its documented range.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        application: IApplication,
        solution_stack_name: str | None = None,
        platform_arn: str | None = None,
        version: ApplicationVersion | None = None,
        environment_name: str | None = None,
        description: str | None = None,
        cname_prefix: str | None = None,
        tier: EnvironmentTier = EnvironmentTier.WEB_SERVER,
        environment_type: EnvironmentType = EnvironmentType.LOAD_BALANCED,
        instance_types: Sequence[str | InstanceType] | None = None,
        min_capacity: int | None = None,
        max_capacity: int | None = None,
        vpc: IVpc | None = None,
        vpc_subnets: SubnetSelection | None = None,
        load_balancer_subnets: SubnetSelection | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        load_balancer_type: LoadBalancerType | None = None,
        health_reporting: HealthReporting | None = None,
        managed_updates: ManagedUpdates | None = None,
        environment_variables: Mapping[str, str] | None = None,
        xray_enabled: bool | None = None,
        deployment_policy: DeploymentPolicy | None = None,
        worker_queue: IQueue | None = None,
        worker_http_path: str | None = None,
        worker_http_connections: int | None = None,
        worker_visibility_timeout: Duration | None = None,
        worker_max_retries: int | None = None,
        instance_role: IRole | None = None,
        service_role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.elasticbeanstalk import CfnEnvironment
        from l2 import iam

        worker = tier is EnvironmentTier.WORKER
        single = environment_type is EnvironmentType.SINGLE_INSTANCE
        if load_balancer_type is None and not worker and not single:
            load_balancer_type = LoadBalancerType.APPLICATION
        self.tier = tier
        self.environment_type = environment_type
        self.load_balancer_type = load_balancer_type
        self._check(
            solution_stack_name=solution_stack_name, platform_arn=platform_arn, worker=worker, single=single,
            given_lb_type=load_balancer_type if (worker or single) else None, min_capacity=min_capacity,
            max_capacity=max_capacity, load_balancer_subnets=load_balancer_subnets, policy=deployment_policy,
            health=health_reporting, managed=managed_updates, version=version, worker_queue=worker_queue,
            worker_options=[worker_http_path, worker_http_connections, worker_visibility_timeout,
                            worker_max_retries],
            worker_http_connections=worker_http_connections, worker_visibility_timeout=worker_visibility_timeout,
            worker_max_retries=worker_max_retries, environment_name=environment_name, application=application,
            cname_prefix=cname_prefix)

        # roles: the instances' role and profile, the service role when a feature needs one
        if worker and worker_queue is None:
            from l2 import sqs

            worker_queue = sqs.Queue(self, "WorkerQueue")
        self.worker_queue = worker_queue
        if instance_role is None:
            instance_role = iam.Role(
                self, "InstanceRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
                managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AWSElasticBeanstalkWebTier")])
            if worker_queue is not None:
                self._grant_worker(instance_role, worker_queue, version)
        self.instance_role = instance_role
        self.instance_profile = iam.InstanceProfile(self, "InstanceProfile", role=instance_role)
        if service_role is None and (health_reporting is HealthReporting.ENHANCED or managed_updates is not None):
            policies = []
            if health_reporting is HealthReporting.ENHANCED:
                policies.append(iam.ManagedPolicy.from_aws_managed_policy_name(
                    "service-role/AWSElasticBeanstalkEnhancedHealth"))
            if managed_updates is not None:
                policies.append(iam.ManagedPolicy.from_aws_managed_policy_name(
                    "AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy"))
            service_role = iam.Role(
                self, "ServiceRole",
                assumed_by=iam.ServicePrincipal("elasticbeanstalk.amazonaws.com",
                                                conditions={"StringEquals": {"sts:ExternalId": "elasticbeanstalk"}}),
                managed_policies=policies)
        self.service_role = service_role

        options: list[tuple[str, str, Any]] = [(_ENV, "EnvironmentType", environment_type.value)]
        if service_role is not None:
            options.append((_ENV, "ServiceRole", service_role.role_arn))
        if load_balancer_type is not None:
            options.append((_ENV, "LoadBalancerType", load_balancer_type.value))
        launch = "aws:autoscaling:launchconfiguration"
        options.append((launch, "IamInstanceProfile", self.instance_profile.instance_profile_name))
        if security_groups:
            options.append((launch, "SecurityGroups", Fn.join(",", [sg.security_group_id for sg in security_groups])))
        if instance_types:
            options.append(("aws:ec2:instances", "InstanceTypes", ",".join(str(t) for t in instance_types)))
        if min_capacity is not None:
            options.append(("aws:autoscaling:asg", "MinSize", str(min_capacity)))
        if max_capacity is not None:
            options.append(("aws:autoscaling:asg", "MaxSize", str(max_capacity)))
        if vpc is not None:
            from l2 import ec2

            options.append(("aws:ec2:vpc", "VPCId", vpc.vpc_id))
            subnets = vpc.select_subnets(**_selection(vpc_subnets, ec2.SubnetType.PRIVATE_WITH_EGRESS))
            options.append(("aws:ec2:vpc", "Subnets", Fn.join(",", subnets.subnet_ids)))
            if load_balancer_type is not None:
                lb = vpc.select_subnets(**_selection(load_balancer_subnets, ec2.SubnetType.PUBLIC))
                options.append(("aws:ec2:vpc", "ELBSubnets", Fn.join(",", lb.subnet_ids)))
        if health_reporting is not None:
            options.append(("aws:elasticbeanstalk:healthreporting:system", "SystemType", health_reporting.value))
        if managed_updates is not None:
            actions = "aws:elasticbeanstalk:managedactions"
            options.append((actions, "ManagedActionsEnabled", "true"))
            options.append((actions, "PreferredStartTime", managed_updates.preferred_start_time))
            assert service_role is not None
            options.append((actions, "ServiceRoleForManagedUpdates", service_role.role_arn))
            update = "aws:elasticbeanstalk:managedactions:platformupdate"
            options.append((update, "UpdateLevel", managed_updates.update_level.value))
            if managed_updates.instance_refresh_enabled is not None:
                options.append((update, "InstanceRefreshEnabled", _bool(managed_updates.instance_refresh_enabled)))
        if xray_enabled is not None:
            options.append(("aws:elasticbeanstalk:xray", "XRayEnabled", _bool(xray_enabled)))
        if deployment_policy is not None:
            options += _deployment_options(deployment_policy)
        if worker_queue is not None:
            sqsd = "aws:elasticbeanstalk:sqsd"
            options.append((sqsd, "WorkerQueueURL", worker_queue.queue_url))
            if worker_http_path is not None:
                options.append((sqsd, "HttpPath", worker_http_path))
            if worker_http_connections is not None:
                options.append((sqsd, "HttpConnections", str(worker_http_connections)))
            if worker_visibility_timeout is not None:
                options.append((sqsd, "VisibilityTimeout", str(int(worker_visibility_timeout.to_seconds()))))
            if worker_max_retries is not None:
                options.append((sqsd, "MaxRetries", str(worker_max_retries)))
        for key, value in (environment_variables or {}).items():
            options.append(("aws:elasticbeanstalk:application:environment", key, value))
        self._options = options

        self.resource = CfnEnvironment(
            self, "Resource", application_name=application.application_name, environment_name=environment_name,
            description=description, cname_prefix=cname_prefix, solution_stack_name=solution_stack_name,
            platform_arn=platform_arn, version_label=version.version_label if version is not None else None,
            tier=CfnEnvironment.TierProperty(name=tier.value, type="SQS/HTTP" if worker else "Standard"),
            option_settings=Lazy.any(self._render_options))
        self.application = application
        self._application_name = application.application_name
        self._environment_name = self.resource.ref
        self.endpoint_url: str = self.resource.attr_endpoint_url

    @staticmethod
    def from_environment_attributes(scope: Construct, id: str, *, application_name: str,
                                    environment_name: str) -> IEnvironment:
        """An existing environment of this stack's account and region, for grants and metrics.

        Args:
            scope: the parent construct.
            id: the construct id.
            application_name: the name of the environment's application.
            environment_name: the environment's name.
        """
        return _ImportedEnvironment(scope, id, application_name, environment_name)

    def add_option_setting(self, namespace: str, option_name: str, value: str) -> None:
        """Add an option setting the typed arguments do not cover (rendered after them, in call order)."""
        self._options.append((namespace, option_name, value))

    def add_environment_variable(self, name: str, value: str) -> None:
        """Add an environment property (``aws:elasticbeanstalk:application:environment``)."""
        self.add_option_setting("aws:elasticbeanstalk:application:environment", name, value)

    def _render_options(self) -> list[dict[str, Any]]:
        return [{"Namespace": ns, "OptionName": name, "Value": value} for ns, name, value in self._options]

    def _grant_worker(self, role: IRole, queue: IQueue, version: ApplicationVersion | None) -> None:
        from l2 import iam

        queue.grant_consume_messages(role)
        role.add_to_principal_policy(iam.PolicyStatement(actions=["cloudwatch:PutMetricData"], resources=["*"]))
        if version is not None and version.cron_tasks:
            # the worker daemon elects a leader for periodic tasks in a DynamoDB table Beanstalk creates
            role.add_to_principal_policy(iam.PolicyStatement(
                actions=["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Scan",
                         "dynamodb:UpdateItem"],
                resources=[Stack.of(self).format_arn(service="dynamodb", resource="table",
                                                     resource_name="*-stack-AWSEBWorkerCronLeaderRegistry*")]))

    def _check(self, *, solution_stack_name: str | None, platform_arn: str | None, worker: bool, single: bool,
               given_lb_type: LoadBalancerType | None, min_capacity: int | None, max_capacity: int | None,
               load_balancer_subnets: SubnetSelection | None, policy: DeploymentPolicy | None,
               health: HealthReporting | None, managed: ManagedUpdates | None, version: ApplicationVersion | None,
               worker_queue: IQueue | None, worker_options: list[Any], worker_http_connections: int | None,
               worker_visibility_timeout: Duration | None, worker_max_retries: int | None,
               environment_name: str | None, application: IApplication, cname_prefix: str | None) -> None:
        kind = "a worker environment" if worker else "a single-instance environment"
        name = policy.name if policy is not None else None
        rules: list[tuple[bool, str]] = [
            ((solution_stack_name is None) == (platform_arn is None),
             "give exactly one of solution_stack_name and platform_arn to choose the platform"),
            (environment_name is not None and not Token.is_unresolved(environment_name)
             and not 4 <= len(environment_name) <= 40,
             f"environment_name must be 4 to 40 characters long, got {len(environment_name or '')} characters"),
            (version is not None and version.application is not application,
             "the version belongs to another application: an environment deploys versions of its own application"),
            (cname_prefix is not None and not Token.is_unresolved(cname_prefix) and not 4 <= len(cname_prefix) <= 63,
             f"cname_prefix must be 4 to 63 characters long, got {len(cname_prefix or '')} characters"),
            (given_lb_type is not None,
             f"load_balancer_type is not available for {kind}: it has no load balancer"),
            (load_balancer_subnets is not None and (worker or single),
             f"load_balancer_subnets is not available for {kind}: it has no load balancer"),
            (single and (min_capacity is not None or max_capacity is not None),
             "min_capacity and max_capacity are not available for a single-instance environment: it always runs "
             "one instance; use EnvironmentType.LOAD_BALANCED to scale"),
            (min_capacity is not None and not 1 <= min_capacity <= 10000,
             f"min_capacity must be 1 to 10000, got {min_capacity}"),
            (max_capacity is not None and not 1 <= max_capacity <= 10000,
             f"max_capacity must be 1 to 10000, got {max_capacity}"),
            (min_capacity is not None and max_capacity is not None and min_capacity > max_capacity,
             f"min_capacity ({min_capacity}) must not exceed max_capacity ({max_capacity})"),
            (single and name in ("Rolling", "RollingWithAdditionalBatch", "TrafficSplitting"),
             f"deployment policy {name} is not available for a single-instance environment: use AllAtOnce or "
             "Immutable, or EnvironmentType.LOAD_BALANCED"),
            (worker and name == "TrafficSplitting",
             "deployment policy TrafficSplitting is not available for a worker environment: it splits load "
             "balancer traffic; use Immutable"),
            (not worker and not single and name == "TrafficSplitting"
             and self.load_balancer_type is not LoadBalancerType.APPLICATION,
             "deployment policy TrafficSplitting needs an Application Load Balancer, got load_balancer_type "
             f"{self.load_balancer_type.name if self.load_balancer_type else None}"),
            (managed is not None and health is not HealthReporting.ENHANCED,
             "managed_updates needs health_reporting=HealthReporting.ENHANCED: Elastic Beanstalk applies managed "
             "platform updates only to environments with enhanced health reporting"),
            (managed is not None and not _START_TIME.match(managed.preferred_start_time),
             "managed_updates.preferred_start_time must be 'Day:HH:MM' in UTC (e.g. 'Sun:10:00'), got "
             f"'{managed.preferred_start_time if managed else ''}'"),
            (not worker and (worker_queue is not None or any(o is not None for o in worker_options)),
             "worker_queue and the worker_* options are only for EnvironmentTier.WORKER"),
            (not worker and version is not None and bool(version.cron_tasks),
             "the version has cron_tasks but the environment is a web server: periodic tasks run only in "
             "EnvironmentTier.WORKER"),
            (worker and version is not None and bool(version.cron_tasks) and worker_queue is not None
             and getattr(worker_queue, "fifo", False) is True,
             "periodic tasks (cron_tasks) do not work with a FIFO worker queue: use a standard queue"),
            (worker_http_connections is not None and not 1 <= worker_http_connections <= 100,
             f"worker_http_connections must be 1 to 100, got {worker_http_connections}"),
            (worker_visibility_timeout is not None and not 0 <= worker_visibility_timeout.to_seconds() <= 43200,
             "worker_visibility_timeout must be 0 to 43200 seconds"),
            (worker_max_retries is not None and not 1 <= worker_max_retries <= 100,
             f"worker_max_retries must be 1 to 100, got {worker_max_retries}"),
        ]
        if policy is not None:
            rules += _policy_rules(policy, max_capacity)
        for failed, message in rules:
            if failed:
                raise ValidationError(message, self)


def _policy_rules(policy: DeploymentPolicy, max_capacity: int | None) -> list[tuple[bool, str]]:
    size = policy.batch_size
    percent = policy.new_version_percent
    minutes = policy.evaluation_time.to_minutes() if policy.evaluation_time is not None else None
    limit = max_capacity if max_capacity is not None else 10000
    return [
        (size is not None and size.kind == "Percentage" and not 1 <= size.value <= 100,
         f"BatchSize.percentage must be 1 to 100, got {size.value if size else None}"),
        (size is not None and size.kind == "Fixed" and not 1 <= size.value <= limit,
         f"BatchSize.fixed must be 1 to max_capacity ({limit}), got {size.value if size else None}"),
        (percent is not None and not 1 <= percent <= 100,
         f"traffic_splitting new_version_percent must be 1 to 100, got {percent}"),
        (minutes is not None and not 3 <= minutes <= 600,
         f"traffic_splitting evaluation_time must be 3 to 600 minutes, got {minutes} minutes"),
    ]


def _deployment_options(policy: DeploymentPolicy) -> list[tuple[str, str, Any]]:
    command = "aws:elasticbeanstalk:command"
    options: list[tuple[str, str, Any]] = [(command, "DeploymentPolicy", policy.name)]
    if policy.batch_size is not None:
        options.append((command, "BatchSizeType", policy.batch_size.kind))
        options.append((command, "BatchSize", str(policy.batch_size.value)))
    split = "aws:elasticbeanstalk:trafficsplitting"
    if policy.new_version_percent is not None:
        options.append((split, "NewVersionPercent", str(policy.new_version_percent)))
    if policy.evaluation_time is not None:
        options.append((split, "EvaluationTime", str(int(policy.evaluation_time.to_minutes()))))
    return options


def _selection(selection: SubnetSelection | None, default_type: Any) -> dict[str, Any]:
    """``selection`` as ``select_subnets`` keyword arguments; subnets of ``default_type`` when not given."""
    if selection is None:
        return {"subnet_type": default_type}
    from constructs.internals import structs

    return {f.name: getattr(selection, f.name) for f in structs.fields(type(selection))
            if getattr(selection, f.name) is not None}


def _bool(value: bool) -> str:
    return "true" if value else "false"
