"""Correct pycdk code: mypy --strict and pyright report nothing here (``tests/typing/test_type_checkers.py``).

Each concrete construct is also assigned to the interface aws-cdk-lib types it with, so a class that stops
satisfying its interface (a missing member, a renamed parameter) is an error here.
"""

from __future__ import annotations

from constructs import App, Duration, RemovalPolicy, Stack
from l1.s3 import CfnBucketPolicy
from l2 import (
    apigateway,
    codestarnotifications,
    dynamodb,
    events,
    events_targets,
    iam,
    kms,
    lambda_,
    logs,
    s3,
    sns,
    sns_subscriptions,
    sqs,
)
from l2.interfaces import dynamodb as dynamodb_refs
from l2.interfaces import iam as iam_refs
from l2.interfaces import kms as kms_refs
from l2.interfaces import lambda_ as lambda_refs
from l2.interfaces import logs as logs_refs
from l2.interfaces import s3 as s3_refs
from l2.interfaces import sns as sns_refs
from l2.interfaces import sqs as sqs_refs

app = App()
stack = Stack(app, "Typing")
key = kms.Key(stack, "Key")
bucket = s3.Bucket(stack, "Bucket", versioned=True, removal_policy=RemovalPolicy.DESTROY, encryption_key=key)
queue = sqs.Queue(stack, "Queue", visibility_timeout=Duration.seconds(30), encryption_master_key=key)
topic = sns.Topic(stack, "Topic")
topic.add_subscription(sns_subscriptions.SqsSubscription(queue))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
function = lambda_.Function(
    stack,
    "Function",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    timeout=Duration.minutes(1),
    role=role,
    environment={"QUEUE_URL": queue.queue_url},
)
function.add_environment("BUCKET", bucket.bucket_name)
table = dynamodb.Table(
    stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
)
log_group = logs.LogGroup(stack, "Logs", retention=logs.RetentionDays.ONE_WEEK)
bucket.grant_read(function)
queue.grant_send_messages(role)
table.grant_read_write_data(function)
topic.grant_publish(function)
key.grant_decrypt(function)
log_group.grant_write(function)
function.add_to_role_policy(iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"]))
rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(Duration.hours(1)))
rule.add_target(events_targets.LambdaFunction(function))
rule.add_target(events_targets.SqsQueue(queue))
api = apigateway.LambdaRestApi(stack, "Api", handler=function)
imported = lambda_.Function.from_function_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:f")
version = function.current_version
alias = lambda_.Alias(stack, "Live", alias_name="live", version=version)

# the interfaces aws-cdk-lib types these with
as_function: list[lambda_.IFunction] = [function, imported, version, alias]
as_grantable: list[iam.IGrantable] = [function, role, alias]
as_principal: iam.IPrincipal = role
as_role: iam.IRole = role
as_bucket: s3.IBucket = bucket
as_queue: sqs.IQueue = queue
as_topic: sns.ITopic = topic
as_key: kms.IKey = key
as_table: dynamodb.ITable = table
as_log_group: logs.ILogGroup = log_group
as_rest_api: apigateway.IRestApi = api

# the L2 interfaces extend the generated reference interfaces, as aws-cdk-lib's do (IBucket extends IBucketRef)
as_bucket_ref: s3_refs.IBucketRef = bucket
as_bucket_ref_too: s3_refs.IBucketRef = as_bucket
as_function_refs: list[lambda_refs.IFunctionRef] = [function, imported, version, alias, *as_function]
as_role_ref: iam_refs.IRoleRef = as_role
as_queue_ref: sqs_refs.IQueueRef = as_queue
as_topic_ref: sns_refs.ITopicRef = as_topic
as_key_ref: kms_refs.IKeyRef = as_key
as_table_ref: dynamodb_refs.ITableRef = as_table
as_log_group_ref: logs_refs.ILogGroupRef = as_log_group
as_rule_target: codestarnotifications.INotificationRuleTarget = as_topic  # ITopic extends it, as in aws-cdk-lib
bucket_ref: s3_refs.BucketReference = as_bucket.bucket_ref
function_ref: lambda_refs.FunctionReference = function.function_ref
as_version_ref: lambda_refs.IVersionRef = version
as_alias_ref: lambda_refs.IAliasRef = alias
as_key_alias_ref: kms_refs.IAliasRef = kms.Alias(stack, "KeyAlias", alias_name="alias/typing", target_key=key)
bucket_policy = CfnBucketPolicy(stack, "BucketPolicy", bucket=bucket, policy_document={"Statement": []})

# attributes read back with their types
function_role: iam.IRole | None = function.role
grantee: iam.IPrincipal = function.grant_principal
name: str = function.function_name
arn: str = bucket.bucket_arn
url: str = api.url
timeout: Duration | None = function.timeout
app.synth()
