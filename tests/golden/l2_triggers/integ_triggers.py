"""Port of aws-cdk's triggers integ.triggers.ts: two trigger functions and three triggers ordered against topics and
a queue (the IntegTest assertion stack is left out; pycdk's own trigger handler, masked)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import triggers

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "MyStack")

topic1 = sns.Topic(stack, "Topic1")
topic2 = sns.Topic(stack, "Topic2")

trigger_function = triggers.TriggerFunction(
    stack, "MyTriggerFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline('exports.handler = function() { console.log("hi"); };'),
    execute_before=[topic1],
)

assertion_queue = sqs.Queue(stack, "TestQueue", queue_name="trigger-assertion-queue")

func = lambda_.Function(
    stack, "MyLambdaFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    timeout=cdk.Duration.minutes(15),
    code=lambda_.Code.from_inline(
        'exports.handler = async function() { await setTimeout(() => {console.log("hi")}, 3*60*1000); };'),
)

trigger = triggers.Trigger(
    stack, "MyTrigger",
    handler=func,
    invocation_type=triggers.InvocationType.EVENT,
    timeout=cdk.Duration.minutes(1),
    execute_after=[topic1],
)

lib_dir = os.path.join(tempfile.mkdtemp(prefix="pycdk-golden-triggers-"), "lib")
os.makedirs(lib_dir)
with open(os.path.join(lib_dir, "index.js"), "w") as f:
    f.write("exports.handler = async () => { /* sends 'hello world!' to QUEUE_URL */ };\n")

func_with_assertion = lambda_.Function(
    stack, "MyAssertionLambdaFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    timeout=cdk.Duration.minutes(15),
    code=lambda_.Code.from_asset(lib_dir),
    environment={"QUEUE_URL": assertion_queue.queue_url},
)
assertion_queue.grant_send_messages(func_with_assertion)

triggers.Trigger(
    stack, "MyAssertionTrigger",
    handler=func_with_assertion,
    invocation_type=triggers.InvocationType.REQUEST_RESPONSE,
    timeout=cdk.Duration.minutes(1),
    execute_after=[assertion_queue],
)

trigger_function.execute_after(topic2)
trigger.execute_after(topic2)

triggers.TriggerFunction(
    stack, "MySecondFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline('exports.handler = function() { console.log("hello"); };'),
)

triggers.Trigger(stack, "MyDefaultPropTrigger", handler=func)

app.synth()
