"""Evaluation: numerical LLM judge with inference config and extra fields, code-based evaluator (invoke
permission), imports, every filter value and operator, runtime data sources, given and imported roles, grants."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "AgentCoreEvaluation")

judge = agentcore.Evaluator(
    stack,
    "Judge",
    evaluator_name="numeric_judge",
    level=agentcore.EvaluationLevel.TRACE,
    evaluator_config=agentcore.EvaluatorConfig.llm_as_a_judge(
        instructions="Rate the answer.",
        model_id="anthropic.claude-3-haiku-20240307-v1:0",
        rating_scale=agentcore.EvaluatorRatingScale.numerical(
            [
                agentcore.NumericalRatingOption(label="Low", definition="Poor", value=1),
                agentcore.NumericalRatingOption(label="High", definition="Great", value=5.5),
            ]
        ),
        inference_config=agentcore.EvaluatorInferenceConfig(max_tokens=512, temperature=0.2, top_p=0.9),
        additional_model_request_fields={"top_k": 50, "nested": {"flag": True}},
    ),
)
scorer = lambda_.Function(
    stack,
    "Scorer",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'score': 1}\n"),
)
code_evaluator = agentcore.Evaluator(
    stack,
    "CodeEvaluator",
    evaluator_name="code_eval",
    level=agentcore.EvaluationLevel.TOOL_CALL,
    description="scores in code",
    evaluator_config=agentcore.EvaluatorConfig.code_based(lambda_function=scorer, timeout=cdk.Duration.minutes(2)),
)
scorer2 = lambda_.Function(
    stack,
    "Scorer2",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'score': 0}\n"),
)
plain_code = agentcore.Evaluator(
    stack,
    "PlainCode",
    evaluator_name="plain_code",
    level=agentcore.EvaluationLevel.SESSION,
    evaluator_config=agentcore.EvaluatorConfig.code_based(lambda_function=scorer2),
)
by_id = agentcore.Evaluator.from_evaluator_id(stack, "ById", "byid_eval-abcdefghij")
by_arn = agentcore.Evaluator.from_evaluator_arn(
    stack, "ByArn", "arn:aws:bedrock-agentcore:us-east-1:123456789012:evaluator/byarn_eval-abcdefghij"
)

repository = ecr.Repository(stack, "Repo")
runtime = agentcore.Runtime(
    stack,
    "Runtime",
    runtime_name="eval_runtime",
    agent_runtime_artifact=agentcore.AgentRuntimeArtifact.from_ecr_repository(repository, "v1"),
)
endpoint = runtime.add_endpoint("prod")

online = agentcore.OnlineEvaluationConfig(
    stack,
    "Online",
    online_evaluation_config_name="features_online",
    evaluators=[
        agentcore.EvaluatorSelector.custom(judge),
        agentcore.EvaluatorSelector.custom(code_evaluator),
        agentcore.EvaluatorSelector.custom(by_id),
        agentcore.EvaluatorSelector.custom(by_arn),
        agentcore.EvaluatorSelector.builtin(agentcore.BuiltinEvaluator.TOOL_SELECTION_ACCURACY),
        agentcore.EvaluatorSelector.builtin(agentcore.BuiltinEvaluator.STEREOTYPING),
    ],
    data_source=agentcore.DataSourceConfig.from_agent_runtime_endpoint(runtime, endpoint),
    execution_status=agentcore.ExecutionStatus.DISABLED,
    sampling_percentage=25.5,
    session_timeout=cdk.Duration.minutes(30),
    filters=[
        agentcore.FilterConfig(key="a", operator=agentcore.FilterOperator.EQUAL, value=agentcore.FilterValue.string("x")),
        agentcore.FilterConfig(
            key="b", operator=agentcore.FilterOperator.GREATER_THAN_OR_EQUAL, value=agentcore.FilterValue.number(3)
        ),
        agentcore.FilterConfig(
            key="c", operator=agentcore.FilterOperator.NOT_EQUAL, value=agentcore.FilterValue.boolean(False)
        ),
        agentcore.FilterConfig(
            key="d", operator=agentcore.FilterOperator.NOT_CONTAINS, value=agentcore.FilterValue.string("y")
        ),
        agentcore.FilterConfig(key="e", operator=agentcore.FilterOperator.LESS_THAN, value=agentcore.FilterValue.number(0.5)),
    ],
)
given_role = iam.Role(stack, "GivenRole", assumed_by=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"))
agentcore.OnlineEvaluationConfig(
    stack,
    "WithRole",
    online_evaluation_config_name="with_role",
    execution_role=given_role,
    evaluators=[agentcore.EvaluatorSelector.builtin(agentcore.BuiltinEvaluator.REFUSAL)],
    data_source=agentcore.DataSourceConfig.from_agent_runtime_endpoint(runtime),
)
imported_role = iam.Role.from_role_arn(stack, "ImportedRole", "arn:aws:iam::123456789012:role/eval-role")
agentcore.OnlineEvaluationConfig(
    stack,
    "WithImportedRole",
    online_evaluation_config_name="with_imported_role",
    execution_role=imported_role,
    evaluators=[agentcore.EvaluatorSelector.builtin(agentcore.BuiltinEvaluator.COHERENCE)],
    data_source=agentcore.DataSourceConfig.from_agent_runtime_endpoint_name(runtime, "staging"),
    filters=[],
)

user = iam.User(stack, "User")
judge.grant(user, "bedrock-agentcore:GetEvaluator")
online.grant(user, "bedrock-agentcore:GetOnlineEvaluationConfig")
imported_config = agentcore.OnlineEvaluationConfig.from_online_evaluation_config_attributes(
    stack,
    "ImportedConfig",
    online_evaluation_config_arn="arn:aws:bedrock-agentcore:us-east-1:123456789012:online-evaluation-config/imp-abcdefghij",
    online_evaluation_config_id="imp-abcdefghij",
    online_evaluation_config_name="imp",
    execution_role_arn="arn:aws:iam::123456789012:role/imported-eval",
)
imported_config.grant(user, "bedrock-agentcore:GetOnlineEvaluationConfig")
by_id_config = agentcore.OnlineEvaluationConfig.from_online_evaluation_config_id(stack, "ConfigById", "cfg-abcdefghij")
by_arn_config = agentcore.OnlineEvaluationConfig.from_online_evaluation_config_arn(
    stack, "ConfigByArn", "arn:aws:bedrock-agentcore:us-east-1:123456789012:online-evaluation-config/arn-abcdefghij"
)
by_arn_config.grant(user, "bedrock-agentcore:UpdateOnlineEvaluationConfig")
by_arn.grant(user, "bedrock-agentcore:GetEvaluator")
cdk.CfnOutput(stack, "ByIdArn", value=by_id_config.online_evaluation_config_arn)
cdk.CfnOutput(stack, "ByIdName", value=by_id_config.online_evaluation_config_name)
cdk.CfnOutput(stack, "EvaluatorByIdArn", value=by_id.evaluator_arn)
cdk.CfnOutput(stack, "EvaluatorName", value=by_arn.evaluator_name)
cdk.CfnOutput(stack, "JudgeRef", value=judge.evaluator_ref.evaluator_arn)
cdk.CfnOutput(stack, "OnlineRef", value=online.online_evaluation_config_ref.online_evaluation_config_arn)
cdk.CfnOutput(stack, "OnlineStatus", value=online.status)
cdk.CfnOutput(stack, "OnlineExecStatus", value=online.execution_status)
cdk.CfnOutput(stack, "JudgeStatus", value=judge.status)
cdk.CfnOutput(stack, "PlainId", value=plain_code.evaluator_id)
app.synth()
