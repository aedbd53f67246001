"""Port of aws-cdk integ.capacity-provider-propagate-tags.ts: explicit and no tag propagation (2.275's
``PropagateTags.explicit`` takes a mapping; the original's list of key/value pairs is newer)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "CapacityProviderPropagateTagsStack")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
lambda_.CapacityProvider(stack, "CpWithExplicitTags", subnets=vpc.private_subnets, security_groups=[security_group],
                         propagate_tags=lambda_.PropagateTags.explicit({"Environment": "Test",
                                                                        "Project": "CDK-Integ"}))
lambda_.CapacityProvider(stack, "CpWithNone", subnets=vpc.private_subnets, security_groups=[security_group],
                         propagate_tags=lambda_.PropagateTags.none())
app.synth()
