"""Port of aws-cdk's aws-config integ.rule-evaluation-mode.ts: a proactive custom rule, a detective-and-proactive
managed rule and a detective custom policy (``STANDARD_NODEJS_RUNTIME`` is Node.js 22; IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_config as config
from aws_cdk import aws_lambda as lambda_

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "ConfigRuleEvaluationMode")

fn = lambda_.Function(
    stack,
    "CustomFunction",
    code=lambda_.AssetCode.from_inline("exports.handler = (event) => console.log(event);"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_22_X,
)

config.CustomRule(
    stack,
    "CustomRule",
    lambda_function=fn,
    periodic=True,
    rule_scope=config.RuleScope.from_resources([config.ResourceType.EC2_INSTANCE]),
    evaluation_modes=config.EvaluationMode.PROACTIVE,
)

config.ManagedRule(
    stack,
    "ManagedRule",
    identifier=config.ManagedRuleIdentifiers.API_GW_XRAY_ENABLED,
    evaluation_modes=config.EvaluationMode.DETECTIVE_AND_PROACTIVE,
)

sample_policy_text = """
# This rule checks if point in time recovery (PITR) is enabled on active Amazon DynamoDB tables
let status = ['ACTIVE']

rule tableisactive when
    resourceType == "AWS::DynamoDB::Table" {
    configuration.tableStatus == %status
}

rule checkcompliance when
    resourceType == "AWS::DynamoDB::Table"
    tableisactive {
        let pitr = supplementaryConfiguration.ContinuousBackupsDescription.pointInTimeRecoveryDescription.pointInTimeRecoveryStatus
        %pitr == "ENABLED"
}
"""

config.CustomPolicy(
    stack,
    "CustomPolicy",
    policy_text=sample_policy_text,
    enable_debug_log=True,
    rule_scope=config.RuleScope.from_resources([config.ResourceType.DYNAMODB_TABLE]),
    evaluation_modes=config.EvaluationMode.DETECTIVE,
)

app.synth()
