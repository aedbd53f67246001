"""Port of aws-cdk's integ.globalaccelerator-ip-address-type.ts: a dual-stack accelerator."""

import aws_cdk as cdk
from aws_cdk import aws_globalaccelerator as ga

app = cdk.App()
stack = cdk.Stack(app, "global-accelerator-ip-address-type")
ga.Accelerator(stack, "Accelerator", accelerator_name="acceleratorWithIpAddressType",
               ip_address_type=ga.IpAddressType.DUAL_STACK)
app.synth()
