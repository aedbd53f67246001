"""stack.format_arn in every ArnFormat, explicit and agnostic env, and stack.split_arn."""

import aws_cdk as cdk
from aws_cdk import ArnFormat


def arns(stack: cdk.Stack) -> None:
    bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
    token_arn = bucket.get_att("Arn").to_string()
    split = stack.split_arn(token_arn, ArnFormat.SLASH_RESOURCE_NAME)
    literal = stack.split_arn("arn:aws:lambda:us-east-1:111122223333:function:my-fn", ArnFormat.COLON_RESOURCE_NAME)
    cdk.CfnResource(
        stack, "Arns", type="Custom::Arns",
        properties={
            "Default": stack.format_arn(service="sqs", resource="queue1"),
            "NoResourceName": stack.format_arn(
                service="s3", resource="bucket", region="", account="", arn_format=ArnFormat.NO_RESOURCE_NAME,
            ),
            "Colon": stack.format_arn(
                service="lambda", resource="function", resource_name="fn", arn_format=ArnFormat.COLON_RESOURCE_NAME,
            ),
            "Slash": stack.format_arn(service="iam", resource="role", resource_name="r", region=""),
            "SlashSlash": stack.format_arn(
                service="ssm", resource="parameter", resource_name="p",
                arn_format=ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME,
            ),
            "ExplicitPartition": stack.format_arn(
                service="sns", resource="topic", partition="aws-cn", account="999999999999", region="cn-north-1",
            ),
            "TokenResourceName": stack.format_arn(service="sqs", resource="q", resource_name=bucket.ref),
            "SplitService": split.service,
            "SplitResource": split.resource,
            "SplitResourceName": split.resource_name,
            "SplitRegion": split.region,
            "SplitAccount": split.account,
            "SplitPartition": split.partition,
            "LiteralSplit": [literal.partition, literal.service, literal.region, literal.account,
                             literal.resource, literal.resource_name],
        },
    )


app = cdk.App()
arns(cdk.Stack(app, "ExplicitArns", env=cdk.Environment(account="123456789012", region="eu-west-1")))
arns(cdk.Stack(app, "AgnosticArns"))

app.synth()
