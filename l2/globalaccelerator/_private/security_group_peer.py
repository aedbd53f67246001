"""The security group Global Accelerator creates in a VPC, found by an ``AwsCustomResource``, as an ``ec2`` peer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Construct
from l2.ec2 import IPeer

if TYPE_CHECKING:
    from l2.ec2 import IVpc

_SG_NAME = "GlobalAccelerator"
_SG_ID_FIELD = "SecurityGroups.0.GroupId"


class AcceleratorSecurityGroupPeer(IPeer):
    """A security group peer by id (no inline rules, like aws-cdk-lib's)."""

    can_inline_rule = False
    unique_id = "GlobalAcceleratorGroup"

    def __init__(self, security_group_id: str) -> None:
        self.security_group_id = security_group_id

    def _ingress(self) -> dict[str, Any]:
        return {"source_security_group_id": self.security_group_id}

    def _egress(self) -> dict[str, Any]:
        return {"destination_security_group_id": self.security_group_id}


def accelerator_security_group_peer(scope: Construct, id: str, vpc: IVpc, endpoint_group: Any) -> Any:
    """Look up the group named ``GlobalAccelerator`` of ``vpc`` after ``endpoint_group`` exists."""
    from l2 import custom_resources as cr
    from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

    lookup = cr.AwsCustomResource(
        scope, id + "CustomResource",
        on_update=sdk_call_in_key_order(cr.AwsSdkCall(
            service="EC2", action="describeSecurityGroups",
            parameters={"Filters": [{"Name": "group-name", "Values": [_SG_NAME]},
                                    {"Name": "vpc-id", "Values": [vpc.vpc_id]}]},
            physical_resource_id=cr.PhysicalResourceId.from_response(_SG_ID_FIELD)),
            "service", "action", "parameters", "physicalResourceId"),
        policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
        install_latest_aws_sdk=False)
    lookup.node.add_dependency(endpoint_group.node.default_child)
    return AcceleratorSecurityGroupPeer(lookup.get_response_field(_SG_ID_FIELD))
