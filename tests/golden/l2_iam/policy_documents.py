"""PolicyDocument options: minimize merging and sorting, assign_sids, from_json, and sid/effect handling."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "PolicyDocuments")
statements = [
    iam.PolicyStatement(actions=["s3:PutObject", "s3:GetObject"], resources=["arn:aws:s3:::b/*"]),
    iam.PolicyStatement(actions=["s3:ListBucket"], resources=["arn:aws:s3:::b"]),
    iam.PolicyStatement(actions=["s3:GetObject", "s3:PutObject"], resources=["arn:aws:s3:::c/*"]),
    iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"], sid="Keep"),
    iam.PolicyStatement(effect=iam.Effect.DENY, actions=["s3:DeleteObject"], resources=["*"]),
]
minimized = iam.PolicyDocument(minimize=True, statements=statements)
plain = iam.PolicyDocument(statements=[s.copy() for s in statements])
sids = iam.PolicyDocument(assign_sids=True, statements=[s.copy() for s in statements])
parsed = iam.PolicyDocument.from_json(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "arn:aws:sqs:us-east-1:111111111111:q", "Principal": {"Service": "sns.amazonaws.com"}},
            {"Effect": "Deny", "NotAction": "sqs:*", "NotResource": ["arn:aws:sqs:::q"], "Principal": "*"},
        ],
    }
)
for name, doc in [("Minimized", minimized), ("Plain", plain), ("Sids", sids)]:
    cdk.CfnResource(stack, name, type="AWS::IAM::ManagedPolicy", properties={"PolicyDocument": doc})
cdk.CfnResource(stack, "Parsed", type="AWS::SQS::QueuePolicy",
                properties={"PolicyDocument": parsed, "Queues": ["https://sqs.us-east-1.amazonaws.com/111111111111/q"]})
cdk.CfnOutput(stack, "Counts", value=f"{minimized.statement_count}-{plain.statement_count}-{iam.PolicyDocument().is_empty}")
app.synth()
