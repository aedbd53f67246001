"""A resource policy from props and from add_to_resource_policy."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "TableResourcePolicy")
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
table.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["dynamodb:GetItem"],
        principals=[iam.AccountPrincipal("111122223333")],
        resources=["*"],
    )
)
dynamodb.Table(
    stack,
    "WithDoc",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    resource_policy=iam.PolicyDocument(
        statements=[
            iam.PolicyStatement(
                actions=["dynamodb:Query"], principals=[iam.AccountRootPrincipal()], resources=["*"]
            )
        ]
    ),
)
app.synth()
