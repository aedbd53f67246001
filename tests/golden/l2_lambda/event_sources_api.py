"""ApiEventSource: two methods on one function share a REST API created in the function's stack."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources

app = cdk.App()
stack = cdk.Stack(app, "ApiEventSourceStack")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
fn.add_event_source(sources.ApiEventSource("GET", "/books"))
fn.add_event_source(sources.ApiEventSource("POST", "/books/{id}", operation_name="AddBook"))
app.synth()
