"""The @aws-cdk/aws-iam:minimizePolicies flag: merged statements and sorted actions, resources and principals."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/aws-iam:minimizePolicies": True})
stack = cdk.Stack(app, "Minimize")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                                       resources=["arn:aws:s3:::b", "arn:aws:s3:::b/*"]))
role.add_to_policy(iam.PolicyStatement(actions=["xray:PutTraceSegments", "xray:PutTelemetryRecords"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                                       resources=["arn:aws:s3:::a"]))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["arn:aws:sqs:us-east-1:111111111111:q"],
                                       conditions={"Bool": {"aws:SecureTransport": "true"}}))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:ReceiveMessage"], resources=["arn:aws:sqs:us-east-1:111111111111:q"],
                                       conditions={"Bool": {"aws:SecureTransport": "true"}}))
doc = iam.PolicyDocument(
    statements=[
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["arn:aws:sqs:us-east-1:111111111111:q"],
                            principals=[iam.ServicePrincipal("sns.amazonaws.com")]),
        iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["arn:aws:sqs:us-east-1:111111111111:q"],
                            principals=[iam.ServicePrincipal("events.amazonaws.com"),
                                        iam.ArnPrincipal("arn:aws:iam::111111111111:root")]),
    ]
)
cdk.CfnResource(stack, "QueuePolicy", type="AWS::SQS::QueuePolicy",
                properties={"PolicyDocument": doc, "Queues": ["https://sqs.us-east-1.amazonaws.com/111111111111/q"]})
app.synth()
