"""integ.invoke-model-guardrail-trace (bedrock): BedrockInvokeModel with a draft and a versioned guardrail (by id and
by ARN of an L1 guardrail) and the Bedrock trace enabled."""

import aws_cdk as cdk
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import BedrockInvokeModel, Guardrail

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-bedrock-invoke-model-guardrail-trace-integ")
model = bedrock.FoundationModel.from_foundation_model_id(
    stack, "Model", bedrock.FoundationModelIdentifier.AMAZON_NOVA_MICRO_V1_0)
guardrail = bedrock.CfnGuardrail(
    stack, "Guardrail", name="MyGuardrail",
    blocked_input_messaging="blocked input message by guardrail",
    blocked_outputs_messaging="blocked output message by guardrail",
    content_policy_config=bedrock.CfnGuardrail.ContentPolicyConfigProperty(filters_config=[
        bedrock.CfnGuardrail.ContentFilterConfigProperty(
            input_strength="LOW", output_strength="NONE", type="PROMPT_ATTACK")]),
    word_policy_config=bedrock.CfnGuardrail.WordPolicyConfigProperty(words_config=[
        bedrock.CfnGuardrail.WordConfigProperty(text="attack")]))
bedrock.CfnGuardrailVersion(stack, "GuardrailVersion", guardrail_identifier=guardrail.attr_guardrail_id)
prompt1 = BedrockInvokeModel(
    stack, "Prompt1", model=model,
    body=sfn.TaskInput.from_object({
        "messages": [{"role": "user", "content": [{"text": "test attack"}]}],
        "inferenceConfig": {"maxNewTokens": 100, "temperature": 1}}),
    guardrail=Guardrail.enable_draft(guardrail.attr_guardrail_id),
    trace_enabled=True)
prompt2 = BedrockInvokeModel(
    stack, "Prompt2", model=model,
    body=sfn.TaskInput.from_object({
        "messages": [{"role": "user", "content": [{"text": "test attack"}]}],
        "inferenceConfig": {"maxNewTokens": 100, "temperature": 1}}),
    guardrail=Guardrail.enable(guardrail.attr_guardrail_arn, 1),
    trace_enabled=True)
chain = sfn.Chain.start(prompt1).next(prompt2)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain),
                 timeout=cdk.Duration.seconds(30))
app.synth()
