"""An aws-cdk-lib app with, for each rule of both packs, a construct that breaks it (``<Rule>Fail``) and one that
does not (``<Rule>Pass``; rule ids without dots). Run with aws-cdk-lib (the oracle venv) by
``tests/rules/_golden_rules_fixture.py``, which writes ``tests/rules/fixtures/Rules.template.json``; the test
``test_rules_golden_constructs.py`` runs the rules over that template.
"""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_destinations as destinations
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_logs as logs
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn

from constructs import Construct

app = cdk.App(context={"aws:cdk:enable-path-metadata": True})
stack = cdk.Stack(app, "Rules", env=cdk.Environment(region="us-east-1"))
shared = Construct(stack, "Shared")
vpc = ec2.Vpc(shared, "Vpc", max_azs=2, nat_gateways=1)
CERT = "arn:aws:acm:us-east-1:123456789012:certificate/abc"


def case(rule_id: str, outcome: str) -> Construct:
    return Construct(stack, rule_id.replace(".", "") + outcome)


def fn(scope: Construct, id: str = "Fn", **kwargs) -> lambda_.Function:
    return lambda_.Function(scope, id, runtime=kwargs.pop("runtime", lambda_.Runtime.PYTHON_3_12),
                            handler="index.handler", code=lambda_.Code.from_inline("def handler(e, c): return e"),
                            **kwargs)


def api(scope: Construct, **kwargs) -> apigw.RestApi:
    rest = apigw.RestApi(scope, "Api", **kwargs)
    rest.root.add_method("GET", apigw.MockIntegration(), authorization_type=apigw.AuthorizationType.IAM)
    return rest


def instance(scope: Construct, **kwargs) -> ec2.Instance:
    return ec2.Instance(scope, "Instance", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
                        machine_image=ec2.MachineImage.latest_amazon_linux2023(), **kwargs)


def database(scope: Construct, **kwargs) -> rds.DatabaseInstance:
    return rds.DatabaseInstance(scope, "Db", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc,
                                instance_type=ec2.InstanceType("t3.micro"), **kwargs)


def alb(scope: Construct) -> elbv2.ApplicationLoadBalancer:
    return elbv2.ApplicationLoadBalancer(scope, "Alb", vpc=vpc)


def statement(actions: list[str], resources: list[str], **kwargs) -> iam.PolicyStatement:
    return iam.PolicyStatement(actions=actions, resources=resources, **kwargs)


def role(scope: Construct, **kwargs) -> iam.Role:
    return iam.Role(scope, "Role", assumed_by=kwargs.pop("assumed_by", iam.ServicePrincipal("lambda.amazonaws.com")),
                    **kwargs)


# -- S3 --
s3.Bucket(case("S3.BlockPublicAccess", "Fail"), "B", block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY)
s3.Bucket(case("S3.BlockPublicAccess", "Pass"), "B", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
s3.Bucket(case("S3.NoPublicAcl", "Fail"), "B", access_control=s3.BucketAccessControl.PUBLIC_READ,
          object_ownership=s3.ObjectOwnership.OBJECT_WRITER, block_public_access=s3.BlockPublicAccess.BLOCK_ACLS_ONLY)
s3.Bucket(case("S3.NoPublicAcl", "Pass"), "B")
s3.Bucket(case("S3.EnforceSSL", "Fail"), "B")
s3.Bucket(case("S3.EnforceSSL", "Pass"), "B", enforce_ssl=True)
s3.Bucket(case("S3.Encryption", "Fail"), "B")
s3.Bucket(case("S3.Encryption", "Pass"), "B", encryption=s3.BucketEncryption.S3_MANAGED)
s3.Bucket(case("S3.AccessLogs", "Fail"), "B")
scope = case("S3.AccessLogs", "Pass")
s3.Bucket(scope, "B", server_access_logs_bucket=s3.Bucket(scope, "Logs"))
for outcome, conditions in (("Fail", None), ("Pass", {"StringEquals": {"aws:PrincipalOrgID": "o-1234567890"}})):
    bucket = s3.Bucket(case("S3.PolicyNoPublicAccess", outcome), "B")
    bucket.add_to_resource_policy(statement(["s3:GetObject"], [bucket.arn_for_objects("*")],
                                            principals=[iam.AnyPrincipal()], conditions=conditions))
s3.Bucket(case("S3.Versioning", "Fail"), "B")
s3.Bucket(case("S3.Versioning", "Pass"), "B", versioned=True)

# -- IAM --
role(case("IAM.NoWildcardActions", "Fail")).add_to_policy(statement(["s3:Get*"], ["arn:aws:s3:::b"]))
role(case("IAM.NoWildcardActions", "Pass")).add_to_policy(statement(["s3:GetObject"], ["arn:aws:s3:::b/k"]))
role(case("IAM.NoWildcardResources", "Fail")).add_to_policy(statement(["s3:GetObject"], ["arn:aws:s3:::b/*"]))
role(case("IAM.NoWildcardResources", "Pass")).add_to_policy(statement(["s3:GetObject"], ["arn:aws:s3:::b/k"]))
role(case("IAM.NoFullAccess", "Fail")).add_to_policy(statement(["*"], ["*"]))
role(case("IAM.NoFullAccess", "Pass")).add_to_policy(statement(["s3:ListAllMyBuckets"], ["*"]))
role(case("IAM.NoManagedPolicies", "Fail"),
     managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")])
scope = case("IAM.NoManagedPolicies", "Pass")
role(scope, managed_policies=[iam.ManagedPolicy(scope, "Own", statements=[statement(["s3:GetObject"], ["*"])])])
role(case("IAM.NoAdministratorPolicy", "Fail"),
     managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")])
role(case("IAM.NoAdministratorPolicy", "Pass"),
     managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")])
iam.User(case("IAM.NoUserPolicies", "Fail"), "User").add_to_policy(statement(["s3:ListAllMyBuckets"], ["*"]))
scope = case("IAM.NoUserPolicies", "Pass")
group = iam.Group(scope, "Group")
group.add_to_policy(statement(["s3:ListAllMyBuckets"], ["*"]))
iam.User(scope, "User", groups=[group])
role(case("IAM.NoPassRoleWildcard", "Fail")).add_to_policy(statement(["iam:PassRole"], ["*"]))
scope = case("IAM.NoPassRoleWildcard", "Pass")
iam.Role(scope, "Passed", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com")).grant_pass_role(role(scope))
role(case("IAM.TrustNoPublicPrincipal", "Fail"), assumed_by=iam.AnyPrincipal())
role(case("IAM.TrustNoPublicPrincipal", "Pass"))

# -- KMS --
kms.Key(case("KMS.KeyRotation", "Fail"), "Key")
kms.Key(case("KMS.KeyRotation", "Pass"), "Key", enable_key_rotation=True)
kms.Key(case("KMS.KeyPolicyNoPublicPrincipal", "Fail"), "Key").add_to_resource_policy(
    statement(["kms:Decrypt"], ["*"], principals=[iam.AnyPrincipal()]))
kms.Key(case("KMS.KeyPolicyNoPublicPrincipal", "Pass"), "Key")

# -- SQS --
sqs.Queue(case("SQS.Encryption", "Fail"), "Q", encryption=sqs.QueueEncryption.UNENCRYPTED)
sqs.Queue(case("SQS.Encryption", "Pass"), "Q")
sqs.Queue(case("SQS.EnforceSSL", "Fail"), "Q")
sqs.Queue(case("SQS.EnforceSSL", "Pass"), "Q", enforce_ssl=True)
sqs.Queue(case("SQS.DeadLetterQueue", "Fail"), "Q")
scope = case("SQS.DeadLetterQueue", "Pass")
sqs.Queue(scope, "Q", dead_letter_queue=sqs.DeadLetterQueue(queue=sqs.Queue(scope, "Dlq"), max_receive_count=3))
for outcome, principal in (("Fail", iam.AnyPrincipal()), ("Pass", iam.ServicePrincipal("sns.amazonaws.com"))):
    queue = sqs.Queue(case("SQS.PolicyNoPublicAccess", outcome), "Q")
    queue.add_to_resource_policy(statement(["sqs:SendMessage"], [queue.queue_arn], principals=[principal]))

# -- SNS --
sns.Topic(case("SNS.Encryption", "Fail"), "T")
scope = case("SNS.Encryption", "Pass")
sns.Topic(scope, "T", master_key=kms.Key(scope, "Key"))
sns.Topic(case("SNS.EnforceSSL", "Fail"), "T")
sns.Topic(case("SNS.EnforceSSL", "Pass"), "T", enforce_ssl=True)
for outcome, principal in (("Fail", iam.AnyPrincipal()), ("Pass", iam.ServicePrincipal("events.amazonaws.com"))):
    topic = sns.Topic(case("SNS.PolicyNoPublicAccess", outcome), "T")
    topic.add_to_resource_policy(statement(["sns:Publish"], [topic.topic_arn], principals=[principal]))

# -- Lambda --
fn(case("Lambda.DeprecatedRuntime", "Fail"), runtime=lambda_.Runtime.PYTHON_3_9)
fn(case("Lambda.DeprecatedRuntime", "Pass"), runtime=lambda_.Runtime.PYTHON_3_13)
fn(case("Lambda.DeadLetterQueue", "Fail"))
fn(case("Lambda.DeadLetterQueue", "Pass"), dead_letter_queue_enabled=True)
fn(case("Lambda.ReservedConcurrency", "Fail"))
fn(case("Lambda.ReservedConcurrency", "Pass"), reserved_concurrent_executions=5)
fn(case("Lambda.UrlAuth", "Fail")).add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
fn(case("Lambda.UrlAuth", "Pass")).add_function_url()
fn(case("Lambda.PublicPermission", "Fail")).add_permission("Anyone", principal=iam.AnyPrincipal())
fn(case("Lambda.PublicPermission", "Pass")).add_permission(
    "S3", principal=iam.ServicePrincipal("s3.amazonaws.com"), source_account="123456789012")

# -- API Gateway --
api(case("APIGateway.AccessLogs", "Fail"))
scope = case("APIGateway.AccessLogs", "Pass")
api(scope, deploy_options=apigw.StageOptions(
    access_log_destination=apigw.LogGroupLogDestination(logs.LogGroup(scope, "Logs")),
    access_log_format=apigw.AccessLogFormat.clf()))
api(case("APIGateway.ExecutionLogging", "Fail"))
api(case("APIGateway.ExecutionLogging", "Pass"),
    deploy_options=apigw.StageOptions(logging_level=apigw.MethodLoggingLevel.ERROR))
apigw.RestApi(case("APIGateway.Authorization", "Fail"), "Api").root.add_method("GET", apigw.MockIntegration())
api(case("APIGateway.Authorization", "Pass"))
api(case("APIGateway.WAF", "Fail"))
scope = case("APIGateway.WAF", "Pass")
rest = api(scope)
acl = cdk.aws_wafv2.CfnWebACL(
    scope, "Acl", scope="REGIONAL", default_action=cdk.aws_wafv2.CfnWebACL.DefaultActionProperty(allow={}),
    visibility_config=cdk.aws_wafv2.CfnWebACL.VisibilityConfigProperty(
        cloud_watch_metrics_enabled=True, metric_name="acl", sampled_requests_enabled=True))
cdk.aws_wafv2.CfnWebACLAssociation(scope, "Assoc", resource_arn=rest.deployment_stage.stage_arn,
                                   web_acl_arn=acl.attr_arn)
api(case("APIGateway.RequestValidation", "Fail"))
api(case("APIGateway.RequestValidation", "Pass")).add_request_validator("Validator", validate_request_body=True)
for outcome, policy in (("Fail", apigw.SecurityPolicy.TLS_1_0), ("Pass", apigw.SecurityPolicy.TLS_1_2)):
    scope = case("APIGateway.TLSPolicy", outcome)
    apigw.DomainName(scope, "Domain", domain_name=f"{outcome.lower()}.example.com", security_policy=policy,
                     certificate=acm.Certificate.from_certificate_arn(scope, "Cert", CERT))

# -- DynamoDB, CloudWatch Logs --
KEY = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
dynamodb.Table(case("DynamoDB.PointInTimeRecovery", "Fail"), "Table", partition_key=KEY)
dynamodb.Table(case("DynamoDB.PointInTimeRecovery", "Pass"), "Table", partition_key=KEY,
               point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                   point_in_time_recovery_enabled=True))
logs.LogGroup(case("Logs.Retention", "Fail"), "Logs", retention=logs.RetentionDays.INFINITE)
logs.LogGroup(case("Logs.Retention", "Pass"), "Logs")
logs.LogGroup(case("Logs.Encryption", "Fail"), "Logs")
scope = case("Logs.Encryption", "Pass")
logs.LogGroup(scope, "Logs", encryption_key=kms.Key(scope, "Key"))

# -- EC2 --
instance(case("EC2.IMDSv2", "Fail"))
instance(case("EC2.IMDSv2", "Pass"), require_imdsv2=True)
instance(case("EC2.NoPublicIp", "Fail"), associate_public_ip_address=True,
         vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
instance(case("EC2.NoPublicIp", "Pass"))
for outcome, public in (("Fail", True), ("Pass", False)):
    ec2.CfnSubnet(case("EC2.SubnetNoAutoPublicIp", outcome), "Subnet", vpc_id=vpc.vpc_id,
                  cidr_block=f"10.0.{250 if public else 251}.0/24", map_public_ip_on_launch=public)
for outcome, port in (("Fail", ec2.Port.tcp(22)), ("Pass", ec2.Port.tcp(443))):
    ec2.SecurityGroup(case("EC2.SecurityGroupOpenIngress", outcome), "Sg", vpc=vpc).add_ingress_rule(
        ec2.Peer.any_ipv4(), port)
ec2.Volume(case("EC2.EBSEncryption", "Fail"), "Volume", availability_zone="us-east-1a", size=cdk.Size.gibibytes(8))
ec2.Volume(case("EC2.EBSEncryption", "Pass"), "Volume", availability_zone="us-east-1a", size=cdk.Size.gibibytes(8),
           encrypted=True)
ONE_SUBNET = [ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC)]
ec2.Vpc(case("EC2.VpcFlowLogs", "Fail"), "Vpc", max_azs=1, nat_gateways=0, subnet_configuration=ONE_SUBNET)
ec2.Vpc(case("EC2.VpcFlowLogs", "Pass"), "Vpc", max_azs=1, nat_gateways=0, subnet_configuration=ONE_SUBNET,
        flow_logs={"All": ec2.FlowLogOptions()})

# -- ECS --
cluster = ecs.Cluster(shared, "Cluster", vpc=vpc)
IMAGE = ecs.ContainerImage.from_registry("public.ecr.aws/nginx/nginx:latest")
for outcome, public in (("Fail", True), ("Pass", False)):
    scope = case("ECS.NoPublicIp", outcome)
    task = ecs.FargateTaskDefinition(scope, "Task")
    task.add_container("web", image=IMAGE, logging=ecs.LogDrivers.aws_logs(stream_prefix="web"))
    ecs.FargateService(scope, "Service", cluster=cluster, task_definition=task, assign_public_ip=public,
                       vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC if public
                                                       else ec2.SubnetType.PRIVATE_WITH_EGRESS))
ecs.Cluster(case("ECS.ContainerInsights", "Fail"), "Cluster", vpc=vpc)
ecs.Cluster(case("ECS.ContainerInsights", "Pass"), "Cluster", vpc=vpc,
            container_insights_v2=ecs.ContainerInsights.ENABLED)
for outcome, privileged in (("Fail", True), ("Pass", False)):
    ecs.Ec2TaskDefinition(case("ECS.NoPrivileged", outcome), "Task").add_container(
        "web", image=IMAGE, memory_limit_mib=256, privileged=privileged,
        logging=ecs.LogDrivers.aws_logs(stream_prefix="web"))
ecs.FargateTaskDefinition(case("ECS.ContainerLogging", "Fail"), "Task").add_container("web", image=IMAGE)
ecs.FargateTaskDefinition(case("ECS.ContainerLogging", "Pass"), "Task").add_container(
    "web", image=IMAGE, logging=ecs.LogDrivers.aws_logs(stream_prefix="web"))

# -- RDS --
database(case("RDS.StorageEncryption", "Fail"), storage_encrypted=False)
database(case("RDS.StorageEncryption", "Pass"), storage_encrypted=True)
database(case("RDS.BackupRetention", "Fail"), backup_retention=cdk.Duration.days(0))
database(case("RDS.BackupRetention", "Pass"), backup_retention=cdk.Duration.days(7))
database(case("RDS.NoPublicAccess", "Fail"), publicly_accessible=True,
         vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
database(case("RDS.NoPublicAccess", "Pass"))
database(case("RDS.DeletionProtection", "Fail"), deletion_protection=False)
database(case("RDS.DeletionProtection", "Pass"), deletion_protection=True)

# -- ELB --
alb(case("ELB.AccessLogs", "Fail"))
scope = case("ELB.AccessLogs", "Pass")
alb(scope).log_access_logs(s3.Bucket(scope, "Logs", encryption=s3.BucketEncryption.S3_MANAGED))
for outcome, policy in (("Fail", elbv2.SslPolicy.TLS11), ("Pass", elbv2.SslPolicy.RECOMMENDED_TLS)):
    alb(case("ELB.TLSPolicy", outcome)).add_listener(
        "Https", port=443, certificates=[elbv2.ListenerCertificate.from_arn(CERT)], ssl_policy=policy,
        default_action=elbv2.ListenerAction.fixed_response(200))
alb(case("ELB.HTTPSOnly", "Fail")).add_listener("Http", port=80,
                                                default_action=elbv2.ListenerAction.fixed_response(200))
alb(case("ELB.HTTPSOnly", "Pass")).add_redirect()

# -- Secrets Manager --
secretsmanager.Secret(case("SecretsManager.Rotation", "Fail"), "Secret")
scope = case("SecretsManager.Rotation", "Pass")
secretsmanager.Secret(scope, "Secret").add_rotation_schedule("Rotation", rotation_lambda=fn(scope, "Rotator"))

# -- serverless --
fn(case("Lambda.Tracing", "Fail"))
fn(case("Lambda.Tracing", "Pass"), tracing=lambda_.Tracing.ACTIVE)
fn(case("Lambda.ExplicitMemory", "Fail"))
fn(case("Lambda.ExplicitMemory", "Pass"), memory_size=512)
fn(case("Lambda.ExplicitTimeout", "Fail"))
fn(case("Lambda.ExplicitTimeout", "Pass"), timeout=cdk.Duration.seconds(10))
for outcome in ("Fail", "Pass"):
    scope = case("Lambda.AsyncFailureDestination", outcome)
    on_failure = destinations.SqsDestination(sqs.Queue(scope, "Failed")) if outcome == "Pass" else None
    sns.Topic(scope, "Topic").add_subscription(subscriptions.LambdaSubscription(fn(scope, on_failure=on_failure)))
for outcome in ("Fail", "Pass"):
    scope = case("Lambda.EventSourceFailureDestination", outcome)
    dlq = sqs.DeadLetterQueue(queue=sqs.Queue(scope, "Dlq"), max_receive_count=3) if outcome == "Pass" else None
    fn(scope).add_event_source(sources.SqsEventSource(sqs.Queue(scope, "Q", dead_letter_queue=dlq)))
fn(case("Lambda.LogRetention", "Fail"))
scope = case("Lambda.LogRetention", "Pass")
fn(scope, log_group=logs.LogGroup(scope, "Logs", retention=logs.RetentionDays.ONE_WEEK))
api(case("APIGateway.Tracing", "Fail"))
api(case("APIGateway.Tracing", "Pass"), deploy_options=apigw.StageOptions(tracing_enabled=True))
api(case("APIGateway.Throttling", "Fail"))
api(case("APIGateway.Throttling", "Pass"),
    deploy_options=apigw.StageOptions(throttling_rate_limit=100, throttling_burst_limit=50))
for outcome in ("Fail", "Pass"):
    scope = case("APIGateway.StructuredLogs", outcome)
    fmt = apigw.AccessLogFormat.clf() if outcome == "Fail" else apigw.AccessLogFormat.json_with_standard_fields(
        caller=True, http_method=True, ip=True, protocol=True, request_time=True, resource_path=True,
        response_length=True, status=True, user=True)
    api(scope, deploy_options=apigw.StageOptions(
        access_log_destination=apigw.LogGroupLogDestination(logs.LogGroup(scope, "Logs")), access_log_format=fmt))
sfn.StateMachine(case("StepFunctions.Tracing", "Fail"), "Machine",
                 definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "TracingFailStart")))
sfn.StateMachine(case("StepFunctions.Tracing", "Pass"), "Machine", tracing_enabled=True,
                 definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "TracingPassStart")))
sfn.StateMachine(case("StepFunctions.Logging", "Fail"), "Machine",
                 definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "LoggingFailStart")))
scope = case("StepFunctions.Logging", "Pass")
sfn.StateMachine(scope, "Machine", logs=sfn.LogOptions(destination=logs.LogGroup(scope, "Logs"),
                                                       level=sfn.LogLevel.ERROR),
                 definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "LoggingPassStart")))
for outcome in ("Fail", "Pass"):
    scope = case("SNS.SubscriptionDLQ", outcome)
    dlq = sqs.Queue(scope, "Dlq") if outcome == "Pass" else None
    sns.Topic(scope, "Topic").add_subscription(subscriptions.SqsSubscription(sqs.Queue(scope, "Q"),
                                                                            dead_letter_queue=dlq))
for outcome in ("Fail", "Pass"):
    scope = case("Events.TargetDLQ", outcome)
    dlq = sqs.Queue(scope, "Dlq") if outcome == "Pass" else None
    events.Rule(scope, "Rule", schedule=events.Schedule.rate(cdk.Duration.hours(1)),
                targets=[targets.SqsQueue(sqs.Queue(scope, "Q"), dead_letter_queue=dlq)])
appsync.CfnGraphQLApi(case("AppSync.Tracing", "Fail"), "Api", authentication_type="API_KEY", name="fail")
appsync.CfnGraphQLApi(case("AppSync.Tracing", "Pass"), "Api", authentication_type="API_KEY", name="pass",
                      xray_enabled=True)

app.synth()
