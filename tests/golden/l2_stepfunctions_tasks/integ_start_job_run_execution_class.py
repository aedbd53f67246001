"""integ.start-job-run-execution-class: GlueStartJobRun (RUN_JOB, FLEX execution class) on an L1 job.

The script asset's file is written by the app (its content is the asset's; the integ test's job.py is not needed).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_assets as assets
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import ExecutionClass, GlueStartJobRun

script_dir = tempfile.mkdtemp()
with open(os.path.join(script_dir, "job.py"), "w") as f:
    f.write("print('hello from glue')\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-integ-execution-class")
code_asset = assets.Asset(stack, "Glue Job Script", path=os.path.join(script_dir, "job.py"))
job_role = iam.Role(stack, "Glue Job Role", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"),
                    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSGlueServiceRole")])
code_asset.grant_read(job_role)
job = glue.CfnJob(stack, "Glue Job", name="My Glue Job", glue_version="3.0", command=glue.CfnJob.JobCommandProperty(
    name="glueetl", python_version="3", script_location=f"s3://{code_asset.s3_bucket_name}/{code_asset.s3_object_key}",
), role=job_role.role_arn)
job_task = GlueStartJobRun(stack, "Glue Job Task", glue_job_name=job.name,
                           integration_pattern=sfn.IntegrationPattern.RUN_JOB,
                           arguments=sfn.TaskInput.from_object({"--enable-metrics": "true"}),
                           execution_class=ExecutionClass.FLEX)
start_task = sfn.Pass(stack, "Start Task")
end_task = sfn.Pass(stack, "End Task")
sfn.StateMachine(stack, "State Machine", definition=sfn.Chain.start(start_task).next(job_task).next(end_task))
app.synth()
