"""CertificateAuthority.from_certificate_authority_arn: a private certificate issued by an imported CA."""

import aws_cdk as cdk
from aws_cdk import aws_acmpca as acmpca
from aws_cdk import aws_certificatemanager as acm

app = cdk.App()
stack = cdk.Stack(app, "PrivateCa")
ca = acmpca.CertificateAuthority.from_certificate_authority_arn(
    stack, "CA", "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/023077d8-2bfa-4eb0-8f22-05c96deade77")
acm.PrivateCertificate(stack, "Cert", domain_name="internal.example.com", certificate_authority=ca,
                       subject_alternative_names=["alt.internal.example.com"])
cdk.CfnOutput(stack, "CaArn", value=ca.certificate_authority_arn)
cdk.CfnOutput(stack, "CaRefArn", value=ca.certificate_authority_ref.certificate_authority_arn)
app.synth()
