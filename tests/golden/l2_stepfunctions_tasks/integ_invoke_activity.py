"""integ.invoke-activity: the job poller sample with StepFunctionsInvokeActivity (paths and parameters)."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-stepfunctions-integ")

submit_job_activity = sfn.Activity(stack, "SubmitJob")
check_job_activity = sfn.Activity(stack, "CheckJob")
submit_job = tasks.StepFunctionsInvokeActivity(stack, "Submit Job", activity=submit_job_activity, result_path="$.guid")
wait_x = sfn.Wait(stack, "Wait X Seconds", time=sfn.WaitTime.seconds_path("$.wait_time"))
get_status = tasks.StepFunctionsInvokeActivity(stack, "Get Job Status", activity=check_job_activity,
                                               input_path="$.guid", result_path="$.status")
is_complete = sfn.Choice(stack, "Job Complete?")
job_failed = sfn.Fail(stack, "Job Failed", cause="AWS Batch Job Failed", error="DescribeJob returned FAILED")
final_status = tasks.StepFunctionsInvokeActivity(stack, "Get Final Job Status", activity=check_job_activity,
                                                 input_path="$.guid", parameters={
                                                     "input.$": "$",
                                                     "stringArgument": "inital-task",
                                                     "numberArgument": 123,
                                                     "booleanArgument": True,
                                                     "arrayArgument": ["a", "b", "c"],
                                                     "jsonPath": sfn.JsonPath.string_at("$.status"),
                                                 })
chain = (sfn.Chain.start(submit_job).next(wait_x).next(get_status)
         .next(is_complete.when(sfn.Condition.string_equals("$.status", "FAILED"), job_failed)
               .when(sfn.Condition.string_equals("$.status", "SUCCEEDED"), final_status)
               .otherwise(wait_x)))
sm = sfn.StateMachine(stack, "StateMachine", definition=chain, timeout=cdk.Duration.seconds(300))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
