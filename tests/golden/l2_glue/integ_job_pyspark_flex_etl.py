"""Port of aws-cdk's aws-glue integ.job-pyspark-flex-etl.ts: a default and a fully configured PySparkFlexEtlJob."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
with open(os.path.join(work, "hello_world.py"), "w") as f:
    f.write('print("hello world")\n')

app = cdk.App()
stack = cdk.Stack(app, "aws-glue-job-pysparkflex-etl")
script = glue.Code.from_asset(os.path.join(work, "hello_world.py"))
iam_role = iam.Role(stack, "IAMServiceRole", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"),
                    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                        "service-role/AWSGlueServiceRole")])
glue.PySparkFlexEtlJob(stack, "BasicPySparkFlexEtlJob", script=script, role=iam_role)
glue.PySparkFlexEtlJob(
    stack, "OverridePySparkFlexEtlJob", script=script, role=iam_role, description="Optional Override PySpark Flex Etl Job",
    glue_version=glue.GlueVersion.V3_0,
    worker_configuration=glue.WorkerConfiguration(worker_type=glue.WorkerType.G_1X, number_of_workers=20),
    timeout=cdk.Duration.minutes(15), job_name="Optional Override PySpark Flex Etl Job",
    default_arguments={"arg1": "value1", "arg2": "value2"}, tags={"key": "value"},
)
app.synth()
