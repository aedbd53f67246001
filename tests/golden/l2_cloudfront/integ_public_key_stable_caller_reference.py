"""Port of aws-cdk's integ.public-key-stable-caller-reference (a named public key and key group in us-east-1)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from constructs import Construct

public_key = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAudf8/iNkQgdvjEdm6xYS
JAyxd/kGTbJfQNg9YhInb7TSm0dGu0yx8yZ3fnpmxuRPqJIlaVr+fT4YRl71gEYa
dlhHmnVegyPNjP9dNqZ7zwNqMEPOPnS/NOHbJj1KYKpn1f8pPNycQ5MQCntKGnSj
6fc+nbcC0joDvGz80xuy1W4hLV9oC9c3GT26xfZb2jy9MVtA3cppNuTwqrFi3t6e
0iGpraxZlT5wewjZLpQkngqYr6s3aucPAZVsGTEYPo4nD5mswmtZOm+tgcOrivtD
/3sD/qZLQ6c5siqyS8aTraD6y+VXugujfarTU65IeZ6QAUbLMsWuZOIi5Jn8zAwx
NQIDAQAB
-----END PUBLIC KEY-----"""


class PublicKeyStableCallerReferenceStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        public_key_with_stable_ref = cloudfront.PublicKey(
            self, "PublicKeyWithStableRef",
            encoded_key=public_key,
            public_key_name="stable-caller-ref-key",
            comment="Public key with stable caller reference",
        )
        cloudfront.KeyGroup(
            self, "KeyGroupWithStableRef",
            items=[public_key_with_stable_ref],
            key_group_name="stable-caller-ref-key-group",
            comment="Key group using stable caller reference public key",
        )
        cdk.CfnOutput(
            self, "PublicKeyId",
            value=public_key_with_stable_ref.public_key_id,
            description="ID of the public key with stable caller reference",
        )


app = cdk.App()
PublicKeyStableCallerReferenceStack(app, "PublicKeyStableCallerReferenceStack", env=cdk.Environment(region="us-east-1"))
app.synth()
