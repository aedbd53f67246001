"""Policy statements: conditions, not_actions, not_resources, not_principals, sids, deny, duplicates, from_json."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Statements")
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
role.add_to_policy(
    iam.PolicyStatement(
        sid="AllowWithConditions",
        actions=["s3:GetObject", "s3:PutObject", "s3:GetObject"],
        resources=["arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/*"],
        conditions={"StringEquals": {"aws:RequestedRegion": "eu-west-1"}, "Bool": {"aws:SecureTransport": "true"}},
    )
)
deny = iam.PolicyStatement(effect=iam.Effect.DENY, not_actions=["iam:*", "sts:*"], resources=["*"])
deny.add_condition("StringNotEquals", {"aws:PrincipalTag/team": "admins"})
deny.add_condition("StringNotEquals", {"aws:PrincipalTag/env": "prod"})
role.add_to_policy(deny)
role.add_to_policy(iam.PolicyStatement(actions=["ec2:*"], not_resources=["arn:aws:ec2:*:*:instance/i-1"]))
same = iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"])
role.add_to_policy(same)
role.add_to_policy(iam.PolicyStatement(actions=["sqs:SendMessage"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:ReceiveMessage", "sqs:DeleteMessage"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["sqs:DeleteMessage", "sqs:ReceiveMessage"], resources=["*"]))
later = iam.PolicyStatement()
later.add_actions("dynamodb:GetItem")
later.add_actions("dynamodb:Query", "dynamodb:GetItem")
later.add_resources(f"arn:aws:dynamodb:{stack.region}:{stack.account}:table/t")
later.add_all_resources()
role.add_to_principal_policy(later)
role.add_to_policy(
    iam.PolicyStatement.from_json(
        {"Action": "s3:ListBucket", "Resource": ["arn:aws:s3:::a", "arn:aws:s3:::b"], "Effect": "Allow", "Sid": "FromJson"}
    )
)
resource_doc = iam.PolicyDocument(
    statements=[
        iam.PolicyStatement(
            effect=iam.Effect.DENY,
            actions=["s3:*"],
            not_principals=[iam.ArnPrincipal("arn:aws:iam::111111111111:role/admin"), iam.AccountPrincipal("111111111111")],
            resources=["arn:aws:s3:::b/*"],
        ),
        iam.PolicyStatement(actions=["s3:GetObject"], principals=[iam.AnyPrincipal()], resources=["arn:aws:s3:::b/*"],
                            conditions={"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"]}}),
        iam.PolicyStatement(actions=["s3:GetObject"], principals=[iam.StarPrincipal()], resources=["arn:aws:s3:::b/*"]),
        iam.PolicyStatement(
            actions=["s3:GetObject"],
            principals=[iam.ArnPrincipal("arn:aws:iam::111111111111:root"), iam.ArnPrincipal("arn:aws:iam::222222222222:root"),
                        iam.CanonicalUserPrincipal("abc")],
            resources=["arn:aws:s3:::b/*"],
        ),
    ]
)
cdk.CfnResource(stack, "BucketPolicy", type="AWS::S3::BucketPolicy",
                properties={"Bucket": "b", "PolicyDocument": resource_doc})
app.synth()
