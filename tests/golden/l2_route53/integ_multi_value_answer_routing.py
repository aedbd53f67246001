"""Port of aws-cdk's aws-route53 integ.multi-value-answer-routing.ts: a multivalue answer record."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "multi-value-answer-routing")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.dev")
route53.ARecord(stack, "MultiValueAnswerRouting", zone=zone, record_name="www",
                target=route53.RecordTarget.from_ip_addresses("1.2.3.4"), multi_value_answer=True)
app.synth()
