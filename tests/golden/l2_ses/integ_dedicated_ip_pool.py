"""Port of aws-cdk's integ.dedicated-ip-pool.ts: a managed dedicated IP pool."""

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses

app = App()
stack = Stack(app, "aws-cdk-dedicated-ip-pool")
ses.DedicatedIpPool(stack, "Pool", dedicated_ip_pool_name="my-pool", scaling_mode=ses.ScalingMode.MANAGED)
app.synth()
