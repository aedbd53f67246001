"""@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard off: the access log destination is the log
group's ``Arn`` attribute (compare flag_log_group_destination_arn)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_logs as logs

app = cdk.App(context={"@aws-cdk/aws-apigateway:logGroupDestinationArnWithoutWildcard": False})
for name, env in (("Agnostic", None), ("Pinned", cdk.Environment(account="123456789012", region="eu-west-1"))):
    stack = cdk.Stack(app, f"LogGroupDestinationOff{name}", env=env)
    group = logs.LogGroup(stack, "AccessLogs")
    api = apigateway.RestApi(
        stack, "Api",
        deploy_options=apigateway.StageOptions(access_log_destination=apigateway.LogGroupLogDestination(group)),
    )
    api.root.add_method("GET", apigateway.MockIntegration())
app.synth()
