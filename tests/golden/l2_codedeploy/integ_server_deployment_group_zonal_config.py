"""Port of aws-cdk integ server/integ.deployment-group-zonal-config.ts: a server deployment group behind an ALB
target group, with a zonal ServerDeploymentConfig and an alarm."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "Stack")

vpc = ec2.Vpc(stack, "Vpc")
asg = autoscaling.AutoScalingGroup(
    stack, "Asg",
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.LARGE),
    machine_image=ec2.AmazonLinuxImage(),
    vpc=vpc,
)

elb = elbv2.ApplicationLoadBalancer(stack, "Elb", vpc=vpc)
listener = elb.add_listener("Listener", port=80, open=True)
target_group = listener.add_targets("Target", port=80, targets=[asg])

codedeploy.ServerDeploymentGroup(
    stack, "CodeDeployGroup",
    deployment_config=codedeploy.ServerDeploymentConfig(
        stack, "DeploymentConfig",
        minimum_healthy_hosts=codedeploy.MinimumHealthyHosts.count(1),
        zonal_config=codedeploy.ZonalConfig(
            monitor_duration=cdk.Duration.seconds(0),
            first_zone_monitor_duration=cdk.Duration.minutes(0),
            minimum_healthy_hosts_per_zone=codedeploy.MinimumHealthyHostsPerZone.count(1),
        ),
    ),
    auto_scaling_groups=[asg],
    load_balancers=[codedeploy.LoadBalancer.application(target_group)],
    alarms=[
        cloudwatch.Alarm(stack, "Alarm1",
                         metric=cloudwatch.Metric(metric_name="Errors", namespace="my.namespace"),
                         threshold=1, evaluation_periods=1),
    ],
    auto_rollback=codedeploy.AutoRollbackConfig(failed_deployment=False, deployment_in_alarm=False),
)

app.synth()
