"""integ.create-transform-job: a RUN_JOB batch transform with given resources."""

from aws_cdk import App, Stack
from aws_cdk.aws_ec2 import InstanceClass, InstanceSize, InstanceType
from aws_cdk.aws_stepfunctions import DefinitionBody, IntegrationPattern, StateMachine
from aws_cdk.aws_stepfunctions_tasks import (
    S3DataType,
    SageMakerCreateTransformJob,
    TransformDataSource,
    TransformInput,
    TransformOutput,
    TransformResources,
    TransformS3DataSource,
)

app = App()
stack = Stack(app, "aws-cdk-step-functions-task-create-transform-job-integ")
task = SageMakerCreateTransformJob(
    stack, "BatchInferenceTask", transform_job_name="MyTransformJob", model_name="MyModelName",
    transform_input=TransformInput(transform_data_source=TransformDataSource(s3_data_source=TransformS3DataSource(
        s3_uri="s3://inputbucket/prefix", s3_data_type=S3DataType.S3_PREFIX))),
    transform_output=TransformOutput(s3_output_path="s3://outputbucket/result"),
    transform_resources=TransformResources(instance_count=1,
                                           instance_type=InstanceType.of(InstanceClass.M4, InstanceSize.XLARGE)),
    integration_pattern=IntegrationPattern.RUN_JOB,
)
StateMachine(stack, "SimpleStateMachine", definition_body=DefinitionBody.from_chainable(task))
app.synth()
