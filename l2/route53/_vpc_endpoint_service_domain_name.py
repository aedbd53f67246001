"""``VpcEndpointServiceDomainName``: a private DNS name for a VPC endpoint service, verified through a TXT record
in a public hosted zone (AWS SDK calls made by custom resources)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import Construct, Fn, Names, Stack, ValidationError

if TYPE_CHECKING:
    from l2.ec2 import IVpcEndpointService
    from l2.route53._interfaces import IPublicHostedZone

# aws-cdk-lib builds these calls as object literals: their JSON keeps the literal's key order
_KEYS = ("service", "action", "parameters", "physicalResourceId")


class VpcEndpointServiceDomainName(Construct):
    """Gives a VPC endpoint service a private DNS name and verifies it with a TXT record.

    Args:
        scope: the parent construct.
        id: the construct id.
        domain_name: the private DNS name.
        endpoint_service: the endpoint service (one domain name per service).
        public_hosted_zone: the public zone the verification record goes in.
    """

    _endpoint_services_map: ClassVar[dict[str, str]] = {}

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        endpoint_service: IVpcEndpointService,
        public_hosted_zone: IPublicHostedZone,
    ) -> None:
        super().__init__(scope, id)
        service: Any = endpoint_service
        service_unique_id = Names.node_unique_id(service.node)
        service_id = service.vpc_endpoint_service_id
        self.domain_name = domain_name
        if service_unique_id in VpcEndpointServiceDomainName._endpoint_services_map:
            existing = VpcEndpointServiceDomainName._endpoint_services_map[service_unique_id]
            raise ValidationError(
                f"Cannot create a VpcEndpointServiceDomainName for service {service_unique_id}, another "
                f"VpcEndpointServiceDomainName ({existing}) is already associated with it", self
            )
        VpcEndpointServiceDomainName._endpoint_services_map[service_unique_id] = domain_name
        name, value = self._private_dns_configuration(service_unique_id, service_id, domain_name)
        self._verify(name, value, service_id, public_hosted_zone)
        self.node.add_dependency(service)

    def _service_arn(self, service_id: str) -> str:
        stack = Stack.of(self)
        return Fn.join(":", ["arn", stack.partition, "ec2", stack.region, stack.account,
                             Fn.join("/", ["vpc-endpoint-service", service_id])])

    def _private_dns_configuration(self, service_unique_id: str, service_id: str,
                                   private_dns_name: str) -> tuple[str, str]:
        from l2 import custom_resources as cr
        from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order as ordered

        enable_action = ordered(cr.AwsSdkCall(
            service="EC2", action="modifyVpcEndpointServiceConfiguration",
            parameters={"ServiceId": service_id, "PrivateDnsName": private_dns_name},
            physical_resource_id=cr.PhysicalResourceId.of(service_unique_id),
        ), *_KEYS)
        remove_action = ordered(cr.AwsSdkCall(
            service="EC2", action="modifyVpcEndpointServiceConfiguration",
            parameters={"ServiceId": service_id, "RemovePrivateDnsName": True},
        ), *_KEYS)
        enable = cr.AwsCustomResource(
            self, "EnableDns", on_create=enable_action, on_update=enable_action, on_delete=remove_action,
            policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=[self._service_arn(service_id)]),
            install_latest_aws_sdk=False,
        )
        lookup = hashlib.md5(
            (Names.unique_id(self) + service_unique_id + private_dns_name).encode(), usedforsecurity=False
        ).hexdigest()
        describe_action = ordered(cr.AwsSdkCall(
            service="EC2", action="describeVpcEndpointServiceConfigurations", parameters={"ServiceIds": [service_id]},
            physical_resource_id=cr.PhysicalResourceId.of(lookup),
        ), *_KEYS)
        get_names = cr.AwsCustomResource(
            self, "GetNames", on_create=describe_action, on_update=describe_action,
            policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
            install_latest_aws_sdk=False,
        )
        get_names.node.add_dependency(enable)
        return (get_names.get_response_field("ServiceConfigurations.0.PrivateDnsNameConfiguration.Name"),
                get_names.get_response_field("ServiceConfigurations.0.PrivateDnsNameConfiguration.Value"))

    def _verify(self, name: str, value: str, service_id: str, zone: IPublicHostedZone) -> None:
        from l2 import custom_resources as cr
        from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order as ordered
        from l2.route53._record_set import TxtRecord

        record = TxtRecord(self, "DnsVerificationRecord", record_name=name, values=[value], zone=zone)
        start_action = ordered(cr.AwsSdkCall(
            service="EC2", action="startVpcEndpointServicePrivateDnsVerification",
            parameters={"ServiceId": service_id},
            physical_resource_id=cr.PhysicalResourceId.of(Fn.join(":", [name, value])),
        ), *_KEYS)
        cr.AwsCustomResource(
            self, "StartVerification", on_create=start_action, on_update=start_action,
            policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=[self._service_arn(service_id)]),
            install_latest_aws_sdk=False,
        ).node.add_dependency(record)
