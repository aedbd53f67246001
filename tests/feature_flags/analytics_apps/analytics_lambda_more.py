"""@aws-cdk/core:enableAdditionalMetadataCollection on, over the object literals aws-cdk-lib's code passes to Lambda
classes (a BucketDeployment's handler singleton and its function, a constructor's async-invoke options, a
LambdaRestApi's super() props through a RestApi property injector, a NodejsFunction's base entry), $LATEST (no
entry), core's custom resources in an app whose first constructs are L1 (a mixin's auto-delete resource, the user's
own, CfnJson, cross-region exports, a stringified list), glue's imported catalogs and a recording browser's bucket
(an app of aws-cdk-lib's Python API, run by the oracle and, rewritten, by pycdk; the BucketDeployment's AwsCliLayer
is a designed difference)."""

import os
import tempfile

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_glue as glue
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_nodejs as nodejs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:enableAdditionalMetadataCollection": True})
env_east = cdk.Environment(account="123456789012", region="us-east-1")
stack = cdk.Stack(app, "AnalyticsLambdaMore", env=env_east, cross_region_references=True)

# core first: an L1 bucket with the auto-delete mixin, the user's custom resource, CfnJson, a stringified list
raw = s3.CfnBucket(stack, "Raw")
raw.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
raw.with_(s3.mixins.BucketAutoDeleteObjects())
handler_dir = tempfile.mkdtemp()
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ Data: { Value: 'x' } });\n")
token = cdk.CustomResourceProvider.get_or_create(stack, "Custom::Echo", code_directory=handler_dir,
                                                 runtime=cdk.CustomResourceProviderRuntime.NODEJS_20_X)
echo = cdk.CustomResource(stack, "Echo", service_token=token, resource_type="Custom::Echo")
ids = cdk.CfnParameter(stack, "Ids", type="List<String>")
tag = cdk.CfnParameter(stack, "TagKey", default="team")
json_value = cdk.CfnJson(stack, "Json", value={f"aws:ResourceTag/{tag.value_as_string}": "core"})
cdk.CfnOutput(stack, "Out", value=stack.to_json_string({"ids": ids.value_as_list, "json": json_value,
                                                        "echo": echo.get_att_string("Value")}))

# a BucketDeployment (its handler singleton and function: aws-cdk-lib's literal, without the AwsCliLayer)
bucket = s3.Bucket(stack, "Destination")
s3deploy.BucketDeployment(stack, "Deploy", sources=[s3deploy.Source.data("a.txt", "a")],
                          destination_bucket=bucket, memory_limit=512)

# async-invoke options from constructors (a literal naming all four) and from configure_async_invoke (as given)
code = lambda_.Code.from_inline("def handler(e, c): return e")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code,
                      retry_attempts=1)
version = lambda_.Version(stack, "Version", lambda_=fn, max_event_age=cdk.Duration.hours(1))
lambda_.Alias(stack, "Alias", alias_name="live", version=version, retry_attempts=0)
fn.grant_invoke_latest_version(iam.Role(stack, "Caller", assumed_by=iam.ServicePrincipal("sqs.amazonaws.com")))



@jsii.implements(cdk.IPropertyInjector)
class RestApiDefaults:
    """Defaults for every RestApi (a LambdaRestApi's base too): they come first in its entry."""

    @property
    def construct_unique_id(self):
        return apigateway.RestApi.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        return {"endpointTypes": [apigateway.EndpointType.REGIONAL], "restApiName": "injected", **original_props}


# another region's stack: it reads the bucket's name and ARN through cross-region exports (a writer above, a reader
# here), and holds the rest
consumer = cdk.Stack(app, "AnalyticsLambdaConsumer", cross_region_references=True,
                     env=cdk.Environment(account="123456789012", region="eu-west-1"),
                     property_injectors=[RestApiDefaults()])
sqs.Queue(consumer, "Queue", queue_name=bucket.bucket_name)
cdk.CfnOutput(consumer, "Arn", value=bucket.bucket_arn)
imported = lambda_.Function.from_function_arn(consumer, "Imported",
                                              "arn:aws:lambda:eu-west-1:123456789012:function:other")
imported.configure_async_invoke(retry_attempts=2)

# LambdaRestApi: RestApi records {defaultIntegration, ...props}, after the injector's defaults
api_fn = lambda_.Function(consumer, "ApiFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
lambda_.Version(consumer, "ApiFnVersion", lambda_=api_fn, retry_attempts=2)
apigateway.LambdaRestApi(consumer, "Api", handler=api_fn, cloud_watch_role=False,
                         integration_options=apigateway.LambdaIntegrationOptions(timeout=cdk.Duration.seconds(5)))

# NodejsFunction given its code (no bundling): Function records {...props, runtime, code, handler}
nodejs.NodejsFunction(consumer, "Node", code=lambda_.Code.from_inline("exports.handler = async () => 1;"),
                      handler="index.handler", memory_size=256,
                      bundling=nodejs.BundlingOptions(log_level=nodejs.LogLevel.ERROR, minify=True))

# glue's imported catalogs; a browser recording to S3 (aws-cdk-lib imports the bucket)
glue.Catalog.from_catalog_arn(consumer, "ByArn", "arn:aws:glue:eu-west-1:123456789012:catalog")
glue.Catalog.from_catalog_id(consumer, "ById", "123456789012")
agentcore.BrowserCustom(consumer, "Browser", browser_custom_name="analytics_browser",
                        recording_config=agentcore.RecordingConfig(
                            enabled=True, s3_location=s3.Location(bucket_name="recordings-bucket",
                                                                  object_key="recordings/")))

app.synth()
