"""Port of aws-codebuild integ.project-windows-image: the Windows Server Core 2019 images with their default
compute type (one stack each)."""

from aws_cdk import App, Stack
from aws_cdk.aws_codebuild import BuildEnvironment, BuildSpec, Project, WindowsBuildImage

app = App()
for stack_id, image in (("WinCore2019-1", WindowsBuildImage.WIN_SERVER_CORE_2019_BASE),
                        ("WinCore2019-2", WindowsBuildImage.WIN_SERVER_CORE_2019_BASE_2_0),
                        ("WinCore2019-3", WindowsBuildImage.WIN_SERVER_CORE_2019_BASE_3_0)):
    stack = Stack(app, stack_id)
    Project(stack, "Project", build_spec=BuildSpec.from_object({"version": "0.2"}),
            environment=BuildEnvironment(build_image=image, compute_type=image.default_compute_type))
app.synth()
