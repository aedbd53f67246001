"""Every aws_config class beyond the integ ports: managed rules with names, descriptions, parameters, frequencies and
tag/resource scopes, ResourceType.of, AccessKeysRotated with and without a max age, drift checks on the own stack
with a given role, notification checks with topics and with none, a custom rule on both triggers in an env-bound
stack (its permission is shared by a second rule), imported rules and their events, rule ARNs and attributes."""

import aws_cdk as cdk
from aws_cdk import aws_config as config
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "ConfigFeatures", env=cdk.Environment(account="123456789012", region="eu-west-1"))

managed = config.ManagedRule(
    stack,
    "Managed",
    identifier=config.ManagedRuleIdentifiers.S3_BUCKET_VERSIONING_ENABLED,
    config_rule_name="versioning",
    description="buckets must be versioned",
    input_parameters={"isMfaDeleteEnabled": "false"},
    maximum_execution_frequency=config.MaximumExecutionFrequency.SIX_HOURS,
    rule_scope=config.RuleScope.from_tag("team", "data"),
)
config.ManagedRule(
    stack,
    "OneResource",
    identifier=config.ManagedRuleIdentifiers.EC2_INSTANCE_NO_PUBLIC_IP,
    rule_scope=config.RuleScope.from_resource(config.ResourceType.EC2_INSTANCE, "i-1234567890abcdef0"),
)
config.ManagedRule(
    stack,
    "TagKeyOnly",
    identifier="REQUIRED_TAGS",
    input_parameters={"tag1Key": "owner"},
    rule_scope=config.RuleScope.from_tag("owner"),
)
config.ManagedRule(
    stack,
    "OfType",
    identifier=config.ManagedRuleIdentifiers.DYNAMODB_PITR_ENABLED,
    rule_scope=config.RuleScope.from_resources(
        [config.ResourceType.of("AWS::DynamoDB::Table"), config.ResourceType.S3_BUCKET]
    ),
)
config.AccessKeysRotated(stack, "AccessKeys")
config.AccessKeysRotated(stack, "AccessKeys30", max_age=cdk.Duration.days(30), config_rule_name="keys-30")
role = iam.Role(stack, "DriftRole", assumed_by=iam.ServicePrincipal("config.amazonaws.com"))
config.CloudFormationStackDriftDetectionCheck(stack, "Drift", own_stack_only=True, role=role)
topics = [sns.Topic(stack, f"Topic{i}") for i in range(2)]
config.CloudFormationStackNotificationCheck(stack, "Notification", topics=topics)
config.CloudFormationStackNotificationCheck(stack, "NoTopics")

fn = lambda_.Function(
    stack,
    "Fn",
    code=lambda_.Code.from_inline("exports.handler = async () => {};"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
custom = config.CustomRule(
    stack,
    "Custom",
    lambda_function=fn,
    configuration_changes=True,
    periodic=True,
    maximum_execution_frequency=config.MaximumExecutionFrequency.TWELVE_HOURS,
    input_parameters={"threshold": 3},
    description="custom",
)
config.CustomRule(stack, "SecondCustom", lambda_function=fn, periodic=True)
policy = config.CustomPolicy(stack, "Policy", policy_text="rule r { true }", config_rule_name="guard",
                             maximum_execution_frequency=config.MaximumExecutionFrequency.ONE_HOUR)

imported = config.ManagedRule.from_config_rule_name(stack, "Imported", "existing-rule")
imported.on_re_evaluation_status("ReEvaluation", description="re-evaluated")
managed.on_event("AnyEvent", rule_name="config-events", event_pattern=events.EventPattern(account=["123456789012"]))
custom.on_compliance_change("Compliance")

for name, rule in {"Managed": managed, "Custom": custom, "Policy": policy}.items():
    cdk.CfnOutput(stack, f"{name}Arn", value=rule.config_rule_arn)
    cdk.CfnOutput(stack, f"{name}Id", value=rule.config_rule_id)
    cdk.CfnOutput(stack, f"{name}Compliance", value=rule.config_rule_compliance_type)
    cdk.CfnOutput(stack, f"{name}Name", value=rule.config_rule_name)
cdk.CfnOutput(stack, "ImportedName", value=imported.config_rule_name)

agnostic = cdk.Stack(app, "ConfigAgnostic")
agnostic_fn = lambda_.Function(
    agnostic,
    "Fn",
    code=lambda_.Code.from_inline("exports.handler = async () => {};"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
config.CustomRule(agnostic, "Custom", lambda_function=agnostic_fn, configuration_changes=True,
                  evaluation_modes=config.EvaluationMode.DETECTIVE)
config.CloudFormationStackDriftDetectionCheck(agnostic, "Drift", own_stack_only=True)
app.synth()
