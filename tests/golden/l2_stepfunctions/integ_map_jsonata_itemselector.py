"""integ.map-jsonata-itemselector: a JSONata Map with a JSONata item selector."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "cdk-stepfunctions-map-jsonata-itemselector-stack")
map_ = sfn.Map(stack, "Map", query_language=sfn.QueryLanguage.JSONATA, state_name="My-Map-State", max_concurrency=1,
               jsonata_item_selector='{% {\\"foo\\": \\"foo\\", \\"bar\\": $states.input.bar} %}')
map_.item_processor(sfn.Pass(stack, "Pass State"))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(map_),
                 timeout=cdk.Duration.seconds(30))

app.synth()
