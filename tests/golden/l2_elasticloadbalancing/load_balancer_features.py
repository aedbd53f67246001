"""Classic LB features: internal LB in chosen subnets, HTTPS/SSL/TCP listeners with inferred and explicit
protocols, policies and certificates, restricted and empty allow-lists, health checks of every protocol, cross-zone
off, access logs, ASG and instance targets added before and after listeners, listener ports, attributes, an
empty LB."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as elb

app = cdk.App()
stack = cdk.Stack(app, "ClassicLbFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
asg = autoscaling.AutoScalingGroup(
    stack,
    "Fleet",
    vpc=vpc,
    instance_type=ec2.InstanceType("t3.micro"),
    machine_image=ec2.MachineImage.generic_linux({"us-east-1": "ami-12345678"}),
)
peer_sg = ec2.SecurityGroup(stack, "PeerSg", vpc=vpc)
lb = elb.LoadBalancer(
    stack,
    "Internal",
    vpc=vpc,
    cross_zone=False,
    subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC, one_per_az=True),
    health_check=elb.HealthCheck(
        port=8443,
        protocol=elb.LoadBalancingProtocol.HTTPS,
        path="/health",
        healthy_threshold=3,
        unhealthy_threshold=4,
        interval=cdk.Duration.minutes(1),
        timeout=cdk.Duration.seconds(10),
    ),
    access_logging_policy=elb.CfnLoadBalancer.AccessLoggingPolicyProperty(
        enabled=True, s3_bucket_name="my-logs", emit_interval=5, s3_bucket_prefix="elb"
    ),
    targets=[asg],
    listeners=[
        elb.LoadBalancerListener(
            external_port=443,
            internal_port=80,
            ssl_certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/abc",
            policy_names=["ELBSecurityPolicy-2016-08"],
        ),
    ],
)
ssl = lb.add_listener(
    external_port=8443,
    external_protocol=elb.LoadBalancingProtocol.SSL,
    internal_port=9000,
    allow_connections_from=[peer_sg],
)
lb.add_listener(
    external_port=7000,
    external_protocol=elb.LoadBalancingProtocol.TCP,
    internal_protocol=elb.LoadBalancingProtocol.TCP,
    allow_connections_from=[],
)
lb.add_listener(external_port=8080, external_protocol=elb.LoadBalancingProtocol.HTTP)
ssl.connections.allow_default_port_from(ec2.Peer.ipv4("10.0.0.0/16"), "from the VPC")
instance = ec2.Instance(
    stack,
    "Web",
    vpc=vpc,
    instance_type=ec2.InstanceType("t3.micro"),
    machine_image=ec2.MachineImage.generic_linux({"us-east-1": "ami-12345678"}),
)
lb.add_target(elb.InstanceTarget(instance))
lb.listener_ports[0].connections.allow_default_port_from_any_ipv4("anyone on 443")

tcp_lb = elb.LoadBalancer(
    stack,
    "TcpHealth",
    vpc=vpc,
    internet_facing=True,
    health_check=elb.HealthCheck(port=22),
)
http_lb = elb.LoadBalancer(
    stack,
    "HttpHealth",
    vpc=vpc,
    health_check=elb.HealthCheck(port=80, path="/ping"),
    listeners=[elb.LoadBalancerListener(external_port=80)],
)
http_lb.add_listener(external_port=443, external_protocol=elb.LoadBalancingProtocol.HTTPS, internal_port=8443)
cdk.CfnOutput(stack, "Name", value=lb.load_balancer_name)
cdk.CfnOutput(stack, "Dns", value=lb.load_balancer_dns_name)
cdk.CfnOutput(stack, "ZoneName", value=lb.load_balancer_canonical_hosted_zone_name)
cdk.CfnOutput(stack, "ZoneId", value=lb.load_balancer_canonical_hosted_zone_name_id)
cdk.CfnOutput(stack, "SgName", value=tcp_lb.load_balancer_source_security_group_group_name)
cdk.CfnOutput(stack, "SgOwner", value=tcp_lb.load_balancer_source_security_group_owner_alias)
cdk.CfnOutput(stack, "RefName", value=http_lb.load_balancer_ref.load_balancer_name)
app.synth()
