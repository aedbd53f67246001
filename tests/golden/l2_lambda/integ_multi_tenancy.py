"""Port of aws-cdk integ.multi-tenancy.ts: TenancyConfig.PER_TENANT."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-lambda-multi-tenancy")
lambda_.Function(stack, "MultiTenantFunction", code=lambda_.InlineCode("foo"), handler="index.handler",
                 runtime=lambda_.Runtime.NODEJS_20_X, tenancy_config=lambda_.TenancyConfig.PER_TENANT)
app.synth()
