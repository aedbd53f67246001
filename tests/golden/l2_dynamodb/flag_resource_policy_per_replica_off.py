"""@aws-cdk/aws-dynamodb:resourcePolicyPerReplica set to False: a TableV2 with a resource policy and three replicas
(one with a policy of its own). Without the flag every replica without a policy of its own gets the table's."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/aws-dynamodb:resourcePolicyPerReplica": False})
stack = cdk.Stack(app, "ResourcePolicyPerReplica", env=cdk.Environment(account="123456789012", region="us-east-1"))
table_policy = iam.PolicyDocument(
    statements=[iam.PolicyStatement(actions=["dynamodb:GetItem"], principals=[iam.AccountRootPrincipal()], resources=["*"])]
)
replica_policy = iam.PolicyDocument(
    statements=[iam.PolicyStatement(actions=["dynamodb:Query"], principals=[iam.AccountPrincipal("111111111111")],
                                    resources=["*"])]
)
dynamodb.TableV2(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    resource_policy=table_policy,
    replicas=[
        dynamodb.ReplicaTableProps(region="us-west-2"),
        dynamodb.ReplicaTableProps(region="eu-west-1", resource_policy=replica_policy),
    ],
)
app.synth()
