"""A VPC endpoint service in front of a (stand-in) network load balancer, with principals, regions, IP types and
Contributor Insights, its name in a region with a facts prefix; VPN connection metrics (instance and account-wide),
an imported VPN connection, and alarms on them."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam


@jsii.implements(ec2.IVpcEndpointServiceLoadBalancer)
class DummyLoadBalancer:
    def __init__(self, arn):
        self._arn = arn

    @property
    def load_balancer_arn(self):
        return self._arn


app = cdk.App()
stack = cdk.Stack(app, "EndpointService", env={"account": "123456789012", "region": "us-east-1"})
service = ec2.VpcEndpointService(
    stack,
    "Service",
    vpc_endpoint_service_load_balancers=[
        DummyLoadBalancer("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/a/1")],
    acceptance_required=False,
    contributor_insights=True,
    supported_ip_address_types=[ec2.IpAddressType.IPV4, ec2.IpAddressType.IPV6],
    allowed_regions=["us-east-1", "eu-west-1"],
    allowed_principals=[iam.ArnPrincipal("arn:aws:iam::123456789012:root")],
)
cdk.CfnOutput(stack, "ServiceName", value=service.vpc_endpoint_service_name)
cdk.CfnOutput(stack, "ServiceId", value=service.vpc_endpoint_service_id)
agnostic = cdk.Stack(app, "Agnostic")
plain = ec2.VpcEndpointService(agnostic, "Plain", vpc_endpoint_service_load_balancers=[
    DummyLoadBalancer("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/b/2")])
cdk.CfnOutput(agnostic, "PlainName", value=plain.vpc_endpoint_service_name)

vpc = ec2.Vpc(agnostic, "Vpc", max_azs=1, nat_gateways=0, restrict_default_security_group=False,
              vpn_gateway=True)
vpn = vpc.add_vpn_connection("Vpn", ip="1.2.3.4", static_routes=["10.1.0.0/16"])
cloudwatch.Alarm(agnostic, "TunnelDown", metric=vpn.metric_tunnel_state(period=cdk.Duration.minutes(1)),
                 threshold=1, evaluation_periods=1, comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD)
cloudwatch.Alarm(agnostic, "DataIn", metric=vpn.metric_tunnel_data_in(), threshold=10, evaluation_periods=2)
cloudwatch.Alarm(agnostic, "DataOut", metric=vpn.metric_tunnel_data_out(statistic="Maximum"), threshold=10,
                 evaluation_periods=2)
cloudwatch.Alarm(agnostic, "AllState", metric=ec2.VpnConnection.metric_all_tunnel_state(), threshold=1,
                 evaluation_periods=1)
cloudwatch.Alarm(agnostic, "AllIn", metric=ec2.VpnConnection.metric_all_tunnel_data_in(label="in"), threshold=1,
                 evaluation_periods=1)
cloudwatch.Alarm(agnostic, "AllOut", metric=ec2.VpnConnection.metric_all_tunnel_data_out(), threshold=1,
                 evaluation_periods=1)
imported = ec2.VpnConnection.from_vpn_connection_attributes(
    agnostic, "Imported", customer_gateway_asn=65000, customer_gateway_id="cgw-1", customer_gateway_ip="5.6.7.8",
    vpn_id="vpn-1")
cloudwatch.Alarm(agnostic, "ImportedState", metric=imported.metric("TunnelState"), threshold=1, evaluation_periods=1)
cdk.CfnOutput(agnostic, "CustomerGateway", value=vpn.customer_gateway_id)
app.synth()
