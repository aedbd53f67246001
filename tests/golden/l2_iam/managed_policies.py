"""Managed policies: AWS managed, imported by ARN and name, customer ManagedPolicy attached to a role."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ManagedPolicies")
role = iam.Role(
    stack,
    "Role",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    managed_policies=[
        iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole"),
        iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"),
    ],
)
role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_arn(stack, "ByArn", "arn:aws:iam::123456789012:policy/p1"))
role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_name(stack, "ByName", "my-policy"))
role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
mp = iam.ManagedPolicy(
    stack,
    "Custom",
    statements=[iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"])],
    roles=[role],
)
mp.add_statements(iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteBucket"], resources=["*"]))
iam.ManagedPolicy(
    stack,
    "Named",
    managed_policy_name="named-policy",
    description="A named policy",
    path="/team/",
    document=iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["sqs:*"], resources=["*"])]),
)
app.synth()
