"""A Step Functions state machine with a JSON definition, logging and tracing, and an activity."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "L1StepFunctions")

activity = sfn.CfnActivity(stack, "Activity", name="golden-activity", tags=[{"key": "a", "value": "b"}])
sfn.CfnStateMachine(
    stack,
    "Machine",
    role_arn="arn:aws:iam::123456789012:role/sfn",
    state_machine_type="STANDARD",
    definition={
        "StartAt": "Work",
        "States": {
            "Work": {"Type": "Task", "Resource": activity.ref, "Next": "Done"},
            "Done": {"Type": "Succeed"},
        },
    },
    definition_substitutions={"Bucket": "golden"},
    logging_configuration=sfn.CfnStateMachine.LoggingConfigurationProperty(
        level="ERROR",
        include_execution_data=False,
        destinations=[
            sfn.CfnStateMachine.LogDestinationProperty(
                cloud_watch_logs_log_group=sfn.CfnStateMachine.CloudWatchLogsLogGroupProperty(
                    log_group_arn="arn:aws:logs:us-east-1:123456789012:log-group:sfn:*"
                )
            )
        ],
    ),
    tracing_configuration={"enabled": True},
    tags=[sfn.CfnStateMachine.TagsEntryProperty(key="flow", value="golden")],
)

app.synth()
