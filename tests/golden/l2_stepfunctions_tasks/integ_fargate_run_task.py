"""integ.fargate-run-task: Fargate RUN_JOB with a public IP, environment override and task timeout path; a revision
number; propagated tags.

Adapted: the test's `eventhandler-image` folder is written to a temporary folder (same content both sides)."""

import pathlib
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

image_dir = pathlib.Path(tempfile.mkdtemp())
(image_dir / "Dockerfile").write_text("FROM public.ecr.aws/lambda/python:3.12\nCOPY index.py ./\n")
(image_dir / "index.py").write_text("print('event handler')\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-sfn-tasks-ecs-fargate-integ")
cluster = ecs.Cluster(stack, "FargateCluster")
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef", memory_limit_mib=512, cpu=256)
container_definition = task_definition.add_container(
    "TheContainer", image=ecs.ContainerImage.from_asset(str(image_dir)), memory_limit_mib=256,
    logging=ecs.AwsLogDriver(stream_prefix="EventDemo"))
definition = sfn.Pass(stack, "Start", result=sfn.Result.from_object({"SomeKey": "SomeValue", "Timeout": 900})).next(
    tasks.EcsRunTask(
        stack, "FargateTask", integration_pattern=sfn.IntegrationPattern.RUN_JOB, cluster=cluster,
        task_definition=task_definition, assign_public_ip=True,
        container_overrides=[tasks.ContainerOverride(
            container_definition=container_definition,
            environment=[tasks.TaskEnvironmentVariable(name="SOME_KEY", value=sfn.JsonPath.string_at("$.SomeKey"))])],
        launch_target=tasks.EcsFargateLaunchTarget(platform_version=ecs.FargatePlatformVersion.VERSION1_4),
        task_timeout=sfn.Timeout.at("$.Timeout"),
    )).next(
    tasks.EcsRunTask(stack, "FargeateTaskSetRevisionNumber", cluster=cluster, task_definition=task_definition,
                     revision_number=1,
                     launch_target=tasks.EcsFargateLaunchTarget(platform_version=ecs.FargatePlatformVersion.VERSION1_4))
).next(
    tasks.EcsRunTask(stack, "FargeateTaskWithPropagatedTag", cluster=cluster, task_definition=task_definition,
                     launch_target=tasks.EcsFargateLaunchTarget(platform_version=ecs.FargatePlatformVersion.VERSION1_4),
                     propagated_tag_source=ecs.PropagatedTagSource.TASK_DEFINITION))
sm = sfn.StateMachine(stack, "StateMachine", definition=definition)
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
