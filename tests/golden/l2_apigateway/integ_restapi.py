"""Port of aws-cdk's integ.restapi.ts: stage options, method options, API keys, a usage plan with per-method
throttling, and a second deployment and stage.

Adapted to 2.275's API: ``RestApi`` has no ``mode`` (only ``SpecRestApi`` does) and ``add_usage_plan`` no
``api_key``, so the key is added with ``plan.add_api_key`` (what the old prop did)."""

import aws_cdk as cdk
from aws_cdk import Size
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_

# the original inlines a compiled TypeScript function; any text serves
HANDLER_CODE = (
    "function handlerCode(event, _, callback) {\n"
    "        return callback(undefined, {\n"
    "            isBase64Encoded: false,\n"
    "            statusCode: 200,\n"
    "            headers: { 'content-type': 'application/json' },\n"
    "            body: JSON.stringify(event),\n"
    "        });\n"
    "    }"
)


class Test(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)

        api = apigateway.RestApi(
            self,
            "my-api",
            retain_deployments=True,
            cloud_watch_role=True,
            min_compression_size=Size.bytes(1024),
            description="api description",
            deploy_options=apigateway.StageOptions(
                cache_cluster_enabled=True,
                stage_name="beta",
                description="beta stage",
                logging_level=apigateway.MethodLoggingLevel.INFO,
                data_trace_enabled=True,
                method_options={"/api/appliances/GET": apigateway.MethodDeploymentOptions(caching_enabled=True)},
            ),
        )

        handler = lambda_.Function(
            self,
            "MyHandler",
            runtime=lambda_.Runtime.NODEJS_18_X,  # the integ tests' STANDARD_NODEJS_RUNTIME
            code=lambda_.Code.from_inline(f"exports.handler = {HANDLER_CODE}"),
            handler="index.handler",
        )

        v1 = api.root.add_resource("v1")
        integration = apigateway.LambdaIntegration(handler)

        toys = v1.add_resource("toys")
        get_toys_method = toys.add_method("GET", integration, api_key_required=True)
        toys.add_method("POST")
        toys.add_method("PUT")

        appliances = v1.add_resource("$appliances:all")
        appliances.add_method("GET")

        books = v1.add_resource("books")
        books.add_method("GET", integration)
        books.add_method("POST", integration)

        key = api.add_api_key("ApiKey")
        plan = api.add_usage_plan(
            "UsagePlan",
            name="Basic",
            description="Free tier monthly usage plan",
            throttle=apigateway.ThrottleSettings(rate_limit=5),
            quota=apigateway.QuotaSettings(limit=10000, period=apigateway.Period.MONTH),
        )
        plan.add_api_key(key)
        plan.add_api_stage(
            stage=api.deployment_stage,
            throttle=[
                apigateway.ThrottlingPerMethod(
                    method=get_toys_method, throttle=apigateway.ThrottleSettings(rate_limit=10, burst_limit=2)
                )
            ],
        )

        test_deploy = apigateway.Deployment(self, "TestDeployment", api=api, retain_deployments=False)
        test_stage = apigateway.Stage(self, "TestStage", deployment=test_deploy)
        test_stage.add_api_key("MyTestApiKey")


app = cdk.App()
Test(app, "test-apigateway-restapi")
app.synth()
