"""Port of aws-cdk integ.lambda-version-arn.ts: a Version with async options and ARN outputs."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True},
              post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "lambda-version-arn")
func = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_10, handler="index.handler",
                        code=lambda_.Code.from_inline("foo"))
version = lambda_.Version(stack, "Version", lambda_=func, max_event_age=cdk.Duration.hours(1), retry_attempts=0)
cdk.CfnOutput(stack, "VersionArn", value=version.function_arn)
cdk.CfnOutput(stack, "FunctionArn1", value=version.lambda_.function_arn)
cdk.CfnOutput(stack, "FunctionArn2", value=func.function_arn)
app.synth()
