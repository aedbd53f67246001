"""Port of aws-cdk's integ.external-role: a group with a role created outside it."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as asg
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC", restrict_default_security_group=False)
        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
        asg.AutoScalingGroup(
            self, "ASG",
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.MICRO),
            vpc=vpc, machine_image=ec2.AmazonLinuxImage(), role=role,
        )


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
TestStack(app, "integ-iam-external-role")
app.synth()
