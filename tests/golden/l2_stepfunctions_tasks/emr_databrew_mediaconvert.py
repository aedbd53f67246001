"""EMR step/cluster tasks (add and cancel a step, termination protection, terminate), DataBrew job runs and
MediaConvert jobs, in their JSONPath and JSONata variants and integration patterns."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "EmrDataBrewMediaConvert")

add_step = tasks.EmrAddStep(stack, "AddStep", cluster_id="ClusterId", name="StepName", jar="Jar",
                            main_class="com.example.Main", args=["a", "b"], properties={"k": "v"},
                            action_on_failure=tasks.ActionOnFailure.TERMINATE_CLUSTER,
                            execution_role_arn="arn:aws:iam::123456789012:role/Runtime")
add_step_rr = tasks.EmrAddStep.jsonata(stack, "AddStepJsonata", cluster_id="{% $states.input.clusterId %}",
                                       name="s", jar="j", integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE)
cancel = tasks.EmrCancelStep(stack, "Cancel", cluster_id="c", step_id=sfn.JsonPath.string_at("$.StepId"))
cancel_jsonata = tasks.EmrCancelStep.jsonata(stack, "CancelJsonata", cluster_id="c", step_id="{% $states.input.s %}")
protect = tasks.EmrSetClusterTerminationProtection.json_path(stack, "Protect", cluster_id="c",
                                                             termination_protected=False)
terminate = tasks.EmrTerminateCluster(stack, "Terminate", cluster_id=sfn.JsonPath.string_at("$.ClusterId"))
terminate_rr = tasks.EmrTerminateCluster.jsonata(stack, "TerminateNow", cluster_id="c",
                                                 integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE)
brew = tasks.GlueDataBrewStartJobRun(stack, "Brew", name="my-job")
brew_sync = tasks.GlueDataBrewStartJobRun.json_path(stack, "BrewSync", name=sfn.JsonPath.string_at("$.job"),
                                                    integration_pattern=sfn.IntegrationPattern.RUN_JOB)
brew_jsonata = tasks.GlueDataBrewStartJobRun.jsonata(stack, "BrewJsonata", name="{% $states.input.job %}")
convert = tasks.MediaConvertCreateJob(stack, "Convert", create_job_request={
    "Role": "arn:aws:iam::123456789012:role/MediaConvertRole",
    "Settings": {"OutputGroups": [], "Inputs": [{"FileInput": sfn.JsonPath.string_at("$.file")}]},
})
convert_sync = tasks.MediaConvertCreateJob.jsonata(stack, "ConvertSync", create_job_request={
    "Role": "arn:aws:iam::123456789012:role/MediaConvertRole", "Settings": {"OutputGroups": []},
}, integration_pattern=sfn.IntegrationPattern.RUN_JOB)

chain = sfn.Chain.start(add_step)
for task in [add_step_rr, cancel, cancel_jsonata, protect, terminate, terminate_rr, brew, brew_sync, brew_jsonata,
             convert, convert_sync]:
    chain = chain.next(task)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain))
app.synth()
