"""Active tracing set through each construct's own option: what pycdk's xray.enable_tracing must reproduce.

tests/l2/xray/test_xray_l1_equivalence.py builds the same stack without the options, calls
xray.enable_tracing on each construct, and compares byte for byte.
"""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "TracingSwitch")

fn = lambda_.Function(
    stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
    tracing=lambda_.Tracing.ACTIVE,
)
api = apigateway.LambdaRestApi(stack, "Api", handler=fn,
                               deploy_options=apigateway.StageOptions(tracing_enabled=True))
machine = sfn.StateMachine(stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Hi")),
                           tracing_enabled=True)
# what xray.enable_tracing(task) adds to an ECS task: the X-Ray daemon sidecar and its managed policy
task = ecs.FargateTaskDefinition(stack, "Task")
task.add_container("app", image=ecs.ContainerImage.from_registry("public.ecr.aws/docker/library/nginx:latest"),
                   memory_limit_mib=512)
task.add_container("xray-daemon", image=ecs.ContainerImage.from_registry("public.ecr.aws/xray/aws-xray-daemon:latest"),
                   cpu=32, memory_reservation_mib=256,
                   port_mappings=[ecs.PortMapping(container_port=2000, protocol=ecs.Protocol.UDP)])
task.task_role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AWSXRayDaemonWriteAccess"))
app.synth()
