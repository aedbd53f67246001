"""``restrict_default_security_group``: a custom resource that removes the default security group's rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import (
    CustomResource,
    CustomResourceProvider,
    CustomResourceProviderRuntime,
    Stack,
)

RESOURCE_TYPE = "Custom::VpcRestrictDefaultSG"
HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "restrict_default_sg")


def restrict_default_security_group(vpc: Any) -> None:
    """Add the stack's provider (once), allow it to edit this VPC's default group, and the custom resource."""
    stack = Stack.of(vpc)
    provider = CustomResourceProvider.get_or_create_provider(
        vpc,
        RESOURCE_TYPE,
        code_directory=HANDLER_DIR,
        runtime=CustomResourceProviderRuntime.PYTHON_3_13,
        handler="index.handler",
        use_cfn_response_wrapper=False,
        description="Lambda function for removing all inbound/outbound rules from the VPC default security group",
    )
    provider.add_to_role_policy({
        "Effect": "Allow",
        "Action": [
            "ec2:AuthorizeSecurityGroupIngress",
            "ec2:AuthorizeSecurityGroupEgress",
            "ec2:RevokeSecurityGroupIngress",
            "ec2:RevokeSecurityGroupEgress",
        ],
        "Resource": [
            stack.format_arn(resource="security-group", service="ec2", resource_name=vpc.vpc_default_security_group)
        ],
    })
    CustomResource(
        vpc,
        "RestrictDefaultSecurityGroupCustomResource",
        resource_type=RESOURCE_TYPE,
        service_token=provider.service_token,
        properties={"DefaultSecurityGroupId": vpc.vpc_default_security_group, "Account": stack.account},
    )
