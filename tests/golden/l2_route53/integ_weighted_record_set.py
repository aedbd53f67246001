"""Port of aws-cdk's aws-route53 integ.weighted-record-set.ts: weighted CNAME record sets."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "weighted-record-set")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.dev")
for index, (target, weight, record_id) in enumerate([("xxx", 20, "id1"), ("yyy", 30, "id2"), ("zzz", 50, "id3")]):
    route53.RecordSet(stack, f"WeightedRecordSet{index}", zone=zone, record_name="www",
                      record_type=route53.RecordType.CNAME, target=route53.RecordTarget.from_values(target),
                      weight=weight, ttl=cdk.Duration.seconds(10), set_identifier=record_id)
app.synth()
