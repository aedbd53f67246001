"""CompositePrincipal and PrincipalWithConditions in trust policies and in resource statements."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Composite")
iam.Role(
    stack,
    "Composite",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("lambda.amazonaws.com"),
        iam.ServicePrincipal("edgelambda.amazonaws.com"),
        iam.AccountPrincipal("123456789012"),
    ),
)
iam.Role(
    stack,
    "CompositeWithConditions",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("lambda.amazonaws.com").with_conditions({"StringEquals": {"aws:SourceAccount": "1"}}),
        iam.WebIdentityPrincipal("cognito-identity.amazonaws.com"),
    ),
)
iam.Role(
    stack,
    "WithConditions",
    assumed_by=iam.AccountPrincipal("123456789012").with_conditions(
        {"Bool": {"aws:MultiFactorAuthPresent": "true"}, "StringLike": {"aws:PrincipalTag/team": "a*"}}
    ),
)
doc = iam.PolicyDocument(
    statements=[
        iam.PolicyStatement(
            actions=["sqs:SendMessage"],
            resources=["arn:aws:sqs:us-east-1:111111111111:q"],
            principals=[
                iam.CompositePrincipal(iam.ArnPrincipal("arn:aws:iam::111111111111:root"), iam.ServicePrincipal("sns.amazonaws.com"))
            ],
        )
    ]
)
cdk.CfnResource(stack, "Policy", type="AWS::SQS::QueuePolicy", properties={"PolicyDocument": doc, "Queues": ["https://sqs.us-east-1.amazonaws.com/111111111111/q"]})
app.synth()
