"""Port of aws-cdk's aws-scheduler-targets integ.sage-maker-start-pipeline-execution.ts (a stand-in pipeline)."""

import json

import aws_cdk as cdk
import jsii
from aws_cdk import aws_sagemaker as sagemaker
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_iam import Grant, ManagedPolicy, Role, ServicePrincipal
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_scheduler_targets import SageMakerPipelineParameter, SageMakerStartPipelineExecution


@jsii.implements(sagemaker.IPipeline)
class FakePipeline(cdk.Resource):
    def __init__(self, scope, id, *, pipeline_name):
        super().__init__(scope, id, physical_name=pipeline_name)
        self._pipeline_name = pipeline_name
        source_bucket = Bucket(self, "SourceBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        output_bucket = Bucket(self, "OutputBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        definition = {
            "PipelineDefinitionBody": json.dumps(
                {
                    "Version": "2020-12-01",
                    "Metadata": {},
                    "Parameters": [{"Name": "ParameterName", "Type": "String", "DefaultValue": "Value"}],
                    "Steps": [
                        {
                            "Name": "TrainingStep",
                            "Type": "Training",
                            "Arguments": {
                                "AlgorithmSpecification": {
                                    "TrainingImage": "382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1",
                                    "TrainingInputMode": "File",
                                },
                                "InputDataConfig": [
                                    {"DataSource": {"S3DataSource": {"S3Uri": source_bucket.s3_url_for_object()}}}
                                ],
                                "OutputDataConfig": {"S3OutputPath": output_bucket.s3_url_for_object()},
                                "ResourceConfig": {
                                    "InstanceCount": 1,
                                    "InstanceType": "ml.m5.large",
                                    "VolumeSizeInGB": 50,
                                },
                                "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
                            },
                        }
                    ],
                },
                separators=(",", ":"),
            )
        }
        pipeline_role = Role(self, "SageMakerPipelineRole", assumed_by=ServicePrincipal("sagemaker.amazonaws.com"))
        pipeline_role.add_managed_policy(ManagedPolicy.from_aws_managed_policy_name("AmazonSageMakerFullAccess"))
        pipeline = sagemaker.CfnPipeline(
            self,
            "Resource",
            pipeline_name=pipeline_name,
            pipeline_definition=definition,
            role_arn=pipeline_role.role_arn,
        )
        self._pipeline_arn = cdk.Stack.of(pipeline).format_arn(
            service="sagemaker",
            resource="pipeline",
            resource_name=pipeline.pipeline_name,
            arn_format=cdk.ArnFormat.SLASH_RESOURCE_NAME,
        )

    @property
    def pipeline_name(self):
        return self._pipeline_name

    @property
    def pipeline_arn(self):
        return self._pipeline_arn

    def grant_start_pipeline_execution(self, grantee):
        return Grant.add_to_principal(
            grantee=grantee, actions=["sagemaker:StartPipelineExecution"], resource_arns=[self.pipeline_arn]
        )


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-scheduler-targets-sagemaker-start-pipeline-execution")
pipeline = FakePipeline(stack, "Pipeline", pipeline_name="my-pipeline")
scheduler.Schedule(
    stack,
    "Schedule",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(10)),
    target=SageMakerStartPipelineExecution(
        pipeline,
        pipeline_parameter_list=[SageMakerPipelineParameter(name="ParameterName", value="ParameterValue")],
    ),
)
app.synth()
