"""BedrockInvokeModel: body or S3 input/output (locations and URIs), guardrails (id, ARN, draft, version), trace,
JSONata; one stack under the new S3 URI parameters (the flag's v2 default) and one with
``@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask`` off (input/output paths)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks


@jsii.implements(bedrock.IModel)
class Model:
    """A model given by its ARN."""

    def __init__(self, arn: str) -> None:
        self._arn = arn

    @property
    def model_arn(self) -> str:
        return self._arn


app = cdk.App()
stack = cdk.Stack(app, "BedrockInvokeModelFeatures")
model = Model(cdk.Stack.of(stack).format_arn(service="bedrock", resource="foundation-model",
                                            resource_name="amazon.titan-text-express-v1", account=""))

prompt = tasks.BedrockInvokeModel(
    stack, "Prompt", model=model,
    body=sfn.TaskInput.from_object({"inputText": "Generate a list of five first names.",
                                    "textGenerationConfig": {"maxTokenCount": 100, "temperature": 1}}),
    result_selector={"names": sfn.JsonPath.string_at("$.Body.results[0].outputText")},
    guardrail=tasks.Guardrail.enable("abcdef12345", 3), trace_enabled=True,
    accept="application/json", content_type="application/json")
from_s3 = tasks.BedrockInvokeModel.json_path(
    stack, "FromS3", model=model,
    input=tasks.BedrockInvokeModelInputProps(s3_location=s3.Location(bucket_name="input-bucket",
                                                                     object_key="prompts/in.json")),
    output=tasks.BedrockInvokeModelOutputProps(s3_location=s3.Location(bucket_name="output-bucket",
                                                                       object_key="out.json")),
    guardrail=tasks.Guardrail.enable_draft("arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123"),
    trace_enabled=False)
from_uri = tasks.BedrockInvokeModel(
    stack, "FromUri", model=model,
    input=tasks.BedrockInvokeModelInputProps(s3_input_uri=sfn.JsonPath.string_at("$.prompt")),
    output=tasks.BedrockInvokeModelOutputProps(s3_output_uri=sfn.JsonPath.string_at("$.destination")))
jsonata = tasks.BedrockInvokeModel.jsonata(
    stack, "Jsonata", model=model, body=sfn.TaskInput.from_object({"inputText": "{% $states.input.text %}"}),
    outputs={"text": "{% $states.result.Body.results[0].outputText %}"})
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    prompt.next(from_s3).next(from_uri).next(jsonata)))

legacy = cdk.Stack(app, "BedrockInvokeModelLegacyPaths")
legacy.node.set_context("@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask", False)
legacy_model = Model("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2")
by_paths = tasks.BedrockInvokeModel(legacy, "ByPaths", model=legacy_model, input_path="$.in", output_path="$.out")
by_location = tasks.BedrockInvokeModel(
    legacy, "ByLocation", model=legacy_model,
    input=tasks.BedrockInvokeModelInputProps(s3_location=s3.Location(bucket_name="b", object_key="k")),
    output_path="$.result")
sfn.StateMachine(legacy, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    by_paths.next(by_location)))

app.synth()
