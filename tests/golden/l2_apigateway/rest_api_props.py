"""RestApi props: description, endpoint types, binary media types, key source, policy, compression, flags."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ApiProps")
policy = iam.PolicyDocument(statements=[iam.PolicyStatement(
    actions=["execute-api:Invoke"], principals=[iam.AnyPrincipal()], resources=["execute-api:/*"])])
api = apigateway.RestApi(stack, "Api", rest_api_name="props-api", description="All the props",
                         endpoint_types=[apigateway.EndpointType.REGIONAL], binary_media_types=["image/png"],
                         api_key_source_type=apigateway.ApiKeySourceType.HEADER, policy=policy,
                         fail_on_warnings=True, min_compression_size=cdk.Size.kibibytes(1),
                         cloud_watch_role=False, disable_execute_api_endpoint=True,
                         parameters={"endpointConfigurationTypes": "REGIONAL"})
api.root.add_method("GET")
api.add_to_resource_policy(iam.PolicyStatement(
    effect=iam.Effect.DENY, actions=["execute-api:Invoke"], principals=[iam.AnyPrincipal()],
    resources=["execute-api:/*/POST/*"]))
legacy = apigateway.RestApi(stack, "Legacy", minimum_compression_size=0, retain_deployments=True,
                            cloud_watch_role_removal_policy=cdk.RemovalPolicy.DESTROY,
                            endpoint_export_name="LegacyUrl",
                            endpoint_configuration=apigateway.EndpointConfiguration(
                                types=[apigateway.EndpointType.EDGE]))
legacy.root.add_method("GET")
cdk.CfnOutput(stack, "Name", value=api.rest_api_name)
cdk.CfnOutput(stack, "RootId", value=api.rest_api_root_resource_id)
app.synth()
