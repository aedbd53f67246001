"""Port of aws-cdk's core/test/integ.prop-injectors.ts: property injectors for Function (a LogRetention log group),
Bucket (an access-logging bucket, with a recursion guard), SecurityGroup (no change), Vpc (defaults), RestApi and
LambdaRestApi, registered on the stack. ``md5hash`` (a deep import) is hashlib's MD5 hex digest."""

import hashlib

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3


@jsii.implements(cdk.IPropertyInjector)
class VpcPropsInjector:
    @property
    def construct_unique_id(self):
        return ec2.Vpc.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {"vpnGateway": False, "restrictDefaultSecurityGroup": True, **original_props}


@jsii.implements(cdk.IPropertyInjector)
class SecurityGroupPropsInjector:
    @property
    def construct_unique_id(self):
        return ec2.SecurityGroup.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return original_props


@jsii.implements(cdk.IPropertyInjector)
class MyBucketPropsInjector:
    @property
    def construct_unique_id(self):
        return s3.Bucket.PROPERTY_INJECTION_ID

    def __init__(self):
        self._skip = False
        self.common = {
            "blockPublicAccess": s3.BlockPublicAccess.BLOCK_ALL,
            "encryption": s3.BucketEncryption.KMS,
            "enforceSSL": True,
            "publicReadAccess": False,
            "lifecycleRules": [],
        }

    def inject(self, original_props, *, id, scope):
        if self._skip:
            return {**self.common, **original_props}
        access_logging_bucket = None
        if "serverAccessLogsBucket" not in original_props:
            self._skip = True
            access_logging_bucket = s3.Bucket(
                scope, f"access-logging-{hashlib.md5(id.encode()).hexdigest()}",
                block_public_access=s3.BlockPublicAccess.BLOCK_ALL, encryption=s3.BucketEncryption.KMS,
                enforce_ssl=True, public_read_access=False, lifecycle_rules=[],
                removal_policy=original_props.get("removalPolicy", cdk.RemovalPolicy.RETAIN),
            )
            self._skip = False
        props = {**self.common, **original_props}
        if access_logging_bucket is not None and "serverAccessLogsBucket" not in original_props:
            props["serverAccessLogsBucket"] = access_logging_bucket
        return props


@jsii.implements(cdk.IPropertyInjector)
class FunctionPropsInjector:
    @property
    def construct_unique_id(self):
        return lambda_.Function.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        lg = original_props.get("logGroup")
        if lg is None:
            retention = logs.LogRetention(
                scope, f"LogRetention-{id}",
                log_group_name=f"/aws/lambda/{original_props.get('functionName')}",
                retention=logs.RetentionDays.TEN_YEARS,
            )
            lg = logs.LogGroup.from_log_group_arn(scope, f"LogGroup-{id}", retention.log_group_arn)
        return {
            "applicationLogLevelV2": lambda_.ApplicationLogLevel.INFO,
            "loggingFormat": lambda_.LoggingFormat.JSON,
            **original_props,
            "logGroup": lg,
        }


@jsii.implements(cdk.IPropertyInjector)
class RestApiPropsInjector:
    @property
    def construct_unique_id(self):
        return apigw.RestApi.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {"endpointTypes": [apigw.EndpointType.REGIONAL], "deploy": False, "restApiName": "my-rest-api",
                **original_props}


@jsii.implements(cdk.IPropertyInjector)
class LambdaRestApiPropsInjector:
    @property
    def construct_unique_id(self):
        return apigw.LambdaRestApi.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {"disableExecuteApiEndpoint": False, "restApiName": "my-lambda-rest-api", **original_props}


app = cdk.App()
stack = cdk.Stack(app, "TestStack", property_injectors=[
    FunctionPropsInjector(),
    MyBucketPropsInjector(),
    SecurityGroupPropsInjector(),
    VpcPropsInjector(),
    RestApiPropsInjector(),
    LambdaRestApiPropsInjector(),
])

f = lambda_.Function(stack, "Function", function_name="myfunc", runtime=lambda_.Runtime.NODEJS_20_X,
                     handler="index.handler", code=lambda_.Code.from_inline("console.log();"))
vpc = ec2.Vpc(stack, "my-vpc")
ec2.SecurityGroup(stack, "my-sg", vpc=vpc, allow_all_ipv6_outbound=False, allow_all_outbound=False)
s3.Bucket(stack, "Default")
apigw.LambdaRestApi(stack, "MyRestAPI", handler=f)
app.synth()
