"""Port of aws-cdk's integ.globalaccelerator-unique-name.ts: generated accelerator names (the TypeScript passes the
string 'IPV4', the Python API takes the enum member)."""

import aws_cdk as cdk
from aws_cdk import aws_globalaccelerator as ga

app = cdk.App()
stack = cdk.Stack(app, "global-accelerator-unique-name")
ga.Accelerator(stack, "Accelerator")
ga.Accelerator(stack, "AcceleratorIpAddressType", ip_address_type=ga.IpAddressType.IPV4)
app.synth()
