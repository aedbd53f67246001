"""Port of aws-cdk's integ.extension.ts: extensions to Lambda, SQS, SNS and EventBridge, associated with an application."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_appconfig import (
    Action,
    ActionPoint,
    Application,
    ConfigurationContent,
    DeploymentStrategy,
    EventBridgeDestination,
    Extension,
    HostedConfiguration,
    LambdaDestination,
    Parameter,
    RolloutStrategy,
    SnsDestination,
    SqsDestination,
)
from aws_cdk.aws_events import EventBus
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_sns import Topic
from aws_cdk.aws_sqs import Queue

cdk_app = App()
stack = Stack(cdk_app, "aws-appconfig-extension")

fn = Function(
    stack,
    "MyFunction",
    runtime=Runtime.PYTHON_3_8,
    handler="index.handler",
    code=Code.from_inline("def handler(event, context):\n\tprint('The function has been invoked.')"),
)
app = Application(stack, "MyApplication", application_name="AppForExtensionTest")
lambda_extension = Extension(
    stack,
    "MyLambdaExtension",
    actions=[
        Action(
            action_points=[
                ActionPoint.PRE_CREATE_HOSTED_CONFIGURATION_VERSION,
                ActionPoint.ON_DEPLOYMENT_START,
                ActionPoint.AT_DEPLOYMENT_TICK,
            ],
            event_destination=LambdaDestination(fn),
        )
    ],
)
app.add_extension(lambda_extension)

queue = Queue(stack, "MyQueue")
queue_extension = Extension(
    stack,
    "MyQueueExtension",
    actions=[Action(action_points=[ActionPoint.ON_DEPLOYMENT_START], event_destination=SqsDestination(queue))],
)
app.add_extension(queue_extension)

topic = Topic(stack, "MyTopic")
topic_extension = Extension(
    stack,
    "MyTopicExtension",
    actions=[Action(action_points=[ActionPoint.ON_DEPLOYMENT_START], event_destination=SnsDestination(topic))],
)
app.add_extension(topic_extension)

bus = EventBus.from_event_bus_name(stack, "MyEventBus", "default")
bus_extension = Extension(
    stack,
    "MyEventBusExtension",
    actions=[
        Action(
            action_points=[ActionPoint.ON_DEPLOYMENT_START],
            event_destination=EventBridgeDestination(bus),
            description="My event bus action",
            name="MyEventBusPreHostedConfigVersionAction",
        )
    ],
    parameters=[Parameter.required("testParam", "true"), Parameter.not_required("testNotRequiredParam")],
)
app.add_extension(bus_extension)

env = app.add_environment("MyEnv")
hosted_config = HostedConfiguration(
    stack,
    "HostedConfiguration",
    application=app,
    content=ConfigurationContent.from_inline_json("This is my configuration content"),
    deploy_to=[env],
    deployment_strategy=DeploymentStrategy(
        stack,
        "MyDeployStrategy",
        rollout_strategy=RolloutStrategy.linear(growth_factor=100, deployment_duration=Duration.minutes(0)),
    ),
)
hosted_config.node.add_dependency(lambda_extension, topic_extension, bus_extension, queue_extension)
cdk_app.synth()
