"""Port of aws-codebuild integ.project-fleet-custom-instance-type: CUSTOM_INSTANCE_TYPE fleets with and without a
disk size, in a VPC, and in a VPC with subnet selection and given security groups (four stacks)."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ec2 as ec2

T3_MEDIUM = ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MEDIUM)
configurations = [
    {"compute_configuration": codebuild.ComputeConfiguration(instance_type=T3_MEDIUM)},
    {"compute_configuration": codebuild.ComputeConfiguration(instance_type=T3_MEDIUM, disk=cdk.Size.gibibytes(10))},
    {"compute_configuration": codebuild.ComputeConfiguration(instance_type=T3_MEDIUM),
     "vpc_props": {"max_azs": 1, "restrict_default_security_group": False}},
    {"compute_configuration": codebuild.ComputeConfiguration(instance_type=T3_MEDIUM),
     "vpc_props": {"max_azs": 1},
     "subnet_selection": ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
     "security_group_props": [{"allow_all_outbound": True}, {"allow_all_ipv6_outbound": True}]},
]

app = cdk.App()
for index, config in enumerate(configurations):
    stack = cdk.Stack(app, f"CustomInstanceTypeComputeFleetIntegStack{index}")
    vpc = None
    security_groups = None
    if "vpc_props" in config:
        vpc = ec2.Vpc(stack, "Vpc", **config["vpc_props"])
        if "security_group_props" in config:
            security_groups = [ec2.SecurityGroup(stack, f"SecurityGroup{i}", vpc=vpc, **props)
                               for i, props in enumerate(config["security_group_props"])]
    fleet = codebuild.Fleet(stack, "MyFleet", base_capacity=1,
                            compute_type=codebuild.FleetComputeType.CUSTOM_INSTANCE_TYPE,
                            compute_configuration=config["compute_configuration"],
                            environment_type=codebuild.EnvironmentType.LINUX_CONTAINER,
                            vpc=vpc, security_groups=security_groups,
                            subnet_selection=config.get("subnet_selection"))
    codebuild.Project(stack, "MyProject",
                      build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ['echo "Nothing to do!"']}}}),
                      environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_7_0,
                                                             fleet=fleet))
app.synth()
