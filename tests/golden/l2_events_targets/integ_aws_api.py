"""Port of aws-cdk integ.aws-api.ts (aws-events-targets/test/aws-api): ``AwsApi`` targets (ECS, RDS, SSM with
``EventField`` parameters, KMS) sharing one singleton handler (pycdk's own, masked). ``IntegTest`` and its
assertions dropped."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk.aws_kms import Key
from aws_cdk.aws_ssm import StringParameter

app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
    }
)


class AwsApi(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        schedule_rule = events.Rule(self, "ScheduleRule", schedule=events.Schedule.cron(hour="0", minute="0"))
        schedule_rule.add_target(
            targets.AwsApi(
                service="ECS",
                action="updateService",
                parameters={"service": "cool-service", "forceNewDeployment": True},
            )
        )
        schedule_rule.add_target(
            targets.AwsApi(service="RDS", action="stopDBInstance", parameters={"DBInstanceIdentifier": "dev-instance"})
        )
        self.parameter_under_test = StringParameter(
            self,
            "TestParameter",
            parameter_name="/cdk-integ/aws-event-targets/aws-api-target/default-param",
            string_value="default-value",
        )
        update_ssm_rule = events.Rule(
            self,
            "UpdateSSMRule",
            event_pattern=events.EventPattern(
                source=["cdk.integ"],
                detail_type=["SSMUpdateParameter"],
                detail={"Name": [self.parameter_under_test.parameter_name]},
            ),
        )
        update_ssm_rule.node.add_dependency(self.parameter_under_test)
        update_ssm_rule.add_target(
            targets.AwsApi(
                service="SSM",
                action="putParameter",
                parameters={
                    "Name": events.EventField.from_path("$.detail.Name"),
                    "Value": events.EventField.from_path("$.detail.Value"),
                    "Overwrite": True,
                },
            )
        )
        self.encryption_key = Key(self, "EncryptionKey")
        encrypt_data = events.Rule(
            self,
            "EncryptDataRule",
            event_pattern=events.EventPattern(
                source=["cdk.integ"], detail_type=["EncryptData"], detail={"KeyId": [self.encryption_key.key_id]}
            ),
        )
        self.encryption_key.node.add_dependency(self.encryption_key)
        encrypt_data.add_target(
            targets.AwsApi(
                service="KMS",
                action="encrypt",
                parameters={
                    "KeyId": events.EventField.from_path("$.detail.KeyId"),
                    "Plaintext": events.EventField.from_path("$.detail.Plaintext"),
                },
            )
        )


AwsApi(app, "aws-cdk-aws-api-target-integ")
app.synth()
