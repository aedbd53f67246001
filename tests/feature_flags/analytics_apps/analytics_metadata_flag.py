"""@aws-cdk/core:enableAdditionalMetadataCollection on (an app of aws-cdk-lib's Python API, run by the oracle and,
rewritten, by pycdk): L2 constructors record their props, redacted, as
aws:cdk:analytics:construct metadata (in the stack's metadata.json and the manifest); L1s record nothing."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:enableAdditionalMetadataCollection": True})
stack = cdk.Stack(app, "AnalyticsMetadata")

dlq = sqs.Queue(stack, "Dlq", retention_period=cdk.Duration.days(14))
queue = sqs.Queue(
    stack,
    "Queue",
    visibility_timeout=cdk.Duration.seconds(30),
    queue_name="abc.fifo",
    fifo=True,
    content_based_deduplication=True,
    deduplication_scope=sqs.DeduplicationScope.MESSAGE_GROUP,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=3),
    encryption=sqs.QueueEncryption.SQS_MANAGED,
)
bucket = s3.Bucket(
    stack,
    "Bucket",
    versioned=True,
    encryption=s3.BucketEncryption.S3_MANAGED,
    block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
    enforce_ssl=True,
    lifecycle_rules=[s3.LifecycleRule(id="old", enabled=True, expiration=cdk.Duration.days(30), prefix="logs/")],
    cors=[s3.CorsRule(allowed_methods=[s3.HttpMethods.GET, s3.HttpMethods.PUT], allowed_origins=["*"], max_age=60)],
    bucket_name="my-bucket",
)
role = iam.Role(
    stack,
    "Role",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    description="a role",
    max_session_duration=cdk.Duration.hours(2),
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole")],
)
fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 1\n"),
    role=role,
    timeout=cdk.Duration.seconds(10),
    memory_size=256,
    environment={"QUEUE": queue.queue_url, "MODE": "x"},
    architecture=lambda_.Architecture.ARM_64,
    tracing=lambda_.Tracing.ACTIVE,
)
queue.grant_send_messages(fn)
bucket.grant_read(fn)
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, ip_addresses=ec2.IpAddresses.cidr("10.1.0.0/16"))
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc, allow_all_outbound=False, description="sg")
sg.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))
iam.User(stack, "User", user_name="bob")
iam.Group(stack, "Group")
iam.Policy(stack, "Policy", statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])]).attach_to_role(
    role
)
queue.add_to_resource_policy(
    iam.PolicyStatement(actions=["sqs:SendMessage"], principals=[iam.AccountRootPrincipal()], resources=["*"])
)
topic_like = sqs.Queue(stack, "Plain2", encryption=sqs.QueueEncryption.KMS_MANAGED, enforce_ssl=True,
                       redrive_allow_policy=sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.DENY_ALL))
lambda_.Function(
    stack,
    "Fn2",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
    description="second",
    reserved_concurrent_executions=2,
    dead_letter_queue_enabled=True,
)
s3.Bucket(stack, "Plain3", removal_policy=cdk.RemovalPolicy.RETAIN, object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED)
cdk.CfnResource(stack, "Plain", type="AWS::SQS::Queue")
app.synth()
