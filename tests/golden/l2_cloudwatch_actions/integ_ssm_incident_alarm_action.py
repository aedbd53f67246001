"""Port of aws-cdk's integ.ssm-incident-alarm-action: an alarm that starts an Incident Manager incident."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as cloudwatch_actions
from aws_cdk import aws_kms as kms
from aws_cdk import aws_ssmincidents as ssm_incidents
from constructs import Construct


class SsmIncidentAlarmActionIntegrationTestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        response_plan_name = "test-response-plan"
        key = kms.Key(self, "Key", pending_window=cdk.Duration.days(7), removal_policy=cdk.RemovalPolicy.DESTROY)
        replication_set = ssm_incidents.CfnReplicationSet(
            self, "ReplicationSet", deletion_protected=False,
            regions=[ssm_incidents.CfnReplicationSet.ReplicationRegionProperty(
                region_name=self.region,
                region_configuration=ssm_incidents.CfnReplicationSet.RegionConfigurationProperty(
                    sse_kms_key_id=key.key_arn),
            )],
        )
        response_plan = ssm_incidents.CfnResponsePlan(
            self, "ResponsePlan", name=response_plan_name,
            incident_template={"title": "Incident Title", "impact": 1},
        )
        response_plan.node.add_dependency(replication_set)
        metric = cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric", label="Metric [AVG: ${AVG}]")
        alarm = cloudwatch.Alarm(self, "Alarm1", metric=metric, threshold=100, evaluation_periods=3)
        alarm.node.add_dependency(response_plan)
        alarm.add_alarm_action(cloudwatch_actions.SsmIncidentAction(response_plan_name))


app = cdk.App()
SsmIncidentAlarmActionIntegrationTestStack(app, "SsmIncidentAlarmActionIntegrationTestStack")
app.synth()
