"""add_proxy / ProxyResource: default integration and method options, any_method=False, resource defaults."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "Proxies")
api = apigateway.RestApi(stack, "Api", default_integration=apigateway.HttpIntegration("https://backend.example.com"),
                         default_method_options=apigateway.MethodOptions(api_key_required=True))
api.root.add_proxy()
files = api.root.add_resource("files", default_method_options=apigateway.MethodOptions(
    authorization_type=apigateway.AuthorizationType.IAM))
proxy = files.add_proxy(any_method=False, default_integration=apigateway.MockIntegration())
proxy.add_method("GET")
apigateway.ProxyResource(stack, "Standalone", parent=files.add_resource("more"))
cdk.CfnOutput(stack, "ProxyPath", value=proxy.path)
app.synth()
