"""Product stacks beyond the integ tests: an asset bucket (no assets) read by the accounts the portfolio is shared
with, a product stack description, two versions from one history, a version from a snapshot, and tag options."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_servicecatalog as servicecatalog
from aws_cdk import aws_sqs as sqs

work = tempfile.mkdtemp()
app = cdk.App()
stack = cdk.Stack(app, "ProductStackFeatures")

bucket = s3.Bucket(stack, "AssetBucket", bucket_name="product-assets-bucket")


class QueueProduct(servicecatalog.ProductStack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        queue = sqs.Queue(self, "Queue", visibility_timeout=cdk.Duration.seconds(60))
        cdk.CfnParameter(self, "Size", type="Number", default=1)
        cdk.CfnOutput(self, "QueueUrl", value=queue.queue_url)


product_stack = QueueProduct(stack, "QueueProduct", asset_bucket=bucket, description="A queue product")
history = servicecatalog.ProductStackHistory(
    stack, "History", product_stack=product_stack, current_version_name="v2", current_version_locked=True,
    description="queue versions", directory=os.path.join(work, "snapshots"))

# the snapshot of v1, as an earlier synth would have left it
os.makedirs(os.path.join(work, "snapshots"))
key = f"{cdk.Names.unique_id(history)}.{product_stack.artifact_id}.v1.product.template.json"
with open(os.path.join(work, "snapshots", key), "w") as f:
    f.write('{\n  "Resources": {\n    "Queue": {\n      "Type": "AWS::SQS::Queue"\n    }\n  }\n}')

product = servicecatalog.CloudFormationProduct(
    stack, "Product", product_name="Queue", owner="Platform",
    product_versions=[history.version_from_snapshot("v1"), history.current_version()],
    tag_options=servicecatalog.TagOptions(stack, "Tags", allowed_values_for_tags={"team": ["a", "b"]}),
)
portfolio = servicecatalog.Portfolio(stack, "Portfolio", display_name="Queues", provider_name="Platform")
portfolio.add_product(product)
portfolio.share_with_account("111111111111")
portfolio.share_with_account("222222222222", share_tag_options=False)

app.synth()
