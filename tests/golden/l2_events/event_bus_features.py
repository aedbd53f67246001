"""Event buses: names, partner event sources, log config, archives, grants (roles, all buses, service principals
with a sid under the requireEventBusPolicySid flag), imported buses, rules on a bus."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/aws-events:requireEventBusPolicySid": True})
stack = cdk.Stack(app, "EventBusFeatures")
bus = events.EventBus(
    stack,
    "Bus",
    event_bus_name="my-bus",
    log_config=events.LogConfig(include_detail=events.IncludeDetail.FULL, level=events.Level.INFO),
)
events.EventBus(stack, "Partner", event_source_name="aws.partner/example.com/123/source")
bus.archive("Archive", event_pattern=events.EventPattern(account=[stack.account]), retention=cdk.Duration.days(7))
unnamed = events.EventBus(stack, "Unnamed", description="no name")
unnamed.archive("UnnamedArchive", archive_name="named-archive", event_pattern=events.EventPattern(source=["x"]))
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
bus.grant_put_events_to(role)
events.EventBus.grant_all_put_events(role)
bus.grant_put_events_to(iam.ServicePrincipal("lambda.amazonaws.com"), "AllowLambda")
imported = events.EventBus.from_event_bus_attributes(
    stack,
    "Imported",
    event_bus_arn="arn:aws:events:us-east-1:111111111111:event-bus/shared",
    event_bus_name="shared",
    event_bus_policy="",
)
imported.grant_put_events_to(role)
events.Rule(stack, "OnBus", event_bus=bus, event_pattern=events.EventPattern(source=["my.app"]))
events.Rule(stack, "OnImported", event_bus=imported, event_pattern=events.EventPattern(source=["my.app"]))
cdk.CfnOutput(stack, "BusArn", value=bus.event_bus_arn)
cdk.CfnOutput(stack, "UnnamedName", value=unnamed.event_bus_name)
app.synth()
