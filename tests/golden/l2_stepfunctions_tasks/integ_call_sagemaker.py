"""integ.call-sagemaker: train, create a model, an endpoint configuration and an endpoint (update on failure).

Adapted: the endpoint tags are an object (aws-cdk-lib's Python `TaskInput.from_object` refuses the test's list)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-integ-sagemaker")
encryption_key = kms.Key(stack, "EncryptionKey", removal_policy=cdk.RemovalPolicy.DESTROY)
training_data = s3.Bucket(stack, "TrainingData", encryption=s3.BucketEncryption.KMS, encryption_key=encryption_key,
                          removal_policy=cdk.RemovalPolicy.DESTROY)
training_job = tasks.SageMakerCreateTrainingJob(
    stack, "Train Task",
    algorithm_specification=tasks.AlgorithmSpecification(
        algorithm_name="arn:aws:sagemaker:us-east-1:865070037744:algorithm/"
                       "scikit-decision-trees-15423055-57b73412d2e93e9239e4e16f83298b8f"),
    input_data_config=[tasks.Channel(channel_name="InputData", data_source=tasks.DataSource(
        s3_data_source=tasks.S3DataSource(s3_location=tasks.S3Location.from_bucket(training_data, "data/"))))],
    output_data_config=tasks.OutputDataConfig(
        s3_output_location=tasks.S3Location.from_bucket(training_data, "result/")),
    training_job_name="mytrainingjob", result_path="$.TrainingJob",
)
create_model_task = tasks.SageMakerCreateModel(
    stack, "Create Model", model_name=sfn.JsonPath.string_at("$.Endpoint.Model"),
    primary_container=tasks.ContainerDefinition(
        image=tasks.DockerImage.from_json_expression(sfn.JsonPath.string_at("$.Endpoint.Image")),
        mode=tasks.Mode.SINGLE_MODEL,
        model_s3_location=tasks.S3Location.from_json_expression("$.TrainingJob.ModelArtifacts.S3ModelArtifacts"),
    ),
    result_path="$.Model",
)
create_endpoint_config_task = tasks.SageMakerCreateEndpointConfig(
    stack, "Create enpoint config", endpoint_config_name=sfn.JsonPath.string_at("$.Endpoint.Config"),
    production_variants=[tasks.ProductionVariant(
        initial_instance_count=1, instance_type=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
        variant_name="awesome-variant", model_name=sfn.JsonPath.string_at("$.Endpoint.Model"))],
    result_path="$.EndpointConfig",
)
create_endpoint_task = tasks.SageMakerCreateEndpoint(
    stack, "Create endpoint", endpoint_config_name=sfn.JsonPath.string_at("$.Endpoint.Config"),
    endpoint_name=sfn.JsonPath.string_at("$.Endpoint.Name"),
    tags=sfn.TaskInput.from_object({"Endpoint": "New"}),  # a list in the test: the Python binding takes a mapping
    result_path="$.EndpointDeployed",
)
update_endpoint_task = tasks.SageMakerUpdateEndpoint(
    stack, "Update endpoint", endpoint_config_name=sfn.JsonPath.string_at("$.Endpoint.Config"),
    endpoint_name=sfn.JsonPath.string_at("$.Endpoint.Name"),
)
create_endpoint_task.add_catch(update_endpoint_task, errors=["States.TaskFailed"], result_path="$.EndpointDeployed")
definition = sfn.Pass(stack, "Start", result=sfn.Result.from_object({"Endpoint": {
    "Image": "ImageArn", "Config": "MyEndpointConfig", "Name": "MyEndpointName", "Model": "MyEndpointModelName",
}})).next(training_job).next(create_model_task).next(create_endpoint_config_task).next(create_endpoint_task)
state_machine = sfn.StateMachine(stack, "StateMachine", definition=definition)
cdk.CfnOutput(stack, "StateMachineArn", value=state_machine.state_machine_arn)
app.synth()
