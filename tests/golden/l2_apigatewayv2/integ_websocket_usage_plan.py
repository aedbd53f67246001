"""Port of aws-cdk's websocket/integ.usage-plan.ts: a usage plan with an API key and two stages."""

import aws_cdk as cdk
from aws_cdk.aws_apigatewayv2 import (
    ApiKey,
    Period,
    QuotaSettings,
    ThrottleSettings,
    UsagePlan,
    UsagePlanPerApiStage,
    WebSocketApi,
    WebSocketStage,
)

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigatewayv2-websocket-usage-plan")

web_socket_api = WebSocketApi(stack, "WebSocketApi")
web_socket_stage = WebSocketStage(stack, "WebSocketStage", web_socket_api=web_socket_api, stage_name="dev")

api_key = ApiKey(
    stack,
    "ApiKey",
    api_key_name="my-api-key",
    value="MyApiKeyThatIsAtLeast20Characters",
    description="Basic api-key",
    customer_id="my-customer",
    enabled=True,
    generate_distinct_id=True,
)

usage_plan = UsagePlan(
    stack,
    "UsagePlan",
    api_stages=[UsagePlanPerApiStage(api=web_socket_api, stage=web_socket_stage)],
    description="Basic usage plan",
    quota=QuotaSettings(limit=10000, offset=1, period=Period.MONTH),
    throttle=ThrottleSettings(rate_limit=100, burst_limit=200),
    usage_plan_name="WebSocketUsagePlan",
)

web_socket_stage2 = WebSocketStage(stack, "WebSocketStage2", web_socket_api=web_socket_api, stage_name="dev2")

usage_plan.add_api_key(api_key)
usage_plan.add_api_stage(api=web_socket_api, stage=web_socket_stage2)

app.synth()
