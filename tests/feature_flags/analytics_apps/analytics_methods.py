"""@aws-cdk/core:enableAdditionalMetadataCollection on, methods: the L2 methods aws-cdk-lib decorates
@MethodMetadata() record their (redacted) arguments as aws:cdk:analytics:method metadata, whether the user or
aws-cdk-lib's own code calls them (an app of aws-cdk-lib's Python API, run by the oracle and, rewritten, by pycdk)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:enableAdditionalMetadataCollection": True})
stack = cdk.Stack(app, "AnalyticsMethods")

vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, subnet_configuration=[
    ec2.SubnetConfiguration(name="pub", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
])
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc, allow_all_outbound=False)
sg.add_egress_rule(ec2.Peer.ipv6("::/0"), ec2.Port.tcp(443), "https out")
sg.add_ingress_rule(ec2.Peer.prefix_list("pl-123"), ec2.Port.all_traffic(), remote_rule=False)
other = ec2.SecurityGroup(stack, "Other", vpc=vpc)
sg.add_ingress_rule(other, ec2.Port.tcp_range(1000, 2000))
sg.connections.allow_from(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.udp(53))

bucket = s3.Bucket(stack, "Bucket", metrics=[s3.BucketMetrics(id="all")])
bucket.add_cors_rule(allowed_methods=[s3.HttpMethods.POST], allowed_origins=["https://x"], max_age=30)
bucket.add_lifecycle_rule(enabled=False, expiration=cdk.Duration.days(3))
bucket.add_metric(id="logs", prefix="logs/")
bucket.add_to_resource_policy(iam.PolicyStatement(actions=["s3:GetObject"], principals=[iam.AnyPrincipal()],
                                                  resources=[bucket.arn_for_objects("*")]))

role = iam.Role(stack, "Role", assumed_by=iam.CompositePrincipal(iam.ServicePrincipal("ec2.amazonaws.com"),
                                                                   iam.AccountPrincipal("123456789012")))
role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:*"], resources=["*"]))
user = iam.User(stack, "User")
group = iam.Group(stack, "Group")
user.add_to_group(group)
group.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
user.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListBucket"], resources=["*"]))
role.grant_pass_role(user)
role.grant_assume_role(iam.ArnPrincipal("arn:aws:iam::123456789012:role/x"))
managed = iam.ManagedPolicy(stack, "Managed", statements=[iam.PolicyStatement(actions=["ec2:Describe*"],
                                                                              resources=["*"])])
managed.attach_to_role(role)
managed.attach_to_group(group)
managed.add_statements(iam.PolicyStatement(actions=["ec2:Get*"], resources=["*"]))

key = kms.Key(stack, "Key")
key.grant_admin(role)
key.add_alias("alias/analytics")

fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return 1\n"))
layer = lambda_.LayerVersion.from_layer_version_arn(stack, "Layer",
                                                   "arn:aws:lambda:us-east-1:123456789012:layer:l:1")
fn.add_layers(layer)
fn.add_environment("A", "b")
alias = fn.add_alias("live", description="live alias")
alias.add_auto_scaling(max_capacity=3)
bucket.grant_read(fn)
fn.add_to_role_policy(iam.PolicyStatement(actions=["logs:*"], resources=["*"]))

table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
                       billing_mode=dynamodb.BillingMode.PROVISIONED)
table.add_global_secondary_index(index_name="gsi", partition_key=dynamodb.Attribute(
    name="g", type=dynamodb.AttributeType.NUMBER), read_capacity=2, write_capacity=2)
table.auto_scale_read_capacity(min_capacity=1, max_capacity=5)
table.add_to_resource_policy(iam.PolicyStatement(actions=["dynamodb:GetItem"], principals=[iam.AccountRootPrincipal()],
                                                 resources=["*"]))
table.grant_read_data(fn)

topic = sns.Topic(stack, "Topic")
queue = sqs.Queue(stack, "Queue")
rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["aws.ec2"]))
rule.add_event_pattern(detail_type=["EC2 Instance State-change Notification"])
alarm = cloudwatch.Alarm(stack, "Alarm", metric=queue.metric_approximate_number_of_messages_visible(),
                         threshold=5, evaluation_periods=1)
dashboard = cloudwatch.Dashboard(stack, "Dashboard")
dashboard.add_widgets(cloudwatch.AlarmWidget(alarm=alarm, title="a"))
topic.grant_publish(role)
events.Rule(stack, "Scheduled", schedule=events.Schedule.rate(cdk.Duration.hours(1)))

# imported resources: aws-cdk-lib's private classes record "*" (some of them)
imported = iam.Role.from_role_arn(stack, "ImportedRole", "arn:aws:iam::123456789012:role/x")
imported.add_to_principal_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
immutable = iam.Role.from_role_name(stack, "ImmutableRole", "y", mutable=False)
immutable.add_to_principal_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))
bucket.grant_read(imported)
s3.Bucket.from_bucket_name(stack, "ImportedBucket", "imported-bucket")
sqs.Queue.from_queue_arn(stack, "ImportedQueue", "arn:aws:sqs:us-east-1:123456789012:q")
kms.Key.from_key_arn(stack, "ImportedKey", "arn:aws:kms:us-east-1:123456789012:key/abc")
events.EventBus.from_event_bus_name(stack, "ImportedBus", "bus")
iam.User.from_user_name(stack, "ImportedUser", "u")
app.synth()
