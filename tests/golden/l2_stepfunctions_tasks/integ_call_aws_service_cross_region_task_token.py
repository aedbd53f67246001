"""integ.call-aws-service-cross-region-task-token: start an execution (WAIT_FOR_TASK_TOKEN) that sends success back."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                                "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
stack = cdk.Stack(app, "aws-stepfunctions-aws-sdk-cross-region-task-token-integ")
send_success = tasks.CallAwsService(stack, "SendSuccess", service="sfn", action="sendTaskSuccess",
                                    parameters={"TaskToken": sfn.JsonPath.string_at("$.taskToken"), "Output": "{}"},
                                    iam_resources=["*"])
acceptor_state_machine = sfn.StateMachine(stack, "AcceptorStateMachine",
                                          definition_body=sfn.DefinitionBody.from_chainable(send_success))
target_region = cdk.Stack.of(stack).region
start_execution = tasks.CallAwsServiceCrossRegion(
    stack, "StartExecution", service="sfn", action="startExecution",
    parameters={"stateMachineArn": acceptor_state_machine.state_machine_arn,
                "input.$": "States.Format('\\\\{\"taskToken\": \"{}\"\\\\}', $$.Task.Token)"},
    iam_resources=[acceptor_state_machine.state_machine_arn], region=target_region,
    result_path=sfn.JsonPath.DISCARD, integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(start_execution))
app.synth()
