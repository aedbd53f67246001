"""integ.map-inline-maxconcurrency-path: an inline Map reading its concurrency from the input."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "cdk-stepfunctions-map-inline-maxconcurrency-path-stack")
map_ = sfn.Map(stack, "Map", max_concurrency_path=sfn.JsonPath.string_at("$.maxConcurrency"),
               items_path=sfn.JsonPath.string_at("$.inputForMap"))
map_.item_processor(sfn.Pass(stack, "Pass State"))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(map_),
                 timeout=cdk.Duration.seconds(30))

app.synth()
