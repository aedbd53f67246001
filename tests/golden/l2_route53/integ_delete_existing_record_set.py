"""Port of aws-cdk's aws-route53 integ.delete-existing-record-set.ts: ``delete_existing`` (a custom resource
that deletes the record already there; pycdk's own handler code is masked)."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "cdk-route53-integ-delete-existing-record-set")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.dev")
existing = route53.ARecord(stack, "ExistingRecord", target=route53.RecordTarget.from_ip_addresses("1.2.3.4"),
                           zone=zone, record_name="integ")
new = route53.ARecord(stack, "NewRecord", target=route53.RecordTarget.from_ip_addresses("5.6.7.8"),
                      ttl=cdk.Duration.hours(2), zone=zone, record_name="integ", delete_existing=True)
new.node.add_dependency(existing)
app.synth()
