"""aws-cdk integ test ec2/multiple-application-load-balanced-ecs-service: one ALB, two target groups, a path rule."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import InstanceType, Vpc
from aws_cdk.aws_ecs import Cluster, ContainerImage, Ec2TaskDefinition
from aws_cdk.aws_ecs_patterns import ApplicationMultipleTargetGroupsEc2Service, ApplicationTargetProps

app = App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions": False,
        "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
    }
)
stack = Stack(app, "aws-ecs-integ-multiple-alb")
vpc = Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = Cluster(stack, "Cluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=InstanceType("t2.micro"))

task_definition = Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container(
    "web",
    image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    command=[
        "sh",
        "-c",
        "printf 'Listen 90\n <VirtualHost *:90>\n DocumentRoot /var/www/html\n ServerName localhost\n</VirtualHost>' "
        "> /etc/httpd/conf.d/default-90.conf && /usr/sbin/apache2 -D FOREGROUND",
    ],
    memory_limit_mib=256,
)

service = ApplicationMultipleTargetGroupsEc2Service(
    stack,
    "myService",
    cluster=cluster,
    task_definition=task_definition,
    enable_execute_command=True,
    target_groups=[
        ApplicationTargetProps(container_port=80),
        ApplicationTargetProps(container_port=90, path_pattern="a/b/c", priority=10),
    ],
)

for sg in service.load_balancer.connections.security_groups:
    sg.node.default_child.add_metadata("guard", {"SuppressedRules": ["EC2_NO_OPEN_SECURITY_GROUPS"]})

app.synth()
