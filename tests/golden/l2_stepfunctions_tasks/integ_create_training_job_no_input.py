"""integ.create-training-job-no-input: a RUN_JOB training job without input channels, FastFile input mode."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_stepfunctions import IntegrationPattern, StateMachine
from aws_cdk.aws_stepfunctions_tasks import (
    AlgorithmSpecification,
    InputMode,
    OutputDataConfig,
    S3Location,
    SageMakerCreateTrainingJob,
)

app = App()
stack = Stack(app, "step-functions-sagemaker-create-training-job-no-input")
training_data = Bucket(stack, "TrainingData", removal_policy=RemovalPolicy.DESTROY)
StateMachine(stack, "StateMachine", definition=SageMakerCreateTrainingJob(
    stack, "TrainTask", training_job_name="MyTrainingJob", integration_pattern=IntegrationPattern.RUN_JOB,
    algorithm_specification=AlgorithmSpecification(algorithm_name="BlazingText",
                                                   training_input_mode=InputMode.FAST_FILE),
    output_data_config=OutputDataConfig(s3_output_location=S3Location.from_bucket(training_data, "result/")),
))
app.synth()
