"""CallApiGatewayRestApiEndpoint/CallApiGatewayHttpApiEndpoint: JSONata, task token headers, paths, auth types."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "ApiGatewayCalls")
api = apigateway.RestApi(stack, "Api")
api.root.add_method("GET")
states = [
    tasks.CallApiGatewayRestApiEndpoint(
        stack, "RestToken", api=api, stage_name="prod", method=tasks.HttpMethod.POST, api_path="/items",
        integration_pattern=sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
        headers=sfn.TaskInput.from_object({"TaskToken": sfn.JsonPath.array(sfn.JsonPath.task_token)}),
        query_parameters=sfn.TaskInput.from_object({"q": sfn.JsonPath.string_at("$.q")}),
        request_body=sfn.TaskInput.from_object({"a": 1}), auth_type=tasks.AuthType.RESOURCE_POLICY,
        region="eu-west-1"),
    tasks.CallApiGatewayRestApiEndpoint.jsonata(stack, "RestJsonata", api=api, stage_name="prod",
                                                method=tasks.HttpMethod.GET, api_path="{% $states.input.path %}",
                                                auth_type=tasks.AuthType.IAM_ROLE),
    tasks.CallApiGatewayRestApiEndpoint.json_path(stack, "RestNoAuth", api=api, stage_name="prod",
                                                  method=tasks.HttpMethod.DELETE, auth_type=tasks.AuthType.NO_AUTH),
    tasks.CallApiGatewayHttpApiEndpoint(stack, "Http", api_id="abc123", api_stack=stack,
                                        method=tasks.HttpMethod.PUT, api_path="/path", stage_name="$default"),
    tasks.CallApiGatewayHttpApiEndpoint.jsonata(stack, "HttpJsonata", api_id="abc123", api_stack=stack,
                                                method=tasks.HttpMethod.PATCH, api_path="/p",
                                                auth_type=tasks.AuthType.IAM_ROLE),
]
chain = sfn.Chain.start(states[0])
for state in states[1:]:
    chain = chain.next(state)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain))
app.synth()
