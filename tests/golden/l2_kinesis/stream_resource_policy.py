"""Cross-account grants go to the stream's resource policy, without the actions Kinesis policies reject."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "StreamResourcePolicy", env=cdk.Environment(account="123456789012", region="us-east-1"))
stream = kinesis.Stream(stack, "Stream", encryption=kinesis.StreamEncryption.UNENCRYPTED)
other = iam.Role.from_role_arn(stack, "Other", "arn:aws:iam::999999999999:role/consumer")
stream.grant_read(other)
stream.grant_write(other)
stream.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["kinesis:DescribeStreamSummary"],
        principals=[iam.AccountPrincipal("555555555555")],
        resources=[stream.stream_arn],
    )
)
app.synth()
