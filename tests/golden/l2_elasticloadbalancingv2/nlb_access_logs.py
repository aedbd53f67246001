"""An NLB writing access logs to a KMS-encrypted bucket (eu-west-1): allowed for NLBs, unlike ALBs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2, aws_elasticloadbalancingv2 as elbv2, aws_s3 as s3, aws_kms as kms
app = cdk.App()
stack = cdk.Stack(app, "NlbLogs", env=cdk.Environment(region="eu-west-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
nlb.log_access_logs(s3.Bucket(stack, "Logs", encryption_key=kms.Key(stack, "Key")), "nlb")
app.synth()
