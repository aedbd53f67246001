"""Port of aws-cdk's integ.function-find-replace (a function reading a key value store seeded inline, on a
distribution, with a Lambda function that calls it). Adapted: 2.275's ``FunctionCode.from_inline`` has no
``findReplace`` option, so the store id is put into the code with ``str.replace`` (a token in the code string)."""

import json

from aws_cdk import App, Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class TestOrigin(cloudfront.OriginBase):
    def __init__(self, domain_name, **kwargs):
        super().__init__(domain_name, **kwargs)

    def _render_custom_origin_config(self):
        return cloudfront.CfnDistribution.CustomOriginConfigProperty(origin_protocol_policy="https-only")


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.kvs_data = [{"key": "key1", "value": "value1"}, {"key": "key2", "value": "value2"}]
        store = cloudfront.KeyValueStore(
            self, "KeyValueStore",
            source=cloudfront.ImportSource.from_inline(json.dumps({"data": self.kvs_data}, separators=(",", ":"))),
        )
        code = """
      import cf from 'cloudfront';
      const kvsId = "%KVS_ID%";
      const kvsHandle = cf.kvs(kvsId);
      async function handler(event) {
        const meta = await kvsHandle.meta()
        const keyCount = meta.keyCount;
        return {
          statusCode: 200, statusDescription: 'OK',
          headers: { 'content-type': { value: 'application/json' } },@@
          body: JSON.stringify({ keyCount }),
        };
      }
    """.replace("@@", "  ")  # the original line ends with two spaces
        func = cloudfront.Function(
            self, "Function", key_value_store=store,
            code=cloudfront.FunctionCode.from_inline(code.replace("%KVS_ID%", store.key_value_store_id)),
        )
        distribution = cloudfront.Distribution(
            self, "Distribution",
            default_behavior=cloudfront.BehaviorOptions(
                origin=TestOrigin("www.example.com"),
                cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
                function_associations=[cloudfront.FunctionAssociation(
                    function=func, event_type=cloudfront.FunctionEventType.VIEWER_REQUEST
                )],
            ),
        )
        integration_test = lambda_.Function(
            self, "IntegrationTest",
            runtime=lambda_.Runtime.NODEJS_20_X,
            handler="index.handler",
            environment={"DISTRIBUTION_DOMAIN_NAME": distribution.distribution_domain_name},
            code=lambda_.Code.from_inline("""exports.handler = async (event) => {
        const distributionDomainName = process.env.DISTRIBUTION_DOMAIN_NAME;
        const response = await fetch(`https://${ distributionDomainName }/`);
        return await response.json();
      }"""),
        )
        self.integration_test_function_name = integration_test.function_name


app = App()
TestStack(app, "aws-cdk-cloudfront-function-find-replace")
app.synth()
