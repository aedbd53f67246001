"""integ.invoke-jsonata: LambdaInvoke.jsonata with context-object expressions and outputs, into a JSONata Choice."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_stepfunctions_tasks import LambdaInvoke

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-stepfunctions-tasks-lambda-invoke-jsonata-integ")

submit_job_lambda = Function(stack, "submitJobLambda", code=Code.from_inline("""exports.handler = async (event, context) => {
        return {
          statusCode: '200',
          body: 'hello, world!',
          ...event,
        };
      };"""), runtime=Runtime.NODEJS_18_X, handler="index.handler")  # the integ tests' STANDARD_NODEJS_RUNTIME
submit_job = LambdaInvoke.jsonata(stack, "Invoke Handler", lambda_function=submit_job_lambda,
                                  payload=sfn.TaskInput.from_object({
                                      "execId": "{% $states.context.Execution.Id %}",
                                      "execInput": "{% $states.context.Execution.Input %}",
                                      "execName": "{% $states.context.Execution.Name %}",
                                      "execRoleArn": "{% $states.context.Execution.RoleArn %}",
                                      "execStartTime": "{% $states.context.Execution.StartTime %}",
                                      "stateEnteredTime": "{% $states.context.State.EnteredTime %}",
                                      "stateName": "{% $states.context.State.Name %}",
                                      "stateRetryCount": "{% $states.context.State.RetryCount %}",
                                      "stateMachineId": "{% $states.context.StateMachine.Id %}",
                                      "stateMachineName": "{% $states.context.StateMachine.Name %}",
                                  }), outputs="{% $states.result.Payload %}")
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
check_job_state = LambdaInvoke.jsonata(stack, "Check the job state", lambda_function=check_job_state_lambda,
                                       outputs={"status": "{% $states.result.Payload.status %}"})
is_complete = sfn.Choice.jsonata(stack, "Job Complete?")
job_failed = sfn.Fail.jsonata(stack, "Job Failed", cause="Job Failed", error="Received a status that was not 200")
final_status = sfn.Pass.jsonata(stack, "Final step")
chain = sfn.Chain.start(submit_job).next(check_job_state).next(
    is_complete.when(sfn.Condition.jsonata("{% $states.input.status = 'FAILED' %}"), job_failed)
    .when(sfn.Condition.jsonata("{% $states.input.status = 'SUCCEEDED' %}"), final_status))
sm = sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain),
                      timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
