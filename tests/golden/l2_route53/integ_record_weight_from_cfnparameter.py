"""Port of aws-cdk's aws-route53 integ.record-weight-from-cfnparameter.ts: weights from parameters (token
weights in the generated set identifiers)."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "record-weight-from-cfnparameter")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.dev")
for index, target in enumerate(["1.2.3.4", "2.3.4.5", "3.4.5.6", "4.5.6.7"]):
    weight = cdk.CfnParameter(stack, f"RecordWeight{index}", type="Number", default=0, min_value=0, max_value=255)
    route53.ARecord(stack, f"RecordWeightedFromCfnParameter{index}", zone=zone, record_name="www",
                    weight=weight.value_as_number, ttl=cdk.Duration.seconds(10),
                    target=route53.RecordTarget.from_ip_addresses(target))
app.synth()
