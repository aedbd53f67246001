"""The IAM, KMS, S3 and ECR policy documents of the bootstrap template, statement for statement.

Logical ids inside ``Fn::Sub`` strings (``${StagingBucket.Arn}``) are spelled out rather than built from
``attr_arn`` tokens so that the template reads exactly as the upstream one does; CloudFormation derives the
same dependencies from either spelling.
"""

from __future__ import annotations

from typing import Any

from constructs import Aws, CfnCondition

from .intrinsics import NO_VALUE, bucket_and_objects, if_, sub

POLICY_VERSION = "2012-10-17"

KMS_USE_ACTIONS = ["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]
"""What a principal needs to read and write objects of a KMS-encrypted bucket."""

_KMS_ADMIN_ACTIONS = [
    "kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*",
    "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion",
    "kms:GenerateDataKey", "kms:TagResource", "kms:UntagResource",
]

_ACCOUNT: str = Aws.ACCOUNT_ID


def _deny_external_id(deny_external_id: CfnCondition) -> Any:
    return if_(deny_external_id, {"Null": {"sts:ExternalId": "true"}}, NO_VALUE)


def role_trust_statements(deny_external_id: CfnCondition) -> list[Any]:
    """Statements letting the bootstrapped account itself assume (and tag sessions of) a role."""
    return [
        {
            "Action": "sts:AssumeRole",
            "Effect": "Allow",
            "Principal": {"AWS": _ACCOUNT},
            "Condition": _deny_external_id(deny_external_id),
        },
        {"Action": "sts:TagSession", "Effect": "Allow", "Principal": {"AWS": _ACCOUNT}},
    ]


def trusted_accounts_statements(
    has_accounts: CfnCondition, accounts: list[str], deny_external_id: CfnCondition
) -> list[Any]:
    """Statements trusting the accounts of a list parameter, present only when the list is not empty."""
    return [
        if_(
            has_accounts,
            {
                "Action": ["sts:AssumeRole"],
                "Effect": "Allow",
                "Principal": {"AWS": accounts},
                "Condition": _deny_external_id(deny_external_id),
            },
            NO_VALUE,
        ),
        if_(
            has_accounts,
            {"Action": ["sts:TagSession"], "Effect": "Allow", "Principal": {"AWS": accounts}},
            NO_VALUE,
        ),
    ]


def file_assets_key_policy() -> dict[str, Any]:
    """The key policy of the asset bucket's KMS key: the account administers it, S3 and the publisher use it."""
    return {
        "Statement": [
            {
                "Action": _KMS_ADMIN_ACTIONS,
                "Effect": "Allow",
                "Principal": {"AWS": _ACCOUNT},
                "Resource": "*",
            },
            {
                "Action": KMS_USE_ACTIONS,
                "Effect": "Allow",
                "Principal": {"AWS": "*"},
                "Resource": "*",
                "Condition": {
                    "StringEquals": {
                        "kms:CallerAccount": _ACCOUNT,
                        "kms:ViaService": [sub("s3.${AWS::Region}.amazonaws.com")],
                    }
                },
            },
            {
                "Action": KMS_USE_ACTIONS,
                "Effect": "Allow",
                "Principal": {"AWS": sub("${FilePublishingRole.Arn}")},
                "Resource": "*",
            },
        ]
    }


def staging_bucket_policy() -> dict[str, Any]:
    """Deny every request to the staging bucket that does not use TLS."""
    return {
        "Id": "AccessControl",
        "Version": POLICY_VERSION,
        "Statement": [
            {
                "Sid": "AllowSSLRequestsOnly",
                "Action": "s3:*",
                "Effect": "Deny",
                "Resource": bucket_and_objects("StagingBucket"),
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                "Principal": "*",
            }
        ],
    }


CONTAINER_LIFECYCLE_POLICY = """{
  "rules": [
    {
      "rulePriority": 1,
      "description": "Untagged images should not exist, but expire any older than one year",
      "selection": {
        "tagStatus": "untagged",
        "countType": "sinceImagePushed",
        "countUnit": "days",
        "countNumber": 365
      },
      "action": { "type": "expire" }
    }
  ]
}
"""
"""The container repository's lifecycle policy text, formatted as the upstream template formats it."""


def container_repository_policy() -> dict[str, Any]:
    """Let Lambda and EMR Serverless of this account pull images from the asset repository."""
    pull = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    return {
        "Version": POLICY_VERSION,
        "Statement": [
            {
                "Sid": "LambdaECRImageRetrievalPolicy",
                "Effect": "Allow",
                "Principal": {"Service": "lambda.amazonaws.com"},
                "Action": pull,
                "Condition": {
                    "StringLike": {
                        "aws:sourceArn": sub(
                            "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*"
                        )
                    }
                },
            },
            {
                "Sid": "EmrServerlessImageRetrievalPolicy",
                "Effect": "Allow",
                "Principal": {"Service": "emr-serverless.amazonaws.com"},
                "Action": [*pull, "ecr:DescribeImages"],
                "Condition": {
                    "StringLike": {
                        "aws:sourceArn": sub(
                            "arn:${AWS::Partition}:emr-serverless:${AWS::Region}:${AWS::AccountId}:/applications/*"
                        )
                    }
                },
            },
        ],
    }


def lookup_role_policy() -> dict[str, Any]:
    """The lookup role reads everything (``ReadOnlyAccess``) except secrets."""
    return {
        "Statement": [
            {"Sid": "DontReadSecrets", "Effect": "Deny", "Action": ["kms:Decrypt"], "Resource": "*"}
        ],
        "Version": POLICY_VERSION,
    }


def file_publishing_policy(create_new_key: CfnCondition) -> dict[str, Any]:
    """Write asset files to the staging bucket of this account and use its KMS key."""
    return {
        "Statement": [
            {
                "Action": [
                    "s3:GetObject*", "s3:GetBucket*", "s3:GetEncryptionConfiguration", "s3:List*",
                    "s3:DeleteObject*", "s3:PutObject*", "s3:Abort*",
                ],
                "Resource": bucket_and_objects("StagingBucket"),
                "Condition": {"StringEquals": {"aws:ResourceAccount": [sub("${AWS::AccountId}")]}},
                "Effect": "Allow",
            },
            {
                "Action": KMS_USE_ACTIONS,
                "Effect": "Allow",
                "Resource": if_(
                    create_new_key,
                    sub("${FileAssetsBucketEncryptionKey.Arn}"),
                    sub("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${FileAssetsBucketKmsKeyId}"),
                ),
            },
        ],
        "Version": POLICY_VERSION,
    }


def image_publishing_policy() -> dict[str, Any]:
    """Push images to the container asset repository."""
    return {
        "Statement": [
            {
                "Action": [
                    "ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload",
                    "ecr:BatchCheckLayerAvailability", "ecr:DescribeRepositories", "ecr:DescribeImages",
                    "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                ],
                "Resource": sub("${ContainerAssetsRepository.Arn}"),
                "Effect": "Allow",
            },
            {"Action": ["ecr:GetAuthorizationToken"], "Resource": "*", "Effect": "Allow"},
        ],
        "Version": POLICY_VERSION,
    }


def deployment_action_policy() -> dict[str, Any]:
    """What the CLI (or a pipeline) does through the deploy role: change sets, staging reads, pass-role."""
    return {
        "Statement": [
            {
                "Sid": "DeployPermissions",
                "Effect": "Allow",
                "Action": [
                    "cloudformation:CreateChangeSet", "cloudformation:DeleteChangeSet",
                    "cloudformation:ExecuteChangeSet", "cloudformation:CreateStack", "cloudformation:UpdateStack",
                    "cloudformation:RollbackStack", "cloudformation:ContinueUpdateRollback",
                ],
                "Resource": "*",
            },
            {
                "Sid": "PipelineCrossAccountArtifactsBucket",
                "Effect": "Allow",
                "Action": [
                    "s3:GetObject*", "s3:GetBucket*", "s3:List*", "s3:Abort*", "s3:DeleteObject*", "s3:PutObject*",
                ],
                "Resource": "*",
                "Condition": {"StringNotEquals": {"s3:ResourceAccount": _ACCOUNT}},
            },
            {
                "Sid": "PipelineCrossAccountArtifactsKey",
                "Effect": "Allow",
                "Action": KMS_USE_ACTIONS,
                "Resource": "*",
                "Condition": {"StringEquals": {"kms:ViaService": sub("s3.${AWS::Region}.amazonaws.com")}},
            },
            {
                "Action": "iam:PassRole",
                "Resource": sub("${CloudFormationExecutionRole.Arn}"),
                "Effect": "Allow",
            },
            {
                "Sid": "CliPermissions",
                "Action": [
                    "cloudformation:DeleteStack", "cloudformation:UpdateTerminationProtection",
                    "sts:GetCallerIdentity",
                ],
                "Resource": "*",
                "Effect": "Allow",
            },
            {
                "Sid": "CliStagingBucket",
                "Effect": "Allow",
                "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                "Resource": bucket_and_objects("StagingBucket"),
            },
            {
                "Sid": "ReadVersion",
                "Effect": "Allow",
                "Action": ["ssm:GetParameter", "ssm:GetParameters"],
                "Resource": [
                    sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${CdkBootstrapVersion}")
                ],
            },
            {
                "Sid": "Refactor",
                "Effect": "Allow",
                "Action": ["cloudformation:CreateStackRefactor", "cloudformation:ExecuteStackRefactor"],
                "Resource": "*",
            },
        ],
        "Version": POLICY_VERSION,
    }


def cloudformation_execution_trust() -> dict[str, Any]:
    """Only CloudFormation assumes the execution role."""
    return {
        "Statement": [
            {
                "Action": "sts:AssumeRole",
                "Effect": "Allow",
                "Principal": {"Service": "cloudformation.amazonaws.com"},
            }
        ],
        "Version": POLICY_VERSION,
    }


def permissions_boundary_policy() -> dict[str, Any]:
    """The example permissions boundary: allow everything but escaping the boundary."""
    boundary_arn = (
        "arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/"
        "cdk-${Qualifier}-permissions-boundary-${AWS::AccountId}-${AWS::Region}"
    )
    return {
        "Statement": [
            {"Sid": "ExplicitAllowAll", "Action": ["*"], "Effect": "Allow", "Resource": "*"},
            {
                "Sid": "DenyAccessIfRequiredPermBoundaryIsNotBeingApplied",
                "Action": [
                    "iam:CreateUser", "iam:CreateRole", "iam:PutRolePermissionsBoundary",
                    "iam:PutUserPermissionsBoundary",
                ],
                "Condition": {"StringNotEquals": {"iam:PermissionsBoundary": sub(boundary_arn)}},
                "Effect": "Deny",
                "Resource": "*",
            },
            {
                "Sid": "DenyPermBoundaryIAMPolicyAlteration",
                "Action": [
                    "iam:CreatePolicyVersion", "iam:DeletePolicy", "iam:DeletePolicyVersion",
                    "iam:SetDefaultPolicyVersion",
                ],
                "Effect": "Deny",
                "Resource": sub(boundary_arn),
            },
            {
                "Sid": "DenyRemovalOfPermBoundaryFromAnyUserOrRole",
                "Action": ["iam:DeleteUserPermissionsBoundary", "iam:DeleteRolePermissionsBoundary"],
                "Effect": "Deny",
                "Resource": "*",
            },
        ],
        "Version": POLICY_VERSION,
    }
