"""Port of aws-cdk's aws-route53-targets integ.nlb-alias-target.ts: records aliased to IPv4, default and
dual-stack network load balancers (2.275 always uses the ``dualstack.`` name), one evaluating target health."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets


@jsii.implements(targets.IAliasRecordTargetProps)
class AliasProps:
    """An ``IAliasRecordTargetProps`` (a jsii interface: implemented by a class)."""

    @property
    def evaluate_target_health(self):
        return True

    @property
    def hosted_zone_id(self):
        return None


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-nlb-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
ipv4 = elbv2.NetworkLoadBalancer(stack, "IPv4NLB", vpc=vpc, internet_facing=True,
                                 ip_address_type=elbv2.IpAddressType.IPV4)
default = elbv2.NetworkLoadBalancer(stack, "DefaultNLB", vpc=vpc, internet_facing=True)
dual = elbv2.NetworkLoadBalancer(stack, "DualStackNLB", vpc=vpc, internet_facing=True,
                                 ip_address_type=elbv2.IpAddressType.DUAL_STACK)
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="test.public")
route53.ARecord(zone, "IPv4NLBAlias", zone=zone, record_name="ipv4-nlb",
                target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(ipv4)))
route53.ARecord(zone, "DefaultNLBAlias", zone=zone, record_name="default-nlb",
                target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(default)))
route53.ARecord(zone, "DualStackNLBAlias", zone=zone, record_name="dualstack-nlb",
                target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(dual)))
route53.ARecord(stack, "IPv4NLBAliasWithHealthCheck", zone=zone, record_name="ipv4-nlb-health",
                target=route53.RecordTarget.from_alias(targets.LoadBalancerTarget(ipv4, AliasProps())))
app.synth()
