"""Runtimes in a VPC: a created security group, given groups and subnets, connections; an imported runtime's."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "AgentCoreVpc")

# no default-SG restriction: under the recommended flags its handler (own code) would change the asset manifest
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/agent:latest"
runtime = agentcore.Runtime(
    stack,
    "VpcRuntime",
    runtime_name="vpc_runtime",
    agent_runtime_artifact=agentcore.AgentRuntimeArtifact.from_image_uri(uri),
    network_configuration=agentcore.RuntimeNetworkConfiguration.using_vpc(stack, vpc=vpc, allow_all_outbound=False),
)
runtime.connections.allow_to_any_ipv4(ec2.Port.tcp(443))

group = ec2.SecurityGroup(stack, "Given", vpc=vpc)
second = agentcore.Runtime(
    stack,
    "GivenGroups",
    agent_runtime_artifact=agentcore.AgentRuntimeArtifact.from_image_uri(uri),
    network_configuration=agentcore.RuntimeNetworkConfiguration.using_vpc(
        stack, vpc=vpc, security_groups=[group], vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)
    ),
)
second.connections.allow_from(runtime, ec2.Port.tcp(8080))

imported = agentcore.Runtime.from_agent_runtime_attributes(
    stack,
    "Imported",
    agent_runtime_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/imported-abcdefghij",
    agent_runtime_id="imported-abcdefghij",
    agent_runtime_name="imported",
    role_arn="arn:aws:iam::123456789012:role/imported",
    security_groups=[ec2.SecurityGroup.from_security_group_id(stack, "ImportedGroup", "sg-12345678")],
)
imported.connections.allow_from(runtime, ec2.Port.tcp(9000))
app.synth()
