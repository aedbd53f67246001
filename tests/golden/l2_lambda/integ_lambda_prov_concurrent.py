"""Port of aws-cdk integ.lambda.prov.concurrent.ts: provisioned concurrency on an alias and on a version."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

LAMBDA_RECOGNIZE_LAYER_VERSION = "@aws-cdk/aws-lambda:recognizeLayerVersion"
app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                                "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
stack = cdk.Stack(app, "aws-cdk-lambda-pce-1")
lambda_code = ("exports.handler =  async function(event, context) { "
               'console.log("Hello from CDK! with #type# Provisioned Concurrent Exec!");}')
pce = 5
fn = lambda_.Function(stack, "MyLambdaAliasPCE", code=lambda_.InlineCode(lambda_code.replace("#type#", "Alias")),
                      handler="index.handler", runtime=lambda_.Runtime.NODEJS_20_X)
fn.add_to_role_policy(iam.PolicyStatement(resources=["*"], actions=["*"]))
version = fn.current_version
alias = lambda_.Alias(stack, "Alias", alias_name="prod", version=version, provisioned_concurrent_executions=pce)
alias.add_permission("AliasPermission", principal=iam.ServicePrincipal("cloudformation.amazonaws.com"))
fn_version_pce = lambda_.Function(stack, "MyLambdaVersionPCE",
                                  code=lambda_.InlineCode(lambda_code.replace("#type#", "Version")),
                                  handler="index.handler", runtime=lambda_.Runtime.NODEJS_20_X,
                                  current_version_options=lambda_.VersionOptions(
                                      provisioned_concurrent_executions=pce))
fn_version_pce.add_to_role_policy(iam.PolicyStatement(resources=["*"], actions=["*"]))
version2 = fn_version_pce.current_version
alias2 = lambda_.Alias(stack, "Alias2", alias_name="prod", version=version2)
alias2.add_permission("AliasPermission2", principal=iam.ServicePrincipal("cloudformation.amazonaws.com"))
cdk.Aspects.of(stack).add(lambda_.FunctionVersionUpgrade(LAMBDA_RECOGNIZE_LAYER_VERSION))
app.synth()
