"""Fleets and build hosts beyond the integ tests: a fleet in a VPC with a given role, security group and subnet
selection, connections, an imported fleet, host kernel and Docker server options, run-script build specs of the
Linux and Windows images, and the untrusted-code permissions boundary policy."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "FleetFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, restrict_default_security_group=False)
role = iam.Role(stack, "FleetRole", assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
group = ec2.SecurityGroup(stack, "FleetGroup", vpc=vpc)
fleet = codebuild.Fleet(stack, "VpcFleet", base_capacity=2, compute_type=codebuild.FleetComputeType.LARGE,
                        environment_type=codebuild.EnvironmentType.ARM_CONTAINER, role=role, vpc=vpc,
                        security_groups=[group],
                        subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
                        overflow_behavior=codebuild.FleetOverflowBehavior.QUEUE)
fleet.connections.allow_to_any_ipv4(ec2.Port.tcp(443))
codebuild.Project(stack, "ArmOnFleet",
                  build_spec=codebuild.LinuxArmBuildImage.AMAZON_LINUX_2023_STANDARD_3_0.run_script_buildspec(
                      "build.sh"),
                  environment=codebuild.BuildEnvironment(
                      fleet=fleet, build_image=codebuild.LinuxArmBuildImage.AMAZON_LINUX_2023_STANDARD_3_0))

imported = codebuild.Fleet.from_fleet_arn(
    stack, "Imported", "arn:aws:codebuild:us-east-1:111122223333:fleet/shared-fleet:0123-abcd")
codebuild.Project(stack, "OnImportedFleet",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
                  environment=codebuild.BuildEnvironment(fleet=imported))
cdk.CfnOutput(stack, "ImportedFleetName", value=imported.fleet_name)
cdk.CfnOutput(stack, "FleetArn", value=fleet.fleet_arn)
cdk.CfnOutput(stack, "FleetName", value=fleet.fleet_name)

docker_group = ec2.SecurityGroup(stack, "DockerGroup", vpc=vpc)
codebuild.Project(stack, "DockerServer",
                  build_spec=codebuild.LinuxBuildImage.STANDARD_7_0.run_script_buildspec("run.sh"),
                  environment=codebuild.BuildEnvironment(
                      build_image=codebuild.LinuxBuildImage.STANDARD_7_0,
                      host_kernel=codebuild.HostKernel.LINUX_KERNEL_6,
                      docker_server=codebuild.DockerServerOptions(
                          compute_type=codebuild.DockerServerComputeType.MEDIUM, security_groups=[docker_group])))
codebuild.Project(stack, "DockerServerNoGroups",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2"}),
                  environment=codebuild.BuildEnvironment(
                      docker_server=codebuild.DockerServerOptions(
                          compute_type=codebuild.DockerServerComputeType.SMALL)))
codebuild.Project(stack, "Windows",
                  build_spec=codebuild.WindowsBuildImage.WIN_SERVER_CORE_2022_BASE_3_0.run_script_buildspec(
                      "build.ps1"),
                  environment=codebuild.BuildEnvironment(
                      build_image=codebuild.WindowsBuildImage.WIN_SERVER_CORE_2022_BASE_3_0,
                      compute_type=codebuild.ComputeType.MEDIUM))

codebuild.UntrustedCodeBoundaryPolicy(stack, "Boundary")
codebuild.UntrustedCodeBoundaryPolicy(
    stack, "NamedBoundary", managed_policy_name="untrusted-builds",
    additional_statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::inputs/*"])])
app.synth()
