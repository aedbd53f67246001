"""A table streaming to Kinesis, and a cross-account grant that lands in the table's resource policy."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "TableKinesisCrossAccount", env=cdk.Environment(account="123456789012", region="us-east-1"))
stream = kinesis.Stream(stack, "Stream", encryption=kinesis.StreamEncryption.MANAGED)
table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    kinesis_stream=stream,
    kinesis_precision_timestamp=dynamodb.ApproximateCreationDateTimePrecision.MICROSECOND,
)
other = iam.Role.from_role_arn(stack, "Other", "arn:aws:iam::999999999999:role/reader")
table.grant_read_data(other)
app.synth()
