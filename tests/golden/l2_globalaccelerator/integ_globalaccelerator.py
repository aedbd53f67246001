"""Port of aws-cdk's aws-globalaccelerator-endpoints integ.globalaccelerator.ts: every kind of endpoint in one group,
and an ALB rule from the accelerator's security group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_globalaccelerator as ga
from aws_cdk import aws_globalaccelerator_endpoints as endpoints


class GaStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
        accelerator = ga.Accelerator(self, "Accelerator")
        listener = ga.Listener(self, "Listener", accelerator=accelerator,
                               port_ranges=[ga.PortRange(from_port=80, to_port=80)])
        alb = elbv2.ApplicationLoadBalancer(self, "ALB", vpc=vpc, internet_facing=True)
        nlb = elbv2.NetworkLoadBalancer(self, "NLB", vpc=vpc, internet_facing=True)
        eip = ec2.CfnEIP(self, "ElasticIpAddress")
        instances = [ec2.Instance(self, f"Instance{i}", vpc=vpc, machine_image=ec2.AmazonLinuxImage(),
                                  instance_type=ec2.InstanceType("t3.small")) for i in range(2)]
        group = ga.EndpointGroup(self, "Group", listener=listener, endpoints=[
            endpoints.ApplicationLoadBalancerEndpoint(alb),
            endpoints.ApplicationLoadBalancerEndpoint(alb, preserve_client_ip=True),
            endpoints.NetworkLoadBalancerEndpoint(nlb),
            endpoints.NetworkLoadBalancerEndpoint(nlb, preserve_client_ip=True),
            endpoints.CfnEipEndpoint(eip),
            endpoints.InstanceEndpoint(instances[0]),
            endpoints.InstanceEndpoint(instances[1]),
        ])
        alb.connections.allow_from(group.connections_peer("Peer", vpc), ec2.Port.tcp(443))


app = cdk.App()
GaStack(app, "integ-globalaccelerator")
app.synth()
