"""integ.create-training-job-image: a RUN_JOB training job with a registry image, a formatted job name and a
bucket deployment of the training set.

Adapted: the test's `blazingtext-dataset` folder is written to a temporary folder (same content both sides)."""

import pathlib
import tempfile

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import BucketDeployment, Source
from aws_cdk.aws_stepfunctions import DefinitionBody, IntegrationPattern, JsonPath, StateMachine
from aws_cdk.aws_stepfunctions_tasks import (
    AlgorithmSpecification,
    Channel,
    DataSource,
    DockerImage,
    InputMode,
    OutputDataConfig,
    S3DataSource,
    S3Location,
    SageMakerCreateTrainingJob,
)

dataset = pathlib.Path(tempfile.mkdtemp())
(dataset / "data").mkdir()
(dataset / "data" / "train.txt").write_text("__label__1 hello world\n__label__2 goodbye world\n")

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "sfn-sm-training-job-image")
bucket = Bucket(stack, "Bucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
BucketDeployment(stack, "TrainSet", sources=[Source.asset(str(dataset))], destination_bucket=bucket)
StateMachine(stack, "StateMachine", definition_body=DefinitionBody.from_chainable(SageMakerCreateTrainingJob(
    stack, "TrainTask", training_job_name=JsonPath.format("BlazingText-{}", JsonPath.execution_name),
    integration_pattern=IntegrationPattern.RUN_JOB,
    input_data_config=[Channel(channel_name="train", data_source=DataSource(
        s3_data_source=S3DataSource(s3_location=S3Location.from_bucket(bucket, "data/"))))],
    hyperparameters={"mode": "supervised"},
    algorithm_specification=AlgorithmSpecification(
        training_image=DockerImage.from_registry(f"811284229777.dkr.ecr.{stack.region}.amazonaws.com/blazingtext"),
        training_input_mode=InputMode.FAST_FILE),
    output_data_config=OutputDataConfig(s3_output_location=S3Location.from_bucket(bucket, "result/")),
)))
app.synth()
