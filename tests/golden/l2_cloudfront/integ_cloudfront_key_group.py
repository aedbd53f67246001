"""Port of aws-cdk's integ.cloudfront-key-group (a key group and an indented PEM public key)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudfront-custom")
cloudfront.KeyGroup(
    stack,
    "AwesomeKeyGroup",
    items=[
        cloudfront.PublicKey(
            stack,
            "AwesomePublicKey",
            encoded_key="""-----BEGIN PUBLIC KEY-----
      MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAudf8/iNkQgdvjEdm6xYS
      JAyxd/kGTbJfQNg9YhInb7TSm0dGu0yx8yZ3fnpmxuRPqJIlaVr+fT4YRl71gEYa
      dlhHmnVegyPNjP9dNqZ7zwNqMEPOPnS/NOHbJj1KYKpn1f8pPNycQ5MQCntKGnSj
      6fc+nbcC0joDvGz80xuy1W4hLV9oC9c3GT26xfZb2jy9MVtA3cppNuTwqrFi3t6e
      0iGpraxZlT5wewjZLpQkngqYr6s3aucPAZVsGTEYPo4nD5mswmtZOm+tgcOrivtD
      /3sD/qZLQ6c5siqyS8aTraD6y+VXugujfarTU65IeZ6QAUbLMsWuZOIi5Jn8zAwx
      NQIDAQAB
      -----END PUBLIC KEY-----
      """,
        )
    ],
)
app.synth()
