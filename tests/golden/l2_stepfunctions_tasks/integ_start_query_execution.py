"""integ.start-query-execution: AthenaStartQueryExecution with a database, S3-managed encryption and an output location."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import AthenaStartQueryExecution, EncryptionOption

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-athena-start-query-execution-integ")
start = AthenaStartQueryExecution(stack, "Start Athena Query", query_string=sfn.JsonPath.string_at("$.queryString"),
                                  query_execution_context={"database_name": "mydatabase"},
                                  result_configuration={
                                      "encryption_configuration": {"encryption_option": EncryptionOption.S3_MANAGED},
                                      "output_location": {"bucket_name": "query-results-bucket",
                                                          "object_key": "folder"},
                                  })
sm = sfn.StateMachine(stack, "StateMachine", definition=sfn.Chain.start(start), timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
