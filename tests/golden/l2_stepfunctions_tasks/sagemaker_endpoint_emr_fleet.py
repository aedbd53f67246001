"""SageMaker create/update endpoint (literal and path names), EMR instance-fleet resize, EMR on EKS cluster delete."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "SageMakerEndpointEmrFleet")
states = [
    tasks.SageMakerCreateEndpoint(stack, "CreateEndpoint", endpoint_name="MyEndpoint",
                                  endpoint_config_name="MyEndpointConfig",
                                  tags=sfn.TaskInput.from_json_path_at("$.Tags")),
    tasks.SageMakerCreateEndpoint.jsonata(stack, "CreateEndpointJsonata", endpoint_name="{% $states.input.name %}",
                                          endpoint_config_name="{% $states.input.config %}"),
    tasks.SageMakerUpdateEndpoint(stack, "UpdateEndpoint", endpoint_name=sfn.JsonPath.string_at("$.Endpoint.Name"),
                                  endpoint_config_name="NewConfig"),
    tasks.EmrModifyInstanceFleetByName(stack, "ModifyFleet", cluster_id="ClusterId", instance_fleet_name="Fleet",
                                       target_on_demand_capacity=2, target_spot_capacity=0),
    tasks.EmrModifyInstanceFleetByName.jsonata(stack, "ModifyFleetJsonata", cluster_id="{% $states.input.id %}",
                                               instance_fleet_name="Fleet", target_on_demand_capacity=1,
                                               target_spot_capacity=3),
    tasks.EmrContainersDeleteVirtualCluster(stack, "DeleteCluster",
                                            virtual_cluster_id=sfn.TaskInput.from_text("abc123")),
    tasks.EmrContainersDeleteVirtualCluster(stack, "DeleteClusterSync",
                                            virtual_cluster_id=sfn.TaskInput.from_json_path_at("$.VirtualClusterId"),
                                            integration_pattern=sfn.IntegrationPattern.RUN_JOB),
]
chain = sfn.Chain.start(states[0])
for state in states[1:]:
    chain = chain.next(state)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain))
app.synth()
