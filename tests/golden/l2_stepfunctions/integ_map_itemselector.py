"""integ.map-itemselector: an inline Map with an item selector."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "cdk-stepfunctions-map-itemselector-stack")
map_ = sfn.Map(stack, "Map", state_name="My-Map-State", max_concurrency=1,
               items_path=sfn.JsonPath.string_at("$.inputForMap"),
               item_selector={"foo": "foo", "bar": sfn.JsonPath.string_at("$.bar")})
map_.item_processor(sfn.Pass(stack, "Pass State"))
sfn.StateMachine(stack, "StateMachine", definition=map_, timeout=cdk.Duration.seconds(30))

app.synth()
