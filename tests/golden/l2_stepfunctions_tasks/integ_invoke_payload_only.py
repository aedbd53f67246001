"""integ.invoke.payload.only: two payload-only Lambda invocations and a choice on the result."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_stepfunctions_tasks import LambdaInvoke

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-lambda-invoke-integ")
submit_job_lambda = Function(stack, "submitJobLambda", code=Code.from_inline("""exports.handler = async () => {
        return {
          statusCode: '200',
          body: 'hello, world!'
        };
      };"""), runtime=Runtime.NODEJS_14_X, handler="index.handler")
submit_job = LambdaInvoke(stack, "Invoke Handler", lambda_function=submit_job_lambda, payload_response_only=True)
check_job_state_lambda = Function(stack, "checkJobStateLambda", code=Code.from_inline("""exports.handler = async function(event, context) {
        return {
          status: event.statusCode === '200' ? 'SUCCEEDED' : 'FAILED'
        };
  };"""), runtime=Runtime.NODEJS_14_X, handler="index.handler")
check_job_state = LambdaInvoke(stack, "Check the job state", lambda_function=check_job_state_lambda,
                               payload_response_only=True)
is_complete = sfn.Choice(stack, "Job Complete?")
job_failed = sfn.Fail(stack, "Job Failed", cause="Job Failed", error="Received a status that was not 200")
final_status = sfn.Pass(stack, "Final step")
chain = sfn.Chain.start(submit_job).next(check_job_state).next(
    is_complete.when(sfn.Condition.string_equals("$.status", "FAILED"), job_failed)
    .when(sfn.Condition.string_equals("$.status", "SUCCEEDED"), final_status))
sm = sfn.StateMachine(stack, "StateMachine", definition=chain, timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
