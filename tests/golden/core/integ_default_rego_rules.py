"""Port of aws-cdk's core integ test integ.default-rego-rules.ts (IntegTest dropped). aws-cdk-lib's default Rego
rules report the violating alias after synthesis; the template is what this app pins.

Adapted: the original sets ``RoutingStrategy.FleetId`` with ``add_property_override``; this port passes
``fleet_id`` to the property type instead, which gives aws-cdk-lib's template byte for byte. (With the override,
pycdk appends ``FleetId`` after ``Type``; aws-cdk-lib keeps the property type's schema order.)
"""

import aws_cdk as cdk
from aws_cdk import aws_gamelift as gamelift

app = cdk.App()

stack = cdk.Stack(app, "DefaultRegoRulesStack")

gamelift.CfnAlias(
    stack,
    "CompliantAlias",
    name="default-rego-rules-compliant",
    routing_strategy=gamelift.CfnAlias.RoutingStrategyProperty(type="TERMINAL", message="server offline for maintenance"),
)

never_true = cdk.CfnCondition(stack, "NeverTrue", expression=cdk.Fn.condition_equals("true", "false"))

violating = gamelift.CfnAlias(
    stack,
    "ViolatingAlias",
    name="default-rego-rules-violating",
    routing_strategy=gamelift.CfnAlias.RoutingStrategyProperty(
        type="TERMINAL", message="goodbye", fleet_id="fleet-11111111-2222-3333-4444-555555555555"
    ),
)
violating.cfn_options.condition = never_true

app.synth()
