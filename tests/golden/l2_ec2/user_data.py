"""UserData: Linux with exit trap, signal, S3 download and file execution; Windows; custom; MIME multipart."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "UserDataApp")
bucket = s3.Bucket(stack, "Scripts")

linux = ec2.UserData.for_linux()
linux.add_commands("yum update -y", "echo hello")
path = linux.add_s3_download_command(bucket=bucket, bucket_key="setup.sh", region="eu-west-1")
linux.add_execute_file_command(file_path=path, arguments="--fast")
linux.add_signal_on_exit_command(bucket)
linux.add_on_exit_commands("echo bye")

windows = ec2.UserData.for_windows(persist=True)
windows.add_commands("Write-Host hi")
win_path = windows.add_s3_download_command(bucket=bucket, bucket_key="setup.ps1", local_file="C:/s/setup.ps1")
windows.add_execute_file_command(file_path=win_path)
windows.add_signal_on_exit_command(bucket)

custom = ec2.UserData.custom("#cloud-config\npackages: [git]")
shebang = ec2.UserData.for_linux(shebang="#!/bin/sh")
shebang.add_commands("true")

multipart = ec2.MultipartUserData()
boot = ec2.UserData.for_linux()
boot.add_commands("echo boot")
multipart.add_user_data_part(boot, ec2.MultipartBody.CLOUD_BOOTHOOK, True)
multipart.add_part(ec2.MultipartBody.from_raw_body(content_type="text/plain", body="raw part"))
multipart.add_commands("echo via default")
multipart_sep = ec2.MultipartUserData(parts_separator="abc")
multipart_sep.add_user_data_part(shebang)

for name, user_data in (
    ("Linux", linux),
    ("Windows", windows),
    ("Custom", custom),
    ("Shebang", shebang),
    ("Multipart", multipart),
    ("MultipartSep", multipart_sep),
):
    ec2.CfnLaunchTemplate(
        stack,
        name,
        launch_template_data=ec2.CfnLaunchTemplate.LaunchTemplateDataProperty(
            user_data=cdk.Fn.base64(user_data.render())
        ),
    )
app.synth()
