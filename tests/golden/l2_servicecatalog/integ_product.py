"""Port of aws-cdk's integ.product.ts without its asset product stack (BucketDeployment: no s3_deployment in
pycdk): URL, asset and product-stack versions, a product stack history, a portfolio output."""

import json
import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_servicecatalog as servicecatalog
from aws_cdk import aws_sns as sns

# the original's product1/product2.template.json, written here so the app is self-contained
work = tempfile.mkdtemp()
for name, topic in (("product1.template.json", "TopicProduct1"), ("product2.template.json", "TopicProduct2")):
    with open(os.path.join(work, name), "w") as f:
        json.dump({"Resources": {topic: {"Type": "AWS::SNS::Topic"}}}, f)

app = cdk.App()
stack = cdk.Stack(app, "integ-servicecatalog-product")


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
        product_stack_history.current_version(),
    ],
)

portfolio.add_product(product)
cdk.CfnOutput(stack, "PortfolioId", value=portfolio.portfolio_id)

app.synth()
