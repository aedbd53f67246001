"""@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId on (its default): every key of a plan gets an
id named for the key (compare flag_usage_plan_key_order)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "UsagePlanKeyOrderOn")
api = apigateway.RestApi(stack, "Api")
api.root.add_method("GET", apigateway.MockIntegration())
plan = api.add_usage_plan("Plan", api_stages=[apigateway.UsagePlanPerApiStage(api=api, stage=api.deployment_stage)])
plan.add_api_key(api.add_api_key("First"))
plan.add_api_key(api.add_api_key("Second"))
other = apigateway.UsagePlan(stack, "Other")
other.add_api_key(apigateway.ApiKey(stack, "Third"))
app.synth()
