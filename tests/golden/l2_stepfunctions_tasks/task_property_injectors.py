"""Property injectors registered on the stack change the props of the tasks that declare a PROPERTY_INJECTION_ID
(SageMakerCreateModel, SageMakerCreateTrainingJob, SageMakerCreateEndpointConfig, CallApiGatewayHttpApiEndpoint,
also through their json_path/jsonata factories); a task without an id (SageMakerCreateEndpoint) is left alone."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks


@jsii.implements(cdk.IPropertyInjector)
class ModelInjector:
    @property
    def construct_unique_id(self):
        return tasks.SageMakerCreateModel.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {"enableNetworkIsolation": True, **original_props}


@jsii.implements(cdk.IPropertyInjector)
class TrainingInjector:
    @property
    def construct_unique_id(self):
        return tasks.SageMakerCreateTrainingJob.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {**original_props, "environment": {"INJECTED": "yes"}, "hyperparameters": {"epochs": "3"}}


@jsii.implements(cdk.IPropertyInjector)
class EndpointConfigInjector:
    @property
    def construct_unique_id(self):
        return tasks.SageMakerCreateEndpointConfig.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {**original_props, "tags": sfn.TaskInput.from_json_path_at("$.injectedTags")}


@jsii.implements(cdk.IPropertyInjector)
class HttpApiInjector:
    @property
    def construct_unique_id(self):
        return tasks.CallApiGatewayHttpApiEndpoint.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {**original_props, "authType": tasks.AuthType.IAM_ROLE, "apiPath": "/injected"}


app = cdk.App()
stack = cdk.Stack(app, "TaskPropertyInjectors", property_injectors=[
    ModelInjector(), TrainingInjector(), EndpointConfigInjector(), HttpApiInjector()])
model = tasks.SageMakerCreateModel(stack, "Model", model_name="m", primary_container=tasks.ContainerDefinition(
    image=tasks.DockerImage.from_registry("repo/image:1")))
training = tasks.SageMakerCreateTrainingJob.json_path(
    stack, "Training", training_job_name="job",
    algorithm_specification=tasks.AlgorithmSpecification(algorithm_name="algo"),
    output_data_config=tasks.OutputDataConfig(s3_output_location=tasks.S3Location.from_json_expression("$.out")))
config = tasks.SageMakerCreateEndpointConfig.jsonata(
    stack, "Config", endpoint_config_name="c", production_variants=[tasks.ProductionVariant(
        instance_type=ec2.InstanceType("m5.large"), model_name="m", variant_name="v")])
endpoint = tasks.SageMakerCreateEndpoint(stack, "Endpoint", endpoint_config_name="c", endpoint_name="e")
http = tasks.CallApiGatewayHttpApiEndpoint(stack, "Http", api_id="abc123", api_stack=stack,
                                           method=tasks.HttpMethod.GET, stage_name="$default")
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    model.next(training).next(config).next(endpoint).next(http)))
app.synth()
