"""Port of aws-cdk's aws-route53 integ.import-existing-record-as-target.ts: ``ARecord.from_a_record_attributes``."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-route53-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=1, restrict_default_security_group=False)
private_zone = route53.PrivateHostedZone(stack, "PrivateZone", zone_name="cdk.local", vpc=vpc)
target = route53.ARecord(stack, "AManual", zone=private_zone, record_name="existing.test.record",
                         target=route53.RecordTarget.from_ip_addresses("192.0.1.1"))
a_record = route53.ARecord.from_a_record_attributes(stack, "A", zone=private_zone, record_name="r53-integ-test",
                                                    target_dns="existing.test.record.cdk.local")
a_record.node.add_dependency(target)
app.synth()
