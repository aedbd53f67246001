"""integ.map-jsonata-maxconcurrency: a JSONata Map with JSONata max concurrency and items."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "cdk-stepfunctions-map-jsonata-maxconcurrency-stack")
map_ = sfn.Map(stack, "Map", query_language=sfn.QueryLanguage.JSONATA, state_name="My-Map-State",
               jsonata_max_concurrency="{% $states.input.maxConcurrency %}",
               items=sfn.ProvideItems.jsonata("{% $states.input.items %}"))
map_.item_processor(sfn.Pass(stack, "Pass State"))
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(map_),
                 timeout=cdk.Duration.seconds(30))

app.synth()
