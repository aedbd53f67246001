"""Imported APIs: from_rest_api_id and from_rest_api_attributes (root usable, no deployment)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "Imported")
by_id = apigateway.RestApi.from_rest_api_id(stack, "ById", "abc123")
by_attrs = apigateway.RestApi.from_rest_api_attributes(stack, "ByAttrs", rest_api_id="def456",
                                                       root_resource_id="root789")
res = by_attrs.root.add_resource("added")
res.add_method("GET")
cdk.CfnOutput(stack, "Id", value=by_id.rest_api_id)
cdk.CfnOutput(stack, "ExecArn", value=by_id.arn_for_execute_api())
cdk.CfnOutput(stack, "ExecArnGet", value=by_attrs.arn_for_execute_api("GET", "/added", "prod"))
cdk.CfnOutput(stack, "ExecArnAny", value=by_attrs.arn_for_execute_api("ANY", "/"))
cdk.CfnOutput(stack, "RootId", value=by_attrs.rest_api_root_resource_id)
app.synth()
