"""Port of aws-cdk's aws-codedeploy server/integ.deployment-group-multiple-load-balancers.ts: one server deployment
group behind a classic LB, an ALB target group and an NLB target group (``IntegTest`` dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as lb
from aws_cdk import aws_elasticloadbalancingv2 as lb2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codedeploy-server-dg-multi-lb")
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
alb = lb2.ApplicationLoadBalancer(stack, "ALB", vpc=vpc)
nlb = lb2.NetworkLoadBalancer(stack, "NLB", vpc=vpc)
listener = alb.add_listener("Listener", protocol=lb2.ApplicationProtocol.HTTP)
target_group = listener.add_targets("Fleet", protocol=lb2.ApplicationProtocol.HTTP)
nlb_listener = nlb.add_listener("Listener", port=80)
nlb_target_group = nlb_listener.add_targets("Fleet", port=80)
codedeploy.ServerDeploymentGroup(
    stack,
    "CodeDeployGroupMultipleLoadBalancers",
    deployment_config=codedeploy.ServerDeploymentConfig.ALL_AT_ONCE,
    auto_scaling_groups=[asg],
    load_balancers=[
        codedeploy.LoadBalancer.classic(elb),
        codedeploy.LoadBalancer.application(target_group),
        codedeploy.LoadBalancer.network(nlb_target_group),
    ],
)
app.synth()
