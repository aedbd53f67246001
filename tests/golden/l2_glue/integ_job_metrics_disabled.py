"""Port of aws-cdk's aws-glue integ.job-metrics-disabled.ts: PySpark jobs without (some) metrics arguments."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
with open(os.path.join(work, "hello_world.py"), "w") as f:
    f.write('print("hello world")\n')

app = cdk.App()
stack = cdk.Stack(app, "aws-glue-job-metrics-disabled")
script = glue.Code.from_asset(os.path.join(work, "hello_world.py"))
role = iam.Role(stack, "IAMServiceRole", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"),
                managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSGlueServiceRole")])
glue.PySparkEtlJob(stack, "PySparkETLJobNoMetrics", script=script, role=role, job_name="PySparkETLJobNoMetrics",
                   enable_metrics=False, enable_observability_metrics=False)
glue.PySparkEtlJob(stack, "PySparkETLJobSelectiveMetrics", script=script, role=role,
                   job_name="PySparkETLJobSelectiveMetrics", enable_metrics=False, enable_observability_metrics=True)
app.synth()
