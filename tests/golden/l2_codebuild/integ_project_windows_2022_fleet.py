"""Port of aws-codebuild integ.project-windows-2022-fleet: a Windows Server 2022 fleet with its base image."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-project-windows-2022-fleet")
fleet = codebuild.Fleet(stack, "MyFleet", fleet_name="MyFleet", base_capacity=1,
                        compute_type=codebuild.FleetComputeType.MEDIUM,
                        environment_type=codebuild.EnvironmentType.WINDOWS_SERVER_2022_CONTAINER)
codebuild.Project(stack, "MyProject",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ['echo "Nothing to do!"']}}}),
                  environment=codebuild.BuildEnvironment(fleet=fleet,
                                                         build_image=codebuild.WindowsBuildImage.WIN_SERVER_CORE_2022_BASE_3_0))
app.synth()
