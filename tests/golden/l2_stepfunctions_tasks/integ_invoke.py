"""integ.invoke: LambdaInvoke with a context-object payload, output path and result selector, into a Choice."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_stepfunctions_tasks import LambdaInvoke

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-stepfunctions-tasks-lambda-invoke-integ")

submit_job_lambda = Function(stack, "submitJobLambda", code=Code.from_inline("""exports.handler = async (event, context) => {
        return {
          statusCode: '200',
          body: 'hello, world!',
          ...event,
        };
      };"""), runtime=Runtime.NODEJS_18_X, handler="index.handler")  # the integ tests' STANDARD_NODEJS_RUNTIME
submit_job = LambdaInvoke(stack, "Invoke Handler", lambda_function=submit_job_lambda, payload=sfn.TaskInput.from_object({
    "execId": sfn.JsonPath.execution_id,
    "execInput": sfn.JsonPath.execution_input,
    "execName": sfn.JsonPath.execution_name,
    "execRoleArn": sfn.JsonPath.execution_role_arn,
    "execStartTime": sfn.JsonPath.execution_start_time,
    "stateEnteredTime": sfn.JsonPath.state_entered_time,
    "stateName": sfn.JsonPath.state_name,
    "stateRetryCount": sfn.JsonPath.state_retry_count,
    "stateMachineId": sfn.JsonPath.state_machine_id,
    "stateMachineName": sfn.JsonPath.state_machine_name,
}), output_path="$.Payload")
check_job_state_lambda = Function(stack, "checkJobStateLambda", code=Code.from_inline("""exports.handler = async function(event, context) {
        const expectedFields = [
          'execId', 'execInput', 'execName', 'execRoleArn',
          'execStartTime', 'stateEnteredTime', 'stateName',
          'stateRetryCount', 'stateMachineId', 'stateMachineName',
        ];
        const fieldsAreSet = expectedFields.every(field => event[field] !== undefined);
        return {
          status: event.statusCode === '200' && fieldsAreSet ? 'SUCCEEDED' : 'FAILED'
        };
  };"""), runtime=Runtime.NODEJS_18_X, handler="index.handler")
check_job_state = LambdaInvoke(stack, "Check the job state", lambda_function=check_job_state_lambda,
                               result_selector={"status": sfn.JsonPath.string_at("$.Payload.status")})
is_complete = sfn.Choice(stack, "Job Complete?")
job_failed = sfn.Fail(stack, "Job Failed", cause="Job Failed", error="Received a status that was not 200")
final_status = sfn.Pass(stack, "Final step")
chain = sfn.Chain.start(submit_job).next(check_job_state).next(
    is_complete.when(sfn.Condition.string_equals("$.status", "FAILED"), job_failed)
    .when(sfn.Condition.string_equals("$.status", "SUCCEEDED"), final_status))
sm = sfn.StateMachine(stack, "StateMachine", definition=chain, timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
