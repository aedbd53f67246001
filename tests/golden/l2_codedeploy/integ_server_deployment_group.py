"""Port of aws-cdk's aws-codedeploy server/integ.deployment-group.ts: a server deployment group on an Auto Scaling
group behind a classic load balancer, with an alarm and auto-rollback off."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as lb

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codedeploy-server-dg")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)
asg = autoscaling.AutoScalingGroup(
    stack,
    "ASG",
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE),
    machine_image=ec2.AmazonLinuxImage(),
    vpc=vpc,
)
elb = lb.LoadBalancer(stack, "ELB", vpc=vpc)
elb.add_listener(external_port=80)
codedeploy.ServerDeploymentGroup(
    stack,
    "CodeDeployGroup",
    deployment_config=codedeploy.ServerDeploymentConfig.ALL_AT_ONCE,
    auto_scaling_groups=[asg],
    load_balancer=codedeploy.LoadBalancer.classic(elb),
    alarms=[
        cloudwatch.Alarm(
            stack,
            "Alarm1",
            metric=cloudwatch.Metric(metric_name="Errors", namespace="my.namespace"),
            threshold=1,
            evaluation_periods=1,
        )
    ],
    auto_rollback=codedeploy.AutoRollbackConfig(failed_deployment=False, deployment_in_alarm=False),
)
app.synth()
