"""TableV2 replicas in other regions, customer managed keys per region, tags and grants."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "TableV2Replicas", env=cdk.Environment(account="123456789012", region="us-east-1"))
key = kms.Key(stack, "Key")
table = dynamodb.TableV2(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    encryption=dynamodb.TableEncryptionV2.customer_managed_key(
        key, {"us-west-2": "arn:aws:kms:us-west-2:123456789012:key/west", "eu-west-1": "arn:aws:kms:eu-west-1:123456789012:key/eu"}
    ),
    replicas=[dynamodb.ReplicaTableProps(region="us-west-2", deletion_protection=True)],
    point_in_time_recovery=True,
)
table.add_replica(region="eu-west-1", tags=[cdk.CfnTag(key="replica", value="eu")])
table.add_global_secondary_index(
    index_name="byG", partition_key=dynamodb.Attribute(name="g", type=dynamodb.AttributeType.STRING)
)
cdk.Tags.of(table).add("owner", "me")
table.add_to_stream_resource_policy(
    iam.PolicyStatement(
        actions=["dynamodb:GetRecords"], principals=[iam.AccountPrincipal("111122223333")], resources=["*"]
    )
)
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
table.grant_read_write_data(role)
table.grant_stream_read(role)
table.replica("us-west-2").grant_read_data(role)
app.synth()
