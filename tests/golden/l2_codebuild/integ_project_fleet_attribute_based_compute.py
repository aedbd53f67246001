"""Port of aws-codebuild integ.project-fleet-attribute-based-compute: an ATTRIBUTE_BASED fleet (vCPU, memory,
disk, machine type)."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild

app = cdk.App()
stack = cdk.Stack(app, "AttributeBasedComputeFleetIntegStack")
fleet = codebuild.Fleet(stack, "MyFleet", fleet_name="MyFleet", base_capacity=1,
                        compute_type=codebuild.FleetComputeType.ATTRIBUTE_BASED,
                        environment_type=codebuild.EnvironmentType.LINUX_CONTAINER,
                        compute_configuration=codebuild.ComputeConfiguration(
                            v_cpu=2, memory=cdk.Size.gibibytes(4), disk=cdk.Size.gibibytes(10),
                            machine_type=codebuild.MachineType.GENERAL))
codebuild.Project(stack, "MyProject",
                  build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ['echo "Nothing to do!"']}}}),
                  environment=codebuild.BuildEnvironment(fleet=fleet,
                                                         build_image=codebuild.LinuxBuildImage.STANDARD_7_0))
app.synth()
