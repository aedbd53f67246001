"""Port of aws-cdk's integ test appsync/integ.appsync-events.ts: a scheduled rule calling an AppSync GraphQL
mutation (IAM-authorized API, JS resolver on a NONE data source) with variables and a dead-letter queue.

The schema file the original reads (``appsync.test.graphql``) is written to a temporary directory.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sqs as sqs

SCHEMA = """type Event {
  message: String
}
type Query {
  getTests: [Event]!
}
type Mutation {
  publish(message: String!): Event
}

type Subscription {
  onPublish: Event @aws_subscribe(mutations: ["publish"])
}
"""
schema_dir = tempfile.mkdtemp()
with open(os.path.join(schema_dir, "appsync.test.graphql"), "w", newline="") as f:
    f.write(SCHEMA)

app = cdk.App()


class AwsAppSyncEvent(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)

        api = appsync.GraphqlApi(
            self, "baseApi", name="aws-cdk-aws-appsync-target-integ-api",
            definition=appsync.Definition.from_file(os.path.join(schema_dir, "appsync.test.graphql")),
            authorization_config=appsync.AuthorizationConfig(
                default_authorization=appsync.AuthorizationMode(authorization_type=appsync.AuthorizationType.IAM),
            ),
        )
        none = api.add_none_data_source("none")
        none.create_resolver(
            "publisher", type_name="Mutation", field_name="publish",
            code=appsync.AssetCode.from_inline(
                "export const request = (ctx) => ({payload: null})\nexport const response = (ctx) => ctx.args.message"),
            runtime=appsync.FunctionRuntime.JS_1_0_0,
        )

        graph_ql_operation = "mutation Publish($message: String!){ publish(message: $message) { message } }"
        queue = sqs.Queue(self, "Queue")

        timer = events.Rule(self, "Timer", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
        timer.add_target(targets.AppSync(
            api, graph_ql_operation=graph_ql_operation,
            variables=events.RuleTargetInput.from_object({"message": "hello world"}),
            dead_letter_queue=queue,
        ))


stack = AwsAppSyncEvent(app, "aws-cdk-aws-appsync-target-integ")
app.synth()
