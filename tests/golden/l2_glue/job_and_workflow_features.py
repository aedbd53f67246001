"""Jobs and workflows beyond the integ ports: logging, Spark UI, extra code, connections, security configurations,
event rules and metrics, imports, and every trigger kind with job and crawler actions and conditions."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs

work = tempfile.mkdtemp()
for name in ("main.py", "lib.py", "data.txt"):
    with open(os.path.join(work, name), "w") as f:
        f.write(f"# {name}\n")

app = cdk.App()
stack = cdk.Stack(app, "GlueJobs")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("glue.amazonaws.com"))
bucket = s3.Bucket(stack, "CodeBucket")
log_group = logs.LogGroup(stack, "Logs")
security = glue.SecurityConfiguration(stack, "Security", cloud_watch_encryption=glue.CloudWatchEncryption.kms(),
                                      removal_policy=cdk.RemovalPolicy.DESTROY)
imported_security = glue.SecurityConfiguration.from_security_configuration_name(stack, "OtherSecurity", "other")
connection = glue.Connection(stack, "Jdbc", type=glue.ConnectionType.JDBC,
                             properties={"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/app"})

etl = glue.PySparkEtlJob(
    stack, "Etl", role=role, script=glue.Code.from_bucket(bucket, "scripts/etl.py"),
    extra_python_files=[glue.Code.from_asset(os.path.join(work, "lib.py"))],
    extra_files=[glue.Code.from_asset(os.path.join(work, "data.txt"))],
    extra_jars=[glue.Code.from_bucket(bucket, "jars/dep.jar")], extra_jars_first=True,
    continuous_logging=glue.ContinuousLoggingProps(enabled=True, log_group=log_group, quiet=True,
                                                   log_stream_prefix="etl-", conversion_pattern="%d %p %m%n"),
    security_configuration=security, connections=[connection], max_concurrent_runs=2, max_retries=1,
    notify_delay_after=cdk.Duration.minutes(5), spark_ui=glue.SparkUIProps(bucket=bucket, prefix="/spark-ui"),
    default_arguments={"--enable-metrics": "", "--custom": "x"},
)
streaming = glue.PySparkStreamingJob(
    stack, "Streaming", role=role, script=glue.Code.from_asset(os.path.join(work, "main.py")),
    spark_ui=glue.SparkUIProps(), continuous_logging=glue.ContinuousLoggingProps(enabled=False),
    security_configuration=imported_security,
)
shell = glue.PythonShellJob(stack, "Shell", role=role, script=glue.Code.from_bucket(bucket, "scripts/shell.py"),
                            library_set=glue.LibrarySet.NONE, max_retries=2, timeout=cdk.Duration.hours(1),
                            connections=[connection])

queue = sqs.Queue(stack, "Events")
etl.on_success("OnSuccess", target=targets.SqsQueue(queue))
etl.on_failure("OnFailure", description="failed", rule_name="etl-failed")
streaming.on_timeout("OnTimeout")
shell.on_event("OnEvent", target=targets.SqsQueue(queue))
metrics = [
    etl.metric("glue.driver.aggregate.bytesRead", glue.MetricType.COUNT, statistic="Sum",
               period=cdk.Duration.minutes(1)),
    etl.metric_success(), etl.metric_failure(label="failures"), etl.metric_timeout(), shell.metric_failure(),
]
for i, metric in enumerate(metrics):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)

imported_job = glue.Job.from_job_attributes(stack, "ImportedJob", job_name="legacy", role=role)
crawler = glue.CfnCrawler(stack, "Crawler", role=role.role_arn,
                          targets=glue.CfnCrawler.TargetsProperty(s3_targets=[
                              glue.CfnCrawler.S3TargetProperty(path=bucket.s3_url_for_object("raw"))]))

workflow = glue.Workflow(stack, "Workflow", workflow_name="nightly", default_run_properties={"env": "prod"},
                         max_concurrent_runs=1)
workflow.add_scheduled_trigger("Daily", schedule=glue.TriggerSchedule.daily(),
                               actions=[glue.Action.job(etl, arguments={"--day": "today"},
                                                        timeout=cdk.Duration.minutes(30),
                                                        security_configuration=security)],
                               start_on_creation=True, description="every day", name="daily")
workflow.add_scheduled_trigger("Weekly", schedule=glue.TriggerSchedule.weekly(),
                               actions=[glue.Action.crawler(crawler, arguments={"a": "b"},
                                                            timeout=cdk.Duration.minutes(10))])
workflow.add_scheduled_trigger("Cron", schedule=glue.TriggerSchedule.cron(minute="15", hour="3", week_day="MON-FRI"),
                               actions=[glue.Action.job(shell)])
workflow.add_scheduled_trigger("Expr", schedule=glue.TriggerSchedule.expression("cron(0 12 * * ? *)"),
                               actions=[glue.Action.job(imported_job)])
workflow.add_event_trigger("OnEvents", actions=[glue.Action.job(etl)],
                           event_batching_condition=glue.EventBatchingCondition(
                               batch_size=10, batch_window=cdk.Duration.minutes(5)), description="batched")
workflow.add_event_trigger("OnEventsDefault", actions=[glue.Action.job(shell)], name="events")
workflow.add_on_demand_trigger("Manual", actions=[glue.Action.job(etl), glue.Action.crawler(crawler)],
                               description="by hand", name="manual")
workflow.add_conditional_trigger(
    "AfterBoth", actions=[glue.Action.job(shell)], start_on_creation=True,
    predicate=glue.Predicate(logical=glue.PredicateLogical.ANY, conditions=[
        glue.Condition.job(etl, glue.JobState.FAILED, logical_operator=glue.ConditionLogicalOperator.EQUALS),
        glue.Condition.crawler(crawler, glue.CrawlerState.SUCCEEDED),
    ]))
workflow.add_conditional_trigger(
    "AfterDefault", actions=[glue.Action.job(etl)],
    predicate=glue.Predicate(conditions=[glue.Condition.job(shell, glue.JobState.SUCCEEDED),
                                         glue.Condition.job(streaming, glue.JobState.STOPPED)]))
by_name = glue.Workflow.from_workflow_name(stack, "ByName", "other")
by_arn = glue.Workflow.from_workflow_arn(stack, "ByArn", "arn:aws:glue:us-east-1:123456789012:workflow/third")
by_name.add_on_demand_trigger("ImportedTrigger", actions=[glue.Action.job(streaming)])

for name, value in {
    "EtlArn": etl.job_arn, "ShellName": shell.job_name, "ImportedJobArn": imported_job.job_arn,
    "WorkflowArn": workflow.workflow_arn, "ByNameArn": by_name.workflow_arn, "ByArnName": by_arn.workflow_name,
    "SecurityName": security.security_configuration_name, "SparkBucket": streaming.spark_ui_logging_location.bucket.bucket_name,
}.items():
    cdk.CfnOutput(stack, name, value=value)
app.synth()
