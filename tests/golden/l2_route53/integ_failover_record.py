"""Port of aws-cdk's aws-route53 integ.failover-record.ts: primary (with a health check) and secondary records."""

import aws_cdk as cdk
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "failover-record")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="cdk.dev")
health_check = route53.HealthCheck(stack, "HealthCheck", type=route53.HealthCheckType.HTTP, fqdn="example.com",
                                   port=80, resource_path="/health", failure_threshold=3,
                                   request_interval=cdk.Duration.seconds(30))
route53.ARecord(stack, "ARecordFailoverPrimary", zone=zone, record_name="failover",
                target=route53.RecordTarget.from_ip_addresses("1.2.3.4"), failover=route53.Failover.PRIMARY,
                health_check=health_check, set_identifier="failover-primary", ttl=cdk.Duration.seconds(60))
route53.ARecord(stack, "ARecordFailoverSecondary", zone=zone, record_name="failover",
                target=route53.RecordTarget.from_ip_addresses("5.6.7.8"), failover=route53.Failover.SECONDARY,
                set_identifier="failover-secondary", ttl=cdk.Duration.seconds(60))
app.synth()
