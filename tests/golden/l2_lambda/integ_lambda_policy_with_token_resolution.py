"""Port of aws-cdk integ.lambda-policy-with-token-resolution.ts: literal and list-token resources in role
statements (the second goes into its own inline policy)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "stack")
mapping_name = "testmapping"
mapping = cdk.CfnMapping(stack, "testmapping", mapping={
    "us": {"regionalModels": "arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-lite-v1:0"}})
mapping.override_logical_id(mapping_name)
func = lambda_.Function(
    stack, "test-function",
    code=lambda_.InlineCode(
        "exports.handler = async (event) => { console.log(event); return {'statusCode': 200, 'body': ''}; }"),
    runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler")
func.add_to_role_policy(iam.PolicyStatement(actions=["bedrock:Invoke*"], resources=["*"]))
func.add_to_role_policy(iam.PolicyStatement(
    actions=["bedrock:Invoke*"], resources=cdk.Fn.split(",", cdk.Fn.find_in_map(mapping_name, "us", "regionalModels"))))
app.synth()
