"""SageMakerCreateEndpointConfig: variants with Elastic Inference accelerators (custom and by class and size),
instance counts and weights, a KMS key, tags, JSONPath names (wildcard policy) and JSONata."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "SageMakerEndpointConfig")
key = kms.Key(stack, "Key")
config = tasks.SageMakerCreateEndpointConfig(
    stack, "Config", endpoint_config_name="MyEndpointConfig", kms_key=key,
    tags=sfn.TaskInput.from_json_path_at("$.tags"),
    production_variants=[
        tasks.ProductionVariant(instance_type=ec2.InstanceType("m5.large"), model_name="ModelA", variant_name="A",
                                accelerator_type=tasks.AcceleratorType("ml.eia1.medium"),
                                initial_instance_count=2, initial_variant_weight=0.6),
        tasks.ProductionVariant(instance_type=ec2.InstanceType.of(ec2.InstanceClass.C5, ec2.InstanceSize.XLARGE),
                                model_name="ModelB", variant_name="B",
                                accelerator_type=tasks.AcceleratorType.of(tasks.AcceleratorClass.EIA2,
                                                                          ec2.InstanceSize.LARGE)),
    ])
from_path = tasks.SageMakerCreateEndpointConfig.json_path(
    stack, "FromPath", endpoint_config_name=sfn.JsonPath.string_at("$.configName"),
    production_variants=[tasks.ProductionVariant(
        instance_type=ec2.InstanceType(sfn.JsonPath.string_at("$.instanceType")),
        model_name=sfn.JsonPath.string_at("$.model"), variant_name="v")],
    result_path="$.config")
jsonata = tasks.SageMakerCreateEndpointConfig.jsonata(
    stack, "Jsonata", endpoint_config_name="{% $states.input.name %}",
    production_variants=[tasks.ProductionVariant(instance_type=ec2.InstanceType("t2.medium"), model_name="m",
                                                 variant_name="only")])
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    config.next(from_path).next(jsonata)))
app.synth()
