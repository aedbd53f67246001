"""Port of aws-codebuild integ.project-macos-fleet-base26: an unnamed MAC_ARM fleet with the macOS 26 image."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-project-macos-base26")
fleet = codebuild.Fleet(stack, "MacOsFleet", base_capacity=1, compute_type=codebuild.FleetComputeType.MEDIUM,
                        environment_type=codebuild.EnvironmentType.MAC_ARM)
codebuild.Project(stack, "MacOsProject",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ['echo "Nothing to do!"']}}}),
                  environment=codebuild.BuildEnvironment(fleet=fleet, build_image=codebuild.MacBuildImage.BASE_26,
                                                         compute_type=codebuild.ComputeType.MEDIUM))
app.synth()
