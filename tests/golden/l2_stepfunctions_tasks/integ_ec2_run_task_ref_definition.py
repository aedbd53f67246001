"""integ.ec2-run-task-ref-definition: an override naming the container only, fixRunEcsTaskPolicy off.

Adapted: the test's `eventhandler-image` folder is written to a temporary folder (same content both sides)."""

import pathlib
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

image_dir = pathlib.Path(tempfile.mkdtemp())
(image_dir / "Dockerfile").write_text("FROM public.ecr.aws/lambda/python:3.12\nCOPY index.py ./\n")
(image_dir / "index.py").write_text("print('event handler')\n")

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                                "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
                                "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
                                "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
stack = cdk.Stack(app, "aws-sfn-tasks-ecs-run-task-ref-task-definition")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
stack.node.set_context("@aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy", False)
cluster = ecs.Cluster(stack, "Ec2Cluster")
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"),
                     vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
container_definition = task_definition.add_container(
    "Container", image=ecs.ContainerImage.from_asset(str(image_dir)), memory_limit_mib=256)
definition = sfn.Pass(stack, "Start", result=sfn.Result.from_object({"SomeKey": "SomeValue"})).next(
    tasks.EcsRunTask(stack, "Run", integration_pattern=sfn.IntegrationPattern.RUN_JOB, cluster=cluster,
                     task_definition=task_definition,
                     container_overrides=[tasks.ContainerOverride(container_definition=container_definition)],
                     launch_target=tasks.EcsEc2LaunchTarget()))
sfn.StateMachine(stack, "StateMachine", definition=definition)
app.synth()
