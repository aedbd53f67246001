"""Each rule of both packs, on a failing and a passing template fragment (the resource under test is ``R``).

The fragments are CloudFormation as aws-cdk-lib renders it for the construct named in each case's comment; the
expected outcome is the rule's definition (docs/rules.md). ``test_every_rule_has_cases`` keeps the table
complete.
"""

from __future__ import annotations

from typing import Any

import pytest

from pycdk.rules import Rules, SecurityPack, ServerlessPack

ARN = {"Fn::GetAtt": ["Other", "Arn"]}
DENY_HTTP = {
    "Action": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}, "Effect": "Deny", "Principal": {"AWS": "*"},
    "Resource": "*",
}


def res(type_: str, props: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"Type": type_, "Properties": props or {}}


def doc(*statements: dict[str, Any]) -> dict[str, Any]:
    return {"Statement": list(statements), "Version": "2012-10-17"}


def allow(action: Any, resource: Any = "*", **extra: Any) -> dict[str, Any]:
    return {"Action": action, "Effect": "Allow", "Resource": resource, **extra}


def policy(*statements: dict[str, Any]) -> dict[str, Any]:
    return res("AWS::IAM::Policy", {"PolicyDocument": doc(*statements), "PolicyName": "P", "Roles": [{"Ref": "Role"}]})


def role(**props: Any) -> dict[str, Any]:
    trust = doc({"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}})
    return res("AWS::IAM::Role", {"AssumeRolePolicyDocument": trust, **props})


def managed(name: str) -> dict[str, Any]:
    return {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, f":iam::aws:policy/{name}"]]}


def fn(**props: Any) -> dict[str, Any]:
    return res("AWS::Lambda::Function", {"Code": {"ZipFile": "x"}, "Handler": "index.handler",
                                         "Role": {"Fn::GetAtt": ["Role", "Arn"]}, "Runtime": "python3.12", **props})


def stage(**props: Any) -> dict[str, Any]:
    return res("AWS::ApiGateway::Stage", {"DeploymentId": {"Ref": "D"}, "RestApiId": {"Ref": "Api"},
                                          "StageName": "prod", **props})


def container(**props: Any) -> dict[str, Any]:
    return {"Essential": True, "Image": "nginx", "Name": "web", **props}


LOGS = {"LogDriver": "awslogs", "Options": {"awslogs-group": {"Ref": "LG"}, "awslogs-region": "us-east-1",
                                            "awslogs-stream-prefix": "web"}}
BUCKET_SSL_POLICY = res("AWS::S3::BucketPolicy", {"Bucket": {"Ref": "R"}, "PolicyDocument": doc(DENY_HTTP)})
BPA_ALL = {"BlockPublicAcls": True, "BlockPublicPolicy": True, "IgnorePublicAcls": True, "RestrictPublicBuckets": True}
ACCESS_LOGS = {"DestinationArn": {"Fn::GetAtt": ["LG", "Arn"]},
               "Format": '{"requestId":"$context.requestId","status":"$context.status"}'}

# rule id -> (failing resources, passing resources); "R" is the resource the rule is about.
CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    # s3.Bucket(block_public_access=BlockPublicAccess(block_public_policy=False, ...)) vs BLOCK_ALL
    "S3.BlockPublicAccess": (
        {"R": res("AWS::S3::Bucket", {"PublicAccessBlockConfiguration": {**BPA_ALL, "BlockPublicPolicy": False}})},
        {"R": res("AWS::S3::Bucket", {"PublicAccessBlockConfiguration": BPA_ALL})},
    ),
    "S3.NoPublicAcl": (
        {"R": res("AWS::S3::Bucket", {"AccessControl": "PublicRead"})},
        {"R": res("AWS::S3::Bucket", {"AccessControl": "LogDeliveryWrite"})},
    ),
    # s3.Bucket() vs s3.Bucket(enforce_ssl=True)
    "S3.EnforceSSL": (
        {"R": res("AWS::S3::Bucket")},
        {"R": res("AWS::S3::Bucket"), "P": BUCKET_SSL_POLICY},
    ),
    "S3.Encryption": (
        {"R": res("AWS::S3::Bucket")},
        {"R": res("AWS::S3::Bucket", {"BucketEncryption": {"ServerSideEncryptionConfiguration": [
            {"ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]}})},
    ),
    # a bucket without server_access_logs_bucket; the pass case is a log bucket another bucket logs to
    "S3.AccessLogs": (
        {"R": res("AWS::S3::Bucket")},
        {"R": res("AWS::S3::Bucket"),
         "B": res("AWS::S3::Bucket", {"LoggingConfiguration": {"DestinationBucketName": {"Ref": "R"}}})},
    ),
    "S3.PolicyNoPublicAccess": (
        {"R": res("AWS::S3::BucketPolicy", {"Bucket": {"Ref": "B"}, "PolicyDocument": doc(
            allow("s3:GetObject", Principal={"AWS": "*"}))})},
        {"R": res("AWS::S3::BucketPolicy", {"Bucket": {"Ref": "B"}, "PolicyDocument": doc(
            allow("s3:GetObject", Principal={"AWS": "*"}, Condition={"StringEquals": {"aws:PrincipalOrgID": "o-1"}}))})},
    ),
    # the pass case's second bucket decides with a condition (examples/hello): a value the rule cannot read passes
    "S3.Versioning": (
        {"R": res("AWS::S3::Bucket", {"VersioningConfiguration": {"Status": "Suspended"}})},
        {"R": res("AWS::S3::Bucket", {"VersioningConfiguration": {"Status": "Enabled"}}),
         "Conditional": res("AWS::S3::Bucket", {"VersioningConfiguration": {
             "Status": {"Fn::If": ["IsProd", "Enabled", "Suspended"]}}})},
    ),
    # bucket.grant_read(fn): s3:GetObject* ... on the bucket and <Bucket.Arn>/*
    "IAM.NoWildcardActions": (
        {"R": policy(allow(["s3:GetObject*", "s3:List*"], ARN))},
        {"R": policy(allow(["s3:GetObject", "s3:ListBucket"], ARN))},
    ),
    "IAM.NoWildcardResources": (
        {"R": policy(allow("s3:GetObject", {"Fn::Join": ["", [ARN, "/*"]]}))},
        {"R": policy(allow("s3:GetObject", ARN))},
    ),
    # the pass case: a managed policy used only as a permissions boundary (a ceiling, granting nothing)
    "IAM.NoFullAccess": (
        {"R": role(Policies=[{"PolicyDocument": doc(allow("*")), "PolicyName": "all"}])},
        {"Role": role(Policies=[{"PolicyDocument": doc(allow("s3:ListAllMyBuckets")), "PolicyName": "list"}],
                      PermissionsBoundary={"Ref": "R"}),
         "R": res("AWS::IAM::ManagedPolicy", {"PolicyDocument": doc(allow("*"))})},
    ),
    # a lambda_.Function's service role (AWSLambdaBasicExecutionRole) vs a customer managed policy
    "IAM.NoManagedPolicies": (
        {"R": role(ManagedPolicyArns=[managed("service-role/AWSLambdaBasicExecutionRole")])},
        {"R": role(ManagedPolicyArns=[{"Ref": "MyManagedPolicy"}])},
    ),
    "IAM.NoAdministratorPolicy": (
        {"R": role(ManagedPolicyArns=[managed("AdministratorAccess")])},
        {"R": role(ManagedPolicyArns=[managed("ReadOnlyAccess")])},
    ),
    "IAM.NoUserPolicies": (
        {"R": res("AWS::IAM::User", {"Policies": [{"PolicyDocument": doc(allow("s3:ListAllMyBuckets")),
                                                   "PolicyName": "p"}]})},
        {"R": res("AWS::IAM::User", {"Groups": [{"Ref": "G"}]})},
    ),
    "IAM.NoPassRoleWildcard": (
        {"R": policy(allow("iam:PassRole"))},
        {"R": policy(allow("iam:PassRole", {"Fn::GetAtt": ["TaskRole", "Arn"]}))},
    ),
    "IAM.TrustNoPublicPrincipal": (
        {"R": res("AWS::IAM::Role", {"AssumeRolePolicyDocument": doc(
            {"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"AWS": "*"}})})},
        {"R": role()},
    ),
    # kms.Key() vs kms.Key(enable_key_rotation=True); an asymmetric key cannot rotate
    "KMS.KeyRotation": (
        {"R": res("AWS::KMS::Key", {"EnableKeyRotation": False, "KeyPolicy": doc()})},
        {"R": res("AWS::KMS::Key", {"EnableKeyRotation": True, "KeyPolicy": doc()}),
         "FromParameter": res("AWS::KMS::Key", {"EnableKeyRotation": {"Ref": "Rotate"}, "KeyPolicy": doc()}),
         "Asymmetric": res("AWS::KMS::Key", {"KeySpec": "RSA_2048", "KeyPolicy": doc()})},
    ),
    "KMS.KeyPolicyNoPublicPrincipal": (
        {"R": res("AWS::KMS::Key", {"EnableKeyRotation": True, "KeyPolicy": doc(allow("kms:*", Principal="*"))})},
        {"R": res("AWS::KMS::Key", {"EnableKeyRotation": True, "KeyPolicy": doc(allow("kms:*", Principal={
            "AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"},
                                      ":root"]]}}))})},
    ),
    # sqs.Queue(encryption=QueueEncryption.UNENCRYPTED) vs sqs.Queue()
    "SQS.Encryption": (
        {"R": res("AWS::SQS::Queue", {"SqsManagedSseEnabled": False})},
        {"R": res("AWS::SQS::Queue")},
    ),
    "SQS.EnforceSSL": (
        {"R": res("AWS::SQS::Queue")},
        {"R": res("AWS::SQS::Queue"),
         "P": res("AWS::SQS::QueuePolicy", {"PolicyDocument": doc(DENY_HTTP), "Queues": [{"Ref": "R"}]})},
    ),
    # the pass case: a dead-letter queue other queues redrive to
    "SQS.DeadLetterQueue": (
        {"R": res("AWS::SQS::Queue")},
        {"R": res("AWS::SQS::Queue"), "Q": res("AWS::SQS::Queue", {"RedrivePolicy": {
            "deadLetterTargetArn": {"Fn::GetAtt": ["R", "Arn"]}, "maxReceiveCount": 3}})},
    ),
    "SQS.PolicyNoPublicAccess": (
        {"R": res("AWS::SQS::QueuePolicy", {"PolicyDocument": doc(allow("sqs:SendMessage", ARN, Principal="*")),
                                            "Queues": [{"Ref": "Q"}]})},
        {"R": res("AWS::SQS::QueuePolicy", {"PolicyDocument": doc(allow(
            "sqs:SendMessage", ARN, Principal={"Service": "sns.amazonaws.com"})), "Queues": [{"Ref": "Q"}]})},
    ),
    "SNS.Encryption": (
        {"R": res("AWS::SNS::Topic")},
        {"R": res("AWS::SNS::Topic", {"KmsMasterKeyId": {"Fn::GetAtt": ["Key", "Arn"]}})},
    ),
    "SNS.EnforceSSL": (
        {"R": res("AWS::SNS::Topic")},
        {"R": res("AWS::SNS::Topic"),
         "P": res("AWS::SNS::TopicPolicy", {"PolicyDocument": doc(DENY_HTTP), "Topics": [{"Ref": "R"}]})},
    ),
    "SNS.PolicyNoPublicAccess": (
        {"R": res("AWS::SNS::TopicPolicy", {"PolicyDocument": doc(allow("sns:Publish", Principal={"AWS": "*"})),
                                            "Topics": [{"Ref": "T"}]})},
        {"R": res("AWS::SNS::TopicPolicy", {"PolicyDocument": doc(allow(
            "sns:Publish", Principal={"Service": "events.amazonaws.com"})), "Topics": [{"Ref": "T"}]})},
    ),
    # lambda_.Runtime.PYTHON_3_9 (deprecated in aws-cdk-lib 2.275) vs PYTHON_3_12
    "Lambda.DeprecatedRuntime": ({"R": fn(Runtime="python3.9")}, {"R": fn(Runtime="python3.12")}),
    "Lambda.DeadLetterQueue": (
        {"R": fn()},
        {"R": fn(DeadLetterConfig={"TargetArn": {"Fn::GetAtt": ["Dlq", "Arn"]}})},
    ),
    "Lambda.ReservedConcurrency": ({"R": fn()}, {"R": fn(ReservedConcurrentExecutions=10)}),
    "Lambda.UrlAuth": (
        {"R": res("AWS::Lambda::Url", {"AuthType": "NONE", "TargetFunctionArn": {"Fn::GetAtt": ["F", "Arn"]}})},
        {"R": res("AWS::Lambda::Url", {"AuthType": "AWS_IAM", "TargetFunctionArn": {"Fn::GetAtt": ["F", "Arn"]}})},
    ),
    "Lambda.PublicPermission": (
        {"R": res("AWS::Lambda::Permission", {"Action": "lambda:InvokeFunction",
                                              "FunctionName": {"Fn::GetAtt": ["F", "Arn"]}, "Principal": "*"})},
        {"R": res("AWS::Lambda::Permission", {"Action": "lambda:InvokeFunction",
                                              "FunctionName": {"Fn::GetAtt": ["F", "Arn"]},
                                              "Principal": "s3.amazonaws.com", "SourceAccount": "123456789012"}),
         # lambda_.FunctionUrl(auth_type=NONE) adds this one; Lambda.UrlAuth reports the URL
         "UrlInvoke": res("AWS::Lambda::Permission", {"Action": "lambda:InvokeFunction",
                                                      "FunctionName": {"Fn::GetAtt": ["F", "Arn"]},
                                                      "InvokedViaFunctionUrl": True, "Principal": "*"})},
    ),
    "APIGateway.AccessLogs": (
        {"R": stage()},
        {"R": stage(AccessLogSetting=ACCESS_LOGS)},
    ),
    # RestApi(deploy_options=StageOptions(logging_level=MethodLoggingLevel.ERROR))
    "APIGateway.ExecutionLogging": (
        {"R": stage()},
        {"R": stage(MethodSettings=[{"DataTraceEnabled": False, "HttpMethod": "*", "LoggingLevel": "ERROR",
                                     "ResourcePath": "/*"}])},
    ),
    "APIGateway.Authorization": (
        {"R": res("AWS::ApiGateway::Method", {"AuthorizationType": "NONE", "HttpMethod": "GET",
                                              "ResourceId": {"Ref": "Res"}, "RestApiId": {"Ref": "Api"}})},
        {"R": res("AWS::ApiGateway::Method", {"AuthorizationType": "COGNITO_USER_POOLS", "HttpMethod": "GET",
                                              "AuthorizerId": {"Ref": "Auth"}, "ResourceId": {"Ref": "Res"},
                                              "RestApiId": {"Ref": "Api"}}),
         "Preflight": res("AWS::ApiGateway::Method", {"AuthorizationType": "NONE", "HttpMethod": "OPTIONS",
                                                      "ResourceId": {"Ref": "Res"}, "RestApiId": {"Ref": "Api"}})},
    ),
    "APIGateway.WAF": (
        {"R": stage()},
        {"R": stage(), "Assoc": res("AWS::WAFv2::WebACLAssociation", {
            "ResourceArn": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":apigateway:",
                                              {"Ref": "AWS::Region"}, "::/restapis/", {"Ref": "Api"},
                                              "/stages/", {"Ref": "R"}]]},
            "WebACLArn": {"Fn::GetAtt": ["Acl", "Arn"]}})},
    ),
    "APIGateway.RequestValidation": (
        {"R": res("AWS::ApiGateway::RestApi", {"Name": "api"})},
        {"R": res("AWS::ApiGateway::RestApi", {"Name": "api"}),
         "V": res("AWS::ApiGateway::RequestValidator", {"RestApiId": {"Ref": "R"}, "ValidateRequestBody": True})},
    ),
    "APIGateway.TLSPolicy": (
        {"R": res("AWS::ApiGateway::DomainName", {"DomainName": "api.example.com", "SecurityPolicy": "TLS_1_0"})},
        {"R": res("AWS::ApiGateway::DomainName", {"DomainName": "api.example.com", "SecurityPolicy": "TLS_1_2"})},
    ),
    "DynamoDB.PointInTimeRecovery": (
        {"R": res("AWS::DynamoDB::Table", {"KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}]})},
        {"R": res("AWS::DynamoDB::Table", {"KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                                           "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True}})},
    ),
    "Logs.Retention": (
        {"R": res("AWS::Logs::LogGroup")},
        {"R": res("AWS::Logs::LogGroup", {"RetentionInDays": 731}),
         "Delivery": res("AWS::Logs::LogGroup", {"LogGroupClass": "DELIVERY"})},
    ),
    "Logs.Encryption": (
        {"R": res("AWS::Logs::LogGroup", {"RetentionInDays": 731})},
        {"R": res("AWS::Logs::LogGroup", {"KmsKeyId": {"Fn::GetAtt": ["Key", "Arn"]}, "RetentionInDays": 731})},
    ),
    # ec2.Instance(require_imdsv2=True) names a launch template with HttpTokens required (by its literal name);
    # an instance can also set MetadataOptions itself
    "EC2.IMDSv2": (
        {"R": res("AWS::EC2::Instance", {"ImageId": "ami-1", "InstanceType": "t3.micro",
                                         "MetadataOptions": {"HttpTokens": "optional"}})},
        {"R": res("AWS::EC2::Instance", {"ImageId": "ami-1", "InstanceType": "t3.micro", "LaunchTemplate": {
            "LaunchTemplateName": "InstanceLaunchTemplate"}}),
         "LT": res("AWS::EC2::LaunchTemplate", {"LaunchTemplateData": {"MetadataOptions": {"HttpTokens": "required"}},
                                                "LaunchTemplateName": "InstanceLaunchTemplate"}),
         "Own": res("AWS::EC2::Instance", {"ImageId": "ami-1", "InstanceType": "t3.micro",
                                           "MetadataOptions": {"HttpTokens": "required"}})},
    ),
    "EC2.NoPublicIp": (
        {"R": res("AWS::EC2::Instance", {"NetworkInterfaces": [{"AssociatePublicIpAddress": True,
                                                                "DeviceIndex": "0"}]})},
        {"R": res("AWS::EC2::Instance", {"NetworkInterfaces": [{"AssociatePublicIpAddress": False,
                                                                "DeviceIndex": "0"}]})},
    ),
    # the public subnets of ec2.Vpc() map public IPs; a private subnet does not
    "EC2.SubnetNoAutoPublicIp": (
        {"R": res("AWS::EC2::Subnet", {"CidrBlock": "10.0.0.0/18", "MapPublicIpOnLaunch": True})},
        {"R": res("AWS::EC2::Subnet", {"CidrBlock": "10.0.128.0/18", "MapPublicIpOnLaunch": False})},
    ),
    # sg.add_ingress_rule(Peer.any_ipv4(), Port.tcp(22)) vs Port.tcp(443)
    "EC2.SecurityGroupOpenIngress": (
        {"R": res("AWS::EC2::SecurityGroup", {"GroupDescription": "sg", "SecurityGroupIngress": [
            {"CidrIp": "0.0.0.0/0", "FromPort": 22, "IpProtocol": "tcp", "ToPort": 22}]})},
        {"R": res("AWS::EC2::SecurityGroup", {"GroupDescription": "sg", "SecurityGroupIngress": [
            {"CidrIp": "0.0.0.0/0", "FromPort": 443, "IpProtocol": "tcp", "ToPort": 443},
            {"CidrIp": "10.0.0.0/16", "FromPort": 22, "IpProtocol": "tcp", "ToPort": 22}]})},
    ),
    "EC2.EBSEncryption": (
        {"R": res("AWS::EC2::Volume", {"AvailabilityZone": "us-east-1a", "Size": 8})},
        {"R": res("AWS::EC2::Volume", {"AvailabilityZone": "us-east-1a", "Encrypted": True, "Size": 8})},
    ),
    "EC2.VpcFlowLogs": (
        {"R": res("AWS::EC2::VPC", {"CidrBlock": "10.0.0.0/16"})},
        {"R": res("AWS::EC2::VPC", {"CidrBlock": "10.0.0.0/16"}),
         "Flow": res("AWS::EC2::FlowLog", {"ResourceId": {"Ref": "R"}, "ResourceType": "VPC", "TrafficType": "ALL"})},
    ),
    "ECS.NoPublicIp": (
        {"R": res("AWS::ECS::Service", {"NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": "ENABLED"}}})},
        {"R": res("AWS::ECS::Service", {"NetworkConfiguration": {"AwsvpcConfiguration": {"AssignPublicIp": "DISABLED"}}})},
    ),
    "ECS.ContainerInsights": (
        {"R": res("AWS::ECS::Cluster")},
        {"R": res("AWS::ECS::Cluster", {"ClusterSettings": [{"Name": "containerInsights", "Value": "enabled"}]})},
    ),
    "ECS.NoPrivileged": (
        {"R": res("AWS::ECS::TaskDefinition", {"ContainerDefinitions": [container(LogConfiguration=LOGS,
                                                                                  Privileged=True)]})},
        {"R": res("AWS::ECS::TaskDefinition", {"ContainerDefinitions": [container(LogConfiguration=LOGS)]})},
    ),
    "ECS.ContainerLogging": (
        {"R": res("AWS::ECS::TaskDefinition", {"ContainerDefinitions": [container()]})},
        {"R": res("AWS::ECS::TaskDefinition", {"ContainerDefinitions": [container(LogConfiguration=LOGS)]})},
    ),
    "RDS.StorageEncryption": (
        {"R": res("AWS::RDS::DBInstance", {"DBInstanceClass": "db.t3.micro", "Engine": "postgres"})},
        {"R": res("AWS::RDS::DBInstance", {"DBInstanceClass": "db.t3.micro", "Engine": "postgres",
                                           "StorageEncrypted": True})},
    ),
    "RDS.BackupRetention": (
        {"R": res("AWS::RDS::DBInstance", {"BackupRetentionPeriod": 0, "Engine": "postgres"})},
        {"R": res("AWS::RDS::DBInstance", {"BackupRetentionPeriod": 7, "Engine": "postgres"})},
    ),
    "RDS.NoPublicAccess": (
        {"R": res("AWS::RDS::DBInstance", {"Engine": "postgres", "PubliclyAccessible": True})},
        {"R": res("AWS::RDS::DBInstance", {"Engine": "postgres", "PubliclyAccessible": False})},
    ),
    "RDS.DeletionProtection": (
        {"R": res("AWS::RDS::DBCluster", {"Engine": "aurora-postgresql"})},
        {"R": res("AWS::RDS::DBCluster", {"DeletionProtection": True, "Engine": "aurora-postgresql"})},
    ),
    # lb.log_access_logs(bucket) sets the access_logs.s3.* attributes
    "ELB.AccessLogs": (
        {"R": res("AWS::ElasticLoadBalancingV2::LoadBalancer", {"Type": "application"})},
        {"R": res("AWS::ElasticLoadBalancingV2::LoadBalancer", {"LoadBalancerAttributes": [
            {"Key": "access_logs.s3.enabled", "Value": "true"}, {"Key": "access_logs.s3.bucket", "Value": {"Ref": "B"}}],
            "Type": "application"})},
    ),
    "ELB.TLSPolicy": (
        {"R": res("AWS::ElasticLoadBalancingV2::Listener", {"Port": 443, "Protocol": "HTTPS",
                                                            "SslPolicy": "ELBSecurityPolicy-2016-08"})},
        {"R": res("AWS::ElasticLoadBalancingV2::Listener", {"Port": 443, "Protocol": "HTTPS",
                                                            "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})},
    ),
    # ApplicationLoadBalancedFargateService(redirect_http=True) adds a redirecting HTTP listener
    "ELB.HTTPSOnly": (
        {"R": res("AWS::ElasticLoadBalancingV2::Listener", {"DefaultActions": [
            {"TargetGroupArn": {"Ref": "TG"}, "Type": "forward"}], "Port": 80, "Protocol": "HTTP"})},
        {"R": res("AWS::ElasticLoadBalancingV2::Listener", {"DefaultActions": [
            {"RedirectConfig": {"Port": "443", "Protocol": "HTTPS", "StatusCode": "HTTP_301"}, "Type": "redirect"}],
            "Port": 80, "Protocol": "HTTP"})},
    ),
    "SecretsManager.Rotation": (
        {"R": res("AWS::SecretsManager::Secret", {"GenerateSecretString": {}})},
        {"R": res("AWS::SecretsManager::Secret", {"GenerateSecretString": {}}),
         "Rot": res("AWS::SecretsManager::RotationSchedule", {
             "RotationLambdaARN": {"Fn::GetAtt": ["F", "Arn"]}, "RotationRules": {"ScheduleExpression": "rate(30 days)"},
             "SecretId": {"Ref": "R"}})},
    ),
    # -- serverless --
    "Lambda.Tracing": ({"R": fn()}, {"R": fn(TracingConfig={"Mode": "Active"})}),
    "Lambda.ExplicitMemory": ({"R": fn()}, {"R": fn(MemorySize=512)}),
    "Lambda.ExplicitTimeout": ({"R": fn()}, {"R": fn(Timeout=30)}),
    # topic.add_subscription(LambdaSubscription(fn)) adds an sns.amazonaws.com permission
    "Lambda.AsyncFailureDestination": (
        {"R": fn(), "Perm": res("AWS::Lambda::Permission", {"Action": "lambda:InvokeFunction",
                                                            "FunctionName": {"Fn::GetAtt": ["R", "Arn"]},
                                                            "Principal": "sns.amazonaws.com",
                                                            "SourceArn": {"Ref": "Topic"}})},
        {"R": fn(), "Perm": res("AWS::Lambda::Permission", {"Action": "lambda:InvokeFunction",
                                                            "FunctionName": {"Fn::GetAtt": ["R", "Arn"]},
                                                            "Principal": "sns.amazonaws.com",
                                                            "SourceArn": {"Ref": "Topic"}}),
         "Cfg": res("AWS::Lambda::EventInvokeConfig", {
             "DestinationConfig": {"OnFailure": {"Destination": {"Fn::GetAtt": ["Dlq", "Arn"]}}},
             "FunctionName": {"Ref": "R"}, "Qualifier": "$LATEST"})},
    ),
    # fn.add_event_source(SqsEventSource(queue)) with and without the queue's dead-letter queue
    "Lambda.EventSourceFailureDestination": (
        {"R": res("AWS::Lambda::EventSourceMapping", {"EventSourceArn": {"Fn::GetAtt": ["Q", "Arn"]},
                                                      "FunctionName": {"Ref": "F"}}),
         "Q": res("AWS::SQS::Queue")},
        {"R": res("AWS::Lambda::EventSourceMapping", {"EventSourceArn": {"Fn::GetAtt": ["Q", "Arn"]},
                                                      "FunctionName": {"Ref": "F"}}),
         "Q": res("AWS::SQS::Queue", {"RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["Dlq", "Arn"]},
                                                        "maxReceiveCount": 3}})},
    ),
    "Lambda.LogRetention": (
        {"R": fn()},
        {"R": fn(LoggingConfig={"LogGroup": {"Ref": "LG"}}), "LG": res("AWS::Logs::LogGroup", {"RetentionInDays": 7})},
    ),
    "APIGateway.Tracing": ({"R": stage()}, {"R": stage(TracingEnabled=True)}),
    "APIGateway.Throttling": (
        {"R": stage()},
        {"R": stage(MethodSettings=[{"HttpMethod": "*", "ResourcePath": "/*", "ThrottlingBurstLimit": 100,
                                     "ThrottlingRateLimit": 50}])},
    ),
    "APIGateway.StructuredLogs": (
        {"R": stage(AccessLogSetting={**ACCESS_LOGS, "Format": "$context.requestId $context.status"})},
        {"R": stage(AccessLogSetting=ACCESS_LOGS)},
    ),
    "StepFunctions.Tracing": (
        {"R": res("AWS::StepFunctions::StateMachine", {"DefinitionString": "{}"})},
        {"R": res("AWS::StepFunctions::StateMachine", {"DefinitionString": "{}",
                                                       "TracingConfiguration": {"Enabled": True}})},
    ),
    "StepFunctions.Logging": (
        {"R": res("AWS::StepFunctions::StateMachine", {"DefinitionString": "{}"})},
        {"R": res("AWS::StepFunctions::StateMachine", {"DefinitionString": "{}", "LoggingConfiguration": {
            "Destinations": [{"CloudWatchLogsLogGroup": {"LogGroupArn": {"Fn::GetAtt": ["LG", "Arn"]}}}],
            "Level": "ERROR"}})},
    ),
    "SNS.SubscriptionDLQ": (
        {"R": res("AWS::SNS::Subscription", {"Endpoint": ARN, "Protocol": "sqs", "TopicArn": {"Ref": "T"}})},
        {"R": res("AWS::SNS::Subscription", {"Endpoint": ARN, "Protocol": "sqs", "TopicArn": {"Ref": "T"},
                                             "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["D", "Arn"]}}})},
    ),
    "Events.TargetDLQ": (
        {"R": res("AWS::Events::Rule", {"ScheduleExpression": "rate(1 hour)", "State": "ENABLED",
                                        "Targets": [{"Arn": ARN, "Id": "Target0"}]})},
        {"R": res("AWS::Events::Rule", {"ScheduleExpression": "rate(1 hour)", "State": "ENABLED", "Targets": [
            {"Arn": ARN, "DeadLetterConfig": {"Arn": {"Fn::GetAtt": ["D", "Arn"]}}, "Id": "Target0"}]})},
    ),
    "AppSync.Tracing": (
        {"R": res("AWS::AppSync::GraphQLApi", {"AuthenticationType": "API_KEY", "Name": "api"})},
        {"R": res("AWS::AppSync::GraphQLApi", {"AuthenticationType": "API_KEY", "Name": "api", "XrayEnabled": True})},
    ),
}

_RULES = {r.id: (pack, r) for pack in (ServerlessPack, SecurityPack) for r in pack.all_rules()}


def _findings(rule_id: str, resources: dict[str, Any]) -> list[Any]:
    pack_cls, _ = _RULES[rule_id]
    result = Rules.check_template({"Resources": resources}, [pack_cls(include=[rule_id])])
    return [f for f in result.findings if f.rule.id == rule_id]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_fails_and_passes(rule_id: str) -> None:
    failing, passing = CASES[rule_id]
    assert [f.logical_id for f in _findings(rule_id, failing)] == ["R"], f"{rule_id} should flag R"
    assert _findings(rule_id, passing) == [], f"{rule_id} should pass"


def test_every_rule_has_cases() -> None:
    assert sorted(_RULES) == sorted(CASES)
    assert len(SecurityPack.all_rules()) >= 40
