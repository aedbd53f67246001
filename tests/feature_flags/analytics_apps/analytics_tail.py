"""@aws-cdk/core:enableAdditionalMetadataCollection on, the long tail of call sites: what aws-cdk-lib's code passes
or calls where pycdk's code does the same work differently: an immutable imported role's grants (recorded on the
role it wraps too), super() object literals (PipelineProject, UntrustedCodeBoundaryPolicy, AnomalyDetectionAlarm,
managed config rules, HttpsRecord), options passed on as given (a trail's selectors, a distribution's metrics and
behaviors, a classic load balancer's listeners, Instance init options, a user pool domain's sign-in URL), methods
aws-cdk-lib's constructors call (OptionGroup, Repository, task definition accelerators), object literals of its own
(a domain's base path mapping, a rate-limited key, a backup plan factory, a DynamoDB scaling policy), the fields
JavaScript sees of objects (an Amazon-provided IPv6 block, dashboard rows and columns, classes the user writes to
implement an interface), an imported subnet's ACL association, an EC2 ECS scheduler target (the base bind runs
twice), cloudfront's experimental EdgeFunction and enums whose names other modules share (an app of aws-cdk-lib's
Python API, run by the oracle and, rewritten, by pycdk)."""

import os
import tempfile

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_backup as backup
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_config as config
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancing as elb
from aws_cdk import aws_globalaccelerator as globalaccelerator
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_rds as rds
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_scheduler_targets as targets
from aws_cdk import pipelines
from aws_cdk.aws_cloudfront import experimental


@jsii.implements(cloudwatch.IWidget)
class Banner:
    def __init__(self, text):
        self._text = text
        self._x = 0
        self._y = 0

    @property
    def width(self):
        return 24

    @property
    def height(self):
        return 1

    @property
    def warnings(self):
        return None

    @property
    def warnings_v2(self):
        return None

    def position(self, x, y):
        self._x = x
        self._y = y

    def to_json(self):
        return [{"type": "text", "width": 24, "height": 1, "x": self._x, "y": self._y,
                 "properties": {"markdown": self._text}}]


@jsii.implements(ec2.IVpcEndpointServiceLoadBalancer)
class StandInLoadBalancer:
    def __init__(self, arn):
        self._arn = arn

    @property
    def load_balancer_arn(self):
        return self._arn


app = cdk.App(context={"@aws-cdk/core:enableAdditionalMetadataCollection": True})
stack = cdk.Stack(app, "AnalyticsTail", env=cdk.Environment(account="123456789012", region="us-east-1"))

# iam: an immutable imported role passes its grants to the role it wraps
user = iam.User(stack, "User")
existing = iam.Role.from_role_arn(stack, "Existing", "arn:aws:iam::123456789012:role/existing", mutable=False)
existing.grant_pass_role(user)
existing.grant(user, "iam:GetRole")

# codebuild: super() literals
codebuild.PipelineProject(stack, "Project")
codebuild.PipelineProject(stack, "Described", description="described")
codebuild.UntrustedCodeBoundaryPolicy(stack, "Boundary")
codebuild.UntrustedCodeBoundaryPolicy(stack, "NamedBoundary", managed_policy_name="untrusted",
                                      additional_statements=[iam.PolicyStatement(actions=["s3:GetObject"],
                                                                                 resources=["*"])])

# cognito: signInUrl passes its options on to baseUrl
pool = cognito.UserPool(stack, "Pool")
domain = pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="analytics-tail"))
client = pool.add_client("Client", o_auth=cognito.OAuthSettings(callback_urls=["https://example.com"]))
cdk.CfnOutput(stack, "SignIn", value=domain.sign_in_url(client, redirect_uri="https://example.com"))

# ec2: an Amazon-provided IPv6 block, instances with init (options as given), an imported subnet's ACL, an endpoint
# service in front of a load balancer class written here
vpc = ec2.Vpc(stack, "Vpc", ip_protocol=ec2.IpProtocol.DUAL_STACK, ipv6_addresses=ec2.Ipv6Addresses.amazon_provided(),
              max_azs=1, nat_gateways=0, restrict_default_security_group=False, subnet_configuration=[
                  ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC),
                  ec2.SubnetConfiguration(name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)])
public = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)
init = ec2.CloudFormationInit.from_elements(ec2.InitCommand.shell_command("echo hello"))
ec2.Instance(stack, "Timed", vpc=vpc, vpc_subnets=public, instance_type=ec2.InstanceType("t3.micro"),
             machine_image=ec2.MachineImage.latest_amazon_linux2023(), init=init,
             init_options=ec2.ApplyCloudFormationInitOptions(timeout=cdk.Duration.minutes(10)))
ec2.Instance(stack, "Plain", vpc=vpc, vpc_subnets=public, instance_type=ec2.InstanceType("t3.micro"),
             machine_image=ec2.MachineImage.latest_amazon_linux2023(), init=init)
acl = ec2.NetworkAcl(stack, "Acl", vpc=vpc)
ec2.Subnet.from_subnet_attributes(stack, "ImportedSubnet", subnet_id="subnet-1",
                                  route_table_id="rtb-1").associate_network_acl("Assoc", acl)
ec2.VpcEndpointService(stack, "EndpointService", vpc_endpoint_service_load_balancers=[
    StandInLoadBalancer("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/a/1")])
lb = elb.LoadBalancer(stack, "Classic", vpc=vpc, internet_facing=True,
                      listeners=[elb.LoadBalancerListener(external_port=80)])
lb.add_listener(external_port=8080, external_protocol=elb.LoadBalancingProtocol.HTTP, internal_port=80)

# cloudwatch: a dashboard with rows, columns and a widget class written here; alarms whose operator names clash
dashboard = cloudwatch.Dashboard(stack, "Dash")
dashboard.add_widgets(Banner("top"))
dashboard.add_widgets(cloudwatch.Row(cloudwatch.TextWidget(markdown="a"),
                                     cloudwatch.Column(cloudwatch.TextWidget(markdown="b"))))
metric = cloudwatch.Metric(namespace="Tail", metric_name="Count")
cloudwatch.Alarm(stack, "Below", metric=metric, threshold=1, evaluation_periods=1,
                 comparison_operator=cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD)
cloudwatch.AnomalyDetectionAlarm(stack, "Anomaly", metric=metric, evaluation_periods=1)

# cloudtrail: the selectors pass their options on
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c): return e"))
bucket = s3.Bucket(stack, "Data")
trail = cloudtrail.Trail(stack, "Trail")
trail.add_lambda_event_selector([fn])
trail.add_s3_event_selector([cloudtrail.S3EventSelector(bucket=bucket)], include_management_events=False)
trail.log_all_s3_data_events(read_write_type=cloudtrail.ReadWriteType.READ_ONLY)

# dynamodb: scaleOnUtilization's literal
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
                       billing_mode=dynamodb.BillingMode.PROVISIONED)
table.auto_scale_read_capacity(min_capacity=1, max_capacity=5).scale_on_utilization(target_utilization_percent=70)

# apigateway: a domain's own mapping, a rate-limited key
certificate = acm.Certificate.from_certificate_arn(stack, "Cert",
                                                   "arn:aws:acm:us-east-1:123456789012:certificate/abc")
api = apigateway.RestApi(stack, "Api", domain_name=apigateway.DomainNameOptions(
    domain_name="api.example.com", certificate=certificate))
api.root.add_method("GET")
apigateway.RateLimitedApiKey(stack, "Key", api_stages=[apigateway.UsagePlanPerApiStage(
    api=api, stage=api.deployment_stage)], throttle=apigateway.ThrottleSettings(rate_limit=1, burst_limit=1))

# cloudfront: additional behaviors and named metrics pass their options on; the experimental EdgeFunction
dist = cloudfront.Distribution(stack, "Dist", publish_additional_metrics=True,
                               default_behavior=cloudfront.BehaviorOptions(origin=origins.HttpOrigin("example.com")),
                               additional_behaviors={"/api/*": cloudfront.BehaviorOptions(
                                   origin=origins.HttpOrigin("api.example.com"), compress=False)})
dist.metric_origin_latency()
dist.metric_requests(period=cdk.Duration.minutes(1))
experimental.EdgeFunction(stack, "Edge", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
                          code=lambda_.Code.from_inline("exports.handler = async (e) => e;"))

# config, backup, globalaccelerator, rds, ecr, route53
config.AccessKeysRotated(stack, "AccessKeys", max_age=cdk.Duration.days(30))
config.CloudFormationStackDriftDetectionCheck(stack, "Drift")
config.CloudFormationStackNotificationCheck(stack, "Notify")
backup.BackupPlan.daily35_day_retention(stack, "Daily")
globalaccelerator.Accelerator(stack, "Accelerator", ip_address_type=globalaccelerator.IpAddressType.IPV4)
rds.OptionGroup(stack, "Options", configurations=[rds.OptionConfiguration(name="XMLDB")],
                engine=rds.DatabaseInstanceEngine.oracle_se2(version=rds.OracleEngineVersion.VER_19_0_0_0_2020_04_R1))
ecr.Repository(stack, "Repo", lifecycle_rules=[ecr.LifecycleRule(description="keep", max_image_count=5)])
zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
route53.HttpsRecord(stack, "Https", zone=zone, values=[route53.HttpsRecordValue.alias("example.com")])

# ecs: accelerators, an EC2 task definition's container, an ECS scheduler target
task = ecs.Ec2TaskDefinition(stack, "Task", inference_accelerators=[
    ecs.InferenceAccelerator(device_name="d1", device_type="eia2.medium")])
task.add_container("app", image=ecs.ContainerImage.from_registry("nginx"), memory_limit_mib=128)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
fargate = ecs.FargateTaskDefinition(stack, "Fargate")
fargate.add_container("app", image=ecs.ContainerImage.from_registry("nginx"))
scheduler.Schedule(stack, "Schedule", schedule=scheduler.ScheduleExpression.rate(cdk.Duration.hours(1)),
                   target=targets.EcsRunFargateTask(cluster, task_definition=fargate, vpc_subnets=public,
                                                    assign_public_ip=True))



# pipelines: the asset publishing role (aws-cdk-lib's AssetSingletonRole reports Role's fqn) and the deploy roles a
# pipeline imports (an immutable view over a mutable import, whose grants both record)
class AssetStage(cdk.Stage):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        folder = tempfile.mkdtemp()
        with open(os.path.join(folder, "index.py"), "w") as f:
            f.write("def handler(event, context):\n    return event\n")
        lambda_.Function(cdk.Stack(self, "Stack"), "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                         code=lambda_.Code.from_asset(folder))


pipeline_stack = cdk.Stack(app, "AnalyticsTailPipeline",
                           env=cdk.Environment(account="123456789012", region="us-east-1"))
pipeline = pipelines.CodePipeline(pipeline_stack, "Pipeline", synth=pipelines.ShellStep(
    "Synth", input=pipelines.CodePipelineSource.git_hub("acme/app", "main"), commands=["npx cdk synth"]))
pipeline.add_stage(AssetStage(pipeline_stack, "Prod"),
                   post=[pipelines.ShellStep("Check", commands=["curl -f https://example.com"])])
s3.Bucket(pipeline_stack, "Reports")

app.synth()
