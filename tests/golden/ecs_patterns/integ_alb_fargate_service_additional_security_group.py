"""aws-cdk integ test fargate/alb-fargate-service-additional-security-group: an imported security group added."""

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_ecs import ContainerImage
from aws_cdk.aws_ecs_patterns import ApplicationLoadBalancedFargateService, ApplicationLoadBalancedTaskImageOptions

app = App(post_cli_context={"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": False})
stack = Stack(app, "aws-ecs-patterns-alb-with-additional-security-group")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)

albfs = ApplicationLoadBalancedFargateService(
    stack,
    "ALBServiceWithAdditionalSecurityGroup",
    vpc=vpc,
    task_image_options=ApplicationLoadBalancedTaskImageOptions(
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    ),
)

security_group_import = ec2.SecurityGroup.from_security_group_id(stack, "SecurityGroup2", "sg-abcdefghijklmnopq")

albfs.service.connections.add_security_group(security_group_import)

app.synth()
