"""Port of aws-cdk's aws-route53 integ.route53.ts: private and public zones, a delegation, TXT (split long value),
CNAME, A and CAA records."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-route53-integ")

vpc = ec2.Vpc(stack, "VPC", max_azs=1, restrict_default_security_group=False)
private_zone = route53.PrivateHostedZone(stack, "PrivateZone", zone_name="cdk.local", vpc=vpc)
public_zone = route53.PublicHostedZone(stack, "PublicZone", zone_name="cdk.test")
public_sub_zone = route53.PublicHostedZone(stack, "PublicSubZone", zone_name="sub.cdk.test")
public_zone.add_delegation(public_sub_zone)

route53.TxtRecord(private_zone, "TXT", zone=private_zone, record_name="_foo", values=["Bar!", "Baz?"],
                  ttl=cdk.Duration.minutes(1))
route53.CnameRecord(stack, "CNAME", zone=private_zone, record_name="www", domain_name="server")
route53.ARecord(stack, "A", zone=private_zone, record_name="test",
                target=route53.RecordTarget.from_ip_addresses("1.2.3.4", "5.6.7.8"))
route53.CaaAmazonRecord(stack, "CaaAmazon", zone=public_zone)
route53.TxtRecord(stack, "TXT", zone=public_zone, values=["this is a very long string" * 10])

cdk.CfnOutput(stack, "PrivateZoneId", value=private_zone.hosted_zone_id)
cdk.CfnOutput(stack, "PublicZoneId", value=public_zone.hosted_zone_id)
app.synth()
