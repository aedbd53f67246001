"""A hosted zone with record sets (simple, alias, weighted) and a health check."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "L1Route53")

zone = route53.CfnHostedZone(
    stack,
    "Zone",
    name="golden.example.com",
    hosted_zone_config={"comment": "golden zone"},
    hosted_zone_tags=[route53.CfnHostedZone.HostedZoneTagProperty(key="zone", value="golden")],
)
check = route53.CfnHealthCheck(
    stack,
    "Check",
    health_check_config=route53.CfnHealthCheck.HealthCheckConfigProperty(
        type="HTTPS", fully_qualified_domain_name="api.golden.example.com", resource_path="/health", request_interval=30
    ),
)
route53.CfnRecordSet(
    stack,
    "Www",
    hosted_zone_id=zone.ref,
    name="www.golden.example.com",
    type="CNAME",
    ttl="300",
    resource_records=["golden.example.com"],
)
route53.CfnRecordSet(
    stack,
    "Apex",
    hosted_zone_id=zone.ref,
    name="golden.example.com",
    type="A",
    alias_target=route53.CfnRecordSet.AliasTargetProperty(
        dns_name="d111111abcdef8.cloudfront.net", hosted_zone_id="Z2FDTNDATAQYW2"
    ),
)
route53.CfnRecordSet(
    stack,
    "Weighted",
    hosted_zone_id=zone.ref,
    name="api.golden.example.com",
    type="A",
    ttl="60",
    resource_records=["192.0.2.1"],
    set_identifier="blue",
    weight=80,
    health_check_id=check.ref,
)

cdk.CfnOutput(stack, "NameServers", value=cdk.Fn.join(",", zone.attr_name_servers))

app.synth()
