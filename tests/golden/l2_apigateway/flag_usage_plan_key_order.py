"""@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId turned off: the first key of a plan keeps the bare
``UsagePlanKeyResource`` id, later keys get one named for the key (on, the default, every key does)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App(context={"@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId": False})
stack = cdk.Stack(app, "UsagePlanKeyOrder")
api = apigateway.RestApi(stack, "Api")
api.root.add_method("GET", apigateway.MockIntegration())
plan = api.add_usage_plan("Plan", api_stages=[apigateway.UsagePlanPerApiStage(api=api, stage=api.deployment_stage)])
plan.add_api_key(api.add_api_key("First"))
plan.add_api_key(api.add_api_key("Second"))
other = apigateway.UsagePlan(stack, "Other")
other.add_api_key(apigateway.ApiKey(stack, "Third"))
app.synth()
