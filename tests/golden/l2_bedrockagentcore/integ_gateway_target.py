"""Port of aws-bedrockagentcore integ.target: targets through ``GatewayTarget.for_lambda``, ``for_smithy`` and the
constructor with ``LambdaTargetConfiguration``, each after a Lambda resource policy for the gateway. (Its fifth
case, ``metadata_configuration`` on a Lambda target, is newer than aws-cdk-lib 2.275 and left out.)"""

import json
import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

# The Smithy model is written by this app (the same asset hash on both sides) at a fixed path: an asset's construct
# id is the md5 of its path.
schema_dir = os.path.join(tempfile.gettempdir(), "pycdk-golden-agentcore-target")
os.makedirs(schema_dir, exist_ok=True)
smithy_path = os.path.join(schema_dir, "basic-service.json")
with open(smithy_path, "w", newline="") as f:
    json.dump({"smithy": "2.0", "shapes": {
        "example.basic#BasicService": {"type": "service", "version": "2024-01-01",
                                       "operations": [{"target": "example.basic#Echo"}]},
        "example.basic#Echo": {"type": "operation"}}}, f, indent=2)

app = cdk.App()
stack = cdk.Stack(app, "BedrockAgentCoreTargetIntegTest")

gateway = agentcore.Gateway(stack, "TestGateway", gateway_name="target-integ-test-gateway",
                            description="Gateway for testing GatewayTarget static methods and constructor")


def make_function(id, name, message):
    return lambda_.Function(
        stack, id, function_name=name, runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
        code=lambda_.Code.from_inline(
            f"\n    exports.handler = async (event) => {{\n      return {{ message: '{message}' }};\n    }};\n  "))


def make_schema(name, description, prop):
    return agentcore.ToolSchema.from_inline([agentcore.ToolDefinition(
        name=name, description=description, input_schema=agentcore.SchemaDefinition(
            type=agentcore.SchemaDefinitionType.OBJECT,
            properties={prop: agentcore.SchemaDefinition(type=agentcore.SchemaDefinitionType.STRING)}))])


lambda_function1 = make_function("Lambda1", "integ-test-target-lambda1", "From forLambda() static method")
lambda_function1.add_permission("BedrockAgentCoreInvoke",
                                principal=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"),
                                source_arn=gateway.gateway_arn)
lambda_target = agentcore.GatewayTarget.for_lambda(
    stack, "LambdaTarget", gateway=gateway, gateway_target_name="lambda-via-static",
    description="Target created via forLambda static method", lambda_function=lambda_function1,
    tool_schema=make_schema("tool1", "Tool via forLambda static method", "param"),
)
lambda_target.node.add_dependency(gateway.role)
smithy_target = agentcore.GatewayTarget.for_smithy(
    stack, "SmithyTarget", gateway=gateway, gateway_target_name="smithy-via-static",
    description="Target created via forSmithy static method",
    smithy_model=agentcore.ApiSchema.from_local_asset(smithy_path),
)
lambda_function2 = make_function("Lambda2", "integ-test-target-lambda2",
                                 "From constructor with LambdaTargetConfiguration")
lambda_function2.add_permission("BedrockAgentCoreInvoke",
                                principal=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"),
                                source_arn=gateway.gateway_arn)
constructor_target = agentcore.GatewayTarget(
    stack, "ConstructorTarget", gateway=gateway, gateway_target_name="lambda-via-constructor",
    description="Target created via constructor",
    target_configuration=agentcore.LambdaTargetConfiguration.create(
        lambda_function2, make_schema("tool2", "Tool via constructor", "data")),
)
constructor_target.node.add_dependency(gateway.role)

cdk.CfnOutput(stack, "GatewayId", value=gateway.gateway_id)
cdk.CfnOutput(stack, "LambdaTargetId", value=lambda_target.target_id)
cdk.CfnOutput(stack, "SmithyTargetId", value=smithy_target.target_id)
cdk.CfnOutput(stack, "ConstructorTargetId", value=constructor_target.target_id)
app.synth()
