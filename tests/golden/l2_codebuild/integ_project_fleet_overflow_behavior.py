"""Port of aws-codebuild integ.project-fleet-overflow-behavior: a fleet that overflows to on-demand builds."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "OverflowBehaviorFleetStack")
fleet = codebuild.Fleet(stack, "MyFleet", base_capacity=1, compute_type=codebuild.FleetComputeType.SMALL,
                        environment_type=codebuild.EnvironmentType.LINUX_CONTAINER,
                        overflow_behavior=codebuild.FleetOverflowBehavior.ON_DEMAND)
codebuild.Project(stack, "MyProject",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ['echo "Nothing to do!"']}}}),
                  environment=codebuild.BuildEnvironment(fleet=fleet,
                                                         build_image=codebuild.LinuxBuildImage.STANDARD_7_0))
app.synth()
