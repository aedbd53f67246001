"""``BootstrapStack``: the CDKToolkit stack of ``cdk bootstrap`` (template version 33), built from pycdk L1s."""

from __future__ import annotations

from typing import Any

from constructs import (
    BootstraplessSynthesizer,
    CfnCondition,
    CfnDeletionPolicy,
    CfnOutput,
    CfnParameter,
    CfnResource,
    Construct,
    Fn,
    Stack,
)
from l1 import ecr, iam, kms, s3, ssm

from ._private import documents
from ._private.intrinsics import NO_VALUE, if_, role_name, sub

BOOTSTRAP_VERSION = 33
"""The bootstrap template version this module models (``cdk bootstrap`` of CDK CLI 2.1148.1)."""

BOOTSTRAP_STACK_NAME = "CDKToolkit"
"""The stack name ``cdk bootstrap`` deploys to by default."""

BOOTSTRAP_DESCRIPTION = "This stack includes resources needed to deploy AWS CDK apps into this environment"

_TRUE_FALSE = ["true", "false"]
_BOUNDARY_ARN = "arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/${InputPermissionsBoundary}"


class BootstrapStack(Stack):
    """The CDKToolkit stack: staging bucket, asset repository, deploy/publish/lookup roles, version parameter.

    It renders the same Parameters, Conditions, Resources and Outputs as ``cdk bootstrap --show-template``
    (bootstrap version 33), so ``cdk bootstrap --template`` accepts its synthesized template. Everything that
    ``cdk bootstrap`` options set (``--qualifier``, ``--trust``, ``--cloudformation-execution-policies``...)
    stays a template parameter, set at deploy time.

    It has no ``BootstrapVersion`` parameter or ``CheckBootstrapVersion`` rule of its own (it is what those
    check), and no ``CDKMetadata`` resource.

    Args:
        scope: the parent (a new ``App`` if None).
        id: the construct id (default ``CDKToolkit``).
        stack_name: the deployed name (default: the id).
        env: the target environment (the template itself is environment-agnostic).
    """

    def __init__(
        self,
        scope: Construct | None = None,
        id: str = BOOTSTRAP_STACK_NAME,
        *,
        stack_name: str | None = None,
        env: Any = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            stack_name=stack_name,
            env=env,
            description=BOOTSTRAP_DESCRIPTION,
            synthesizer=BootstraplessSynthesizer(),
            analytics_reporting=False,
        )
        self._add_parameters()
        self._add_conditions()
        self._add_file_assets_resources()
        self._add_container_assets_resources()
        self._add_roles()
        self._add_permissions_boundary()
        self.version_parameter = ssm.CfnParameter(
            self, "CdkBootstrapVersion", type="String", name=sub("/cdk-bootstrap/${Qualifier}/version"),
            value=str(BOOTSTRAP_VERSION),
        )
        self._add_outputs()

    # -- parameters and conditions ---------------------------------------------------------------------
    def _add_parameters(self) -> None:
        def list_param(id: str, description: str) -> CfnParameter:
            return CfnParameter(self, id, description=description, default="", type="CommaDelimitedList")

        def string_param(id: str, description: str | None = None, **kwargs: Any) -> CfnParameter:
            kwargs.setdefault("default", "")
            return CfnParameter(self, id, description=description, type="String", **kwargs)

        self.trusted_accounts = list_param(
            "TrustedAccounts",
            "List of AWS accounts that are trusted to publish assets and deploy stacks to this environment",
        )
        self.trusted_accounts_for_lookup = list_param(
            "TrustedAccountsForLookup",
            "List of AWS accounts that are trusted to look up values in this environment",
        )
        self.cloudformation_execution_policies = list_param(
            "CloudFormationExecutionPolicies",
            "List of the ManagedPolicy ARN(s) to attach to the CloudFormation deployment role",
        )
        self.file_assets_bucket_name = string_param(
            "FileAssetsBucketName", "The name of the S3 bucket used for file assets"
        )
        self.file_assets_bucket_kms_key_id = string_param(
            "FileAssetsBucketKmsKeyId",
            "Empty to create a new key (default), 'AWS_MANAGED_KEY' to use a managed S3 key, or the ID/ARN of "
            "an existing key.",
        )
        self.container_assets_repository_name = string_param(
            "ContainerAssetsRepositoryName",
            "A user-provided custom name to use for the container assets ECR repository",
        )
        self.qualifier = string_param(
            "Qualifier",
            "An identifier to distinguish multiple bootstrap stacks in the same environment",
            default="hnb659fds",
            allowed_pattern="[A-Za-z0-9_-]{1,10}",
            constraint_description="Qualifier must be an alphanumeric identifier of at most 10 characters",
        )
        self.public_access_block_configuration = string_param(
            "PublicAccessBlockConfiguration",
            "Whether or not to enable S3 Staging Bucket Public Access Block Configuration",
            default="true",
            allowed_values=_TRUE_FALSE,
        )
        self.input_permissions_boundary = string_param(
            "InputPermissionsBoundary",
            "Whether or not to use either the CDK supplied or custom permissions boundary",
        )
        self.use_example_permissions_boundary = string_param(
            "UseExamplePermissionsBoundary", default="false", allowed_values=_TRUE_FALSE
        )
        self.apply_permissions_boundary_to_all_roles = string_param(
            "ApplyPermissionsBoundaryToAllRoles",
            "Whether to apply the permissions boundary to all bootstrap roles (not just the CloudFormation "
            "execution role)",
            default="false",
            allowed_values=_TRUE_FALSE,
        )
        self.bootstrap_variant = string_param(
            "BootstrapVariant",
            "Describe the provenance of the resources in this bootstrap stack. Change this when you customize "
            "the template. To prevent accidents, the CDK CLI will not overwrite bootstrap stacks with a "
            "different variant.",
            default="AWS CDK: Default Resources",
        )
        self.deny_external_id = string_param(
            "DenyExternalId",
            "Whether to deny AssumeRole calls with an ExternalId. This prevents calls that are intended to be "
            "deputized from accidentally assuming CDK Roles.",
            default="true",
            allowed_values=_TRUE_FALSE,
        )

    def _add_conditions(self) -> None:
        def condition(id: str, expression: Any) -> CfnCondition:
            return CfnCondition(self, id, expression=expression)

        def not_empty(value: Any) -> Any:
            return Fn.condition_not(Fn.condition_equals("", value))

        def list_not_empty(param: CfnParameter) -> Any:
            return not_empty(Fn.join("", param.value_as_list))

        def is_true(param: CfnParameter) -> Any:
            return Fn.condition_equals("true", param.value_as_string)

        self.has_trusted_accounts = condition("HasTrustedAccounts", list_not_empty(self.trusted_accounts))
        self.has_trusted_accounts_for_lookup = condition(
            "HasTrustedAccountsForLookup", list_not_empty(self.trusted_accounts_for_lookup)
        )
        self.has_cloudformation_execution_policies = condition(
            "HasCloudFormationExecutionPolicies", list_not_empty(self.cloudformation_execution_policies)
        )
        self.has_custom_file_assets_bucket_name = condition(
            "HasCustomFileAssetsBucketName", not_empty(self.file_assets_bucket_name.value_as_string)
        )
        self.create_new_key = condition(
            "CreateNewKey", Fn.condition_equals("", self.file_assets_bucket_kms_key_id.value_as_string)
        )
        self.use_aws_managed_key = condition(
            "UseAwsManagedKey",
            Fn.condition_equals("AWS_MANAGED_KEY", self.file_assets_bucket_kms_key_id.value_as_string),
        )
        self.should_create_permissions_boundary = condition(
            "ShouldCreatePermissionsBoundary", is_true(self.use_example_permissions_boundary)
        )
        self.permissions_boundary_set = condition(
            "PermissionsBoundarySet", not_empty(self.input_permissions_boundary.value_as_string)
        )
        self.should_apply_permissions_boundary_to_all_roles = condition(
            "ShouldApplyPermissionsBoundaryToAllRoles",
            Fn.condition_and(self.permissions_boundary_set, is_true(self.apply_permissions_boundary_to_all_roles)),
        )
        self.has_custom_container_assets_repository_name = condition(
            "HasCustomContainerAssetsRepositoryName", not_empty(self.container_assets_repository_name.value_as_string)
        )
        self.use_public_access_block_configuration = condition(
            "UsePublicAccessBlockConfiguration", is_true(self.public_access_block_configuration)
        )
        self.should_deny_external_id = condition("ShouldDenyExternalId", is_true(self.deny_external_id))

    # -- resources -------------------------------------------------------------------------------------
    def _add_file_assets_resources(self) -> None:
        self.file_assets_key = kms.CfnKey(
            self, "FileAssetsBucketEncryptionKey", key_policy=documents.file_assets_key_policy()
        )
        _set_attributes(self.file_assets_key, self.create_new_key, CfnDeletionPolicy.DELETE)
        self.file_assets_key_alias = kms.CfnAlias(
            self,
            "FileAssetsBucketEncryptionKeyAlias",
            alias_name=sub("alias/cdk-${Qualifier}-assets-key"),
            target_key_id=self.file_assets_key.ref,
        )
        self.file_assets_key_alias.cfn_options.condition = self.create_new_key

        self.staging_bucket = s3.CfnBucket(
            self,
            "StagingBucket",
            bucket_name=if_(
                self.has_custom_file_assets_bucket_name,
                sub("${FileAssetsBucketName}"),
                sub("cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}"),
            ),
            access_control="Private",
            bucket_encryption=s3.CfnBucket.BucketEncryptionProperty(
                server_side_encryption_configuration=[
                    s3.CfnBucket.ServerSideEncryptionRuleProperty(
                        server_side_encryption_by_default=s3.CfnBucket.ServerSideEncryptionByDefaultProperty(
                            sse_algorithm="aws:kms",
                            kms_master_key_id=if_(
                                self.create_new_key,
                                sub("${FileAssetsBucketEncryptionKey.Arn}"),
                                if_(self.use_aws_managed_key, NO_VALUE, sub("${FileAssetsBucketKmsKeyId}")),
                            ),
                        )
                    )
                ]
            ),
            public_access_block_configuration=if_(
                self.use_public_access_block_configuration,
                s3.CfnBucket.PublicAccessBlockConfigurationProperty(
                    block_public_acls=True,
                    block_public_policy=True,
                    ignore_public_acls=True,
                    restrict_public_buckets=True,
                ),
                NO_VALUE,
            ),
            versioning_configuration=s3.CfnBucket.VersioningConfigurationProperty(status="Enabled"),
            lifecycle_configuration=s3.CfnBucket.LifecycleConfigurationProperty(
                rules=[
                    s3.CfnBucket.RuleProperty(
                        id="CleanupOldVersions",
                        status="Enabled",
                        noncurrent_version_expiration=s3.CfnBucket.NoncurrentVersionExpirationProperty(
                            noncurrent_days=30
                        ),
                    ),
                    s3.CfnBucket.RuleProperty(
                        id="AbortIncompleteMultipartUploads",
                        status="Enabled",
                        abort_incomplete_multipart_upload=s3.CfnBucket.AbortIncompleteMultipartUploadProperty(
                            days_after_initiation=1
                        ),
                    ),
                ]
            ),
        )
        _set_attributes(self.staging_bucket, None, CfnDeletionPolicy.RETAIN)
        self.staging_bucket_policy = s3.CfnBucketPolicy(
            self,
            "StagingBucketPolicy",
            bucket=self.staging_bucket.ref,
            policy_document=documents.staging_bucket_policy(),
        )

    def _add_container_assets_resources(self) -> None:
        self.container_assets_repository = ecr.CfnRepository(
            self,
            "ContainerAssetsRepository",
            image_tag_mutability="IMMUTABLE",
            lifecycle_policy=ecr.CfnRepository.LifecyclePolicyProperty(
                lifecycle_policy_text=documents.CONTAINER_LIFECYCLE_POLICY
            ),
            repository_name=if_(
                self.has_custom_container_assets_repository_name,
                sub("${ContainerAssetsRepositoryName}"),
                sub("cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}"),
            ),
            repository_policy_text=documents.container_repository_policy(),
        )

    def _add_roles(self) -> None:
        boundary_for_all = if_(self.should_apply_permissions_boundary_to_all_roles, sub(_BOUNDARY_ARN), NO_VALUE)

        def trust(*, lookup: bool = False) -> dict[str, Any]:
            statements = documents.role_trust_statements(self.should_deny_external_id)
            if lookup:
                statements += documents.trusted_accounts_statements(
                    self.has_trusted_accounts_for_lookup,
                    self.trusted_accounts_for_lookup.value_as_list,
                    self.should_deny_external_id,
                )
            statements += documents.trusted_accounts_statements(
                self.has_trusted_accounts, self.trusted_accounts.value_as_list, self.should_deny_external_id
            )
            return {"Statement": statements}

        def bootstrap_role(id: str, kind: str, **kwargs: Any) -> iam.CfnRole:
            return iam.CfnRole(
                self,
                id,
                assume_role_policy_document=trust(lookup=kind == "lookup"),
                role_name=role_name(f"{kind}-role"),
                permissions_boundary=boundary_for_all,
                tags=[{"key": "aws-cdk:bootstrap-role", "value": kind}],
                **kwargs,
            )

        self.file_publishing_role = bootstrap_role("FilePublishingRole", "file-publishing")
        self.image_publishing_role = bootstrap_role("ImagePublishingRole", "image-publishing")
        self.lookup_role = bootstrap_role(
            "LookupRole",
            "lookup",
            managed_policy_arns=[sub("arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess")],
            policies=[
                iam.CfnRole.PolicyProperty(
                    policy_document=documents.lookup_role_policy(), policy_name="LookupRolePolicy"
                )
            ],
        )
        self.file_publishing_role_default_policy = iam.CfnPolicy(
            self,
            "FilePublishingRoleDefaultPolicy",
            policy_document=documents.file_publishing_policy(self.create_new_key),
            roles=[self.file_publishing_role.ref],
            policy_name=role_name("file-publishing-role-default-policy"),
        )
        self.image_publishing_role_default_policy = iam.CfnPolicy(
            self,
            "ImagePublishingRoleDefaultPolicy",
            policy_document=documents.image_publishing_policy(),
            roles=[self.image_publishing_role.ref],
            policy_name=role_name("image-publishing-role-default-policy"),
        )
        self.deployment_action_role = bootstrap_role(
            "DeploymentActionRole",
            "deploy",
            policies=[
                iam.CfnRole.PolicyProperty(policy_document=documents.deployment_action_policy(), policy_name="default")
            ],
            managed_policy_arns=[sub("arn:${AWS::Partition}:iam::aws:policy/AWSCloudFormationReadOnlyAccess")],
        )
        self.cloudformation_execution_role = iam.CfnRole(
            self,
            "CloudFormationExecutionRole",
            assume_role_policy_document=documents.cloudformation_execution_trust(),
            managed_policy_arns=if_(
                self.has_cloudformation_execution_policies,
                self.cloudformation_execution_policies.value_as_list,
                if_(
                    self.has_trusted_accounts,
                    NO_VALUE,
                    [sub("arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess")],
                ),
            ),
            role_name=role_name("cfn-exec-role"),
            permissions_boundary=if_(self.permissions_boundary_set, sub(_BOUNDARY_ARN), NO_VALUE),
        )

    def _add_permissions_boundary(self) -> None:
        # The misspelt logical id ("Boostrap") is upstream's; renaming it would replace deployed policies.
        self.permissions_boundary_policy = iam.CfnManagedPolicy(
            self,
            "CdkBoostrapPermissionsBoundaryPolicy",
            policy_document=documents.permissions_boundary_policy(),
            description="Bootstrap Permission Boundary",
            managed_policy_name=role_name("permissions-boundary"),
            path="/",
        )
        self.permissions_boundary_policy.cfn_options.condition = self.should_create_permissions_boundary

    def _add_outputs(self) -> None:
        CfnOutput(
            self,
            "BucketName",
            description="The name of the S3 bucket owned by the CDK toolkit stack",
            value=sub("${StagingBucket}"),
        )
        CfnOutput(
            self,
            "BucketDomainName",
            description="The domain name of the S3 bucket owned by the CDK toolkit stack",
            value=sub("${StagingBucket.RegionalDomainName}"),
        )
        CfnOutput(
            self,
            "FileAssetKeyArn",
            description="The ARN of the KMS key used to encrypt the asset bucket (deprecated)",
            value=if_(
                self.create_new_key,
                sub("${FileAssetsBucketEncryptionKey.Arn}"),
                sub("${FileAssetsBucketKmsKeyId}"),
            ),
            export_name=sub("CdkBootstrap-${Qualifier}-FileAssetKeyArn"),
        )
        CfnOutput(
            self,
            "ImageRepositoryName",
            description="The name of the ECR repository which hosts docker image assets",
            value=sub("${ContainerAssetsRepository}"),
        )
        CfnOutput(
            self,
            "BootstrapVersion",
            description="The version of the bootstrap resources that are currently mastered in this stack",
            value=str(BOOTSTRAP_VERSION),
        )


def _set_attributes(resource: CfnResource, condition: CfnCondition | None, policy: CfnDeletionPolicy) -> None:
    """Set a resource's Condition and its (identical) DeletionPolicy and UpdateReplacePolicy."""
    if condition is not None:
        resource.cfn_options.condition = condition
    resource.cfn_options.deletion_policy = policy
    resource.cfn_options.update_replace_policy = policy
