"""Port of aws-cdk's aws-config integ.custompolicy.ts: Guard custom policies scoped to DynamoDB tables and to one IAM
user (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_config as config
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-config-custompolicy")

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
    "Custom",
    policy_text=sample_policy_text,
    enable_debug_log=True,
    rule_scope=config.RuleScope.from_resources([config.ResourceType.DYNAMODB_TABLE]),
)

user = iam.User(stack, "sample-user")
config.CustomPolicy(
    stack,
    "Custom-lazy",
    policy_text="lazy-create-test",
    enable_debug_log=True,
    rule_scope=config.RuleScope.from_resource(config.ResourceType.IAM_USER, user.user_name),
)

app.synth()
