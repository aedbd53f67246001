"""integ.stop-query-execution: AthenaStartQueryExecution then AthenaStopQueryExecution on the execution id."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import AthenaStopQueryExecution, AthenaStartQueryExecution, EncryptionOption

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-athena-stop-query-execution-integ")
start = AthenaStartQueryExecution(
    stack, "Start Athena Query", query_string=sfn.JsonPath.string_at("$.queryString"),
    query_execution_context={"database_name": "mydatabase"},
    result_configuration={"encryption_configuration": {"encryption_option": EncryptionOption.S3_MANAGED}},
)
job = AthenaStopQueryExecution(stack, "Stop Query Execution", query_execution_id=sfn.JsonPath.string_at("$.QueryExecutionId"))
chain = sfn.Chain.start(start).next(job)
sm = sfn.StateMachine(stack, "StateMachine", definition=chain, timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
