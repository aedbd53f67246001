"""Port of aws-cdk's integ.product.ts: URL, asset and product-stack versions, a product stack with Lambda code assets
(copied to the asset bucket by a BucketDeployment), a product stack history, a portfolio output. The stack's env is
the fixed account and region the integ runner would pass through CDK_DEFAULT_* (aws-cdk-lib needs a concrete asset
bucket name for product stack assets); the handler directories are stand-ins written to a temporary directory."""

import json
import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_servicecatalog as servicecatalog
from aws_cdk import aws_sns as sns

# the original's product1/product2.template.json, written here so the app is self-contained
work = tempfile.mkdtemp()
for name, topic in (("product1.template.json", "TopicProduct1"), ("product2.template.json", "TopicProduct2")):
    with open(os.path.join(work, name), "w") as f:
        json.dump({"Resources": {topic: {"Type": "AWS::SNS::Topic"}}}, f)
for folder, text in (("assets", "v1"), ("assetsv2", "v2")):
    os.makedirs(os.path.join(work, folder))
    with open(os.path.join(work, folder, "index.py"), "w", newline="") as f:
        f.write(f"def handler(event, context):\n    return '{text}'\n")

app = cdk.App()
stack = cdk.Stack(app, "integ-servicecatalog-product",
                  env=cdk.Environment(account="123456789012", region="us-east-1"))


class TestProductStack(servicecatalog.ProductStack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        sns.Topic(self, "TopicProduct")


portfolio = servicecatalog.Portfolio(
    stack, "TestPortfolio",
    display_name="TestPortfolio",
    provider_name="TestProvider",
    description="This is our Service Catalog Portfolio",
    message_language=servicecatalog.MessageLanguage.EN,
)

product_stack_history = servicecatalog.ProductStackHistory(
    stack, "ProductStackHistory",
    product_stack=TestProductStack(stack, "SNSTopicProduct3"),
    current_version_name="v1",
    current_version_locked=False,
    directory=os.path.join(work, "product-stack-snapshots"),
)


class TestAssetProductStack(servicecatalog.ProductStack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        lambda_.Function(self, "HelloHandler", runtime=lambda_.Runtime.PYTHON_3_9,
                         code=lambda_.Code.from_asset(os.path.join(work, "assets")), handler="index.handler")
        lambda_.Function(self, "HelloHandler2", runtime=lambda_.Runtime.PYTHON_3_9,
                         code=lambda_.Code.from_asset(os.path.join(work, "assetsv2")), handler="index.handler")


test_asset_bucket = s3.Bucket(stack, "TestAssetBucket",
                              bucket_name=f"product-stack-asset-bucket-{stack.account}-{stack.region}",
                              removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)

product = servicecatalog.CloudFormationProduct(
    stack, "TestProduct",
    product_name="testProduct",
    owner="testOwner",
    product_versions=[
        servicecatalog.CloudFormationProductVersion(
            validate_template=False,
            cloud_formation_template=servicecatalog.CloudFormationTemplate.from_url(
                "https://awsdocs.s3.amazonaws.com/servicecatalog/development-environment.template"),
        ),
        servicecatalog.CloudFormationProductVersion(
            cloud_formation_template=servicecatalog.CloudFormationTemplate.from_asset(
                os.path.join(work, "product1.template.json")),
        ),
        servicecatalog.CloudFormationProductVersion(
            cloud_formation_template=servicecatalog.CloudFormationTemplate.from_asset(
                os.path.join(work, "product2.template.json")),
        ),
        servicecatalog.CloudFormationProductVersion(
            cloud_formation_template=servicecatalog.CloudFormationTemplate.from_product_stack(
                TestProductStack(stack, "SNSTopicProduct1")),
        ),
        servicecatalog.CloudFormationProductVersion(
            cloud_formation_template=servicecatalog.CloudFormationTemplate.from_product_stack(
                TestProductStack(stack, "SNSTopicProduct2")),
        ),
        servicecatalog.CloudFormationProductVersion(
            product_version_name="testAssetProduct",
            validate_template=False,
            cloud_formation_template=servicecatalog.CloudFormationTemplate.from_product_stack(
                TestAssetProductStack(stack, "S3AssetProduct", asset_bucket=test_asset_bucket)),
        ),
        product_stack_history.current_version(),
    ],
)

portfolio.add_product(product)
cdk.CfnOutput(stack, "PortfolioId", value=portfolio.portfolio_id)

app.synth()
