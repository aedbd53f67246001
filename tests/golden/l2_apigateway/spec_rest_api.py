"""SpecRestApi from an inline OpenAPI document and from a bucket: hashed deployment, mode, endpoint types."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "Spec")
definition = {
    "openapi": "3.0.2",
    "info": {"title": "pets", "version": "1.0"},
    "paths": {"/pets": {"get": {"x-amazon-apigateway-integration": {
        "type": "MOCK", "requestTemplates": {"application/json": "{\"statusCode\": 200}"},
        "responses": {"default": {"statusCode": "200"}}}, "responses": {"200": {"description": "ok"}}}}},
}
inline = apigateway.SpecRestApi(stack, "Inline", api_definition=apigateway.ApiDefinition.from_inline(definition),
                                mode=apigateway.RestApiMode.OVERWRITE,
                                endpoint_types=[apigateway.EndpointType.REGIONAL],
                                deploy_options=apigateway.StageOptions(stage_name="v1"))
inline.root.add_resource("extra").add_method("GET")
bucket = s3.Bucket.from_bucket_name(stack, "Specs", "my-spec-bucket")
apigateway.SpecRestApi(stack, "FromBucket", rest_api_name="bucket-api", cloud_watch_role=False,
                       api_definition=apigateway.ApiDefinition.from_bucket(bucket, "spec.yaml", "v3"),
                       min_compression_size=cdk.Size.bytes(100), fail_on_warnings=True)
app.synth()
