"""Port of aws-cdk's aws-route53 integ.latency-based-routing.ts: three latency records (generated identifiers)."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "latency-based-routing")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.dev")
for index, (target, region) in enumerate([("1.2.3.4", "us-east-1"), ("2.3.4.5", "ap-northeast-1"),
                                          ("3.4.5.6", "eu-west-1")]):
    route53.ARecord(stack, f"LatencyBasedRouting{index}", zone=zone, record_name="www", region=region,
                    target=route53.RecordTarget.from_ip_addresses(target))
app.synth()
