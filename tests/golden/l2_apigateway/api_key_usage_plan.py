"""API keys and usage plans: throttle, quota, per-method throttle, add_api_stage, add_api_key, api.add_api_key."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "KeysAndPlans")
api = apigateway.RestApi(stack, "Api")
echo = api.root.add_resource("echo")
get = echo.add_method("GET", api_key_required=True)
key = api.add_api_key("Key")
named = apigateway.ApiKey(stack, "NamedKey", api_key_name="my-key", description="a key", enabled=False,
                          value="abcdefghijklmnopqrstuvwxyz", stages=[api.deployment_stage])
plan = api.add_usage_plan("Plan", name="Basic", description="basic plan",
                          throttle=apigateway.ThrottleSettings(rate_limit=10, burst_limit=2),
                          quota=apigateway.QuotaSettings(limit=1000, period=apigateway.Period.MONTH, offset=1))
plan.add_api_key(key)
plan.add_api_key(named)
plan.add_api_stage(stage=api.deployment_stage,
                   throttle=[apigateway.ThrottlingPerMethod(method=get, throttle=apigateway.ThrottleSettings(
                       rate_limit=5, burst_limit=1))])
apigateway.UsagePlan(stack, "Bare")
with_stage = apigateway.UsagePlan(stack, "WithStage", api_stages=[apigateway.UsagePlanPerApiStage(
    api=api, stage=api.deployment_stage)])
with_stage.add_api_key(key, override_logical_id="CustomKeyLink")
cdk.CfnOutput(stack, "KeyId", value=key.key_id)
cdk.CfnOutput(stack, "KeyArn", value=named.key_arn)
cdk.CfnOutput(stack, "PlanId", value=plan.usage_plan_id)
app.synth()
