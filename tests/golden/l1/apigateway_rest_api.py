"""An API Gateway REST API with a resource, methods (mock and Lambda proxy), a deployment and a stage."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "L1ApiGateway")

api = apigateway.CfnRestApi(
    stack,
    "Api",
    name="golden",
    description="golden api",
    endpoint_configuration=apigateway.CfnRestApi.EndpointConfigurationProperty(types=["REGIONAL"]),
    binary_media_types=["image/png"],
)
items = apigateway.CfnResource(
    stack, "Items", parent_id=api.attr_root_resource_id, path_part="items", rest_api_id=api.ref
)
get = apigateway.CfnMethod(
    stack,
    "GetItems",
    http_method="GET",
    resource_id=items.ref,
    rest_api_id=api.ref,
    authorization_type="NONE",
    integration=apigateway.CfnMethod.IntegrationProperty(
        type="MOCK",
        request_templates={"application/json": '{"statusCode": 200}'},
        integration_responses=[
            apigateway.CfnMethod.IntegrationResponseProperty(
                status_code="200", response_templates={"application/json": '{"items": []}'}
            )
        ],
    ),
    method_responses=[
        apigateway.CfnMethod.MethodResponseProperty(status_code="200", response_models={"application/json": "Empty"})
    ],
)
apigateway.CfnMethod(
    stack,
    "PostItems",
    http_method="POST",
    resource_id=items.ref,
    rest_api_id=api.ref,
    authorization_type="AWS_IAM",
    integration=apigateway.CfnMethod.IntegrationProperty(
        type="AWS_PROXY",
        integration_http_method="POST",
        uri=f"arn:aws:apigateway:{cdk.Aws.REGION}:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:items/invocations",
    ),
)
deployment = apigateway.CfnDeployment(stack, "Deployment", rest_api_id=api.ref, description="v1")
deployment.add_dependency(get)
apigateway.CfnStage(
    stack,
    "Stage",
    rest_api_id=api.ref,
    deployment_id=deployment.ref,
    stage_name="prod",
    method_settings=[
        apigateway.CfnStage.MethodSettingProperty(
            http_method="*", resource_path="/*", throttling_burst_limit=10, metrics_enabled=True
        )
    ],
    variables={"env": "prod"},
)

cdk.CfnOutput(stack, "RootId", value=api.attr_root_resource_id)

app.synth()
