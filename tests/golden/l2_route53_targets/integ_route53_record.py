"""Port of aws-cdk's aws-route53-targets integ.route53-record.ts: an apex A record aliased to another record."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-r53-record-alias-target-integ")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk-integ.com")
www = route53.ARecord(stack, "WWW", zone=zone, record_name="www.cdk-integ.com",
                      target=route53.RecordTarget.from_ip_addresses("1.2.3.4"))
route53.ARecord(stack, "Alias", zone=zone, target=route53.RecordTarget.from_alias(targets.Route53RecordTarget(www)))
app.synth()
