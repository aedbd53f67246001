"""QueryDefinition with a QueryString of every command, with and without log groups."""

import aws_cdk as cdk
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "QueryDefinitions")
group = logs.LogGroup(stack, "Group")
other = logs.LogGroup.from_log_group_name(stack, "Other", "/aws/lambda/legacy")
logs.QueryDefinition(
    stack,
    "Errors",
    query_definition_name="errors",
    query_string=logs.QueryString(
        fields=["@timestamp", "@message"],
        parse_statements=["@message \"[*] *\" as level, msg"],
        filter="level = 'ERROR'",
        stats_statements=["count() by bin(5m)", "count(*) as n"],
        sort="@timestamp desc",
        limit=20,
        display="@timestamp, msg",
    ),
    log_groups=[group, other],
)
logs.QueryDefinition(stack, "Bare", query_definition_name="bare",
                     query_string=logs.QueryString(fields=["@message"]))
app.synth()
