"""BedrockCreateModelCustomizationJob: the task-made role (S3 and VPC statements), a KMS key for the custom model,
tags, hyperparameters, validation data, a VPC configuration, run-job; and one with a given role and no validation
data (the evaluation-percentage hyperparameter instead)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_bedrock as bedrock
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks


@jsii.implements(bedrock.IModel)
class Model:
    """A model given by its ARN."""

    def __init__(self, arn: str) -> None:
        self._arn = arn

    @property
    def model_arn(self) -> str:
        return self._arn


@jsii.implements(tasks.IBedrockCreateModelCustomizationJobVpcConfig)
class VpcConfig:
    """Security groups and subnets for the job."""

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
stack = cdk.Stack(app, "BedrockModelCustomization")
model = Model("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1")
training = s3.Bucket(stack, "Training")
validation = s3.Bucket(stack, "Validation")
output = s3.Bucket(stack, "Output")
key = kms.Key(stack, "Key")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
    ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
group = ec2.SecurityGroup(stack, "Group", vpc=vpc)

full = tasks.BedrockCreateModelCustomizationJob(
    stack, "Full", base_model=model, custom_model_name="MyCustomModel", job_name="MyJob",
    training_data=tasks.TrainingBucketConfiguration(bucket=training, path="train/data.jsonl"),
    output_data=tasks.OutputBucketConfiguration(bucket=output, path="out"),
    validation_data=[tasks.ValidationBucketConfiguration(bucket=validation, path="v1.jsonl"),
                     tasks.ValidationBucketConfiguration(bucket=validation)],
    client_request_token="token-1", customization_type=tasks.CustomizationType.FINE_TUNING,
    custom_model_kms_key=key, custom_model_tags=[tasks.CustomModelTag(key="team", value="ml")],
    job_tags=[tasks.CustomModelTag(key="job", value="nightly")],
    hyper_parameters={"batchSize": "8", "epochCount": "2"},
    vpc_config=VpcConfig([group], vpc.isolated_subnets),
    integration_pattern=sfn.IntegrationPattern.RUN_JOB, result_path="$.job")
role = iam.Role(stack, "GivenRole", assumed_by=iam.ServicePrincipal("bedrock.amazonaws.com"))
given_role = tasks.BedrockCreateModelCustomizationJob(
    stack, "GivenRoleJob", base_model=model, custom_model_name="Other", job_name="other-job", role=role,
    training_data=tasks.TrainingBucketConfiguration(bucket=training),
    output_data=tasks.OutputBucketConfiguration(bucket=output),
    customization_type=tasks.CustomizationType.CONTINUED_PRE_TRAINING,
    hyper_parameters={"Evaluation percentage": "20"})
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(full.next(given_role)))
app.synth()
