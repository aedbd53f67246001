"""Port of aws-cdk's integ.classic-load-balancer-target.ts: A records aliased to an internet-facing classic load
balancer, with and without target health evaluation (IntegTest dropped)."""

import jsii

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as elb
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets


@jsii.implements(targets.IAliasRecordTargetProps)
class AliasProps:
    """The TypeScript's ``{ evaluateTargetHealth: true }`` (a jsii interface: implemented by a class)."""

    def __init__(self, evaluate_target_health=None):
        self._evaluate_target_health = evaluate_target_health

    @property
    def evaluate_target_health(self):
        return self._evaluate_target_health

    @property
    def hosted_zone_id(self):
        return None


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)

        zone = route53.PublicHostedZone(self, "HostedZone", zone_name="test.public")

        vpc = ec2.Vpc(self, "VPC", restrict_default_security_group=False, max_azs=1)

        lb = elb.LoadBalancer(
            self, "LB", vpc=vpc, internet_facing=True,
            listeners=[elb.LoadBalancerListener(external_port=80, allow_connections_from=[ec2.Peer.any_ipv4()])],
            health_check=elb.HealthCheck(port=80),
        )

        route53.ARecord(
            self, "Alias", zone=zone, record_name="classic-load-balancer-without-health-check",
            target=route53.RecordTarget.from_alias(targets.ClassicLoadBalancerTarget(lb)),
        )

        route53.ARecord(
            self, "AliasWithHealthCheck", zone=zone, record_name="classic-load-balancer-with-health-check",
            target=route53.RecordTarget.from_alias(
                targets.ClassicLoadBalancerTarget(lb, AliasProps(evaluate_target_health=True))),
        )


app = cdk.App()
TestStack(app, "aws-cdk-route53-classic-load-balancer-integ")
app.synth()
