"""Imported stage, API key and usage plan; API key grants; stage.add_api_key; a resource imported by id."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ImportsGrants")
api = apigateway.RestApi(stack, "Api", cloud_watch_role=False)
api.root.add_method("GET")
role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key = api.deployment_stage.add_api_key("StageKey", api_key_name="stage-key")
key.grant_read(role)
imported_key = apigateway.ApiKey.from_api_key_id(stack, "ImportedKey", "key-123")
plan = apigateway.UsagePlan.from_usage_plan_id(stack, "ImportedPlan", "plan-123")
plan.add_api_key(key)
stage = apigateway.Stage.from_stage_attributes(stack, "ImportedStage", rest_api=api, stage_name="old")
other_key = apigateway.ApiKey(stack, "OtherKey", resources=[api])
res = apigateway.Resource.from_resource_attributes(stack, "ImportedRes", resource_id="res-1", rest_api=api,
                                                   path="/legacy")
res.add_method("POST")
cdk.CfnOutput(stack, "StageUrl", value=stage.url_for_path("/x"))
cdk.CfnOutput(stack, "StageArn", value=stage.stage_arn)
cdk.CfnOutput(stack, "ImportedArn", value=imported_key.key_arn)
cdk.CfnOutput(stack, "OtherKeyId", value=other_key.key_id)
app.synth()
