"""Port of aws-bedrockagentcore integ.online-evaluation: an LLM-as-a-judge evaluator and an online evaluation
configuration with built-in and custom evaluators reading a log group."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-online-evaluation")

log_group = logs.LogGroup(
    stack,
    "AgentLogGroup",
    log_group_name="/aws/bedrock-agentcore/integ-test-agent",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    retention=logs.RetentionDays.ONE_DAY,
)

custom_evaluator = agentcore.Evaluator(
    stack,
    "CustomEvaluator",
    evaluator_name="integ_test_custom_eval",
    level=agentcore.EvaluationLevel.SESSION,
    description="Custom evaluator for integration testing",
    evaluator_config=agentcore.EvaluatorConfig.llm_as_a_judge(
        instructions="Evaluate whether the agent response is helpful, accurate, and well-structured. "
        "Context: {context}. Available tools: {available_tools}.",
        model_id="us.anthropic.claude-sonnet-4-6",
        rating_scale=agentcore.EvaluatorRatingScale.categorical(
            [
                agentcore.CategoricalRatingOption(
                    label="Good",
                    definition="The response fully addresses the user query with accurate information.",
                ),
                agentcore.CategoricalRatingOption(
                    label="Bad",
                    definition="The response fails to address the query or contains inaccurate information.",
                ),
            ]
        ),
    ),
    tags={"Environment": "IntegTest", "Team": "CDKAbstractions"},
)

agentcore.OnlineEvaluationConfig(
    stack,
    "BasicEvaluation",
    online_evaluation_config_name="integ_test_basic_eval",
    evaluators=[
        agentcore.EvaluatorSelector.builtin(agentcore.BuiltinEvaluator.HELPFULNESS),
        agentcore.EvaluatorSelector.builtin(agentcore.BuiltinEvaluator.CORRECTNESS),
        agentcore.EvaluatorSelector.custom(custom_evaluator),
    ],
    data_source=agentcore.DataSourceConfig.from_cloud_watch_logs(
        log_group_names=[log_group.log_group_name],
        service_names=["integ-test-agent.default"],
    ),
    description="Integration test evaluation with built-in and custom evaluators",
    execution_status=agentcore.ExecutionStatus.ENABLED,
    tags={"Environment": "IntegTest", "Project": "OnlineEval"},
)
app.synth()
