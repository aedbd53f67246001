"""@aws-cdk/core:enableAdditionalMetadataCollection on, over props aws-cdk-lib's own code passes as object literals
or objects pycdk keeps otherwise: RDS engines (their JavaScript fields), an ECS cluster's add_capacity (its
Auto Scaling group's props and addAutoScalingGroup call), event source mappings, the awslogs driver's log group
(Infinity retention), interface endpoint services, CodeBuild sources and images, on_* rules (the options object,
one addEventPattern call), a CORS preflight method, an alias's scaling role, imported load balancers and deployment
groups (an app of aws-cdk-lib's Python API, run by the oracle and, rewritten, by pycdk)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_rds as rds
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:enableAdditionalMetadataCollection": True})
stack = cdk.Stack(app, "AnalyticsLiterals")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
ec2.InterfaceVpcEndpoint(stack, "Endpoint", vpc=vpc, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED), service=ec2.InterfaceVpcEndpointAwsService.SQS)
ec2.InterfaceVpcEndpoint(stack, "Custom", vpc=vpc, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
                         service=ec2.InterfaceVpcEndpointService("com.amazonaws.vpce.eu-west-1.vpce-svc-1", 8443))

isolated = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)
rds.DatabaseInstance(stack, "Postgres", vpc=vpc, vpc_subnets=isolated, removal_policy=cdk.RemovalPolicy.DESTROY,
                     engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_4))
rds.DatabaseCluster(stack, "Aurora", vpc=vpc, vpc_subnets=isolated, removal_policy=cdk.RemovalPolicy.DESTROY,
                    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_08_0),
                    writer=rds.ClusterInstance.serverless_v2("Writer"))

cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
cluster.add_capacity("Capacity", instance_type=ec2.InstanceType("t3.micro"), min_capacity=1, max_capacity=2,
                     vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
task = ecs.FargateTaskDefinition(stack, "Task")
task.add_container("web", image=ecs.ContainerImage.from_registry("nginx"),
                   logging=ecs.LogDrivers.aws_logs(stream_prefix="web"))

fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c): return e"))
lambda_.Alias(stack, "Live", alias_name="live", version=fn.current_version)
queue = sqs.Queue(stack, "Queue")
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
                       stream=dynamodb.StreamViewType.NEW_IMAGE, removal_policy=cdk.RemovalPolicy.DESTROY)
stream = kinesis.Stream(stack, "Stream")
fn.add_event_source(sources.SqsEventSource(queue, batch_size=5, report_batch_item_failures=True))
fn.add_event_source(sources.DynamoEventSource(table, starting_position=lambda_.StartingPosition.LATEST, retry_attempts=2))
fn.add_event_source(sources.KinesisEventSource(stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                               batch_size=50))

topic = sns.Topic(stack, "Topic")
project = codebuild.Project(
    stack, "Project", source=codebuild.Source.git_hub(owner="o", repo="r"),
    environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_7_0),
)
project.on_state_change("State", target=targets.SnsTopic(topic))
project.on_build_failed("Failed", description="failed builds")
codebuild.PipelineProject(stack, "Lambda", environment=codebuild.BuildEnvironment(
    build_image=codebuild.LinuxLambdaBuildImage.AMAZON_LINUX_2_PYTHON_3_11,
    compute_type=codebuild.ComputeType.LAMBDA_1GB))

repo = codecommit.Repository(stack, "Repo", repository_name="repo")
repo.on_commit("OnCommit", branches=["main"])
repo.on_event("OnEvent", rule_name="any-event")
images = ecr.Repository(stack, "Images", removal_policy=cdk.RemovalPolicy.DESTROY)
images.on_event("Pushed", target=targets.SnsTopic(topic))
images.on_image_scan_completed("Scanned", image_tags=["latest"])

api = apigateway.RestApi(stack, "Api", default_cors_preflight_options=apigateway.CorsOptions(
    allow_origins=apigateway.Cors.ALL_ORIGINS))
api.root.add_resource("items").add_method("GET", apigateway.MockIntegration(), method_responses=[
    apigateway.MethodResponse(status_code="200")])

alb = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
    stack, "ImportedAlb", load_balancer_arn="arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/a/1",
    security_group_id="sg-12345")
alb.add_listener("Http", port=80, open=False,
                 default_action=elbv2.ListenerAction.fixed_response(200, message_body="ok"))
codedeploy.ServerDeploymentGroup(stack, "Group")
codedeploy.EcsDeploymentGroup.from_ecs_deployment_group_attributes(
    stack, "ImportedGroup", application=codedeploy.EcsApplication.from_ecs_application_name(stack, "App", "app"),
    deployment_group_name="group")

app.synth()
