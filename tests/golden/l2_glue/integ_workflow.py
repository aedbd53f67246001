"""Port of aws-cdk's aws-glue integ.workflow.ts: a workflow with an on-demand and a conditional trigger."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
with open(os.path.join(work, "hello_world.py"), "w") as f:
    f.write('print("hello world")\n')

app = cdk.App()
stack = cdk.Stack(app, "GlueWorkflowTriggerStack")
workflow = glue.Workflow(stack, "Workflow", description="MyWorkflow")
role = iam.Role(stack, "JobRole", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"))
script = glue.Code.from_asset(os.path.join(work, "hello_world.py"))
outbound_job = glue.PySparkEtlJob(
    stack, "OutboundJob", script=script, role=role, glue_version=glue.GlueVersion.V4_0,
    worker_configuration=glue.WorkerConfiguration(worker_type=glue.WorkerType.G_2X, number_of_workers=2))
inbound_job = glue.PySparkEtlJob(
    stack, "InboundJob", script=script, role=role, glue_version=glue.GlueVersion.V4_0,
    worker_configuration=glue.WorkerConfiguration(worker_type=glue.WorkerType.G_2X, number_of_workers=2))
workflow.add_on_demand_trigger("OnDemandTrigger", actions=[glue.Action.job(inbound_job)])
workflow.add_conditional_trigger(
    "ConditionalTrigger", actions=[glue.Action.job(outbound_job)],
    predicate=glue.Predicate(conditions=[glue.Condition.job(inbound_job, glue.JobState.SUCCEEDED)]))
cdk.CfnOutput(stack, "WorkflowName", value=workflow.workflow_name)
app.synth()
