"""Port of aws-codebuild integ.project-host-kernel: Linux kernel 6, 4 and latest on x86-64 and ARM images."""

from aws_cdk import App, Stack
from aws_cdk.aws_codebuild import BuildEnvironment, BuildSpec, HostKernel, LinuxArmBuildImage, LinuxBuildImage, Project

app = App()
stack = Stack(app, "codebuild-project-host-kernel")
build_spec = BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ["uname -r"]}}})
Project(stack, "Kernel6Project", build_spec=build_spec,
        environment=BuildEnvironment(build_image=LinuxBuildImage.STANDARD_7_0, host_kernel=HostKernel.LINUX_KERNEL_6))
Project(stack, "Kernel4Project", build_spec=build_spec,
        environment=BuildEnvironment(build_image=LinuxBuildImage.STANDARD_7_0, host_kernel=HostKernel.LINUX_KERNEL_4))
Project(stack, "LatestKernelArmProject", build_spec=build_spec,
        environment=BuildEnvironment(build_image=LinuxArmBuildImage.AMAZON_LINUX_2023_STANDARD_3_0,
                                     host_kernel=HostKernel.LINUX_KERNEL_LATEST))
app.synth()
