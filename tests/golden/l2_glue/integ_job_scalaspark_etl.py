"""Port of aws-cdk's aws-glue integ.job-scalaspark-etl.ts: a default and a fully configured ScalaSparkEtlJob."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam

work = tempfile.mkdtemp()
with open(os.path.join(work, "helloworld.jar"), "wb") as f:
    f.write(b"PK\x05\x06" + bytes(18))  # a stand-in jar (an empty zip archive)

app = cdk.App()
stack = cdk.Stack(app, "aws-glue-job-scalaspark-etl")
script = glue.Code.from_asset(os.path.join(work, "helloworld.jar"))
job_class = "com.example.HelloWorld"
iam_role = iam.Role(stack, "IAMServiceRole", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"),
                    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                        "service-role/AWSGlueServiceRole")])
glue.ScalaSparkEtlJob(stack, "BasicScalaSparkETLJob", script=script, role=iam_role, class_name=job_class)
glue.ScalaSparkEtlJob(
    stack, "OverrideScalaSparkETLJob", script=script, role=iam_role, class_name=job_class, description="Optional Override ScalaSpark ETL Job",
    glue_version=glue.GlueVersion.V3_0,
    worker_configuration=glue.WorkerConfiguration(worker_type=glue.WorkerType.G_1X, number_of_workers=20),
    timeout=cdk.Duration.minutes(15), job_name="Optional Override ScalaSpark ETL Job",
    default_arguments={"arg1": "value1", "arg2": "value2"}, tags={"key": "value"}, job_run_queuing_enabled=True,
)
app.synth()
