"""integ.create-training-job: a training job reading from and writing to a KMS-encrypted bucket."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_kms import Key
from aws_cdk.aws_s3 import Bucket, BucketEncryption
from aws_cdk.aws_stepfunctions import StateMachine
from aws_cdk.aws_stepfunctions_tasks import (
    AlgorithmSpecification,
    Channel,
    DataSource,
    OutputDataConfig,
    S3DataSource,
    S3Location,
    SageMakerCreateTrainingJob,
)

app = App()
stack = Stack(app, "integ-stepfunctions-sagemaker")
encryption_key = Key(stack, "EncryptionKey", removal_policy=RemovalPolicy.DESTROY)
training_data = Bucket(stack, "TrainingData", encryption=BucketEncryption.KMS, encryption_key=encryption_key,
                       removal_policy=RemovalPolicy.DESTROY)
sm = StateMachine(stack, "StateMachine", definition=SageMakerCreateTrainingJob(
    stack, "TrainTask",
    algorithm_specification=AlgorithmSpecification(
        algorithm_name="arn:aws:sagemaker:us-east-1:865070037744:algorithm/"
                       "scikit-decision-trees-15423055-57b73412d2e93e9239e4e16f83298b8f"),
    input_data_config=[Channel(channel_name="InputData", data_source=DataSource(
        s3_data_source=S3DataSource(s3_location=S3Location.from_bucket(training_data, "data/"))))],
    output_data_config=OutputDataConfig(s3_output_location=S3Location.from_bucket(training_data, "result/")),
    training_job_name="mytrainingjob",
))
CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
