"""Port of aws-cdk integ.two-products.ts (IntegTest dropped; the handler directories it reads from the repository are
stand-ins written to a temporary directory; the stack's env is the fixed account and region the integ runner would pass through CDK_DEFAULT_*)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_servicecatalog as servicecatalog

work = tempfile.mkdtemp()
for folder, text in (("assets", "v1"), ("assetsv2", "v2")):
    os.makedirs(os.path.join(work, folder))
    with open(os.path.join(work, folder, "index.py"), "w", newline="") as f:
        f.write(f"def handler(event, context):\n    return '{text}'\n")


class TestAssetProductStack1(servicecatalog.ProductStack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        lambda_.Function(self, "HelloHandler", runtime=lambda_.Runtime.PYTHON_3_9,
                         code=lambda_.Code.from_asset(os.path.join(work, "assets")), handler="index.handler")


class TestAssetProductStack2(servicecatalog.ProductStack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        lambda_.Function(self, "HelloHandler2", runtime=lambda_.Runtime.PYTHON_3_9,
                         code=lambda_.Code.from_asset(os.path.join(work, "assetsv2")), handler="index.handler")


class PortfolioStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        portfolio = servicecatalog.Portfolio(self, "TestPortfolio", display_name="TestPortfolio",
                                             provider_name="TestProvider",
                                             description="This is our Service Catalog Portfolio",
                                             message_language=servicecatalog.MessageLanguage.EN)
        test_asset_bucket = s3.Bucket(self, "TestAssetBucket",
                                      bucket_name=f"product-stack-asset-bucket-{self.account}-{self.region}",
                                      removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        portfolio.add_product(servicecatalog.CloudFormationProduct(
            self, "Product1", product_name="Prod 1", owner="Owner 1",
            product_versions=[servicecatalog.CloudFormationProductVersion(
                product_version_name="v1",
                cloud_formation_template=servicecatalog.CloudFormationTemplate.from_product_stack(
                    TestAssetProductStack1(self, "MyProductStack1", asset_bucket=test_asset_bucket)))]))
        portfolio.add_product(servicecatalog.CloudFormationProduct(
            self, "Product2", product_name="Prod 2", owner="Owner 2",
            product_versions=[servicecatalog.CloudFormationProductVersion(
                product_version_name="v1",
                cloud_formation_template=servicecatalog.CloudFormationTemplate.from_product_stack(
                    TestAssetProductStack2(self, "MyProductStack2", asset_bucket=test_asset_bucket)))]))
        cdk.CfnOutput(self, "PortfolioId", value=portfolio.portfolio_id)


app = cdk.App()
PortfolioStack(app, "integ-servicecatalog-two-products", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
