"""Amazon EC2 constructs (aws-cdk-lib: ``aws_cdk.aws_ec2``): ``Vpc`` and subnets, NAT providers, security groups and
``Connections``, VPC endpoints, flow logs, network ACLs, VPN, prefix lists, ``Instance``, ``MachineImage``,
``UserData``, ``InstanceType``, and the L1 classes.

Names load on first use (PEP 562): ``from l2 import ec2`` stays cheap, and the large generated ``l1.ec2`` module
is imported only when a class is first touched.
"""

from __future__ import annotations

import importlib
from typing import Any

from constructs.internals import check_public_classes

_L2_NAMES: dict[str, str] = {
    "AclCidr": "_network_acl",
    "AclIcmp": "_network_acl",
    "AclTraffic": "_network_acl",
    "Action": "_network_acl",
    "AddressFamily": "_prefix_list",
    "AllocatedSubnet": "_ip_addresses",
    "AmazonLinux2023Kernel": "_machine_image",
    "AmazonLinux2Kernel": "_machine_image",
    "AmazonLinuxCpuType": "_machine_image",
    "AmazonLinuxEdition": "_machine_image",
    "AmazonLinuxGeneration": "_machine_image",
    "AmazonLinuxImage": "_machine_image",
    "AmazonLinuxKernel": "_machine_image",
    "AmazonLinuxStorage": "_machine_image",
    "AmazonLinuxVirt": "_machine_image",
    "AvailabilityZoneAddress": "_nat",
    "BlockDevice": "_block_devices",
    "BlockDeviceVolume": "_block_devices",
    "ConfigureNatOptions": "_nat",
    "Connections": "_connections",
    "CpuCredits": "_instance",
    "DefaultInstanceTenancy": "_vpc",
    "EbsDeviceVolumeType": "_block_devices",
    "ExecuteFileOptions": "_user_data",
    "FlowLog": "_flow_logs",
    "FlowLogDestination": "_flow_logs",
    "FlowLogDestinationConfig": "_flow_logs",
    "FlowLogDestinationType": "_flow_logs",
    "FlowLogFileFormat": "_flow_logs",
    "FlowLogMaxAggregationInterval": "_flow_logs",
    "FlowLogOptions": "_flow_logs",
    "FlowLogResourceType": "_flow_logs",
    "FlowLogTrafficType": "_flow_logs",
    "GatewayConfig": "_nat",
    "GatewayVpcEndpoint": "_vpc_endpoint",
    "GatewayVpcEndpointAwsService": "_vpc_endpoint",
    "GatewayVpcEndpointOptions": "_vpc_endpoint",
    "HttpTokens": "_instance",
    "IConnectable": "_connections",
    "IMachineImage": "_machine_image",
    "ImportedSubnet": "_subnet",
    "Instance": "_instance",
    "InstanceArchitecture": "_instance_types",
    "InstanceClass": "_instance_types",
    "InstanceInitiatedShutdownBehavior": "_instance",
    "InstanceSize": "_instance_types",
    "InstanceType": "_instance_types",
    "InterfaceVpcEndpoint": "_vpc_endpoint",
    "InterfaceVpcEndpointAwsService": "_vpc_endpoint",
    "InterfaceVpcEndpointOptions": "_vpc_endpoint",
    "InterfaceVpcEndpointService": "_vpc_endpoint",
    "IpAddresses": "_ip_addresses",
    "IPeer": "_peer",
    "IpProtocol": "_vpc",
    "Ipv6Addresses": "_ip_addresses",
    "ISecurityGroup": "_security_group",
    "IVpc": "_vpc",
    "LogFormat": "_flow_logs",
    "MachineImage": "_machine_image",
    "MachineImageConfig": "_machine_image",
    "MultipartBody": "_user_data",
    "MultipartUserData": "_user_data",
    "NatGatewayProvider": "_nat",
    "NatProvider": "_nat",
    "NetworkAcl": "_network_acl",
    "NetworkAclBase": "_network_acl",
    "NetworkAclEntry": "_network_acl",
    "OperatingSystemType": "_machine_image",
    "Peer": "_peer",
    "Port": "_port",
    "PrefixList": "_prefix_list",
    "PrefixListBase": "_prefix_list",
    "PrivateSubnet": "_subnet",
    "Protocol": "_port",
    "PublicSubnet": "_subnet",
    "RegionalNatGatewayProvider": "_nat",
    "RequestedSubnet": "_ip_addresses",
    "RouterType": "_subnet",
    "RouteTable": "_subnet",
    "S3DownloadOptions": "_user_data",
    "SecurityGroup": "_security_group",
    "SecurityGroupBase": "_security_group",
    "SelectedSubnets": "_vpc",
    "Subnet": "_subnet",
    "SubnetConfiguration": "_vpc",
    "SubnetFilter": "_subnet_filter",
    "SubnetIpamOptions": "_ip_addresses",
    "SubnetNetworkAclAssociation": "_network_acl",
    "SubnetSelection": "_vpc",
    "SubnetType": "_vpc",
    "TrafficDirection": "_network_acl",
    "UserData": "_user_data",
    "Vpc": "_vpc",
    "VpcBase": "_vpc",
    "VpcEndpoint": "_vpc_endpoint",
    "VpcEndpointDnsRecordIpType": "_vpc_endpoint",
    "VpcEndpointIpAddressType": "_vpc_endpoint",
    "VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint": "_vpc_endpoint",
    "VpcEndpointType": "_vpc_endpoint",
    "VpcIpamOptions": "_ip_addresses",
    "VpnConnection": "_vpn",
    "VpnConnectionOptions": "_vpn",
    "VpnConnectionType": "_vpn",
    "VpnGateway": "_vpn",
    "VpnTunnelOption": "_vpn",
}


def __getattr__(name: str) -> Any:
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.ec2.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.ec2").__all__})
    else:
        l1 = importlib.import_module("l1.ec2")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.ec2' has no attribute '{name}'")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
