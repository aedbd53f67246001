"""``Instance``: an EC2 instance in a VPC subnet, with its security group, role, instance profile and user data."""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from typing import Any

from constructs import Annotations, Construct, Duration, Fn, Lazy, Resource, Tags, Token, ValidationError
from constructs.internals import check_deprecated_props
from l2.ec2._block_devices import instance_block_device_mappings
from l2.ec2._connections import Connections
from l2.ec2._instance_types import InstanceType
from l2.ec2._machine_image import IMachineImage
from l2.ec2._user_data import UserData


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
        ssm_session_permissions: attach ``AmazonSSMManagedInstanceCore`` to the role.
        user_data: start-up commands (default: the image's).
        instance_name: the ``Name`` tag (default: the construct path).
        key_name: an existing key pair name.
        associate_public_ip_address: give the primary interface a public IP (public subnets only).
        block_devices: the block device mappings (``BlockDevice``).
        credit_specification: the CPU credit option (burstable types only).
        private_ip_address: the primary private IPv4.
        source_dest_check: default true (CloudFormation's).
        detailed_monitoring, ebs_optimized, disable_api_termination, instance_initiated_shutdown_behavior,
        propagate_tags_to_volume_on_creation: the CloudFormation properties.
        resource_signal_timeout: wait this long for a signal (creation policy).
        http_endpoint, http_protocol_ipv6, http_put_response_hop_limit, http_tokens, instance_metadata_tags:
            instance metadata options.
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
        vpc: Any,
        allow_all_ipv6_outbound: bool | None = None,
        allow_all_outbound: bool | None = None,
        associate_public_ip_address: bool | None = None,
        availability_zone: str | None = None,
        block_devices: Sequence[Any] | None = None,
        credit_specification: CpuCredits | None = None,
        detailed_monitoring: bool | None = None,
        disable_api_termination: bool | None = None,
        ebs_optimized: bool | None = None,
        http_endpoint: bool | None = None,
        http_protocol_ipv6: bool | None = None,
        http_put_response_hop_limit: int | None = None,
        http_tokens: HttpTokens | None = None,
        instance_initiated_shutdown_behavior: InstanceInitiatedShutdownBehavior | None = None,
        instance_metadata_tags: bool | None = None,
        instance_name: str | None = None,
        key_name: str | None = None,
        private_ip_address: str | None = None,
        propagate_tags_to_volume_on_creation: bool | None = None,
        resource_signal_timeout: Duration | None = None,
        role: Any = None,
        security_group: Any = None,
        source_dest_check: bool | None = None,
        ssm_session_permissions: bool | None = None,
        user_data: UserData | None = None,
        vpc_subnets: Any = None,
    ) -> None:
        check_deprecated_props("aws_ec2.InstanceProps", locals())
        from l1.ec2 import CfnInstance
        from l2 import iam
        from l2.ec2._security_group import SecurityGroup
        from l2.ec2._subnet import Subnet
        from l2.ec2._vpc import _options

        super().__init__(scope, id)
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
        self.instance = CfnInstance(
            self,
            "Resource",
            image_id=image.image_id,
            key_name=key_name,
            instance_type=instance_type.to_string(),
            subnet_id=None if interfaces else subnet.subnet_id,
            security_group_ids=None if interfaces else group_ids,
            network_interfaces=interfaces,
            iam_instance_profile=profile,
            user_data=user_data_token,
            availability_zone=subnet.availability_zone,
            source_dest_check=source_dest_check,
            private_ip_address=None if interfaces else private_ip_address,
            block_device_mappings=instance_block_device_mappings(self, block_devices)
            if block_devices is not None
            else None,
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
            metadata_options=self._metadata_options(
                http_endpoint, http_protocol_ipv6, http_put_response_hop_limit, http_tokens, instance_metadata_tags
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
        if resource_signal_timeout is not None:
            policy = self.instance.cfn_options.creation_policy
            self.instance.cfn_options.creation_policy = _with_signal_timeout(policy, resource_signal_timeout)

    def _metadata_options(
        self,
        http_endpoint: bool | None,
        http_protocol_ipv6: bool | None,
        hop_limit: int | None,
        http_tokens: HttpTokens | None,
        metadata_tags: bool | None,
    ) -> Any:
        from l1.ec2 import CfnInstance

        if all(v is None for v in (http_endpoint, http_protocol_ipv6, hop_limit, http_tokens, metadata_tags)):
            return None
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

    def add_security_group(self, security_group: Any) -> None:
        """Add a security group to the instance."""
        self._security_groups.append(security_group)

    def add_user_data(self, *commands: str) -> None:
        """Append user data commands."""
        self.user_data.add_commands(*commands)

    def add_to_role_policy(self, statement: Any) -> None:
        """Add a statement to the instance role's policy."""
        self.role.add_to_principal_policy(statement)


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

