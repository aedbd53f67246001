"""``Cluster``: an ECS cluster with its VPC, capacity (Auto Scaling groups, capacity providers), Cloud Map
namespace and execute-command settings; imported clusters; ``AsgCapacityProvider``."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    ArnFormat,
    Aspects,
    Aws,
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
from constructs.internals import analytics_call, analytics_literal, cached_property
from l2.ecs._enums import (
    CapacityOptionType,
    ContainerInsights,
    ExecuteCommandLogging,
    InstanceMonitoring,
    MachineImageType,
    PropagateManagedInstancesTags,
)
from l2.ecs._structs import (
    AddCapacityOptions,
    CapacityProviderStrategy,
    CloudMapNamespaceOptions,
    ExecuteCommandConfiguration,
    ManagedStorageConfiguration,
)

if TYPE_CHECKING:
    from constructs import Size
    from l2.autoscaling import (
        AutoScalingGroup,
        BlockDevice,
        CapacityDistributionStrategy,
        DeletionProtection,
        GroupMetrics,
        HealthCheck,
        HealthChecks,
        IAutoScalingGroup,
        InstanceLifecyclePolicy,
        Monitoring,
        NotificationConfiguration,
        Signals,
        TerminationPolicy,
        UpdatePolicy,
    )
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import (
        Connections,
        IKeyPair,
        IMachineImage,
        InstanceRequirementsConfig,
        InstanceType,
        ISecurityGroup,
        ISubnet,
        IVpc,
        SubnetSelection,
    )
    from l2.ecs._interfaces import ICluster
    from l2.iam import Grant, IGrantable, IInstanceProfile, IRole
    from l2.kms import IKey
    from l2.servicediscovery import INamespace

_CAPACITY_PROVIDER_NAME = re.compile(r"^(?!aws|ecs|fargate).+")


class ClusterGrants:
    """Grants on a cluster's tasks.

    Args:
        resource: the cluster.
    """

    def __init__(self, *, resource: Any) -> None:
        self.resource = resource

    @staticmethod
    def from_cluster(resource: Any) -> ClusterGrants:
        """The grants of ``resource``."""
        return ClusterGrants(resource=resource)

    def task_protection(self, grantee: IGrantable) -> Grant:
        """``ecs:UpdateTaskProtection`` on every task of the cluster."""
        from l2._private.iam_module import iam

        return iam().Grant.add_to_principal(actions=["ecs:UpdateTaskProtection"], grantee=grantee,
                                            resource_arns=[self._arn_for_tasks("*")])

    def _arn_for_tasks(self, key_pattern: str) -> str:
        return Stack.of(self.resource).format_arn(
            service="ecs", resource="task", resource_name=f"{self.resource.cluster_name}/{key_pattern}",
            arn_format=ArnFormat.SLASH_RESOURCE_NAME)


class Cluster(Resource):
    """An ECS cluster (aws-cdk-lib's ``aws_ecs.Cluster``): a new VPC with two AZs unless ``vpc`` is given.

    Args:
        scope: the parent.
        id: the construct id.
        capacity: EC2 capacity to add (``add_capacity("DefaultAutoScalingGroup", ...)``).
        cluster_name: the cluster's name (default generated).
        container_insights: CloudWatch Container Insights on or off (deprecated: ``container_insights_v2``).
        container_insights_v2: Container Insights setting (enabled, enhanced, disabled).
        default_cloud_map_namespace: a Cloud Map namespace to create for the cluster.
        enable_fargate_capacity_providers: add the FARGATE and FARGATE_SPOT capacity providers.
        execute_command_configuration: ECS Exec logging and encryption.
        managed_storage_configuration: KMS keys for managed and Fargate ephemeral storage.
        vpc: the VPC (default a new one).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.Cluster"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        capacity: AddCapacityOptions | None = None,
        cluster_name: str | None = None,
        container_insights: bool | None = None,
        container_insights_v2: ContainerInsights | None = None,
        default_cloud_map_namespace: CloudMapNamespaceOptions | None = None,
        enable_fargate_capacity_providers: bool | None = None,
        execute_command_configuration: ExecuteCommandConfiguration | None = None,
        managed_storage_configuration: ManagedStorageConfiguration | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=cluster_name)
        self._capacity_provider_names: list[str] = []
        self._cluster_scoped_capacity_provider_names: list[str] = []
        self._default_capacity_provider_strategy: list[CapacityProviderStrategy] = []
        self._default_cloud_map_namespace: INamespace | None = None
        self._has_ec2_capacity = False
        self._autoscaling_group: AutoScalingGroup | None = None
        self._execute_command_configuration: ExecuteCommandConfiguration | None = None
        from l2.ec2 import Connections

        self.connections: Connections = Connections()
        self.grants = ClusterGrants.from_cluster(self)
        if container_insights is not None and container_insights_v2 is not None:
            raise ValidationError("You cannot set both containerInsights and containerInsightsV2", self)
        settings = None
        if container_insights is not None:
            value = ContainerInsights.ENABLED if container_insights else ContainerInsights.DISABLED
            settings = [{"name": "containerInsights", "value": value.value}]
        elif container_insights_v2 is not None:
            settings = [{"name": "containerInsights", "value": container_insights_v2.value}]
        if enable_fargate_capacity_providers:
            self.enable_fargate_capacity_providers()
        if execute_command_configuration is not None:
            if (execute_command_configuration.logging is ExecuteCommandLogging.OVERRIDE) != (
                    execute_command_configuration.log_configuration is not None):
                raise ValidationError(
                    "Execute command log configuration must only be specified when logging is OVERRIDE.", self)
            self._execute_command_configuration = execute_command_configuration
        self._managed_storage_configuration = managed_storage_configuration
        from l1.ecs import CfnCluster

        self._cfn_cluster = CfnCluster(self, "Resource", cluster_name=self.physical_name, cluster_settings=settings,
                                       configuration=self._render_cluster_configuration())
        if vpc is None:
            from l2.ec2 import Vpc

            vpc = Vpc(self, "Vpc", max_azs=2)
        self.vpc: IVpc = vpc
        if default_cloud_map_namespace is not None:
            self._default_cloud_map_namespace = self.add_default_cloud_map_namespace(
                name=default_cloud_map_namespace.name, type=default_cloud_map_namespace.type,
                use_for_service_connect=default_cloud_map_namespace.use_for_service_connect,
                vpc=default_cloud_map_namespace.vpc)
        if capacity is not None:
            self._autoscaling_group = self.add_capacity("DefaultAutoScalingGroup", **_fields(capacity))
        self._update_key_policy_for_ephemeral_storage(cluster_name)
        from constructs._aspects import mutating_aspect_priority

        Aspects.of(self).add(_MaybeCreateCapacityProviderAssociations(self, id),
                             priority=mutating_aspect_priority(self))

    # -- attributes ----------------------------------------------------------------------------------------
    @cached_property
    def cluster_arn(self) -> str:
        """The cluster's ARN."""
        return self.get_resource_arn_attribute(self._cfn_cluster.get_att("Arn"), {
            "service": "ecs", "resource": "cluster", "resource_name": self.physical_name})

    @cached_property
    def cluster_name(self) -> str:
        """The cluster's name."""
        return self.get_resource_name_attribute(self._cfn_cluster.ref)

    @property
    def cluster_ref(self) -> Any:
        """A reference to this cluster (its name and ARN)."""
        return self

    @property
    def default_capacity_provider_strategy(self) -> list[CapacityProviderStrategy]:
        """The default capacity provider strategy."""
        return self._default_capacity_provider_strategy

    @property
    def capacity_provider_names(self) -> list[str]:
        """The capacity providers associated with the cluster."""
        return self._capacity_provider_names

    @property
    def cluster_scoped_capacity_provider_names(self) -> list[str]:
        """The cluster-scoped (Managed Instances) capacity providers."""
        return self._cluster_scoped_capacity_provider_names

    @property
    def default_cloud_map_namespace(self) -> INamespace | None:
        """The default Cloud Map namespace."""
        return self._default_cloud_map_namespace

    @property
    def autoscaling_group(self) -> IAutoScalingGroup | None:
        """The group of ``capacity``."""
        return self._autoscaling_group

    @property
    def has_ec2_capacity(self) -> bool:
        """Whether EC2 capacity was added."""
        return self._has_ec2_capacity

    @property
    def execute_command_configuration(self) -> ExecuteCommandConfiguration | None:
        """The execute-command configuration."""
        return self._execute_command_configuration

    @staticmethod
    def is_cluster(x: Any) -> bool:
        """Whether ``x`` is a ``Cluster``."""
        return isinstance(x, Cluster)

    @staticmethod
    def from_cluster_attributes(
        scope: Construct,
        id: str,
        *,
        cluster_name: str,
        vpc: IVpc,
        autoscaling_group: IAutoScalingGroup | None = None,
        cluster_arn: str | None = None,
        default_cloud_map_namespace: INamespace | None = None,
        execute_command_configuration: ExecuteCommandConfiguration | None = None,
        has_ec2_capacity: bool | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> ICluster:
        """Import a cluster from its name, VPC and other attributes."""
        return ImportedCluster(scope, id, cluster_name=cluster_name, vpc=vpc, autoscaling_group=autoscaling_group, cluster_arn=cluster_arn, default_cloud_map_namespace=default_cloud_map_namespace, execute_command_configuration=execute_command_configuration, has_ec2_capacity=has_ec2_capacity, security_groups=security_groups)

    @staticmethod
    def from_cluster_arn(scope: Construct, id: str, cluster_arn: str) -> ICluster:
        """Import a cluster by ARN (no VPC, capacity or connections)."""
        name = Stack.of(scope).split_arn(cluster_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        if not name:
            raise ValidationError(f"Missing required Cluster Name from Cluster ARN: {cluster_arn}", scope)
        return _ArnImportedCluster(scope, id, cluster_arn, name)

    # -- capacity ------------------------------------------------------------------------------------------
    def enable_fargate_capacity_providers(self) -> None:
        """Add the FARGATE and FARGATE_SPOT capacity providers."""
        for provider in ("FARGATE", "FARGATE_SPOT"):
            if provider not in self._capacity_provider_names:
                self._capacity_provider_names.append(provider)

    def add_default_capacity_provider_strategy(
        self, default_capacity_provider_strategy: Sequence[CapacityProviderStrategy]
    ) -> None:
        """Set the cluster's default capacity provider strategy (once)."""
        strategy = list(default_capacity_provider_strategy)
        if self._default_capacity_provider_strategy:
            raise ValidationError("Cluster default capacity provider strategy is already set.", self)
        if any("FARGATE" in s.capacity_provider for s in strategy) and any(
                "FARGATE" not in s.capacity_provider for s in strategy):
            raise ValidationError(
                "A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups "
                "and Fargate providers. Specify one or the other and try again.", self)
        for s in strategy:
            if s.capacity_provider not in self._capacity_provider_names and \
                    s.capacity_provider not in self._cluster_scoped_capacity_provider_names:
                raise ValidationError(
                    f"Capacity provider {s.capacity_provider} must be added to the cluster with "
                    "addAsgCapacityProvider() or addManagedInstancesCapacityProvider() before it can be used in a "
                    "default capacity provider strategy.", self)
        if len([s for s in strategy if s.base]) > 1:
            raise ValidationError("Only 1 capacity provider in a capacity provider strategy can have a nonzero base.",
                                  self)
        self._default_capacity_provider_strategy = strategy

    def _render_cluster_configuration(self) -> Any:
        ecc, msc = self._execute_command_configuration, self._managed_storage_configuration
        if ecc is None and msc is None:
            return None
        out: dict[str, Any] = {}
        if ecc is not None:
            out["executeCommandConfiguration"] = {
                "kmsKeyId": ecc.kms_key.key_arn if ecc.kms_key is not None else None,
                "logConfiguration": self._render_log_configuration() if ecc.log_configuration is not None else None,
                "logging": ecc.logging.value if ecc.logging is not None else None,
            }
        if msc is not None:
            out["managedStorageConfiguration"] = {
                "fargateEphemeralStorageKmsKeyId": msc.fargate_ephemeral_storage_kms_key.key_id
                if msc.fargate_ephemeral_storage_kms_key is not None else None,
                "kmsKeyId": msc.kms_key.key_id if msc.kms_key is not None else None,
            }
        return out

    def _render_log_configuration(self) -> dict[str, Any]:
        lc = self._execute_command_configuration.log_configuration  # type: ignore[union-attr]
        assert lc is not None
        if lc.s3_encryption_enabled and lc.s3_bucket is None:
            raise ValidationError("You must specify an S3 bucket name in the execute command log configuration to "
                                  "enable S3 encryption.", self)
        if lc.cloud_watch_encryption_enabled and lc.cloud_watch_log_group is None:
            raise ValidationError("You must specify a CloudWatch log group in the execute command log configuration "
                                  "to enable CloudWatch encryption.", self)
        return {
            "cloudWatchEncryptionEnabled": lc.cloud_watch_encryption_enabled,
            "cloudWatchLogGroupName": lc.cloud_watch_log_group.log_group_name
            if lc.cloud_watch_log_group is not None else None,
            "s3BucketName": lc.s3_bucket.bucket_name if lc.s3_bucket is not None else None,
            "s3EncryptionEnabled": lc.s3_encryption_enabled,
            "s3KeyPrefix": lc.s3_key_prefix,
        }

    def _update_key_policy_for_ephemeral_storage(self, cluster_name: str | None) -> None:
        msc = self._managed_storage_configuration
        key = msc.fargate_ephemeral_storage_kms_key if msc is not None else None
        if key is None:
            return
        from l2._private.iam_module import iam

        string_equals: dict[str, Any] = {"kms:EncryptionContext:aws:ecs:clusterAccount": [Aws.ACCOUNT_ID]}
        if cluster_name:
            string_equals["kms:EncryptionContext:aws:ecs:clusterName"] = [cluster_name]
        key.add_to_resource_policy(iam().PolicyStatement(
            sid="Allow generate data key access for Fargate tasks.",
            principals=[iam().ServicePrincipal("fargate.amazonaws.com")], resources=["*"],
            actions=["kms:GenerateDataKeyWithoutPlaintext"], conditions={"StringEquals": string_equals}))
        key.add_to_resource_policy(iam().PolicyStatement(
            sid="Allow grant creation permission for Fargate tasks.",
            principals=[iam().ServicePrincipal("fargate.amazonaws.com")], resources=["*"],
            actions=["kms:CreateGrant"], conditions={"StringEquals": string_equals,
                                                     "ForAllValues:StringEquals": {"kms:GrantOperations": ["Decrypt"]}}))

    def add_default_cloud_map_namespace(
        self,
        *,
        name: str,
        type: Any = None,
        use_for_service_connect: bool | None = None,
        vpc: IVpc | None = None,
    ) -> INamespace:
        """Create the cluster's Cloud Map namespace (private DNS by default; once).

        Args:
            name: the namespace's name.
            type: private DNS (default), public DNS or HTTP.
            use_for_service_connect: make it the cluster's Service Connect default.
            vpc: ignored (the cluster's VPC is used).
        """
        from l2 import servicediscovery as cloudmap

        if self._default_cloud_map_namespace is not None:
            raise ValidationError("Can only add default namespace once.", self)
        ns_type = type if type is not None else cloudmap.NamespaceType.DNS_PRIVATE
        ns: Any
        if ns_type is cloudmap.NamespaceType.DNS_PRIVATE:
            ns = cloudmap.PrivateDnsNamespace(self, "DefaultServiceDiscoveryNamespace", name=name, vpc=self.vpc)
        elif ns_type is cloudmap.NamespaceType.DNS_PUBLIC:
            ns = cloudmap.PublicDnsNamespace(self, "DefaultServiceDiscoveryNamespace", name=name)
        elif ns_type is cloudmap.NamespaceType.HTTP:
            ns = cloudmap.HttpNamespace(self, "DefaultServiceDiscoveryNamespace", name=name)
        else:
            raise ValidationError(f"Namespace type {ns_type} is not supported.", self)
        self._default_cloud_map_namespace = ns
        if use_for_service_connect:
            from l1.ecs import CfnCluster

            self._cfn_cluster.service_connect_defaults = CfnCluster.ServiceConnectDefaultsProperty(
                namespace=ns.namespace_arn)
        return ns

    def add_existing_default_cloud_map_namespace(
        self, *, namespace: INamespace, use_for_service_connect: bool | None = None
    ) -> INamespace:
        """Use an existing Cloud Map namespace as the cluster's default (once)."""
        from l2 import servicediscovery as cloudmap

        if self._default_cloud_map_namespace is not None:
            raise ValidationError("Can only add default namespace once.", self)
        cs, ns_stack = Stack.of(self), Stack.of(namespace)  # type: ignore[arg-type]
        if not Token.is_unresolved(cs.region) and not Token.is_unresolved(ns_stack.region) \
                and cs.region != ns_stack.region:
            raise ValidationError(
                f'Cloud Map namespace must be in the same region as the ECS cluster, got cluster region "{cs.region}" '
                f'and namespace region "{ns_stack.region}"', self)
        if not Token.is_unresolved(cs.account) and not Token.is_unresolved(ns_stack.account) \
                and cs.account != ns_stack.account:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecs:crossAccountNamespace",
                "The provided Cloud Map namespace belongs to a different account. Ensure AWS Resource Access Manager "
                "(RAM) sharing is configured. See https://docs.aws.amazon.com/cloud-map/latest/dg/sharing.html")
        if namespace.type is cloudmap.NamespaceType.DNS_PRIVATE:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecs:privateDnsNamespaceVpc",
                "When using an existing PrivateDnsNamespace, ensure it is associated with the same VPC as this ECS "
                "cluster for service discovery to function correctly.")
        self._default_cloud_map_namespace = namespace
        if use_for_service_connect:
            from l1.ecs import CfnCluster

            arn = namespace.namespace_arn
            if not Token.is_unresolved(arn) and not arn.startswith("arn:"):
                raise ValidationError(
                    f'The imported namespace does not have a valid ARN, got "{arn}". Ensure it is imported with a '
                    "full ARN when used for Service Connect", self)
            self._cfn_cluster.service_connect_defaults = CfnCluster.ServiceConnectDefaultsProperty(namespace=arn)
        return namespace

    def add_capacity(
        self,
        id: str,
        *,
        instance_type: InstanceType,
        machine_image_type: MachineImageType | None = None,
        spot_instance_draining: bool | None = None,
        topic_encryption_key: IKey | None = None,
        allow_all_outbound: bool | None = None,
        associate_public_ip_address: bool | None = None,
        auto_scaling_group_name: str | None = None,
        az_capacity_distribution_strategy: CapacityDistributionStrategy | None = None,
        block_devices: Sequence[BlockDevice] | None = None,
        capacity_rebalance: bool | None = None,
        cooldown: Duration | None = None,
        default_instance_warmup: Duration | None = None,
        deletion_protection: DeletionProtection | None = None,
        desired_capacity: int | float | None = None,
        group_metrics: Sequence[GroupMetrics] | None = None,
        health_check: HealthCheck | None = None,
        health_checks: HealthChecks | None = None,
        ignore_unmodified_size_properties: bool | None = None,
        instance_lifecycle_policy: InstanceLifecyclePolicy | None = None,
        instance_monitoring: Monitoring | None = None,
        key_name: str | None = None,
        key_pair: IKeyPair | None = None,
        max_capacity: int | float | None = None,
        max_instance_lifetime: Duration | None = None,
        min_capacity: int | float | None = None,
        new_instances_protected_from_scale_in: bool | None = None,
        notifications: Sequence[NotificationConfiguration] | None = None,
        signals: Signals | None = None,
        spot_price: str | None = None,
        ssm_session_permissions: bool | None = None,
        termination_policies: Sequence[TerminationPolicy] | None = None,
        termination_policy_custom_lambda_function_arn: str | None = None,
        update_policy: UpdatePolicy | None = None,
        vpc_subnets: SubnetSelection | None = None,
        machine_image: IMachineImage | None = None,
    ) -> AutoScalingGroup:
        """Add an Auto Scaling group of ECS-optimized instances (prefer ``add_asg_capacity_provider``)."""
        from l2 import autoscaling
        from l2.ecs._amis import BottleRocketImage, EcsOptimizedAmi

        image = machine_image if machine_image is not None else (
            BottleRocketImage(architecture=instance_type.architecture)
            if machine_image_type is MachineImageType.BOTTLEROCKET else EcsOptimizedAmi())
        image_type = machine_image_type if machine_image_type is not None else (
            MachineImageType.BOTTLEROCKET if isinstance(image, BottleRocketImage) else MachineImageType.AMAZON_LINUX_2)
        group_options: dict[str, Any] = {k: v for k, v in dict(allow_all_outbound=allow_all_outbound, associate_public_ip_address=associate_public_ip_address, auto_scaling_group_name=auto_scaling_group_name, az_capacity_distribution_strategy=az_capacity_distribution_strategy, block_devices=block_devices, capacity_rebalance=capacity_rebalance, cooldown=cooldown, default_instance_warmup=default_instance_warmup, deletion_protection=deletion_protection, desired_capacity=desired_capacity, group_metrics=group_metrics, health_check=health_check, health_checks=health_checks, ignore_unmodified_size_properties=ignore_unmodified_size_properties, instance_lifecycle_policy=instance_lifecycle_policy, instance_monitoring=instance_monitoring, key_name=key_name, key_pair=key_pair, max_capacity=max_capacity, max_instance_lifetime=max_instance_lifetime, min_capacity=min_capacity, new_instances_protected_from_scale_in=new_instances_protected_from_scale_in, notifications=notifications, signals=signals, spot_price=spot_price, ssm_session_permissions=ssm_session_permissions, termination_policies=termination_policies, termination_policy_custom_lambda_function_arn=termination_policy_custom_lambda_function_arn, update_policy=update_policy, vpc_subnets=vpc_subnets).items() if v is not None}
        # aws-cdk-lib's props: {vpc, machineImage, updateType, ...options} (options in jsii's order)
        options = {k: v for k, v in dict(machine_image_type=machine_image_type,
                                         spot_instance_draining=spot_instance_draining,
                                         topic_encryption_key=topic_encryption_key, **group_options,
                                         instance_type=instance_type, machine_image=machine_image).items()
                   if v is not None}
        analytics_literal(self, id, {"vpc": self.vpc, "machine_image": image,
                                     "update_type": None if update_policy else "Replace", **options})
        if update_policy is None:
            # aws-cdk-lib passes its legacy ``updateType: REPLACING_UPDATE``, which renders as this policy
            group_options["update_policy"] = autoscaling.UpdatePolicy.replacing_update()
        group = autoscaling.AutoScalingGroup(self, id, vpc=self.vpc, machine_image=image,
                                             instance_type=instance_type, **group_options)
        analytics_call(self, "addAutoScalingGroup", [group, {"machine_image_type": image_type, **options}])
        self._add_auto_scaling_group(group, machine_image_type=image_type,
                                     spot_instance_draining=spot_instance_draining,
                                     topic_encryption_key=topic_encryption_key)
        return group

    def add_asg_capacity_provider(
        self,
        provider: AsgCapacityProvider,
        *,
        machine_image_type: MachineImageType | None = None,
        spot_instance_draining: bool | None = None,
        topic_encryption_key: IKey | None = None,
    ) -> None:
        """Add an Auto Scaling group capacity provider (its group gets the ECS agent settings)."""
        if provider.capacity_provider_name in self._capacity_provider_names:
            return
        self._has_ec2_capacity = True
        drain = Duration.seconds(0) if provider.enable_managed_termination_protection or \
            provider.enable_managed_draining else None
        self._configure_auto_scaling_group(provider.auto_scaling_group, machine_image_type=provider.machine_image_type,
                                           spot_instance_draining=spot_instance_draining,
                                           topic_encryption_key=topic_encryption_key, task_drain_time=drain)
        self._capacity_provider_names.append(provider.capacity_provider_name)

    def add_managed_instances_capacity_provider(self, provider: ManagedInstancesCapacityProvider) -> None:
        """Add a Managed Instances capacity provider."""
        if provider.capacity_provider_name in self._cluster_scoped_capacity_provider_names:
            return
        provider.bind(self)
        self._cluster_scoped_capacity_provider_names.append(provider.capacity_provider_name)

    def add_auto_scaling_group(
        self,
        auto_scaling_group: AutoScalingGroup,
        *,
        machine_image_type: MachineImageType | None = None,
        spot_instance_draining: bool | None = None,
        topic_encryption_key: IKey | None = None,
    ) -> None:
        """Use an Auto Scaling group as capacity (deprecated: ``add_asg_capacity_provider``)."""
        self._add_auto_scaling_group(auto_scaling_group, machine_image_type=machine_image_type,
                                     spot_instance_draining=spot_instance_draining,
                                     topic_encryption_key=topic_encryption_key)

    def _add_auto_scaling_group(self, auto_scaling_group: AutoScalingGroup, *,
                                machine_image_type: MachineImageType | None = None,
                                spot_instance_draining: bool | None = None, topic_encryption_key: IKey | None = None,
                                ) -> None:
        self._has_ec2_capacity = True
        self.connections.connections.add_security_group(*auto_scaling_group.connections.security_groups)
        self._configure_auto_scaling_group(auto_scaling_group, machine_image_type=machine_image_type,
                                           spot_instance_draining=spot_instance_draining,
                                           topic_encryption_key=topic_encryption_key)

    def _configure_auto_scaling_group(self, group: Any, *, machine_image_type: MachineImageType | None = None,
                                      spot_instance_draining: bool | None = None, topic_encryption_key: Any = None,
                                      task_drain_time: Duration | None = None) -> None:
        from l2 import autoscaling
        from l2._private.iam_module import iam
        from l2.ec2 import OperatingSystemType

        image_type = machine_image_type if machine_image_type is not None else MachineImageType.AMAZON_LINUX_2
        if not isinstance(group, autoscaling.AutoScalingGroup):
            raise ValidationError("Cannot configure the AutoScalingGroup because it is an imported resource.", self)
        if group.os_type is OperatingSystemType.WINDOWS:
            group.add_user_data("Remove-Item -Recurse C:\\ProgramData\\Amazon\\ECS\\Cache")
            group.add_user_data("Import-Module ECSTools")
            group.add_user_data(f'[Environment]::SetEnvironmentVariable("ECS_CLUSTER", "{self.cluster_name}", "Machine")')
            group.add_user_data(
                '[Environment]::SetEnvironmentVariable("ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE", "true", "Machine")')
            group.add_user_data(
                '[Environment]::SetEnvironmentVariable("ECS_AVAILABLE_LOGGING_DRIVERS", \'["json-file","awslogs"]\', '
                '"Machine")')
            if group.spot_price and spot_instance_draining:
                group.add_user_data(
                    '[Environment]::SetEnvironmentVariable("ECS_ENABLE_SPOT_INSTANCE_DRAINING", "true", "Machine")')
            group.add_user_data(f"Initialize-ECSAgent -Cluster '{self.cluster_name}'")
        elif image_type is MachineImageType.BOTTLEROCKET:
            group.add_user_data("[settings.ecs]", f'cluster = "{self.cluster_name}"')
            group.role.add_managed_policy(iam().ManagedPolicy.from_aws_managed_policy_name(
                "AmazonSSMManagedInstanceCore"))
            group.role.add_managed_policy(iam().ManagedPolicy.from_aws_managed_policy_name(
                "service-role/AmazonEC2ContainerServiceforEC2Role"))
        else:
            group.add_user_data(f"echo ECS_CLUSTER={self.cluster_name} >> /etc/ecs/ecs.config")
            if group.spot_price and spot_instance_draining:
                group.add_user_data("echo ECS_ENABLE_SPOT_INSTANCE_DRAINING=true >> /etc/ecs/ecs.config")
        group.add_to_role_policy(iam().PolicyStatement(
            actions=["ecs:DeregisterContainerInstance", "ecs:RegisterContainerInstance", "ecs:Submit*"],
            resources=[self.cluster_arn]))
        group.add_to_role_policy(iam().PolicyStatement(
            actions=["ecs:Poll", "ecs:StartTelemetrySession"], resources=["*"],
            conditions={"ArnEquals": {"ecs:cluster": self.cluster_arn}}))
        group.add_to_role_policy(iam().PolicyStatement(
            actions=["ecs:DiscoverPollEndpoint", "ecr:GetAuthorizationToken", "logs:CreateLogStream",
                     "logs:PutLogEvents"], resources=["*"]))
        if task_drain_time is None or task_drain_time.to_seconds() != 0:
            from l2.ecs._drain_hook import InstanceDrainHook

            InstanceDrainHook(group, "DrainECSHook", auto_scaling_group=group, cluster=self,
                              drain_time=task_drain_time, topic_encryption_key=topic_encryption_key)

    def add_capacity_provider(self, provider: str) -> None:
        """Add FARGATE or FARGATE_SPOT (deprecated: ``enable_fargate_capacity_providers``)."""
        if provider not in ("FARGATE", "FARGATE_SPOT"):
            raise ValidationError("CapacityProvider not supported", self)
        if provider not in self._capacity_provider_names:
            self._capacity_provider_names.append(provider)

    def arn_for_tasks(self, key_pattern: str) -> str:
        """The ARN of the cluster's tasks matching ``key_pattern``."""
        return Stack.of(self).format_arn(service="ecs", resource="task",
                                         resource_name=f"{self.cluster_name}/{key_pattern}",
                                         arn_format=ArnFormat.SLASH_RESOURCE_NAME)

    def grant_task_protection(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` protect the cluster's tasks from scale-in."""
        return self.grants.task_protection(grantee)

    # -- metrics -------------------------------------------------------------------------------------------
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
        """A metric of the cluster (``AWS/ECS``, dimension ``ClusterName``); the arguments are ``MetricOptions``."""
        from l2.cloudwatch import Metric

        props: dict[str, Any] = {k: v for k, v in dict(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, region=region, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible).items() if v is not None}
        merged = {"dimensions_map": {"ClusterName": self.cluster_name}, **props}
        return Metric(namespace="AWS/ECS", metric_name=metric_name, **merged).attach_to(self)

    def _canned(self, metric_name: str, props: dict[str, Any]) -> Metric:
        from l2.cloudwatch import Metric

        merged = {"namespace": "AWS/ECS", "metric_name": metric_name,
                  "dimensions_map": {"ClusterName": self.cluster_name}, "statistic": "Average", **props}
        return Metric(**merged).attach_to(self)

    def metric_cpu_reservation(
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
        """Average CPU reserved by tasks."""
        return self._canned("CPUReservation", {k: v for k, v in dict(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, region=region, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible).items() if v is not None})

    def metric_cpu_utilization(
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
        """Average CPU used."""
        return self._canned("CPUUtilization", {k: v for k, v in dict(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, region=region, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible).items() if v is not None})

    def metric_memory_reservation(
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
        """Average memory reserved by tasks."""
        return self._canned("MemoryReservation", {k: v for k, v in dict(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, region=region, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible).items() if v is not None})

    def metric_memory_utilization(
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
        """Average memory used."""
        return self._canned("MemoryUtilization", {k: v for k, v in dict(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, region=region, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible).items() if v is not None})


def _fields(struct: Any) -> dict[str, Any]:

    from constructs.internals import structs

    return {k: v for k, v in structs.asdict(struct, recurse=False).items() if v is not None}


class _MaybeCreateCapacityProviderAssociations:
    def __init__(self, scope: Cluster, id: str) -> None:
        self._scope = scope
        self._id = id
        self._resource: Any = None

    def visit(self, node: IConstruct) -> None:
        from l1.ecs import CfnClusterCapacityProviderAssociations

        if not isinstance(node, Cluster):
            return
        scope = self._scope
        if scope.default_capacity_provider_strategy or (scope.capacity_provider_names and self._resource is None):
            self._resource = CfnClusterCapacityProviderAssociations(
                scope, self._id, cluster=node.cluster_name,
                default_capacity_provider_strategy=[
                    CfnClusterCapacityProviderAssociations.CapacityProviderStrategyProperty(
                        capacity_provider=s.capacity_provider, base=s.base, weight=s.weight)
                    for s in scope.default_capacity_provider_strategy],
                capacity_providers=list(scope.capacity_provider_names))


class ImportedCluster(Resource):
    """A cluster defined outside the app, from its attributes."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster_name: str,
        vpc: IVpc,
        autoscaling_group: IAutoScalingGroup | None = None,
        cluster_arn: str | None = None,
        default_cloud_map_namespace: INamespace | None = None,
        execute_command_configuration: ExecuteCommandConfiguration | None = None,
        has_ec2_capacity: bool | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2.ec2 import Connections

        self.cluster_name = cluster_name
        self.vpc = vpc
        self.has_ec2_capacity = has_ec2_capacity is not False
        self._default_cloud_map_namespace = default_cloud_map_namespace
        self._execute_command_configuration = execute_command_configuration
        self.autoscaling_group = autoscaling_group
        self.cluster_arn = cluster_arn if cluster_arn is not None else Stack.of(self).format_arn(
            service="ecs", resource="cluster", resource_name=cluster_name)
        self.connections = Connections(security_groups=security_groups)

    @property
    def cluster_ref(self) -> Any:
        """A reference to this cluster."""
        return self

    @property
    def default_cloud_map_namespace(self) -> INamespace | None:
        """The default namespace given at import."""
        return self._default_cloud_map_namespace

    @property
    def execute_command_configuration(self) -> ExecuteCommandConfiguration | None:
        """The execute-command configuration given at import."""
        return self._execute_command_configuration


_ARN_SUFFIX = "is not available for a Cluster imported using fromClusterArn(), please use fromClusterAttributes() instead."


class _ArnImportedCluster(Resource):
    def __init__(self, scope: Construct, id: str, cluster_arn: str, cluster_name: str) -> None:
        super().__init__(scope, id, environment_from_arn=cluster_arn)
        self.cluster_arn = cluster_arn
        self.cluster_name = cluster_name
        self.default_cloud_map_namespace = None
        self.autoscaling_group = None
        self.execute_command_configuration = None

    @property
    def has_ec2_capacity(self) -> bool:
        raise ValidationError(f"hasEc2Capacity {_ARN_SUFFIX}", self)

    @property
    def connections(self) -> Connections:
        raise ValidationError(f"connections {_ARN_SUFFIX}", self)

    @property
    def vpc(self) -> IVpc:
        raise ValidationError(f"vpc {_ARN_SUFFIX}", self)

    @property
    def cluster_ref(self) -> Any:
        return self


def _capacity_provider_name(scope: Construct, name: str | None) -> str | None:
    if name:
        if not _CAPACITY_PROVIDER_NAME.search(name):
            raise ValidationError(
                f"Invalid Capacity Provider Name: {name}, If a name is specified, it cannot start with aws, ecs, "
                "or fargate.", scope)
        return name
    if not _CAPACITY_PROVIDER_NAME.search(Stack.of(scope).stack_name):
        return "cp-" + Names.unique_resource_name(scope, max_length=252, allowed_special_characters="-_")
    return None


class AsgCapacityProvider(Construct):
    """An Auto Scaling group capacity provider (managed scaling and termination protection by default).

    Args:
        scope: the parent.
        id: the construct id.
        auto_scaling_group: the group.
        machine_image_type: the group's image type (default Amazon Linux 2).
        spot_instance_draining: drain spot instances on interruption.
        topic_encryption_key: KMS key of the drain hook's topic.
        capacity_provider_name: the name (not starting with aws, ecs or fargate).
        enable_managed_draining: managed instance draining.
        enable_managed_scaling: managed scaling (default true).
        enable_managed_termination_protection: managed termination protection (default true).
        instance_warmup_period: seconds before a new instance counts (0 to 10000).
        maximum_scaling_step_size, minimum_scaling_step_size: instances added or removed at once.
        target_capacity_percent: target utilisation (default 100).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.AsgCapacityProvider"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        auto_scaling_group: IAutoScalingGroup,
        machine_image_type: MachineImageType | None = None,
        spot_instance_draining: bool | None = None,
        topic_encryption_key: IKey | None = None,
        capacity_provider_name: str | None = None,
        enable_managed_draining: bool | None = None,
        enable_managed_scaling: bool | None = None,
        enable_managed_termination_protection: bool | None = None,
        instance_warmup_period: int | float | None = None,
        maximum_scaling_step_size: int | float | None = None,
        minimum_scaling_step_size: int | float | None = None,
        target_capacity_percent: int | float | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.ecs import CfnCapacityProvider
        from l2 import autoscaling

        self.auto_scaling_group = auto_scaling_group
        self.machine_image_type = machine_image_type if machine_image_type is not None \
            else MachineImageType.AMAZON_LINUX_2
        self.enable_managed_termination_protection = enable_managed_termination_protection \
            if enable_managed_termination_protection is not None else True
        self.enable_managed_draining = enable_managed_draining
        managed_draining = None
        if enable_managed_draining is not None:
            managed_draining = "ENABLED" if enable_managed_draining else "DISABLED"
        if self.enable_managed_termination_protection and enable_managed_scaling is False:
            raise ValidationError(
                "Cannot enable Managed Termination Protection on a Capacity Provider when Managed Scaling is "
                "disabled. Either enable Managed Scaling or disable Managed Termination Protection.", self)
        if self.enable_managed_termination_protection:
            if isinstance(auto_scaling_group, autoscaling.AutoScalingGroup):
                auto_scaling_group.protect_new_instances_from_scale_in()
            else:
                raise ValidationError(
                    "Cannot enable Managed Termination Protection on a Capacity Provider when providing an imported "
                    "AutoScalingGroup.", self)
        name = _capacity_provider_name(self, capacity_provider_name)
        if instance_warmup_period and not Token.is_unresolved(instance_warmup_period) and not (
                0 <= instance_warmup_period <= 10000):
            raise ValidationError(
                f"InstanceWarmupPeriod must be between 0 and 10000 inclusive, got: {instance_warmup_period}.", self)
        provider = CfnCapacityProvider(self, id, name=name, auto_scaling_group_provider=(
            CfnCapacityProvider.AutoScalingGroupProviderProperty(
                auto_scaling_group_arn=auto_scaling_group.auto_scaling_group_name,
                managed_scaling=None if enable_managed_scaling is False else
                CfnCapacityProvider.ManagedScalingProperty(
                    status="ENABLED", target_capacity=target_capacity_percent or 100,
                    maximum_scaling_step_size=maximum_scaling_step_size,
                    minimum_scaling_step_size=minimum_scaling_step_size,
                    instance_warmup_period=instance_warmup_period),
                managed_termination_protection="ENABLED" if self.enable_managed_termination_protection
                else "DISABLED",
                managed_draining=managed_draining)))
        self.capacity_provider_name: str = provider.ref


class ManagedInstancesCapacityProvider(Construct):
    """A capacity provider of ECS Managed Instances.

    Args:
        scope: the parent.
        id: the construct id.
        security_groups: the instances' security groups (at least one).
        subnets: the instances' subnets (at least one).
        capacity_option_type: on-demand or spot.
        capacity_provider_name: the name (not starting with aws, ecs or fargate).
        ec2_instance_profile: the instances' profile (default a new one).
        infrastructure_role: the role ECS uses to manage the instances (default a new one).
        instance_requirements: instance attribute requirements.
        monitoring: basic or detailed monitoring.
        propagate_tags: tag propagation.
        task_volume_storage: the task volume size.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.ManagedInstancesCapacityProvider"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        security_groups: Sequence[ISecurityGroup],
        subnets: Sequence[ISubnet],
        capacity_option_type: CapacityOptionType | None = None,
        capacity_provider_name: str | None = None,
        ec2_instance_profile: IInstanceProfile | None = None,
        infrastructure_role: IRole | None = None,
        instance_requirements: InstanceRequirementsConfig | None = None,
        monitoring: InstanceMonitoring | None = None,
        propagate_tags: PropagateManagedInstancesTags | None = None,
        task_volume_storage: Size | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.ecs import CfnCapacityProvider
        from l2._private.iam_module import iam
        from l2.ec2 import Connections

        if not subnets:
            raise ValidationError("Subnets are required and should be non-empty.", self)
        if not security_groups:
            raise ValidationError("Security groups cannot be an empty array. Provide at least one security group.",
                                  self)
        self._cluster: Any = None
        self.infrastructure_role = infrastructure_role if infrastructure_role is not None else iam().Role(
            self, f"{id}Role", assumed_by=iam().ServicePrincipal("ecs.amazonaws.com"),
            managed_policies=[iam().ManagedPolicy.from_aws_managed_policy_name(
                "AmazonECSInfrastructureRolePolicyForManagedInstances")])
        self.ec2_instance_profile = ec2_instance_profile if ec2_instance_profile is not None \
            else self._default_instance_profile(scope)
        name = _capacity_provider_name(self, capacity_provider_name)
        template: dict[str, Any] = {
            "capacityOptionType": capacity_option_type.value if capacity_option_type is not None else None,
            "ec2InstanceProfileArn": self.ec2_instance_profile.instance_profile_arn,
            "networkConfiguration": {"subnets": [s.subnet_id for s in subnets],
                                     "securityGroups": [g.security_group_id for g in security_groups]},
        }
        if task_volume_storage is not None:
            template["storageConfiguration"] = {"storageSizeGiB": task_volume_storage.to_gibibytes()}
        if monitoring is not None:
            template["monitoring"] = monitoring.value
        if instance_requirements is not None:
            template["instanceRequirements"] = self._render_instance_requirements(instance_requirements)
        self.capacity_provider = CfnCapacityProvider(self, id, name=name, managed_instances_provider={
            "infrastructureRoleArn": self.infrastructure_role.role_arn,
            "instanceLaunchTemplate": {k: v for k, v in template.items() if v is not None},
            "propagateTags": propagate_tags.value if propagate_tags is not None else None,
        })
        self.capacity_provider_name: str = self.capacity_provider.ref
        self.connections = Connections(security_groups=security_groups)
        self.node.default_child = self.capacity_provider

    def _render_instance_requirements(self, r: InstanceRequirementsConfig) -> dict[str, Any]:
        if r.allowed_instance_types and r.excluded_instance_types:
            raise ValidationError("Cannot specify both allowedInstanceTypes and excludedInstanceTypes. Use one or the "
                                  "other.", self)
        if r.spot_max_price_percentage_over_lowest_price is not None and \
                r.on_demand_max_price_percentage_over_lowest_price is not None:
            raise ValidationError("Cannot specify both spotMaxPricePercentageOverLowestPrice and "
                                  "onDemandMaxPricePercentageOverLowestPrice. Use one or the other.", self)

        def rng(low: Any, high: Any) -> Any:
            return {"min": low, "max": high} if low is not None or high is not None else None

        def values(items: Any) -> Any:
            return [i.value for i in items] if items is not None else None

        def mib(size: Any) -> Any:
            return size.to_mebibytes() if size is not None else None

        def gib(size: Any) -> Any:
            return size.to_gibibytes() if size is not None else None

        return {
            "v_cpu_count": {"min": r.v_cpu_count_min, "max": r.v_cpu_count_max},
            "memory_mib": {"min": r.memory_min.to_mebibytes(), "max": mib(r.memory_max)},
            "acceleratorCount": rng(r.accelerator_count_min, r.accelerator_count_max),
            "acceleratorManufacturers": values(r.accelerator_manufacturers),
            "acceleratorNames": values(r.accelerator_names),
            "accelerator_total_memory_mib": rng(mib(r.accelerator_total_memory_min), mib(r.accelerator_total_memory_max))
            if r.accelerator_total_memory_min is not None or r.accelerator_total_memory_max is not None else None,
            "acceleratorTypes": values(r.accelerator_types),
            "allowedInstanceTypes": r.allowed_instance_types,
            "bareMetal": r.bare_metal.value if r.bare_metal is not None else None,
            "baseline_ebs_bandwidth_mbps": rng(r.baseline_ebs_bandwidth_mbps_min, r.baseline_ebs_bandwidth_mbps_max),
            "burstablePerformance": r.burstable_performance.value if r.burstable_performance is not None else None,
            "cpuManufacturers": values(r.cpu_manufacturers),
            "excludedInstanceTypes": r.excluded_instance_types,
            "instanceGenerations": values(r.instance_generations),
            "localStorage": r.local_storage.value if r.local_storage is not None else None,
            "localStorageTypes": values(r.local_storage_types),
            "maxSpotPriceAsPercentageOfOptimalOnDemandPrice": r.max_spot_price_as_percentage_of_optimal_on_demand_price,
            "memory_gib_per_v_cpu": {"min": gib(r.memory_per_v_cpu_min), "max": gib(r.memory_per_v_cpu_max)}
            if r.memory_per_v_cpu_min is not None or r.memory_per_v_cpu_max is not None else None,
            "network_bandwidth_gbps": rng(r.network_bandwidth_gbps_min, r.network_bandwidth_gbps_max),
            "networkInterfaceCount": rng(r.network_interface_count_min, r.network_interface_count_max),
            "onDemandMaxPricePercentageOverLowestPrice": r.on_demand_max_price_percentage_over_lowest_price,
            "requireHibernateSupport": r.require_hibernate_support,
            "spotMaxPricePercentageOverLowestPrice": r.spot_max_price_percentage_over_lowest_price,
            "total_local_storage_gb": rng(r.total_local_storage_gb_min, r.total_local_storage_gb_max),
        }

    @property
    def cluster(self) -> Any:
        """The cluster the provider is bound to."""
        return self._cluster

    def bind(self, cluster: ICluster) -> None:
        """Associate the provider with ``cluster``."""
        self.capacity_provider.cluster_name = cluster.cluster_name
        self._cluster = cluster

    def _default_instance_profile(self, scope: Construct) -> Any:
        from l2._private.iam_module import iam

        prefix = "ecsInstanceRole"
        role_name = prefix + Names.unique_resource_name(self, max_length=64 - len(prefix))

        def cluster_arn() -> str:
            if self._cluster is None:
                raise ValidationError("Managed instances capacity provider must be associated with a cluster.", scope)
            return self._cluster.cluster_arn

        instances = Stack.of(self).format_arn(service="ecs", resource="container-instance", resource_name="*")
        i = iam()
        role = i.Role(self, "InstanceRole", assumed_by=i.ServicePrincipal("ec2.amazonaws.com"), role_name=role_name,
                      inline_policies={"ECSInstancePolicy": i.PolicyDocument(statements=[
                          i.PolicyStatement(sid="ECSAgentDiscoverPollEndpointPermissions", effect=i.Effect.ALLOW,
                                            actions=["ecs:DiscoverPollEndpoint"], resources=["*"]),
                          i.PolicyStatement(sid="ECSAgentRegisterPermissions", effect=i.Effect.ALLOW,
                                            actions=["ecs:RegisterContainerInstance"],
                                            resources=[Lazy.string(cluster_arn)]),
                          i.PolicyStatement(sid="ECSAgentPollPermissions", effect=i.Effect.ALLOW,
                                            actions=["ecs:Poll"], resources=[instances]),
                          i.PolicyStatement(sid="ECSAgentTelemetryPermissions", effect=i.Effect.ALLOW,
                                            actions=["ecs:StartTelemetrySession", "ecs:PutSystemLogEvents"],
                                            resources=[instances]),
                          i.PolicyStatement(sid="ECSAgentStateChangePermissions", effect=i.Effect.ALLOW,
                                            actions=["ecs:SubmitAttachmentStateChanges", "ecs:SubmitTaskStateChange"],
                                            resources=[Lazy.string(cluster_arn)]),
                      ])})
        return i.InstanceProfile(self, "InstanceProfile", instance_profile_name=role_name, role=role)
