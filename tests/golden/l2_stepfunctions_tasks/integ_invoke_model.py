"""integ.invoke-model (bedrock): BedrockInvokeModel over a foundation model: result selectors, output/input paths
and S3 input/output URIs (with useNewS3UriParametersForBedrockInvokeModelTask set after the CLI context)."""

import aws_cdk as cdk
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import BedrockInvokeModel

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-cdk.aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask": True})
stack = cdk.Stack(app, "aws-stepfunctions-tasks-bedrock-invoke-model-integ")
model = bedrock.FoundationModel.from_foundation_model_id(
    stack, "Model", bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1)
prompt1 = BedrockInvokeModel(
    stack, "Prompt1", model=model,
    body=sfn.TaskInput.from_object({
        "inputText": "Generate a list of five first names.",
        "textGenerationConfig": {"maxTokenCount": 100, "temperature": 1}}),
    result_selector={"names": sfn.JsonPath.string_at("$.Body.results[0].outputText")},
    result_path="$")
prompt2 = BedrockInvokeModel(
    stack, "Prompt2", model=model,
    body=sfn.TaskInput.from_object({
        "inputText": sfn.JsonPath.format("Alphabetize this list of first names:\n{}", sfn.JsonPath.string_at("$.names")),
        "textGenerationConfig": {"maxTokenCount": 100, "temperature": 1}}),
    result_selector={"names": sfn.JsonPath.string_at("$.Body.results[0].outputText")},
    result_path="$")
prompt3 = BedrockInvokeModel(
    stack, "Prompt3", model=model,
    body=sfn.TaskInput.from_object({
        "inputText": sfn.JsonPath.format("Alphabetize this list of first names:\n{}", sfn.JsonPath.string_at("$.names")),
        "textGenerationConfig": {"maxTokenCount": 100, "temperature": 1}}),
    output_path=sfn.JsonPath.string_at("$.names"))
prompt4 = BedrockInvokeModel(
    stack, "Prompt4", model=model,
    body=sfn.TaskInput.from_object({
        "inputText": sfn.JsonPath.format("Alphabetize this list of first names:\n{}", sfn.JsonPath.string_at("$.names")),
        "textGenerationConfig": {"maxTokenCount": 100, "temperature": 1}}),
    input_path=sfn.JsonPath.string_at("$.names"))
prompt5 = BedrockInvokeModel(
    stack, "Prompt5", model=model,
    input={"s3_input_uri": sfn.JsonPath.string_at("$.names")},
    output={"s3_output_uri": sfn.JsonPath.string_at("$.names")})
chain = sfn.Chain.start(prompt1).next(prompt2).next(prompt3).next(prompt4).next(prompt5)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain),
                 timeout=cdk.Duration.seconds(30))
app.synth()
