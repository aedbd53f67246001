"""@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard on: a stage's access log destination is the log
group's ARN without the trailing ``:*`` (a log group of this stack and one of an env-specific stack); off
(flag_log_group_destination_arn_off) it is the group's ``Arn`` attribute."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_logs as logs

app = cdk.App(context={"@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard": True})
for name, env in (("Agnostic", None), ("Pinned", cdk.Environment(account="123456789012", region="eu-west-1"))):
    stack = cdk.Stack(app, f"LogGroupDestination{name}", env=env)
    group = logs.LogGroup(stack, "AccessLogs")
    api = apigateway.RestApi(
        stack, "Api",
        deploy_options=apigateway.StageOptions(access_log_destination=apigateway.LogGroupLogDestination(group)),
    )
    api.root.add_method("GET", apigateway.MockIntegration())
app.synth()
