"""The structs of the cloud assembly API (aws-cdk-lib: ``aws_cdk.cx_api``): environments, context lookup answers,
metadata results, synthesis messages and builder options. Fields and their order are aws-cdk-lib 2.275.0's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs
from l2.cloud_assembly_schema import MetadataEntry

from ._enums import LoadBalancerIpAddressType, SynthesisMessageLevel, VpcSubnetGroupType

if TYPE_CHECKING:
    from ._assembly import CloudAssemblyBuilder


@structs.frozen(kw_only=True)
class AssemblyBuildOptions:
    """Options of ``CloudAssemblyBuilder.build_assembly`` (none today).
    """


@structs.frozen(kw_only=True)
class AwsCloudFormationStackProperties:
    """The properties of a CloudFormation stack artifact.

    Args:
        parameters: values for the stack's parameters (default none).
        stack_name: the CloudFormation stack's name (default the artifact id).
        template_file: the template's file, relative to the assembly's directory.
        termination_protection: whether termination protection is on (default false).
    """

    template_file: str
    parameters: Mapping[str, str] | None = None
    stack_name: str | None = None
    termination_protection: bool | None = None


@structs.frozen(kw_only=True)
class CloudAssemblyBuilderProps:
    """Options of a ``CloudAssemblyBuilder``.

    Args:
        asset_outdir: where the assembly's assets are written (default the assembly's directory).
        parent_builder: the builder of the parent assembly, for a nested assembly (default none: a root
            assembly).
    """

    asset_outdir: str | None = None
    parent_builder: CloudAssemblyBuilder | None = None


@structs.frozen(kw_only=True)
class EndpointServiceAvailabilityZonesContextQuery:
    """The query for the availability zones of a VPC endpoint service.

    Args:
        account: the account to look up in (default the stack's).
        region: the region to look up in (default the stack's).
        service_name: the VPC endpoint service's name.
    """

    account: str | None = None
    region: str | None = None
    service_name: str | None = None


@structs.frozen(kw_only=True)
class Environment:
    """An AWS environment: an account and a region.

    Args:
        account: the environment's account.
        name: the environment's name, ``aws://<account>/<region>``.
        region: the environment's region.
    """

    account: str
    name: str
    region: str

    def __str__(self) -> str:
        """The environment's name (``aws://<account>/<region>``), as the core's artifacts hold it."""
        return self.name


@structs.frozen(kw_only=True)
class EnvironmentPlaceholderValues:
    """The values that replace the environment placeholders.

    Args:
        account_id: the value for ``${AWS::AccountId}``.
        partition: the value for ``${AWS::Partition}``.
        region: the value for ``${AWS::Region}``.
    """

    account_id: str
    partition: str
    region: str


@structs.frozen(kw_only=True)
class KeyContextResponse:
    """The answer of a KMS key lookup.

    Args:
        key_id: the id of the key.
    """

    key_id: str


@structs.frozen(kw_only=True)
class LoadBalancerContextResponse:
    """The answer of a load balancer lookup.

    Args:
        ip_address_type: the load balancer's IP address type.
        load_balancer_arn: the load balancer's ARN.
        load_balancer_canonical_hosted_zone_id: the load balancer's canonical hosted zone id.
        load_balancer_dns_name: the load balancer's DNS name.
        security_group_ids: the security groups of the load balancer or listener.
        vpc_id: the load balancer's VPC.
    """

    ip_address_type: LoadBalancerIpAddressType
    load_balancer_arn: str
    load_balancer_canonical_hosted_zone_id: str
    load_balancer_dns_name: str
    security_group_ids: Sequence[str]
    vpc_id: str


@structs.frozen(kw_only=True)
class LoadBalancerListenerContextResponse:
    """The answer of a load balancer listener lookup.

    Args:
        listener_arn: the listener's ARN.
        listener_port: the listener's port.
        security_group_ids: the security groups of the load balancer or listener.
    """

    listener_arn: str
    listener_port: float
    security_group_ids: Sequence[str]


@structs.frozen(kw_only=True)
class MetadataEntryResult(MetadataEntry):
    """A metadata entry with the construct path it is attached to. Also takes the keyword arguments of ``MetadataEntry`` (see that class).

    Args:
        path: the path of the construct the entry is attached to.
    """

    path: str


@structs.frozen(kw_only=True)
class SecurityGroupContextResponse:
    """The answer of a security group lookup.

    Args:
        allow_all_outbound: whether the security group allows all outbound traffic.
        security_group_id: the security group's id.
    """

    allow_all_outbound: bool
    security_group_id: str


@structs.frozen(kw_only=True)
class SynthesisMessage:
    """A message (info, warning or error) attached to a construct of an artifact.

    Args:
        entry: the metadata entry holding the message.
        id: the path of the construct the message is attached to.
        level: the message's level.
    """

    entry: MetadataEntry
    id: str
    level: SynthesisMessageLevel


@structs.frozen(kw_only=True)
class VpcContextResponse:
    """The answer of a VPC lookup.

    Args:
        availability_zones: the availability zones of the VPC.
        isolated_subnet_ids: the ids of the isolated subnets (default none).
        isolated_subnet_names: the names of the isolated subnet groups (default none).
        isolated_subnet_route_table_ids: the route tables of the isolated subnets (default none).
        owner_account_id: the account owning the VPC (default the looked-up account).
        private_subnet_ids: the ids of the private subnets (default none).
        private_subnet_names: the names of the private subnet groups (default none).
        private_subnet_route_table_ids: the route tables of the private subnets (default none).
        public_subnet_ids: the ids of the public subnets (default none).
        public_subnet_names: the names of the public subnet groups (default none).
        public_subnet_route_table_ids: the route tables of the public subnets (default none).
        region: the VPC's region (default the looked-up region).
        subnet_groups: the subnet groups (default none: the older public/private/isolated lists).
        vpc_cidr_block: the VPC's IPv4 CIDR block (default unknown).
        vpc_id: the VPC's id.
        vpn_gateway_id: the VPN gateway attached to the VPC (default none).
    """

    availability_zones: Sequence[str]
    vpc_id: str
    isolated_subnet_ids: Sequence[str] | None = None
    isolated_subnet_names: Sequence[str] | None = None
    isolated_subnet_route_table_ids: Sequence[str] | None = None
    owner_account_id: str | None = None
    private_subnet_ids: Sequence[str] | None = None
    private_subnet_names: Sequence[str] | None = None
    private_subnet_route_table_ids: Sequence[str] | None = None
    public_subnet_ids: Sequence[str] | None = None
    public_subnet_names: Sequence[str] | None = None
    public_subnet_route_table_ids: Sequence[str] | None = None
    region: str | None = None
    subnet_groups: Sequence[VpcSubnetGroup] | None = None
    vpc_cidr_block: str | None = None
    vpn_gateway_id: str | None = None


@structs.frozen(kw_only=True)
class VpcSubnet:
    """A subnet of a VPC lookup's answer.

    Args:
        availability_zone: the subnet's availability zone.
        cidr: the subnet's IPv4 CIDR block (default unknown).
        route_table_id: the subnet's route table.
        subnet_id: the subnet's id.
    """

    availability_zone: str
    route_table_id: str
    subnet_id: str
    cidr: str | None = None


@structs.frozen(kw_only=True)
class VpcSubnetGroup:
    """A group of subnets of a VPC lookup's answer.

    Args:
        name: the subnet group's name.
        subnets: the group's subnets.
        type: the subnet group's type.
    """

    name: str
    subnets: Sequence[VpcSubnet]
    type: VpcSubnetGroupType

