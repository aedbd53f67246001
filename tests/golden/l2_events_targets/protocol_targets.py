"""Targets whose service has no pycdk L2 yet, bound to interface-shaped objects: a state machine and a Firehose
delivery stream (each a Resource implementing the aws-cdk-lib interface members
the target uses), CodeBuild and CodePipeline L1s, Batch jobs on L1 resources and Redshift queries."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_batch as batch
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn


@jsii.implements(sfn.IStateMachine)
class StateMachineLike(cdk.Resource):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self._arn = f"arn:aws:states:us-east-1:123456789012:stateMachine:{id}"

    @property
    def state_machine_arn(self):
        return self._arn

    def grant_start_execution(self, identity):
        return iam.Grant.add_to_principal(
            grantee=identity, actions=["states:StartExecution"], resource_arns=[self._arn]
        )


@jsii.implements(firehose.IDeliveryStream)
class DeliveryStreamLike(cdk.Resource):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self._arn = f"arn:aws:firehose:us-east-1:123456789012:deliverystream/{id}"

    @property
    def delivery_stream_arn(self):
        return self._arn

    def grant_put_records(self, grantee):
        return iam.Grant.add_to_principal(
            grantee=grantee,
            actions=["firehose:PutRecord", "firehose:PutRecordBatch"],
            resource_arns=[self._arn],
        )


app = cdk.App()
stack = cdk.Stack(app, "ProtocolTargets")
dlq = sqs.Queue(stack, "Dlq")
rule = events.Rule(stack, "Rule", schedule=events.Schedule.rate(cdk.Duration.hours(1)))
machine = StateMachineLike(stack, "Machine")
rule.add_target(
    targets.SfnStateMachine(
        machine,
        input=events.RuleTargetInput.from_object({"hello": "world"}),
        dead_letter_queue=dlq,
        retry_attempts=3,
    )
)
custom_role = iam.Role(stack, "CustomRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
rule.add_target(targets.SfnStateMachine(StateMachineLike(stack, "Machine2"), role=custom_role))
project = codebuild.CfnProject(
    stack,
    "Project",
    artifacts=codebuild.CfnProject.ArtifactsProperty(type="NO_ARTIFACTS"),
    environment=codebuild.CfnProject.EnvironmentProperty(
        compute_type="BUILD_GENERAL1_SMALL", image="aws/codebuild/standard:7.0", type="LINUX_CONTAINER"
    ),
    service_role="arn:aws:iam::123456789012:role/codebuild",
    source=codebuild.CfnProject.SourceProperty(type="NO_SOURCE", build_spec="version: 0.2"),
)
rule.add_target(targets.CodeBuildProject(project, event=events.RuleTargetInput.from_object({"a": 1})))
pipeline = codepipeline.CfnPipeline(
    stack,
    "Pipeline",
    role_arn="arn:aws:iam::123456789012:role/pipeline",
    stages=[
        codepipeline.CfnPipeline.StageDeclarationProperty(
            name="Source",
            actions=[
                codepipeline.CfnPipeline.ActionDeclarationProperty(
                    name="S3",
                    action_type_id=codepipeline.CfnPipeline.ActionTypeIdProperty(
                        category="Source", owner="AWS", provider="S3", version="1"
                    ),
                    configuration={"S3Bucket": "bucket", "S3ObjectKey": "key"},
                    output_artifacts=[codepipeline.CfnPipeline.OutputArtifactProperty(name="src")],
                )
            ],
        ),
        codepipeline.CfnPipeline.StageDeclarationProperty(
            name="Approve",
            actions=[
                codepipeline.CfnPipeline.ActionDeclarationProperty(
                    name="Manual",
                    action_type_id=codepipeline.CfnPipeline.ActionTypeIdProperty(
                        category="Approval", owner="AWS", provider="Manual", version="1"
                    ),
                )
            ],
        ),
    ],
    artifact_store=codepipeline.CfnPipeline.ArtifactStoreProperty(location="bucket", type="S3"),
)
rule.add_target(targets.CodePipeline(pipeline, max_event_age=cdk.Duration.minutes(30)))
rule.add_target(targets.FirehoseDeliveryStream(DeliveryStreamLike(stack, "Delivery")))

batch_rule = events.Rule(stack, "BatchRule", schedule=events.Schedule.rate(cdk.Duration.days(1)))
job_queue = batch.CfnJobQueue(
    stack,
    "JobQueue",
    priority=1,
    compute_environment_order=[
        batch.CfnJobQueue.ComputeEnvironmentOrderProperty(compute_environment="arn:aws:batch:ce", order=1)
    ],
)
job_definition = batch.CfnJobDefinition(stack, "JobDefinition", type="container")
batch_rule.add_target(targets.BatchJob(job_queue.attr_job_queue_arn, job_queue, job_definition.ref, job_definition))
batch_rule.add_target(
    targets.BatchJob(
        job_queue.attr_job_queue_arn,
        job_queue,
        job_definition.ref,
        job_definition,
        job_name="my-job",
        size=5,
        attempts=2,
        event=events.RuleTargetInput.from_event_path("$.detail"),
        dead_letter_queue=dlq,
    )
)

redshift_rule = events.Rule(stack, "RedshiftRule", event_pattern=events.EventPattern(source=["my.app"]))
secret = secretsmanager.Secret(stack, "Secret")
redshift_rule.add_target(
    targets.RedshiftQuery(
        "arn:aws:redshift:us-east-1:123456789012:cluster:c1",
        database="dev",
        sql=["SELECT 1"],
        db_user="admin",
        statement_name="one",
        send_event_bridge_event=True,
    )
)
redshift_rule.add_target(
    targets.RedshiftQuery(
        "arn:aws:redshift:us-east-1:123456789012:cluster:c2",
        database="dev",
        sql=["SELECT 1", "SELECT 2"],
        secret=secret,
        dead_letter_queue=dlq,
    )
)
app.synth()
