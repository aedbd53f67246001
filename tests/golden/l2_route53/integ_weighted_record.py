"""Port of aws-cdk's aws-route53 integ.weighted-record.ts: weighted A records with set identifiers."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "weighted-record")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.dev")
for index, (target, weight, record_id) in enumerate([("1.2.3.4", 20, "id1"), ("2.3.4.5", 30, "id2"),
                                                     ("3.4.5.6", 50, "id3")]):
    route53.ARecord(stack, f"WeightedRecord{index}", zone=zone, record_name="www", weight=weight,
                    ttl=cdk.Duration.seconds(10), set_identifier=record_id,
                    target=route53.RecordTarget.from_ip_addresses(target))
app.synth()
