"""SageMaker model, training and transform tasks: VPCs (task-made security groups plus added ones), pipeline
containers, ECR/registry/JSONPath/asset images, bucket and JSONPath S3 locations, KMS keys, channels with every option,
hyperparameters, tags, environment, RUN_JOB policies, model client options, JSONata and JSONPath names."""

import pathlib
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

image_dir = pathlib.Path(tempfile.mkdtemp())
(image_dir / "Dockerfile").write_text("FROM public.ecr.aws/docker/library/python:3.12\n")

app = cdk.App()
stack = cdk.Stack(app, "SageMakerJobs")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
bucket = s3.Bucket(stack, "Bucket")
key = kms.Key(stack, "Key")
volume_key = kms.Key(stack, "VolumeKey")
repo = ecr.Repository(stack, "Repo")
extra_sg = ec2.SecurityGroup(stack, "ExtraSg", vpc=vpc)

model = tasks.SageMakerCreateModel(
    stack, "Model", model_name="MyModel", enable_network_isolation=True, vpc=vpc,
    subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    tags=sfn.TaskInput.from_json_path_at("$.tags"),
    primary_container=tasks.ContainerDefinition(
        image=tasks.DockerImage.from_ecr_repository(repo, "v1"), mode=tasks.Mode.MULTI_MODEL,
        model_s3_location=tasks.S3Location.from_bucket(bucket, "models/"),
        environment_variables=sfn.TaskInput.from_object({"A": "1"}), container_host_name="primary"),
    containers=[
        tasks.ContainerDefinition(image=tasks.DockerImage.from_registry("public.ecr.aws/x/y:latest"),
                                  container_host_name="second"),
        tasks.ContainerDefinition(model_package_name="arn:aws:sagemaker:us-east-1:123456789012:model-package/p"),
        tasks.ContainerDefinition(image=tasks.DockerImage.from_asset(stack, "AssetImage", directory=str(image_dir),
                                                                     build_args={"A": "1"})),
    ],
)
model.add_security_group(extra_sg)
role = iam.Role(stack, "GivenRole", assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"))
model_with_role = tasks.SageMakerCreateModel.json_path(
    stack, "ModelWithRole", model_name=sfn.JsonPath.string_at("$.name"), role=role,
    primary_container=tasks.ContainerDefinition(
        image=tasks.DockerImage.from_json_expression(sfn.JsonPath.string_at("$.image"), False)))

training = tasks.SageMakerCreateTrainingJob(
    stack, "Training", training_job_name="Job", integration_pattern=sfn.IntegrationPattern.RUN_JOB,
    algorithm_specification=tasks.AlgorithmSpecification(
        training_image=tasks.DockerImage.from_ecr_repository(repo),
        training_input_mode=tasks.InputMode.PIPE,
        metric_definitions=[tasks.MetricDefinition(name="loss", regex="loss=(.*)")]),
    input_data_config=[
        tasks.Channel(channel_name="train", compression_type=tasks.CompressionType.GZIP, content_type="text/csv",
                      input_mode=tasks.InputMode.FILE, record_wrapper_type=tasks.RecordWrapperType.RECORD_IO,
                      shuffle_config=tasks.ShuffleConfig(seed=3),
                      data_source=tasks.DataSource(s3_data_source=tasks.S3DataSource(
                          s3_location=tasks.S3Location.from_bucket(bucket, "train/"),
                          s3_data_type=tasks.S3DataType.MANIFEST_FILE,
                          s3_data_distribution_type=tasks.S3DataDistributionType.SHARDED_BY_S3_KEY,
                          attribute_names=["source-ref"]))),
        tasks.Channel(channel_name="test", data_source=tasks.DataSource(s3_data_source=tasks.S3DataSource(
            s3_location=tasks.S3Location.from_json_expression("$.testData")))),
    ],
    output_data_config=tasks.OutputDataConfig(s3_output_location=tasks.S3Location.from_bucket(bucket, "out/"),
                                              encryption_key=key),
    resource_config=tasks.ResourceConfig(instance_count=2, instance_type=ec2.InstanceType("p3.2xlarge"),
                                         volume_size=cdk.Size.gibibytes(50), volume_encryption_key=volume_key),
    stopping_condition=tasks.StoppingCondition(max_runtime=cdk.Duration.hours(2)),
    hyperparameters={"lr": "0.1"}, tags={"Team": "ml"}, environment={"MODE": "train"},
    enable_network_isolation=True,
    vpc_config=tasks.VpcConfig(vpc=vpc, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)),
)
training.add_security_group(extra_sg)
training_jsonata = tasks.SageMakerCreateTrainingJob.jsonata(
    stack, "TrainingJsonata", training_job_name="{% $states.input.name %}",
    algorithm_specification=tasks.AlgorithmSpecification(algorithm_name="my-algo"),
    output_data_config=tasks.OutputDataConfig(
        s3_output_location=tasks.S3Location.from_json_expression("{% $states.input.out %}")),
    resource_config=tasks.ResourceConfig(instance_count=1,
                                         instance_type=ec2.InstanceType("{% $states.input.type %}"),
                                         volume_size=cdk.Size.gibibytes(5)),
)
transform = tasks.SageMakerCreateTransformJob(
    stack, "Transform", transform_job_name=sfn.JsonPath.string_at("$.job"), model_name="MyModel",
    batch_strategy=tasks.BatchStrategy.MULTI_RECORD, environment={"E": "v"}, max_concurrent_transforms=3,
    max_payload=cdk.Size.mebibytes(6), tags={"k": "v"},
    model_client_options=tasks.ModelClientOptions(invocations_max_retries=2,
                                                  invocations_timeout=cdk.Duration.minutes(2)),
    transform_input=tasks.TransformInput(
        compression_type=tasks.CompressionType.GZIP, content_type="text/csv", split_type=tasks.SplitType.LINE,
        transform_data_source=tasks.TransformDataSource(s3_data_source=tasks.TransformS3DataSource(
            s3_uri="s3://in/prefix"))),
    transform_output=tasks.TransformOutput(s3_output_path="s3://out/result", accept="text/csv",
                                           assemble_with=tasks.AssembleWith.LINE, encryption_key=key),
    transform_resources=tasks.TransformResources(instance_count=2, instance_type=ec2.InstanceType("m5.large"),
                                                 volume_encryption_key=volume_key),
    role=role,
)
transform_defaults = tasks.SageMakerCreateTransformJob.jsonata(
    stack, "TransformDefaults", transform_job_name="t", model_name="m",
    model_client_options=tasks.ModelClientOptions(),
    transform_input=tasks.TransformInput(transform_data_source=tasks.TransformDataSource(
        s3_data_source=tasks.TransformS3DataSource(s3_uri="s3://in/x"))),
    transform_output=tasks.TransformOutput(s3_output_path="s3://out/x"),
)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    model.next(model_with_role).next(training).next(training_jsonata).next(transform).next(transform_defaults)))
cdk.CfnOutput(stack, "ModelRole", value=model.role.role_arn)
cdk.CfnOutput(stack, "TrainingRole", value=training.role.role_arn)
cdk.CfnOutput(stack, "TransformRole", value=transform_defaults.role.role_arn)
app.synth()
