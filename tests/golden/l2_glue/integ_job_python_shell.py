"""Port of aws-cdk's aws-glue integ.job-python-shell.ts: Python shell jobs (defaults, extra files, details)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
with open(os.path.join(work, "hello_world.py"), "w") as f:
    f.write('print("hello world")\n')

app = cdk.App()
stack = cdk.Stack(app, "aws-glue-job-python-shell")
script = glue.Code.from_asset(os.path.join(work, "hello_world.py"))
iam_role = iam.Role(stack, "IAMServiceRole", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"),
                    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                        "service-role/AWSGlueServiceRole")])
glue.PythonShellJob(stack, "BasicShellJob39", script=script, role=iam_role)
glue.PythonShellJob(stack, "BasicShellJob", script=script, role=iam_role,
                    python_version=glue.PythonVersion.THREE_NINE, glue_version=glue.GlueVersion.V1_0)
glue.PythonShellJob(stack, "ShellJobWithExtraPyFiles", script=script, role=iam_role,
                    extra_python_files=[glue.Code.from_asset(os.path.join(work, "hello_world.py"))])
glue.PythonShellJob(
    stack, "DetailedShellJob39", script=script, role=iam_role, description="My detailed Python 3.9 Shell Job",
    max_capacity=glue.MaxCapacity.DPU_1, job_name="My Python 3.9 Shell Job",
    default_arguments={"arg1": "value1", "arg2": "value2"}, tags={"key": "value"}, job_run_queuing_enabled=True,
)
app.synth()
