"""Inline policies: the role's Policies property, Policy constructs attached later, named and forced policies."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "InlinePolicies")
role = iam.Role(
    stack,
    "Role",
    assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
    inline_policies={
        "first": iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"])]),
        "second": iam.PolicyDocument(
            assign_sids=True,
            statements=[
                iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]),
                iam.PolicyStatement(actions=["sns:Publish"], resources=["*"]),
            ],
        ),
    },
)
policy = iam.Policy(stack, "Attached", statements=[iam.PolicyStatement(actions=["ec2:Describe*"], resources=["*"])])
policy.attach_to_role(role)
iam.Policy(
    stack,
    "Named",
    policy_name="my-inline-policy",
    roles=[role],
    statements=[iam.PolicyStatement(actions=["logs:*"], resources=["*"])],
)
iam.Policy(stack, "Unattached", statements=[iam.PolicyStatement(actions=["ec2:*"], resources=["*"])])
role.attach_inline_policy(
    iam.Policy(stack, "ViaRole", document=iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["kms:Decrypt"], resources=["*"])]))
)
app.synth()
