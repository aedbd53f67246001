"""grant_read / grant_write / grant_read_write with and without a KMS key, imported streams, metrics."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "StreamGrants")
plain = kinesis.Stream(stack, "Plain", encryption=kinesis.StreamEncryption.UNENCRYPTED)
encrypted = kinesis.Stream(stack, "Encrypted", encryption=kinesis.StreamEncryption.KMS)
imported = kinesis.Stream.from_stream_arn(stack, "Imported", "arn:aws:kinesis:us-east-1:123456789012:stream/other")


def role(name: str) -> iam.Role:
    return iam.Role(stack, name, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))


plain.grant_read(role("Reader"))
plain.grant_write(role("Writer"))
plain.grant_read_write(role("Both"))
encrypted.grant_read(role("EncReader"))
encrypted.grant_write(role("EncWriter"))
encrypted.grant_read_write(role("EncBoth"))
plain.grant(role("Custom"), "kinesis:DescribeStream")
imported.grant_read(role("ImportReader"))
plain.metric_get_records_iterator_age_milliseconds().create_alarm(stack, "Age", threshold=1000, evaluation_periods=1)
plain.metric_incoming_records(period=cdk.Duration.minutes(1)).create_alarm(
    stack, "Incoming", threshold=1, evaluation_periods=1
)
cdk.CfnOutput(stack, "ImportedName", value=imported.stream_name)
app.synth()
