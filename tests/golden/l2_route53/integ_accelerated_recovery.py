"""Port of aws-cdk's aws-route53 integ.acceralated-recovery.ts: a public zone with accelerated recovery."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "route53-accelerated-recovery")
route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.test", accelerated_recovery_enabled=True)
app.synth()
