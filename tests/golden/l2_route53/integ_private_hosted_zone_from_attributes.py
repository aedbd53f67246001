"""Port of aws-cdk's aws-route53 integ.private-hosted-zone-from-attributes.ts (the assertion stack of the
integ-test framework left out): a private zone re-imported by id and name."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-route53-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=1, restrict_default_security_group=False)
private_zone = route53.PrivateHostedZone(stack, "PrivateZone", zone_name="aws-cdk.dev", vpc=vpc)
imported = route53.PrivateHostedZone.from_hosted_zone_attributes(
    stack, "ExpectPrivateHostedZone", hosted_zone_id=private_zone.hosted_zone_id, zone_name=private_zone.zone_name
)
cdk.CfnOutput(stack, "ImportedZoneId", value=imported.hosted_zone_id)
cdk.CfnOutput(stack, "ImportedZoneName", value=imported.zone_name)
app.synth()
