"""Bedrock models: foundation models in a region-agnostic stack, a stack with a concrete region and a China region
stack (the ARN's partition and region), a custom identifier, an imported provisioned model; their ARNs in IAM
statements and outputs and a model id in an L1 agent; and every ``FoundationModelIdentifier`` constant's model id as an output."""

import aws_cdk as cdk
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_iam as iam

app = cdk.App()
agnostic = cdk.Stack(app, "BedrockModelsAgnostic")
titan = bedrock.FoundationModel.from_foundation_model_id(
    agnostic, "Titan", bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1)
custom = bedrock.FoundationModel.from_foundation_model_id(
    agnostic, "Custom", bedrock.FoundationModelIdentifier("vendor.some-model-v9:0"))
provisioned = bedrock.ProvisionedModel.from_provisioned_model_arn(
    agnostic, "Provisioned", "arn:aws:bedrock:us-east-2:123456789012:provisioned-model/abc-123")
role = iam.Role(agnostic, "InvokeRole", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(
    actions=["bedrock:InvokeModel"], resources=[titan.model_arn, custom.model_arn, provisioned.model_arn]))
bedrock.CfnAgent(agnostic, "Agent", agent_name="helper", foundation_model=titan.model_id,
                 agent_resource_role_arn=role.role_arn)
cdk.CfnOutput(agnostic, "TitanArn", value=titan.model_arn)
cdk.CfnOutput(agnostic, "TitanId", value=titan.model_id)
cdk.CfnOutput(agnostic, "CustomId", value=custom.model_id)
cdk.CfnOutput(agnostic, "ProvisionedArn", value=provisioned.model_arn)

regional = cdk.Stack(app, "BedrockModelsRegional", env=cdk.Environment(account="123456789012", region="eu-west-1"))
regional_arns = []
for name, identifier in [
    ("NovaPro", bedrock.FoundationModelIdentifier.AMAZON_NOVA_PRO_V1_0),
    ("ClaudeSonnet", bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0),
    ("Llama", bedrock.FoundationModelIdentifier.META_LLAMA_3_3_70_B_INSTRUCT_V1),
    ("Deprecated", bedrock.FoundationModelIdentifier.ANTHROPIC_CLAUDE_V2_1_200_K),
]:
    model = bedrock.FoundationModel.from_foundation_model_id(regional, name, identifier)
    cdk.CfnOutput(regional, f"{name}Arn", value=model.model_arn)
    regional_arns.append(model.model_arn)
iam.ManagedPolicy(regional, "InvokePolicy", statements=[
    iam.PolicyStatement(actions=["bedrock:InvokeModel"], resources=regional_arns)])

china = cdk.Stack(app, "BedrockModelsChina", env=cdk.Environment(region="cn-north-1"))
mistral = bedrock.FoundationModel.from_foundation_model_id(
    china, "Mistral", bedrock.FoundationModelIdentifier.MISTRAL_LARGE_2_V0_1)
cdk.CfnOutput(china, "MistralArn", value=mistral.model_arn)
iam.ManagedPolicy(china, "InvokePolicy", statements=[
    iam.PolicyStatement(actions=["bedrock:InvokeModel"], resources=[mistral.model_arn])])

identifiers = cdk.Stack(app, "BedrockModelIdentifiers")
cdk.CfnResource(identifiers, "Handle", type="AWS::CloudFormation::WaitConditionHandle")
Identifier = bedrock.FoundationModelIdentifier
for attr in sorted(dir(Identifier)):
    if not attr.startswith("_") and isinstance(getattr(Identifier, attr), Identifier):
        cdk.CfnOutput(identifiers, attr.replace("_", ""), value=getattr(Identifier, attr).model_id)
app.synth()
