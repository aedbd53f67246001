"""Port of aws-cdk's integ.health-checks: ``HealthChecks.ec2`` and additional health check types (2.275 names the
factory ``with_additional_checks``)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "myVpcAuto", restrict_default_security_group=False)
        kinds = dict(
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
            machine_image=ec2.AmazonLinuxImage(),
        )
        autoscaling.AutoScalingGroup(
            self, "EC2HealthChecks", health_checks=autoscaling.HealthChecks.ec2(grace_period=cdk.Duration.seconds(100)),
            **kinds,
        )
        autoscaling.AutoScalingGroup(
            self, "AdditionalHealthChecks",
            health_checks=autoscaling.HealthChecks.with_additional_checks(
                grace_period=cdk.Duration.seconds(100),
                additional_types=[
                    autoscaling.AdditionalHealthCheckType.EBS,
                    autoscaling.AdditionalHealthCheckType.ELB,
                    autoscaling.AdditionalHealthCheckType.VPC_LATTICE,
                ],
            ),
            **kinds,
        )
        autoscaling.AutoScalingGroup(
            self, "HealthChecksWithoutGrace",
            health_checks=autoscaling.HealthChecks.with_additional_checks(
                additional_types=[autoscaling.AdditionalHealthCheckType.ELB]
            ),
            **kinds,
        )


app = cdk.App()
TestStack(app, "integ-health-checks")
app.synth()
