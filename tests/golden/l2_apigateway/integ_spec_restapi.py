"""Port of aws-cdk's integ.spec-restapi.ts: a SpecRestApi (file asset, MERGE mode) extended with resources,
methods, an API key and a usage plan.

Adapted to 2.275's API: ``add_usage_plan`` has no ``api_key``, so the key is added with ``plan.add_api_key``."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import Size
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_

# a stand-in for the original's sample-definition.yaml (the asset hash only depends on this content)
work = tempfile.mkdtemp()
definition = os.path.join(work, "sample-definition.yaml")
with open(definition, "w", newline="") as f:
    f.write(
        "openapi: '3.0.2'\ninfo:\n  version: 1.0.0\n  title: Test API for CDK\npaths:\n  /pets:\n    get:\n"
        "      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n"
        "          application/json: '{\"statusCode\": 200}'\n        responses:\n          default:\n"
        "            statusCode: '200'\n"
    )

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

        api = apigateway.SpecRestApi(
            self,
            "my-api",
            api_definition=apigateway.ApiDefinition.from_asset(definition),
            disable_execute_api_endpoint=True,
            min_compression_size=Size.bytes(1024),
            retain_deployments=True,
            cloud_watch_role=True,
            deploy_options=apigateway.StageOptions(
                cache_cluster_enabled=True,
                stage_name="beta",
                description="beta stage",
                logging_level=apigateway.MethodLoggingLevel.INFO,
                data_trace_enabled=True,
                method_options={"/api/appliances/GET": apigateway.MethodDeploymentOptions(caching_enabled=True)},
            ),
            mode=apigateway.RestApiMode.MERGE,
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

        appliances = v1.add_resource("appliances")
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


app = cdk.App()
Test(app, "test-apigateway-spec-restapi")
app.synth()
