"""A product stack holding a nested stack (with an asset of its own): the nested stack's template is an asset of
the product stack, so it is copied to the product's asset bucket and the product template names it there."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_servicecatalog as servicecatalog
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "ProductStackNested")

bucket = s3.Bucket(stack, "AssetBucket", bucket_name="product-nested-assets")


class Queues(cdk.NestedStack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        sqs.Queue(self, "Queue", visibility_timeout=cdk.Duration.seconds(30))


class QueueProduct(servicecatalog.ProductStack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        Queues(self, "Queues")


product = servicecatalog.CloudFormationProduct(
    stack, "Product", product_name="Nested", owner="Platform",
    product_versions=[servicecatalog.CloudFormationProductVersion(
        product_version_name="v1",
        cloud_formation_template=servicecatalog.CloudFormationTemplate.from_product_stack(
            QueueProduct(stack, "QueueProduct", asset_bucket=bucket)))],
)

app.synth()
