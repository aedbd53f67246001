"""Port of aws-cdk's integ.stream-dashboard: a dashboard of every stream metric."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk.aws_kinesis import Stream

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "integ-kinesis-stream-dashboard")

stream = Stream(stack, "myStream")

dashboard = cloudwatch.Dashboard(stack, "StreamDashboard")


def graph_widget(title, metric):
    return cloudwatch.GraphWidget(title=title, left=[metric], width=12, height=5)


def percent_graph_widget(title, count_metric, total_metric):
    return cloudwatch.GraphWidget(
        title=title,
        left=[
            cloudwatch.MathExpression(
                expression="( count / total ) * 100",
                using_metrics={"count": count_metric, "total": total_metric},
            )
        ],
        width=12,
        height=5,
    )


dashboard.add_widgets(
    graph_widget("Get records - sum (Bytes)", stream.metric_get_records_bytes(statistic="Sum")),
    graph_widget("Get records iterator age - maximum (Milliseconds)", stream.metric_get_records_iterator_age_milliseconds()),
    graph_widget("Get records latency - average (Milliseconds)", stream.metric_get_records_latency()),
    graph_widget("Get records - sum (Count)", stream.metric_get_records(statistic="Sum")),
    graph_widget("Get records success - average (Percent)", stream.metric_get_records_success()),
    graph_widget("Incoming data - sum (Bytes)", stream.metric_incoming_bytes(statistic="Sum")),
    graph_widget("Incoming records - sum (Count)", stream.metric_incoming_records(statistic="Sum")),
    graph_widget("Put record - sum (Bytes)", stream.metric_put_record_bytes(statistic="Sum")),
    graph_widget("Put record latency - average (Milliseconds)", stream.metric_put_record_latency()),
    graph_widget("Put record success - average (Percent)", stream.metric_put_record_success()),
    graph_widget("Put records - sum (Bytes)", stream.metric_put_records_bytes(statistic="Sum")),
    graph_widget("Put records latency - average (Milliseconds)", stream.metric_put_records_latency()),
    graph_widget("Read throughput exceeded - average (Percent)", stream.metric_read_provisioned_throughput_exceeded()),
    graph_widget("Write throughput exceeded - average (Count)", stream.metric_write_provisioned_throughput_exceeded()),
    percent_graph_widget(
        "Put records successful records - average (Percent)",
        stream.metric_put_records_successful_records(),
        stream.metric_put_records_total_records(),
    ),
    percent_graph_widget(
        "Put records failed records - average (Percent)",
        stream.metric_put_records_failed_records(),
        stream.metric_put_records_total_records(),
    ),
    percent_graph_widget(
        "Put records throttled records - average (Percent)",
        stream.metric_put_records_throttled_records(),
        stream.metric_put_records_total_records(),
    ),
)

app.synth()
