"""``Instance``: an EC2 instance in a VPC subnet, with its security group, role, instance profile and user data."""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Aspects,
    Construct,
    Duration,
    FeatureFlags,
    Fn,
    Lazy,
    ResolveContext,
    Resource,
    Tags,
    Token,
    ValidationError,
)
from constructs.internals import check_deprecated_props, structs
from l1.ec2 import CfnInstance
from l2.ec2._block_devices import BlockDevice, instance_block_device_mappings
from l2.ec2._cfn_init import CloudFormationInit
from l2.ec2._connections import Connections
from l2.ec2._instance_types import InstanceType
from l2.ec2._machine_image import IMachineImage
from l2.ec2._private.js_json import js_stringify
from l2.ec2._user_data import UserData

if TYPE_CHECKING:
    from l2.ec2._interfaces import InstanceReference
    from l2.ec2._key_pair import IKeyPair
    from l2.ec2._placement_group import IPlacementGroup
    from l2.ec2._security_group import ISecurityGroup
    from l2.ec2._vpc import IVpc, SubnetSelection
    from l2.iam import IInstanceProfile, IRole, PolicyStatement


class HttpTokens(enum.Enum):
    """Whether instance metadata requests need a session token (IMDSv2)."""

    OPTIONAL = "optional"
    REQUIRED = "required"


class CpuCredits(enum.Enum):
    """The credit option of burstable instances."""

    STANDARD = "standard"
    UNLIMITED = "unlimited"


class InstanceInitiatedShutdownBehavior(enum.Enum):
    """What an OS-level shutdown does to the instance."""

    STOP = "stop"
    TERMINATE = "terminate"


@structs.frozen(kw_only=True)
class ApplyCloudFormationInitOptions:
    """Options of applying a ``CloudFormationInit`` to an instance or instance group.

    Args:
        config_sets: the config sets to run (default ``["default"]``).
        embed_fingerprint: write a hash of the config into the user data, so that config changes change the user
            data (default true).
        ignore_failures: signal success even when cfn-init fails.
        include_role: pass ``--role`` (the instance role) to cfn-init and cfn-signal.
        include_url: pass ``--url`` (the regional CloudFormation endpoint) to cfn-init and cfn-signal.
        print_log: print cfn-init's log to the system log (default true).
        timeout: how long to wait for the signal (default 5 minutes).
    """

    config_sets: Sequence[str] | None = None
    embed_fingerprint: bool | None = None
    ignore_failures: bool | None = None
    include_role: bool | None = None
    include_url: bool | None = None
    print_log: bool | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class InstanceProps:
    """The properties of an ``Instance`` (see ``Instance`` for each keyword)."""

    instance_type: InstanceType
    machine_image: IMachineImage
    vpc: IVpc
    allow_all_ipv6_outbound: bool | None = None
    allow_all_outbound: bool | None = None
    associate_public_ip_address: bool | None = None
    availability_zone: str | None = None
    block_devices: Sequence[BlockDevice] | None = None
    credit_specification: CpuCredits | None = None
    detailed_monitoring: bool | None = None
    disable_api_termination: bool | None = None
    ebs_optimized: bool | None = None
    enclave_enabled: bool | None = None
    hibernation_enabled: bool | None = None
    http_endpoint: bool | None = None
    http_protocol_ipv6: bool | None = None
    http_put_response_hop_limit: int | float | None = None
    http_tokens: HttpTokens | None = None
    init: CloudFormationInit | None = None
    init_options: ApplyCloudFormationInitOptions | None = None
    instance_initiated_shutdown_behavior: InstanceInitiatedShutdownBehavior | None = None
    instance_metadata_tags: bool | None = None
    instance_name: str | None = None
    instance_profile: IInstanceProfile | None = None
    ipv6_address_count: int | float | None = None
    key_name: str | None = None
    key_pair: IKeyPair | None = None
    placement_group: IPlacementGroup | None = None
    private_ip_address: str | None = None
    propagate_tags_to_volume_on_creation: bool | None = None
    require_imdsv2: bool | None = None
    resource_signal_timeout: Duration | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    source_dest_check: bool | None = None
    ssm_session_permissions: bool | None = None
    user_data: UserData | None = None
    user_data_causes_replacement: bool | None = None
    vpc_subnets: SubnetSelection | None = None


class _InstanceResource(CfnInstance):
    """The ``CfnInstance`` of an ``Instance``: with ``user_data_causes_replacement`` (or ``init_options``) its
    logical id is the path-based id plus 16 hex digits of the md5 of its resolved user data (aws-cdk-lib overrides
    the logical id with a token; pycdk computes it whenever the id is asked for)."""

    _hash_user_data: Any = None
    _recursing = False

    def _resolved_logical_id(self) -> str:
        original = super()._resolved_logical_id()
        user_data = self._hash_user_data
        if user_data is None or self._recursing or self._logical_id_override is not None:
            return original
        self._recursing = True
        try:
            ctx = ResolveContext(self.stack, synthesizing=True)
            text = js_stringify(ctx.resolve(user_data.render()))
        finally:
            self._recursing = False
        return original + hashlib.md5(text.encode()).hexdigest()[:16]


class Instance(Resource):
    """An EC2 instance.

    Args:
        vpc: the VPC.
        instance_type: the instance type.
        machine_image: the AMI.
        vpc_subnets: where to launch (default: the VPC's default selection; the first matching subnet).
        availability_zone: pick the one selected subnet in this AZ.
        security_group: the security group (default: a new one, ``InstanceSecurityGroup``).
        allow_all_outbound: of the new security group (default true).
        allow_all_ipv6_outbound: of the new security group (default false).
        role: the instance role (default: a new one, ``InstanceRole``, assumed by ec2.amazonaws.com).
        instance_profile: an existing instance profile (its role becomes the instance role); not with ``role``.
        ssm_session_permissions: attach ``AmazonSSMManagedInstanceCore`` to the role.
        user_data: start-up commands (default: the image's).
        user_data_causes_replacement: make the logical id depend on the user data, so that a change replaces the
            instance (default: true iff ``init_options`` is given).
        init: a ``CloudFormationInit`` applied at start-up (cfn-init and cfn-signal in the user data, a creation
            policy waiting for the signal).
        init_options: how ``init`` is applied (``ApplyCloudFormationInitOptions``).
        require_imdsv2: require IMDSv2 (through a launch template added by ``InstanceRequireImdsv2Aspect``).
        instance_name: the ``Name`` tag (default: the construct path).
        key_name: an existing key pair name (deprecated: use ``key_pair``).
        key_pair: the SSH key pair.
        placement_group: the placement group.
        associate_public_ip_address: give the primary interface a public IP (public subnets only).
        ipv6_address_count: the number of IPv6 addresses of the primary interface.
        block_devices: the block device mappings (``BlockDevice``).
        credit_specification: the CPU credit option (burstable types only).
        private_ip_address: the primary private IPv4.
        source_dest_check: default true (CloudFormation's).
        enclave_enabled, hibernation_enabled: Nitro Enclaves and hibernation (not both).
        detailed_monitoring: one-minute CloudWatch metrics instead of five-minute ones (default false).
        ebs_optimized: dedicated EBS throughput, at extra cost on some types (default false).
        disable_api_termination: protect the instance from termination through the API (default false).
        instance_initiated_shutdown_behavior: stop or terminate when the OS shuts down (default: stop).
        propagate_tags_to_volume_on_creation: copy the instance's tags to its volumes (default false).
        resource_signal_timeout: wait this long for a signal (creation policy).
        http_endpoint, http_protocol_ipv6, http_put_response_hop_limit, http_tokens, instance_metadata_tags:
            instance metadata options (not with ``require_imdsv2``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.Instance"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        instance_type: InstanceType,
        machine_image: IMachineImage,
        vpc: IVpc,
        allow_all_ipv6_outbound: bool | None = None,
        allow_all_outbound: bool | None = None,
        associate_public_ip_address: bool | None = None,
        availability_zone: str | None = None,
        block_devices: Sequence[BlockDevice] | None = None,
        credit_specification: CpuCredits | None = None,
        detailed_monitoring: bool | None = None,
        disable_api_termination: bool | None = None,
        ebs_optimized: bool | None = None,
        enclave_enabled: bool | None = None,
        hibernation_enabled: bool | None = None,
        http_endpoint: bool | None = None,
        http_protocol_ipv6: bool | None = None,
        http_put_response_hop_limit: int | float | None = None,
        http_tokens: HttpTokens | None = None,
        init: CloudFormationInit | None = None,
        init_options: ApplyCloudFormationInitOptions | None = None,
        instance_initiated_shutdown_behavior: InstanceInitiatedShutdownBehavior | None = None,
        instance_metadata_tags: bool | None = None,
        instance_name: str | None = None,
        instance_profile: IInstanceProfile | None = None,
        ipv6_address_count: int | float | None = None,
        key_name: str | None = None,
        key_pair: IKeyPair | None = None,
        placement_group: IPlacementGroup | None = None,
        private_ip_address: str | None = None,
        propagate_tags_to_volume_on_creation: bool | None = None,
        require_imdsv2: bool | None = None,
        resource_signal_timeout: Duration | None = None,
        role: IRole | None = None,
        security_group: ISecurityGroup | None = None,
        source_dest_check: bool | None = None,
        ssm_session_permissions: bool | None = None,
        user_data: UserData | None = None,
        user_data_causes_replacement: bool | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        check_deprecated_props("aws_ec2.InstanceProps", locals())
        from l2 import iam
        from l2.ec2._security_group import SecurityGroup
        from l2.ec2._subnet import Subnet
        from l2.ec2._vpc import _options

        super().__init__(scope, id)
        if init_options is not None and init is None:
            raise ValidationError("Setting 'initOptions' requires that 'init' is also set", self)
        if key_name and key_pair is not None:
            raise ValidationError("Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'", self)
        if credit_specification is not None and not instance_type.is_burstable():
            raise ValidationError(
                "creditSpecification is supported only for T4g, T3a, T3, T2 instance type, got: "
                f"{instance_type.to_string()}",
                self,
            )
        self.security_group = security_group if security_group is not None else SecurityGroup(
            self,
            "InstanceSecurityGroup",
            vpc=vpc,
            allow_all_outbound=allow_all_outbound is not False,
            allow_all_ipv6_outbound=allow_all_ipv6_outbound,
        )
        self.connections = Connections(security_groups=[self.security_group])
        self._security_groups: list[Any] = [self.security_group]
        Tags.of(self).add("Name", instance_name or self.node.path)
        if instance_profile is not None and role is not None:
            raise ValidationError("You cannot provide both instanceProfile and role", self)
        profile_role = getattr(instance_profile, "role", None) if instance_profile is not None else None
        if profile_role is not None:
            self.role = profile_role
            profile = instance_profile.instance_profile_name  # type: ignore[union-attr]
        else:
            self.role = role if role is not None else iam.Role(
                self, "InstanceRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com")
            )
            profile = iam.CfnInstanceProfile(self, "InstanceProfile", roles=[self.role.role_name]).ref
        self.grant_principal = self.role
        if ssm_session_permissions:
            self.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonSSMManagedInstanceCore"))
        image = machine_image.get_image(self)
        self.user_data = user_data if user_data is not None else image.user_data
        user_data_token = Lazy.string(lambda: Fn.base64(self.user_data.render()))
        group_ids = Lazy.list(lambda: [g.security_group_id for g in self._security_groups])
        selection = vpc.select_subnets(**(_options(vpc_subnets) if vpc_subnets is not None else {}))
        subnet = None
        if availability_zone:
            matching = [s for s in selection.subnets if s.availability_zone == availability_zone]
            if len(matching) == 1:
                subnet = matching[0]
            else:
                Annotations.of(self).add_error(
                    f"Need exactly 1 subnet to match AZ '{availability_zone}', found {len(matching)}. Use a "
                    "different availabilityZone."
                )
        elif selection.subnets:
            subnet = selection.subnets[0]
        else:
            shown = json.dumps(_options(vpc_subnets) if vpc_subnets is not None else None)
            Annotations.of(self).add_error(
                f"Did not find any subnets matching '{shown}', please use a different selection."
            )
        if subnet is None:
            subnet = Subnet.from_subnet_attributes(self, "DummySubnet", subnet_id="s-notfound",
                                                   availability_zone="az-notfound")
        interfaces = (
            [CfnInstance.NetworkInterfaceProperty(
                device_index="0",
                associate_public_ip_address=associate_public_ip_address,
                subnet_id=subnet.subnet_id,
                group_set=group_ids,
                private_ip_address=private_ip_address,
            )]
            if associate_public_ip_address is not None
            else None
        )
        if key_pair is not None and not key_pair._is_os_compatible(image.os_type):
            raise ValidationError(f"{getattr(key_pair.type, 'value', None)} keys are not compatible with the chosen AMI", self)
        if enclave_enabled and hibernation_enabled:
            raise ValidationError(
                "You can't set both `enclaveEnabled` and `hibernationEnabled` to true on the same instance", self
            )
        if ipv6_address_count is not None and not Token.is_unresolved(ipv6_address_count) and (
            ipv6_address_count < 0 or ipv6_address_count != int(ipv6_address_count)
        ):
            raise ValidationError(
                f"'ipv6AddressCount' must be a non-negative integer, got: {_js_number(ipv6_address_count)}", self
            )
        if ipv6_address_count is not None and associate_public_ip_address is not None:
            raise ValidationError("You can't set both 'ipv6AddressCount' and 'associatePublicIpAddress'", self)
        self.instance = _InstanceResource(
            self,
            "Resource",
            image_id=image.image_id,
            key_name=key_pair.key_pair_name if key_pair is not None else key_name,
            instance_type=instance_type.to_string(),
            subnet_id=None if interfaces else subnet.subnet_id,
            security_group_ids=None if interfaces else group_ids,
            network_interfaces=interfaces,
            iam_instance_profile=profile,
            user_data=user_data_token,
            availability_zone=subnet.availability_zone,
            source_dest_check=source_dest_check,
            block_device_mappings=instance_block_device_mappings(self, block_devices)
            if block_devices is not None
            else None,
            private_ip_address=None if interfaces else private_ip_address,
            propagate_tags_to_volume_on_creation=propagate_tags_to_volume_on_creation,
            monitoring=detailed_monitoring,
            credit_specification=CfnInstance.CreditSpecificationProperty(cpu_credits=credit_specification.value)
            if credit_specification is not None
            else None,
            ebs_optimized=ebs_optimized,
            disable_api_termination=disable_api_termination,
            instance_initiated_shutdown_behavior=instance_initiated_shutdown_behavior.value
            if instance_initiated_shutdown_behavior is not None
            else None,
            placement_group_name=placement_group.placement_group_name if placement_group is not None else None,
            enclave_options=CfnInstance.EnclaveOptionsProperty(enabled=enclave_enabled)
            if enclave_enabled is not None
            else None,
            hibernation_options=CfnInstance.HibernationOptionsProperty(configured=hibernation_enabled)
            if hibernation_enabled is not None
            else None,
            ipv6_address_count=ipv6_address_count,
            metadata_options=self._metadata_options(
                http_endpoint, http_protocol_ipv6, http_put_response_hop_limit, http_tokens, instance_metadata_tags,
                require_imdsv2,
            ),
        )
        self.instance.node.add_dependency(self.role)
        if associate_public_ip_address:
            self.instance.node.add_dependency(selection.internet_connectivity_established)
        if not selection.has_public and associate_public_ip_address:
            raise ValidationError(
                "To set 'associatePublicIpAddress: true' you must select Public subnets (vpcSubnets: { subnetType: "
                "SubnetType.PUBLIC })",
                self,
            )
        self.os_type = image.os_type
        self.node.default_child = self.instance
        self.instance_id: str = self.instance.ref
        self.instance_availability_zone: str = self.instance.attr_availability_zone
        self.instance_private_dns_name: str = self.instance.attr_private_dns_name
        self.instance_private_ip: str = self.instance.attr_private_ip
        self.instance_public_dns_name: str = self.instance.attr_public_dns_name
        self.instance_public_ip: str = self.instance.attr_public_ip
        opts = init_options if init_options is not None else ApplyCloudFormationInitOptions()
        if FeatureFlags.of(self).is_enabled("@aws-cdk/aws-ec2:ec2SumTImeoutEnabled"):
            self._apply_update_policies(resource_signal_timeout)
            if init is not None:
                self._apply_init(init, init_options, opts)
        else:
            if init is not None:
                self._apply_init(init, init_options, opts)
            self._apply_update_policies(resource_signal_timeout)
        replace = user_data_causes_replacement if user_data_causes_replacement is not None else init_options is not None
        if replace:
            self.instance._hash_user_data = self.user_data
        if require_imdsv2:
            from constructs._aspects import mutating_aspect_priority
            from l2.ec2._aspects import InstanceRequireImdsv2Aspect

            Aspects.of(self).add(InstanceRequireImdsv2Aspect(), priority=mutating_aspect_priority(self))

    @property
    def instance_ref(self) -> InstanceReference:
        """A reference to this instance (``instance_id``)."""
        from l2.ec2._interfaces import InstanceReference

        return InstanceReference(instance_id=self.instance_id)

    def _metadata_options(
        self,
        http_endpoint: bool | None,
        http_protocol_ipv6: bool | None,
        hop_limit: int | float | None,
        http_tokens: HttpTokens | None,
        metadata_tags: bool | None,
        require_imdsv2: bool | None,
    ) -> Any:
        if all(v is None for v in (http_endpoint, http_protocol_ipv6, hop_limit, http_tokens, metadata_tags)):
            return None
        if require_imdsv2:
            raise ValidationError(
                "Cannot use both requireImdsv2 and metadata options. Use requireImdsv2 for simple IMDSv2 enforcement "
                "or individual metadata option properties for advanced configuration, but not both.",
                self,
            )
        if hop_limit is not None and not Token.is_unresolved(hop_limit) and not 1 <= hop_limit <= 64:
            raise ValidationError("httpPutResponseHopLimit must be between 1 and 64", self)

        def flag(value: bool | None) -> str | None:
            return None if value is None else ("enabled" if value else "disabled")

        return CfnInstance.MetadataOptionsProperty(
            http_endpoint=flag(http_endpoint),
            http_protocol_ipv6=flag(http_protocol_ipv6),
            http_put_response_hop_limit=hop_limit,
            http_tokens=http_tokens.value if http_tokens is not None else None,
            instance_metadata_tags=flag(metadata_tags),
        )

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add a security group to the instance."""
        self._security_groups.append(security_group)

    def add_user_data(self, *commands: str) -> None:
        """Append user data commands."""
        self.user_data.add_commands(*commands)

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the instance role's policy."""
        self.role.add_to_principal_policy(statement)

    def _apply_init(self, init: CloudFormationInit, given: ApplyCloudFormationInitOptions | None,
                    opts: ApplyCloudFormationInitOptions) -> None:
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib's constructor passes ``props.initOptions`` on as given (analytics metadata)
        analytics_call(self, "applyCloudFormationInit", [init, given])
        with analytics_quiet(Instance):
            self.apply_cloud_formation_init(init, **structs.asdict(opts, recurse=False))

    def apply_cloud_formation_init(
        self,
        init: CloudFormationInit,
        *,
        config_sets: Sequence[str] | None = None,
        embed_fingerprint: bool | None = None,
        ignore_failures: bool | None = None,
        include_role: bool | None = None,
        include_url: bool | None = None,
        print_log: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        """Attach ``init`` to the instance: its metadata, the cfn-init/cfn-signal user data, and one more signal
        (``timeout``, default 5 minutes) in the creation policy."""
        init.attach(
            self.instance,
            platform=self.os_type,
            instance_role=self.role,
            user_data=self.user_data,
            config_sets=config_sets,
            embed_fingerprint=embed_fingerprint,
            print_log=print_log,
            ignore_failures=ignore_failures,
            include_role=include_role,
            include_url=include_url,
        )
        self._wait_for_resource_signal(timeout if timeout is not None else Duration.minutes(5))

    def _wait_for_resource_signal(self, timeout: Duration) -> None:
        from constructs import CfnCreationPolicy, CfnResourceSignal

        policy = self.instance.cfn_options.creation_policy
        old = getattr(policy, "resource_signal", None) if policy is not None else None
        old_timeout = getattr(old, "timeout", None) if old is not None else None
        total = Duration.parse(old_timeout).plus(timeout) if old_timeout else timeout
        self.instance.cfn_options.creation_policy = CfnCreationPolicy(
            auto_scaling_creation_policy=getattr(policy, "auto_scaling_creation_policy", None) if policy else None,
            resource_signal=CfnResourceSignal(
                count=((getattr(old, "count", None) if old is not None else None) or 0) + 1,
                timeout=total.to_iso_string(),
            ),
            start_fleet=getattr(policy, "start_fleet", None) if policy else None,
        )

    def _apply_update_policies(self, resource_signal_timeout: Duration | None) -> None:
        if resource_signal_timeout is not None:
            policy = self.instance.cfn_options.creation_policy
            self.instance.cfn_options.creation_policy = _with_signal_timeout(policy, resource_signal_timeout)


def _js_number(x: float) -> str:
    return str(int(x)) if x == int(x) else repr(x)


def _with_signal_timeout(policy: Any, timeout: Duration) -> Any:
    from constructs import CfnCreationPolicy, CfnResourceSignal

    signal = getattr(policy, "resource_signal", None) if policy is not None else None
    return CfnCreationPolicy(
        auto_scaling_creation_policy=getattr(policy, "auto_scaling_creation_policy", None) if policy else None,
        resource_signal=CfnResourceSignal(
            count=getattr(signal, "count", None) if signal else None, timeout=timeout.to_iso_string()
        ),
        start_fleet=getattr(policy, "start_fleet", None) if policy else None,
    )

