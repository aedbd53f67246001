"""BatchSubmitJob: static, token, JSONPath and JSONata job definition/queue ARNs, container overrides (command,
environment, instance type, memory, GPUs, vCPUs), dependencies, payload, array size, attempts, tags and timeouts."""

import aws_cdk as cdk
from aws_cdk import aws_batch as batch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "BatchSubmitJobFeatures")

job_definition = batch.CfnJobDefinition(stack, "JobDefinition", type="container", container_properties={
    "image": "public.ecr.aws/amazonlinux/amazonlinux:latest", "vcpus": 1, "memory": 512})

full = tasks.BatchSubmitJob(
    stack, "Submit",
    job_definition_arn="arn:aws:batch:us-east-1:123456789012:job-definition/my-def:3",
    job_name="MyJob",
    job_queue_arn="arn:aws:batch:us-east-1:123456789012:job-queue/my-queue",
    array_size=15,
    attempts=3,
    container_overrides=tasks.BatchContainerOverrides(
        command=["echo", "hello"], environment={"KEY": "value"}, instance_type=ec2.InstanceType("m5.large"),
        memory=cdk.Size.gibibytes(2), gpu_count=1, vcpus=4),
    depends_on=[tasks.BatchJobDependency(job_id="1234", type="N_TO_N"), tasks.BatchJobDependency(job_id="5678")],
    payload=sfn.TaskInput.from_object({"foo": sfn.JsonPath.string_at("$.bar")}),
    tags={"team": "data"},
    task_timeout=sfn.Timeout.duration(cdk.Duration.minutes(5)),
    result_path="$.job",
)
token_arn = tasks.BatchSubmitJob.json_path(
    stack, "SubmitTokenArn", job_definition_arn=job_definition.ref, job_name="TokenJob",
    job_queue_arn="arn:aws:batch:us-east-1:123456789012:job-queue/other",
    integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE,
    task_timeout=sfn.Timeout.at("$.timeout"),
    container_overrides=tasks.BatchContainerOverrides(memory=cdk.Size.mebibytes(512)),
)
dynamic = tasks.BatchSubmitJob(
    stack, "SubmitDynamic", job_definition_arn=sfn.JsonPath.string_at("$.definition"),
    job_name=sfn.JsonPath.string_at("$.name"), job_queue_arn=sfn.JsonPath.string_at("$.queue"),
    timeout=cdk.Duration.minutes(2))
no_revision = tasks.BatchSubmitJob(
    stack, "SubmitNoRevision", job_definition_arn="arn:aws:batch:us-east-1:123456789012:job-definition/plain",
    job_name="Plain", job_queue_arn="arn:aws:batch:us-east-1:123456789012:job-queue/q",
    depends_on=[tasks.BatchJobDependency(job_id="abc", type="SEQUENTIAL")],
    container_overrides={"environment": {"A": "1", "B": "2"}, "vcpus": 2})
jsonata = tasks.BatchSubmitJob.jsonata(
    stack, "SubmitJsonata", job_definition_arn="{% $states.input.definition %}", job_name="JsonataJob",
    job_queue_arn="{% $states.input.queue %}", payload=sfn.TaskInput.from_object({"k": "{% $states.input.v %}"}),
    attempts=2, outputs={"id": "{% $states.result.JobId %}"})

sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    full.next(token_arn).next(dynamic).next(no_revision).next(jsonata)))

app.synth()
