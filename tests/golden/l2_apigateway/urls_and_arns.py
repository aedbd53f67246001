"""URLs and ARNs: url, url_for_path, resource url, arn_for_execute_api, method_arn, test_method_arn, ids."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Urls")
api = apigateway.RestApi(stack, "MyApi")
books = api.root.add_resource("books")
get = books.add_method("GET")
book = books.add_resource("{id}")
put = book.add_method("PUT")
role = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
put.grant_execute(role)
cdk.CfnOutput(stack, "Url", value=api.url)
cdk.CfnOutput(stack, "BooksUrl", value=api.url_for_path("/books"))
cdk.CfnOutput(stack, "Arn", value=api.arn_for_execute_api())
cdk.CfnOutput(stack, "ArnGet", value=api.arn_for_execute_api("GET", "/books", "prod"))
cdk.CfnOutput(stack, "MethodArn", value=get.method_arn)
cdk.CfnOutput(stack, "TestArn", value=put.test_method_arn)
cdk.CfnOutput(stack, "MethodId", value=put.method_id)
cdk.CfnOutput(stack, "ResourceId", value=book.resource_id)
cdk.CfnOutput(stack, "ApiId", value=api.rest_api_id)
cdk.CfnOutput(stack, "DeploymentId", value=api.latest_deployment.deployment_id)
cdk.CfnOutput(stack, "StageName", value=api.deployment_stage.stage_name)
app.synth()
