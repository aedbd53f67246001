"""Accelerator, Listener and EndpointGroup options; raw endpoints, weights, regions and imports."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_globalaccelerator as ga
from aws_cdk import aws_globalaccelerator_endpoints as endpoints

app = cdk.App()
stack = cdk.Stack(app, "AcceleratorFeatures", env=cdk.Environment(account="111111111111", region="eu-west-1"))
accelerator = ga.Accelerator(stack, "Accelerator", accelerator_name="my-accelerator", enabled=False,
                             ip_addresses=["1.1.1.1", "2.2.2.2"], ip_address_type=ga.IpAddressType.IPV4)
listener = accelerator.add_listener("Udp", port_ranges=[ga.PortRange(from_port=1000, to_port=2000)],
                                    protocol=ga.ConnectionProtocol.UDP,
                                    client_affinity=ga.ClientAffinity.SOURCE_IP, listener_name="udp")
group = listener.add_endpoint_group(
    "Raw", endpoint_group_name="raw", health_check_interval=cdk.Duration.seconds(10), health_check_path="/ping",
    health_check_port=8080, health_check_protocol=ga.HealthCheckProtocol.HTTP, health_check_threshold=5,
    port_overrides=[ga.PortOverride(listener_port=1000, endpoint_port=8000)], traffic_dial_percentage=50,
    endpoints=[ga.RawEndpoint(endpoint_id="i-123456", weight=10, preserve_client_ip=True, region="us-west-2")])
group.add_endpoint(ga.RawEndpoint(endpoint_id="eipalloc-1234", weight=0))

listener.add_endpoint_group("RegionGiven", region="ap-south-1",
                            endpoints=[ga.RawEndpoint(endpoint_id="i-abc", region="us-east-2")])
listener.add_endpoint_group("Empty")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
nlb = elbv2.NetworkLoadBalancer(stack, "NLB", vpc=vpc)
listener.add_endpoint_group("Nlb", endpoints=[endpoints.NetworkLoadBalancerEndpoint(nlb, weight=255)])
instance = ec2.Instance(stack, "Instance", vpc=vpc, machine_image=ec2.MachineImage.latest_amazon_linux2023(),
                        instance_type=ec2.InstanceType("t3.micro"))
eip = ec2.CfnEIP(stack, "Eip")
listener.add_endpoint_group("Mixed", endpoints=[endpoints.InstanceEndpoint(instance, weight=1),
                                                endpoints.CfnEipEndpoint(eip, weight=2)])

imported = ga.Accelerator.from_accelerator_attributes(
    stack, "ImportedAccelerator", accelerator_arn="arn:aws:globalaccelerator::111111111111:accelerator/abc",
    dns_name="abc.awsglobalaccelerator.com")
ga.Listener(stack, "ImportedAcceleratorListener", accelerator=imported, port_ranges=[ga.PortRange(from_port=443)])
imported_listener = ga.Listener.from_listener_arn(
    stack, "ImportedListener", "arn:aws:globalaccelerator::111111111111:accelerator/abc/listener/def")
ga.EndpointGroup(stack, "OnImportedListener", listener=imported_listener, region="eu-west-1")
imported_group = ga.EndpointGroup.from_endpoint_group_arn(
    stack, "ImportedGroup", "arn:aws:globalaccelerator::111111111111:accelerator/abc/listener/def/endpoint-group/g")

cdk.CfnOutput(stack, "Dns", value=accelerator.dns_name)
cdk.CfnOutput(stack, "DualStackDns", value=accelerator.dual_stack_dns_name)
cdk.CfnOutput(stack, "Ipv4", value=cdk.Fn.join(",", accelerator.ipv4_addresses))
cdk.CfnOutput(stack, "Ipv6", value=cdk.Fn.join(",", accelerator.ipv6_addresses))
cdk.CfnOutput(stack, "AcceleratorRef", value=accelerator.accelerator_ref.accelerator_arn)
cdk.CfnOutput(stack, "ListenerName", value=listener.listener_name)
cdk.CfnOutput(stack, "ListenerRef", value=listener.listener_ref.listener_arn)
cdk.CfnOutput(stack, "GroupName", value=group.endpoint_group_name)
cdk.CfnOutput(stack, "GroupRef", value=group.endpoint_group_ref.endpoint_group_arn)
cdk.CfnOutput(stack, "ImportedGroupArn", value=imported_group.endpoint_group_arn)
cdk.CfnOutput(stack, "ImportedDns", value=imported.dns_name)
app.synth()
