"""Machine images: Windows (latest_windows, a deprecated version name), Amazon Linux 2022/2023/2 SSM-parameter
images (constructed directly: looked up in context by default), generic Linux/Windows maps, the deprecated
GenericSSMParameterImage, at-launch resolution with a version, a lookup by name, and a Windows instance with
CloudFormation Init (packages, commands with waits, services)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "Images", env={"account": "123456789012", "region": "us-east-1"})


def out(name, image):
    cfg = image.get_image(stack)
    cdk.CfnOutput(stack, name, value=cfg.image_id)


out("Win", ec2.MachineImage.latest_windows(ec2.WindowsVersion.WINDOWS_SERVER_2019_ENGLISH_FULL_BASE))
out("WinOld", ec2.WindowsImage(ec2.WindowsVersion.WINDOWS_SERVER_2022_JAPANESE_FULL_BASE))
out("Al2022", ec2.MachineImage.latest_amazon_linux2022(cpu_type=ec2.AmazonLinuxCpuType.ARM_64))
out("Al2023Param", ec2.AmazonLinux2023ImageSsmParameter(edition=ec2.AmazonLinuxEdition.MINIMAL))
out("Al2Param", ec2.AmazonLinux2ImageSsmParameter(kernel=ec2.AmazonLinux2Kernel.KERNEL_5_10, cached_in_context=False))
out("Al2022Param", ec2.AmazonLinux2022ImageSsmParameter(kernel=ec2.AmazonLinux2022Kernel.KERNEL_5_15,
                                                        cached_in_context=False))
out("GenLinux", ec2.GenericLinuxImage({"us-east-1": "ami-linux"}))
out("GenWindows", ec2.GenericWindowsImage({"us-east-1": "ami-windows"}))
out("Deprecated", ec2.GenericSSMParameterImage("/my/ami", ec2.OperatingSystemType.LINUX))
out("AtLaunch", ec2.MachineImage.resolve_ssm_parameter_at_launch("/my/ami", parameter_version="3"))
out("Lookup", ec2.MachineImage.lookup(name="my-ami-*", owners=["amazon"], windows=True))
out("FromSsm", ec2.MachineImage.from_ssm_parameter("/other/ami", os=ec2.OperatingSystemType.WINDOWS))
cdk.CfnOutput(stack, "Al2Name", value=ec2.AmazonLinux2ImageSsmParameter.ssm_parameter_name(
    storage=ec2.AmazonLinuxStorage.EBS, virtualization=ec2.AmazonLinuxVirt.PV))

vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, restrict_default_security_group=False,
              subnet_configuration=[ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC)])
handle = ec2.InitServiceRestartHandle()
ec2.Instance(
    stack,
    "Windows",
    vpc=vpc,
    instance_type=ec2.InstanceType("t3.large"),
    machine_image=ec2.MachineImage.latest_windows(ec2.WindowsVersion.WINDOWS_SERVER_2022_ENGLISH_FULL_BASE),
    init=ec2.CloudFormationInit.from_elements(
        ec2.InitPackage.msi("https://example.com/app.msi", service_restart_handles=[handle]),
        ec2.InitPackage.msi("https://example.com/other.msi", key="other"),
        ec2.InitCommand.shell_command("echo hi", wait_after_completion=ec2.InitCommandWaitDuration.of(
            cdk.Duration.seconds(10)), service_restart_handles=[handle]),
        ec2.InitCommand.shell_command("shutdown /r", key="reboot", wait_after_completion=ec2.InitCommandWaitDuration.forever()),
        ec2.InitCommand.shell_command("echo done", wait_after_completion=ec2.InitCommandWaitDuration.none()),
        ec2.InitFile.from_url("c:\\\\app\\\\config.json", "https://example.com/config.json",
                              service_restart_handles=[handle]),
        ec2.InitService.enable("w3svc", service_restart_handle=handle),
        ec2.InitService.disable("spooler"),
        ec2.InitSource.from_git_hub("c:\\\\src", "aws", "aws-cdk", service_restart_handles=[handle]),
    ),
    init_options=ec2.ApplyCloudFormationInitOptions(ignore_failures=True, print_log=True, include_role=True,
                                                    include_url=True, config_sets=["default"]),
)
app.synth()
