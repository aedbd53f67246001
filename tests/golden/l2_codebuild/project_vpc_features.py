"""VPC projects: a generated security group (allow_all_outbound false), public subnets, two projects sharing a role
(one network-interface policy), connections."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "CodeBuildVpc")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
role = iam.Role(stack, "Shared", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
spec = codebuild.BuildSpec.from_object({"version": "0.2"})
a = codebuild.Project(stack, "A", build_spec=spec, vpc=vpc, allow_all_outbound=False, role=role)
b = codebuild.PipelineProject(
    stack, "B", vpc=vpc, role=role, subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)
)
a.connections.allow_to(b.connections.security_groups[0], ec2.Port.tcp(443))
app.synth()
