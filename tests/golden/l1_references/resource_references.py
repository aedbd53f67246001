"""L1 properties typed ``str | IXxxRef`` given L1 and L2 objects (Ref, Fn::GetAtt, Fn::Select of a |-split Ref),
and the values of the ``*_ref`` structs of L1 classes (a Ref, an attribute, a property, a part of the Ref)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "References")
policy = {"Version": "2012-10-17", "Statement": []}
trust = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}

# S3: an L1 and an L2 bucket given for CfnBucketPolicy.bucket (the bucket name: Ref)
cfn_bucket = s3.CfnBucket(stack, "CfnBucket")
bucket = s3.Bucket(stack, "Bucket")
s3.CfnBucketPolicy(stack, "PolicyOfCfnBucket", bucket=cfn_bucket, policy_document=policy)
s3.CfnBucketPolicy(stack, "PolicyOfBucket", bucket=bucket, policy_document=policy)
s3.CfnAccessPoint(stack, "AccessPoint", bucket=bucket)

# IAM, KMS, Lambda: roles and keys by ARN (Fn::GetAtt), lists of managed policies, instance profiles by role name
cfn_role = iam.CfnRole(stack, "CfnRole", assume_role_policy_document=trust)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
cfn_managed = iam.CfnManagedPolicy(stack, "CfnManaged", policy_document=policy)
iam.CfnRole(stack, "RoleWithPolicies", assume_role_policy_document=trust, managed_policy_arns=[cfn_managed, "arn:aws:iam::aws:policy/ReadOnlyAccess"], permissions_boundary=cfn_managed)
iam.CfnInstanceProfile(stack, "Profile", roles=[role])
cfn_key = kms.CfnKey(stack, "CfnKey", key_policy=policy)
key = kms.Key(stack, "Key")
kms.CfnAlias(stack, "AliasOfCfnKey", alias_name="alias/cfn", target_key_id=cfn_key)
kms.CfnAlias(stack, "AliasOfKey", alias_name="alias/l2", target_key_id=key)
code = {"zipFile": "exports.handler = async () => {};"}
fn_cfn = lambda_.CfnFunction(stack, "FunctionWithCfnRole", role=cfn_role, code=code, runtime="nodejs20.x", handler="index.handler", kms_key_arn=cfn_key)
fn_l2 = lambda_.CfnFunction(stack, "FunctionWithRole", role=role, code=code, runtime="nodejs20.x", handler="index.handler", kms_key_arn=key)
lambda_.CfnPermission(stack, "Permission", action="lambda:InvokeFunction", function_name=fn_cfn, principal="s3.amazonaws.com", source_arn=bucket)
lambda_.CfnVersion(stack, "Version", function_name=fn_l2)
lambda_.CfnUrl(stack, "Url", auth_type="NONE", target_function_arn=fn_cfn)

# SNS, SQS, CloudWatch: topics and queues by ARN, lists mixing L1, L2 and strings
cfn_topic = sns.CfnTopic(stack, "CfnTopic", kms_master_key_id=cfn_key)
topic = sns.Topic(stack, "Topic")
cfn_queue = sqs.CfnQueue(stack, "CfnQueue", kms_master_key_id=key)
queue = sqs.Queue(stack, "Queue")
sns.CfnSubscription(stack, "Subscription", protocol="sqs", topic_arn=cfn_topic, endpoint=cfn_queue)
sns.CfnSubscription(stack, "SubscriptionOfL2", protocol="sqs", topic_arn=topic, endpoint=queue)
cloudwatch.CfnAlarm(
    stack, "Alarm", comparison_operator="GreaterThanThreshold", evaluation_periods=1, threshold=1,
    metric_name="Errors", namespace="AWS/Lambda", period=60, statistic="Sum",
    alarm_actions=[cfn_topic, topic, "arn:aws:sns:us-east-1:123456789012:other"], ok_actions=[topic],
)

# Logs, CloudTrail, Events: log groups by name and ARN, keys and buckets
cfn_log_group = logs.CfnLogGroup(stack, "CfnLogGroup", kms_key_id=cfn_key)
log_group = logs.LogGroup(stack, "LogGroup")
logs.CfnLogStream(stack, "Stream", log_group_name=cfn_log_group)
logs.CfnMetricFilter(stack, "Filter", log_group_name=log_group, filter_pattern="ERROR", metric_transformations=[{"metricName": "E", "metricNamespace": "N", "metricValue": "1"}])
logs.CfnSubscriptionFilter(stack, "SubscriptionFilter", log_group_name=cfn_log_group, filter_pattern="", destination_arn=fn_cfn)
cloudtrail.CfnTrail(stack, "Trail", is_logging=True, s3_bucket_name=bucket, kms_key_id=cfn_key, cloud_watch_logs_log_group_arn=log_group, cloud_watch_logs_role_arn=role)
cfn_bus = events.CfnEventBus(stack, "Bus", name="bus")
events.CfnRule(stack, "Rule", event_bus_name=cfn_bus, role_arn=cfn_role, event_pattern={"source": ["x"]})

# EC2: VPC, subnets, security groups, route tables, EIP (first lookup wins: the public IP)
cfn_vpc = ec2.CfnVPC(stack, "CfnVpc", cidr_block="10.0.0.0/16")
subnet = ec2.CfnSubnet(stack, "Subnet", vpc_id=cfn_vpc, cidr_block="10.0.0.0/24")
sg = ec2.CfnSecurityGroup(stack, "Sg", group_description="sg", vpc_id=cfn_vpc)
l2_vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, subnet_configuration=[ec2.SubnetConfiguration(name="p", subnet_type=ec2.SubnetType.PUBLIC)])
l2_sg = ec2.SecurityGroup(stack, "L2Sg", vpc=l2_vpc)
ec2.CfnSecurityGroup(stack, "SgInL2Vpc", group_description="sg", vpc_id=l2_vpc)
ec2.CfnSecurityGroupIngress(stack, "Ingress", ip_protocol="tcp", from_port=443, to_port=443, group_id=sg, source_security_group_id=l2_sg)
table = ec2.CfnRouteTable(stack, "Table", vpc_id=cfn_vpc)
ec2.CfnSubnetRouteTableAssociation(stack, "Association", route_table_id=table, subnet_id=subnet)
igw = ec2.CfnInternetGateway(stack, "Igw")
ec2.CfnVPCGatewayAttachment(stack, "Attachment", vpc_id=cfn_vpc, internet_gateway_id=igw)
route = ec2.CfnRoute(stack, "Route", route_table_id=table, gateway_id=igw, destination_cidr_block="0.0.0.0/0")
eip = ec2.CfnEIP(stack, "Eip")
instance = ec2.CfnInstance(stack, "Instance", image_id="ami-12345678", subnet_id=subnet, security_group_ids=[sg, l2_sg, "sg-0123"])
ec2.CfnEIPAssociation(stack, "EipAssociation", eip=eip, instance_id=instance)
ec2.CfnNatGateway(stack, "Nat", allocation_id=eip, subnet_id=subnet)
ec2.CfnFlowLog(stack, "FlowLog", resource_id=cfn_vpc, resource_type="VPC", traffic_type="ALL", log_destination_type="s3", log_destination=bucket)
ec2.CfnVPCEndpoint(stack, "Endpoint", vpc_id=l2_vpc, service_name="com.amazonaws.us-east-1.s3", route_table_ids=[table], subnet_ids=[subnet], security_group_ids=[sg])

# API Gateway: ids by Ref; the resource's reference carries the API id it was given
api = apigateway.CfnRestApi(stack, "Api", name="api")
resource = apigateway.CfnResource(stack, "Resource", rest_api_id=api, parent_id=api.attr_root_resource_id, path_part="items")
method = apigateway.CfnMethod(stack, "Method", rest_api_id=api, resource_id=resource, http_method="GET", authorization_type="NONE", integration={"type": "MOCK"})
deployment = apigateway.CfnDeployment(stack, "Deployment", rest_api_id=api)
deployment.add_dependency(method)
stage = apigateway.CfnStage(stack, "Stage", rest_api_id=api, deployment_id=deployment, stage_name="prod")

# the static factories of L1 classes: from an ARN (parsed), from a name (the ARN built), from an id
imported_by_arn = s3.CfnBucket.from_bucket_arn(stack, "ImportedByArn", "arn:aws:s3:::imported-bucket")
imported_by_name = s3.CfnBucket.from_bucket_name(stack, "ImportedByName", "named-bucket")
imported_key = apigateway.CfnApiKey.from_api_key_id(stack, "ImportedKey", "abc123")
s3.CfnBucketPolicy(stack, "PolicyOfImported", bucket=imported_by_arn, policy_document=policy)
imported_fn = lambda_.CfnFunction.from_function_arn(stack, "ImportedFunction", "arn:aws:lambda:us-west-2:111111111111:function:imported")
sns.CfnSubscription(stack, "SubscriptionOfImported", protocol="lambda", topic_arn=topic, endpoint=imported_fn)
imported_key_by_id = kms.CfnKey.from_key_id(stack, "ImportedKeyById", "1234abcd")

# the *_ref structs of L1 classes: Ref, attributes, properties (as resolved), parts of a |-joined Ref
outputs = {
    "BucketName": cfn_bucket.bucket_ref.bucket_name,
    "BucketArn": cfn_bucket.bucket_ref.bucket_arn,
    "RoleArn": cfn_role.role_ref.role_arn,
    "RoleName": cfn_role.role_ref.role_name,
    "KeyArn": cfn_key.key_ref.key_arn,
    "KeyId": cfn_key.key_ref.key_id,
    "FunctionArn": fn_cfn.function_ref.function_arn,
    "TopicArn": cfn_topic.topic_ref.topic_arn,
    "QueueUrl": cfn_queue.queue_ref.queue_url,
    "QueueArn": cfn_queue.queue_ref.queue_arn,
    "LogGroupArn": cfn_log_group.log_group_ref.log_group_arn,
    "VpcId": cfn_vpc.vpc_ref.vpc_id,
    "SubnetId": subnet.subnet_ref.subnet_id,
    "EipAllocation": eip.eip_ref.allocation_id,
    "EipPublicIp": eip.eip_ref.public_ip,
    "RouteTableOfRoute": route.route_ref.route_table_id,
    "CidrOfRoute": route.route_ref.cidr_block,
    "MethodApi": method.method_ref.rest_api_id,
    "MethodResource": method.method_ref.resource_id,
    "MethodVerb": method.method_ref.http_method,
    "ResourceApi": resource.resource_ref.rest_api_id,
    "ResourceId": resource.resource_ref.resource_id,
    "StageApi": stage.stage_ref.rest_api_id,
    "StageName": stage.stage_ref.stage_name,
    "PolicyBucket": s3.CfnBucketPolicy(stack, "ThirdPolicy", bucket="named", policy_document=policy).bucket_policy_ref.bucket,
    "BucketRegion": cfn_bucket.env.region,
    "ArnOfCfnBucket": s3.CfnBucket.arn_for_bucket(cfn_bucket),
    "ArnOfBucket": s3.CfnBucket.arn_for_bucket(bucket),
    "ArnOfQueue": sqs.CfnQueue.arn_for_queue(queue),
    "ArnOfApi": apigateway.CfnRestApi.arn_for_rest_api(api),
    "ImportedByArnName": imported_by_arn.bucket_ref.bucket_name,
    "ImportedByNameArn": imported_by_name.bucket_ref.bucket_arn,
    "ImportedKeyArn": apigateway.CfnApiKey.arn_for_api_key(imported_key),
    "ImportedFunctionName": imported_fn.function_ref.function_name,
    "ImportedFunctionRegion": imported_fn.env.region,
    "ImportedKeyByIdArn": imported_key_by_id.key_ref.key_arn,
}
for name, value in outputs.items():
    cdk.CfnOutput(stack, name, value=value)
app.synth()
