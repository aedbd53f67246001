"""integ.create-model-customization-job (bedrock): two BedrockCreateModelCustomizationJob tasks over a foundation
model (KMS key, tags, hyperparameters, training/validation/output buckets; one in an isolated VPC, one run as a
job)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks


@jsii.implements(tasks.IBedrockCreateModelCustomizationJobVpcConfig)
class VpcConfig:
    """The test's object literal: security groups and subnets for the job."""

    def __init__(self, security_groups: list, subnets: list) -> None:
        self._security_groups = security_groups
        self._subnets = subnets

    @property
    def security_groups(self) -> list:
        return self._security_groups

    @property
    def subnets(self) -> list:
        return self._subnets


app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-bedrock-invoke-model-integ")
vpc = ec2.Vpc(stack, "Vpc", nat_gateways=0, subnet_configuration=[
    ec2.SubnetConfiguration(cidr_mask=24, name="Private", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
model = bedrock.FoundationModel.from_foundation_model_id(
    stack, "Model", bedrock.FoundationModelIdentifier.AMAZON_TITAN_TEXT_G1_EXPRESS_V1)
output_bucket = s3.Bucket(stack, "OutputBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
training_bucket = s3.Bucket(stack, "TrainingBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
validation_bucket = s3.Bucket(stack, "ValidationBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
kms_key = kms.Key(stack, "KmsKey", removal_policy=cdk.RemovalPolicy.DESTROY)
task_config = dict(
    base_model=model,
    client_request_token="MyToken",
    customization_type=tasks.CustomizationType.FINE_TUNING,
    custom_model_kms_key=kms_key,
    custom_model_name="MyCustomModel",
    custom_model_tags=[tasks.CustomModelTag(key="key1", value="value1")],
    hyper_parameters={"batchSize": "10"},
    job_name="MyCustomizationJob",
    job_tags=[tasks.CustomModelTag(key="key2", value="value2")],
    output_data=tasks.OutputBucketConfiguration(bucket=output_bucket),
    training_data=tasks.TrainingBucketConfiguration(bucket=training_bucket),
    validation_data=[tasks.ValidationBucketConfiguration(bucket=validation_bucket)],
    vpc_config=VpcConfig([ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)], vpc.isolated_subnets),
)
task1 = tasks.BedrockCreateModelCustomizationJob(stack, "CreateModelCustomizationJob1", **task_config)
task2 = tasks.BedrockCreateModelCustomizationJob(stack, "CreateModelCustomizationJob2", **{
    **task_config,
    "client_request_token": "MyToken2",
    "custom_model_name": "MyCustomModel2",
    "job_name": "MyCustomizationJob2",
    "integration_pattern": sfn.IntegrationPattern.RUN_JOB,
    "vpc_config": None,
})
chain = sfn.Chain.start(sfn.Pass(stack, "Start")).next(task1).next(task2).next(sfn.Pass(stack, "Done"))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain),
                 timeout=cdk.Duration.seconds(30))
app.synth()
