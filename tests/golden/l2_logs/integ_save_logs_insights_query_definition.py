"""Port of aws-cdk's integ.save-logs-insights-query-definition.ts: single and multiple statement queries."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_logs import LogGroup, QueryDefinition, QueryString

app = App()
stack = Stack(app, "aws-cdk-logs-insights-querydefinition-integ")
log_group = LogGroup(stack, "LogGroup", removal_policy=RemovalPolicy.DESTROY)
QueryDefinition(
    stack, "QueryDefinition",
    query_definition_name="QueryDefinition",
    query_string=QueryString(
        fields=["@timestamp", "@message"],
        parse='@message "[*] *" as loggingType, loggingMessage',
        filter='loggingType = "ERROR"',
        stats="count(loggingMessage) as loggingErrors",
        sort="@timestamp desc",
        limit=20,
        display="loggingMessage",
    ),
    log_groups=[log_group],
)
QueryDefinition(
    stack, "QueryDefinitionWithMultipleStatements",
    query_definition_name="QueryDefinitionWithMultipleStatements",
    query_string=QueryString(
        fields=["@timestamp", "@message"],
        parse_statements=[
            '@message "[*] *" as loggingType, loggingMessage',
            '@message "<*>: *" as differentLoggingType, differentLoggingMessage',
        ],
        filter_statements=['loggingType = "ERROR"', 'loggingMessage = "A very strange error occurred!"'],
        stats_statements=[
            "count(loggingMessage) as loggingErrors",
            "count(differentLoggingMessage) as differentLoggingErrors",
        ],
        sort="@timestamp desc",
        limit=20,
        display="loggingMessage",
    ),
    log_groups=[log_group],
)
app.synth()
