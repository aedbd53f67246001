"""Port of aws-cdk's integ.instance-multipart-userdata: an instance whose user data is MIME multipart (user data
parts, a boothook, raw parts with tokens)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_iam import PolicyStatement

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "VPC")
        multipart = ec2.MultipartUserData()
        user_data1 = ec2.UserData.for_linux()
        user_data1.add_commands("echo 大らと > /var/tmp/echo1")
        user_data1.add_commands("cp /var/tmp/echo1 /var/tmp/echo1-copy")
        user_data2 = ec2.UserData.for_linux()
        user_data2.add_commands(f"echo 大らと {vpc.vpc_id}  > /var/tmp/echo2")
        raw_part1 = ec2.MultipartBody.from_raw_body(content_type="text/x-shellscript",
                                                    body='echo "RawPart" > /var/tmp/rawPart1')
        raw_part2 = ec2.MultipartBody.from_raw_body(content_type="text/x-shellscript",
                                                    body=f'echo "RawPart {vpc.vpc_id}" > /var/tmp/rawPart2')
        boot_hook = ec2.UserData.for_linux()
        boot_hook.add_commands(
            'echo "Boothook2" > /var/tmp/boothook',
            "cloud-init-per once docker_options echo 'OPTIONS=\"${OPTIONS} --storage-opt dm.basesize=20G\"' >> "
            "/etc/sysconfig/docker",
        )
        multipart.add_part(ec2.MultipartBody.from_user_data(user_data1))
        multipart.add_part(ec2.MultipartBody.from_user_data(user_data2))
        multipart.add_part(ec2.MultipartBody.from_user_data(boot_hook, "text/cloud-boothook"))
        raw_part3 = ec2.MultipartBody.from_raw_body(
            content_type="text/x-shellscript",
            body="cp $0 /var/tmp/upstart # Should be one line file no new line at the end and beginning",
        )
        multipart.add_part(raw_part1)
        multipart.add_part(raw_part2)
        multipart.add_part(raw_part3)
        instance = ec2.Instance(
            self,
            "Instance",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.NANO),
            machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
            user_data=multipart,
        )
        instance.add_to_role_policy(PolicyStatement(
            actions=["ssm:*", "ssmmessages:*", "ec2messages:GetMessages"], resources=["*"]))
        instance.connections.allow_from_any_ipv4(ec2.Port.icmp_ping())


TestStack(app, "TestStackMultipartUserData")
app.synth()
