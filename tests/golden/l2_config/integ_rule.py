"""Port of aws-cdk's aws-config integ.rule.ts: a custom Lambda rule on EC2 configuration changes and a drift check
with a compliance-change event to an SNS topic, after a recorder and delivery channel (the test's
``ConfigPrerequisites`` helper, inlined; ``STANDARD_NODEJS_RUNTIME`` is Node.js 22; IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_config as config
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from constructs import Construct


class ConfigPrerequisites(Construct):
    def __init__(self, scope: Construct, id: str, *, resource_types: list) -> None:
        super().__init__(scope, id)
        config_role = iam.Role(
            self,
            "Role",
            assumed_by=iam.ServicePrincipal("config.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWS_ConfigRole")],
        )
        self.recorder = config.CfnConfigurationRecorder(
            self,
            "Recorder",
            role_arn=config_role.role_arn,
            recording_group=config.CfnConfigurationRecorder.RecordingGroupProperty(
                all_supported=False, resource_types=resource_types
            ),
        )
        delivery_bucket = s3.Bucket(self, "DeliveryBucket", removal_policy=cdk.RemovalPolicy.DESTROY,
                                    auto_delete_objects=True)
        delivery_bucket.add_to_resource_policy(iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            principals=[iam.ServicePrincipal("config.amazonaws.com")],
            actions=["s3:GetBucketAcl", "s3:ListBucket"],
            resources=[delivery_bucket.bucket_arn],
        ))
        delivery_bucket.add_to_resource_policy(iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            principals=[iam.ServicePrincipal("config.amazonaws.com")],
            actions=["s3:PutObject"],
            resources=[delivery_bucket.arn_for_objects("AWSLogs/*")],
            conditions={"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}},
        ))
        self.delivery_channel = config.CfnDeliveryChannel(self, "DeliveryChannel",
                                                          s3_bucket_name=delivery_bucket.bucket_name)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-config-rule")

prerequisites = ConfigPrerequisites(stack, "ConfigPrerequisites",
                                    resource_types=["AWS::CloudFormation::Stack", "AWS::EC2::Instance"])

fn = lambda_.Function(
    stack,
    "CustomFunction",
    code=lambda_.AssetCode.from_inline("exports.handler = (event) => console.log(event);"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_22_X,
)

custom_rule = config.CustomRule(
    stack,
    "Custom",
    configuration_changes=True,
    lambda_function=fn,
    rule_scope=config.RuleScope.from_resources([config.ResourceType.EC2_INSTANCE]),
)
custom_rule.node.add_dependency(prerequisites.recorder)
custom_rule.node.add_dependency(prerequisites.delivery_channel)

drift_rule = config.CloudFormationStackDriftDetectionCheck(stack, "Drift")
drift_rule.node.add_dependency(prerequisites.recorder)
drift_rule.node.add_dependency(prerequisites.delivery_channel)

compliance_topic = sns.Topic(stack, "ComplianceTopic")

drift_rule.on_compliance_change("ComplianceChange", target=targets.SnsTopic(compliance_topic))

app.synth()
