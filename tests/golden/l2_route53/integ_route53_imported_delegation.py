"""Port of aws-cdk's aws-route53 integ.route53-imported-delegation.ts: ``grant_delegation`` on an imported zone."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-route53-imported-delegation-integ")
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
public_zone = route53.PublicHostedZone.from_public_hosted_zone_id(stack, "PublicZone", "public-zone-id")
public_zone.grant_delegation(role)
app.synth()
