"""EmrContainersStartJobRun: a task-made execution role (trust policy updated by a custom resource; its AWS CLI
layer and handler are aws-cdk-lib's own code, masked), logging to a task-made log group and bucket, nested
application configurations, entry point arguments, tags; a given role with a given log group/bucket and the
persistent UI off; JSONPath cluster id; JSONata."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "EmrContainersStartJobRun")
made_role = tasks.EmrContainersStartJobRun(
    stack, "MadeRole", virtual_cluster=tasks.VirtualClusterInput.from_virtual_cluster_id("de92jdei2910fwedz"),
    release_label=tasks.ReleaseLabel.EMR_6_2_0, job_name="EMR-Containers-Job",
    job_driver=tasks.JobDriver(spark_submit_job_driver=tasks.SparkSubmitJobDriver(
        entry_point=sfn.TaskInput.from_text("local:///usr/lib/spark/examples/src/main/python/pi.py"),
        entry_point_arguments=sfn.TaskInput.from_json_path_at("$.arguments"),
        spark_submit_parameters="--conf spark.executor.instances=2")),
    application_config=[tasks.ApplicationConfiguration(
        classification=tasks.Classification.SPARK_DEFAULTS,
        properties={"spark.executor.instances": "1", "spark.executor.memory": "512M"},
        nested_config=[tasks.ApplicationConfiguration(classification=tasks.Classification("custom"),
                                                      properties={"a": "b"})])],
    monitoring=tasks.Monitoring(logging=True, log_stream_name_prefix="prefix"),
    tags={"team": "data"},
)
role = iam.Role(stack, "JobRole", assumed_by=iam.ServicePrincipal("emr-containers.amazonaws.com"))
log_group = logs.LogGroup(stack, "LogGroup")
bucket = s3.Bucket(stack, "LogBucket")
given_role = tasks.EmrContainersStartJobRun(
    stack, "GivenRole", virtual_cluster=tasks.VirtualClusterInput.from_task_input(sfn.TaskInput.from_json_path_at("$.id")),
    release_label=tasks.ReleaseLabel("emr-6.9.0-latest"), execution_role=role,
    integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE,
    job_driver=tasks.JobDriver(spark_submit_job_driver=tasks.SparkSubmitJobDriver(
        entry_point=sfn.TaskInput.from_json_path_at("$.entry"),
        entry_point_arguments=sfn.TaskInput.from_json_path_at("$.args"))),
    monitoring=tasks.Monitoring(log_group=log_group, log_bucket=bucket, persistent_app_ui=False),
    result_path="$.job",
)
jsonata = tasks.EmrContainersStartJobRun.jsonata(
    stack, "Jsonata", virtual_cluster=tasks.VirtualClusterInput.from_virtual_cluster_id("{% $states.input.id %}"),
    release_label=tasks.ReleaseLabel.EMR_6_3_0, execution_role=role,
    job_driver=tasks.JobDriver(spark_submit_job_driver=tasks.SparkSubmitJobDriver(
        entry_point=sfn.TaskInput.from_text("{% $states.input.entry %}"))),
    application_config=[tasks.ApplicationConfiguration(classification=tasks.Classification.SPARK_ENV,
                                                       nested_config=[tasks.ApplicationConfiguration(
                                                           classification=tasks.Classification.SPARK_LOG4_J,
                                                           properties={"x": "y"})])],
)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    made_role.next(given_role).next(jsonata)))
cdk.CfnOutput(stack, "MadeRoleArn", value=made_role.grant_principal.role_arn)
app.synth()
