"""The structs of the cloud assembly schema: the assembly manifest, asset manifests, context queries, integration
test manifests and the policy validation report (aws-cdk-lib: ``aws_cdk.cloud_assembly_schema``).

Field names are the snake_case forms of the manifests' camelCase keys (``l2.cloud_assembly_schema._private.codec``
converts both ways); the fields, their order and their optionality are the jsii classes' of aws-cdk-lib 2.275.0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs.internals import structs

from ._enums import (
    ArtifactType,
    ContextProvider,
    FileAssetPackaging,
    LoadBalancerListenerProtocol,
    LoadBalancerType,
    RequireApproval,
)


@structs.frozen(kw_only=True)
class ContextLookupRoleOptions:
    """The account, region and role of a context lookup.

    Args:
        account: the account to look up in (an account id).
        assume_role_additional_options: other options of the STS ``AssumeRole`` call (neither ``RoleArn`` nor
            ``ExternalId``; default none).
        lookup_role_arn: the role to assume for the lookup (default the current credentials).
        lookup_role_external_id: the external id to assume the lookup role with (default none).
        region: the region to look up in.
    """

    account: str
    region: str
    assume_role_additional_options: Mapping[str, object] | None = None
    lookup_role_arn: str | None = None
    lookup_role_external_id: str | None = None


@structs.frozen(kw_only=True)
class AmiContextQuery(ContextLookupRoleOptions):
    """The query for an AMI lookup. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        filters: the EC2 ``DescribeImages`` filters.
        owners: the image owners to match (default any).
    """

    filters: Mapping[str, Sequence[str]]
    owners: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class ArtifactManifest:
    """An artifact of the assembly manifest (``manifest.json``).

    Args:
        additional_metadata_file: a file, relative to the assembly, holding more metadata of the artifact
            (default none).
        dependencies: the ids of the artifacts this one depends on (default none).
        display_name: a name to show for it in user interfaces (default the id).
        environment: the target environment, ``aws://<account>/<region>`` (default environment-agnostic).
        metadata: metadata entries by construct path (default none).
        properties: the type-specific properties of the artifact (default none).
        type: the artifact's type.
    """

    type: ArtifactType
    additional_metadata_file: str | None = None
    dependencies: Sequence[str] | None = None
    display_name: str | None = None
    environment: str | None = None
    metadata: Mapping[str, Sequence[MetadataEntry]] | None = None
    properties: AwsCloudFormationStackProperties | AssetManifestProperties | TreeArtifactProperties | NestedCloudAssemblyProperties | FeatureFlagReportProperties | Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class AssemblyManifest:
    """The cloud assembly's manifest (``manifest.json``).

    Args:
        artifacts: the artifacts of the assembly, by id (default none).
        minimum_cli_version: the oldest CDK CLI that can read the assembly (default any).
        missing: the context values synthesis needed and did not have (default none).
        runtime: versions of the libraries used to synthesize (default none).
        version: the schema version of the manifest.
    """

    version: str
    artifacts: Mapping[str, ArtifactManifest] | None = None
    minimum_cli_version: str | None = None
    missing: Sequence[MissingContext] | None = None
    runtime: RuntimeInfo | None = None


@structs.frozen(kw_only=True)
class AssetManifest:
    """An asset manifest (``<stack>.assets.json``): the file and image assets and where they are published.

    Args:
        docker_images: the container image assets, by asset id (default none).
        files: the file assets, by asset id (default none).
        version: the schema version of the manifest.
    """

    version: str
    docker_images: Mapping[str, DockerImageAsset] | None = None
    files: Mapping[str, FileAsset] | None = None


@structs.frozen(kw_only=True)
class AssetManifestOptions:
    """Options of an asset manifest artifact.

    Args:
        bootstrap_stack_version_ssm_parameter: the SSM parameter holding the bootstrap stack's version (default
            found by reading the bootstrap stack).
        requires_bootstrap_stack_version: the bootstrap stack version it needs (default any).
    """

    bootstrap_stack_version_ssm_parameter: str | None = None
    requires_bootstrap_stack_version: float | None = None


@structs.frozen(kw_only=True)
class AssetManifestProperties(AssetManifestOptions):
    """The properties of an asset manifest artifact. Also takes the keyword arguments of ``AssetManifestOptions`` (see that class).

    Args:
        file: the file, relative to the assembly's directory.
    """

    file: str


@structs.frozen(kw_only=True)
class AvailabilityZonesContextQuery(ContextLookupRoleOptions):
    """The query for the availability zones of an account and region. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).
    """


@structs.frozen(kw_only=True)
class AwsCloudFormationStackProperties:
    """The properties of a CloudFormation stack artifact.

    Args:
        assume_role_additional_options: other options of the STS ``AssumeRole`` call (neither ``RoleArn`` nor
            ``ExternalId``; default none).
        assume_role_arn: the role to assume (default the current credentials).
        assume_role_external_id: the external id to assume the role with (default none).
        bootstrap_stack_version_ssm_parameter: the SSM parameter holding the bootstrap stack's version (default
            found by reading the bootstrap stack).
        cloud_formation_execution_role_arn: the role CloudFormation runs the change set with (default the
            deploying role).
        lookup_role: the role that reads values from the account for lookups (default the current credentials).
        notification_arns: SNS topics notified of stack events (default none).
        parameters: values for the stack's parameters (default none).
        requires_bootstrap_stack_version: the bootstrap stack version it needs (default any).
        stack_name: the CloudFormation stack's name (default the artifact id).
        stack_template_asset_object_url: the S3 URL of the template, when it is published as an asset (default
            uploaded at deploy).
        tags: the stack's tags (default none).
        template_file: the template's file, relative to the assembly's directory.
        termination_protection: whether termination protection is on (default false).
        validate_on_synth: whether the CLI validates the template after synthesis (default false).
    """

    template_file: str
    assume_role_additional_options: Mapping[str, object] | None = None
    assume_role_arn: str | None = None
    assume_role_external_id: str | None = None
    bootstrap_stack_version_ssm_parameter: str | None = None
    cloud_formation_execution_role_arn: str | None = None
    lookup_role: BootstrapRole | None = None
    notification_arns: Sequence[str] | None = None
    parameters: Mapping[str, str] | None = None
    requires_bootstrap_stack_version: float | None = None
    stack_name: str | None = None
    stack_template_asset_object_url: str | None = None
    tags: Mapping[str, str] | None = None
    termination_protection: bool | None = None
    validate_on_synth: bool | None = None


@structs.frozen(kw_only=True)
class AwsDestination:
    """Where an asset is published in AWS, with the role that publishes it.

    Args:
        assume_role_additional_options: other options of the STS ``AssumeRole`` call (neither ``RoleArn`` nor
            ``ExternalId``; default none).
        assume_role_arn: the role to assume (default the current credentials).
        assume_role_external_id: the external id to assume the role with (default none).
        region: the region of the destination (default the environment's).
    """

    assume_role_additional_options: Mapping[str, object] | None = None
    assume_role_arn: str | None = None
    assume_role_external_id: str | None = None
    region: str | None = None


@structs.frozen(kw_only=True)
class BootstrapRole:
    """A role of the bootstrap stack, with the bootstrap version it needs.

    Args:
        arn: the role's ARN.
        assume_role_additional_options: other options of the STS ``AssumeRole`` call (neither ``RoleArn`` nor
            ``ExternalId``; default none).
        assume_role_external_id: the external id to assume the role with (default none).
        bootstrap_stack_version_ssm_parameter: the SSM parameter holding the bootstrap stack's version (default
            found by reading the bootstrap stack).
        requires_bootstrap_stack_version: the bootstrap stack version it needs (default any).
    """

    arn: str
    assume_role_additional_options: Mapping[str, object] | None = None
    assume_role_external_id: str | None = None
    bootstrap_stack_version_ssm_parameter: str | None = None
    requires_bootstrap_stack_version: float | None = None


@structs.frozen(kw_only=True)
class CcApiContextQuery(ContextLookupRoleOptions):
    """The query for resources read through the Cloud Control API. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        dummy_value: the value used in place of the lookup's result before it is known.
        exact_identifier: the identifier of the one resource to read (default none: ``property_match`` filters).
        expected_match_count: how many resources must match: ``exactly-one``, ``at-least-one``, ``at-most-one``
            or ``any`` (default ``any``).
        ignore_error_on_missing_context: return ``dummy_value`` instead of failing when nothing matches (default
            false).
        properties_to_return: the resource properties to return.
        property_match: property values the resources must have (default none).
        resource_model: the resource model returned instead when nothing matches (default none).
        type_name: the CloudFormation resource type to read (e.g. ``AWS::IAM::Role``).
    """

    properties_to_return: Sequence[str]
    type_name: str
    dummy_value: object | None = None
    exact_identifier: str | None = None
    expected_match_count: str | None = None
    ignore_error_on_missing_context: bool | None = None
    property_match: Mapping[str, object] | None = None
    resource_model: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class CdkCommand:
    """How a ``cdk`` command runs in an integration test.

    Args:
        enabled: whether the command runs (default true).
        expect_error: whether the command is expected to fail (default false).
        expected_message: the message the command is expected to print (default none).
    """

    enabled: bool | None = None
    expected_message: str | None = None
    expect_error: bool | None = None


@structs.frozen(kw_only=True)
class CdkCommands:
    """The ``cdk`` commands of an integration test.

    Args:
        deploy: the options of ``cdk deploy`` (default the defaults).
        destroy: the options of ``cdk destroy`` (default the defaults).
    """

    deploy: DeployCommand | None = None
    destroy: DestroyCommand | None = None


@structs.frozen(kw_only=True)
class CloudFormationResourceJson:
    """A resource of a template that a policy violation points at.

    Args:
        logical_id: the resource's logical id.
        property_paths: the paths of the violating properties (default none).
        template_path: the template's path.
    """

    logical_id: str
    template_path: str
    property_paths: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class ContainerImageAssetCacheOption:
    """A Docker build cache (``--cache-from`` / ``--cache-to``) of a container image asset.

    Args:
        params: the cache backend's parameters (default none).
        type: the type of cache backend.
    """

    type: str
    params: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class ContainerImageAssetMetadataEntry:
    """The metadata entry of a container image asset (legacy synthesis).

    Args:
        build_args: ``--build-arg`` values of the build (default none).
        build_contexts: ``--build-context`` values of the build (default none).
        build_secrets: ``--secret`` values of the build (default none).
        build_ssh: the ``--ssh`` value of the build (default none).
        cache_disabled: build without the Docker cache (``--no-cache``; default false).
        cache_from: caches the build reads from (``--cache-from``; default none).
        cache_to: the cache the build writes to (``--cache-to``; default none).
        file: the Dockerfile, relative to the asset's directory (default ``Dockerfile``).
        id: the asset's id (its source hash).
        image_tag: the tag of the image in the repository (default the source hash).
        network_mode: the network mode of ``RUN`` instructions (``--network``; default ``default``).
        outputs: ``--output`` values of the build (default none).
        packaging: the asset's packaging (``container-image``).
        path: the build context's directory, relative to the assembly.
        platform: the target platform of the build (``--platform``; default the host's).
        repository_name: the ECR repository the image is pushed to (default the bootstrap repository).
        source_hash: the hash of the asset's source.
        target: the Dockerfile stage to build (default the last).
    """

    id: str
    packaging: str
    path: str
    source_hash: str
    build_args: Mapping[str, str] | None = None
    build_contexts: Mapping[str, str] | None = None
    build_secrets: Mapping[str, str] | None = None
    build_ssh: str | None = None
    cache_disabled: bool | None = None
    cache_from: Sequence[ContainerImageAssetCacheOption] | None = None
    cache_to: ContainerImageAssetCacheOption | None = None
    file: str | None = None
    image_tag: str | None = None
    network_mode: str | None = None
    outputs: Sequence[str] | None = None
    platform: str | None = None
    repository_name: str | None = None
    target: str | None = None


@structs.frozen(kw_only=True)
class DefaultCdkOptions:
    """Options every ``cdk`` command takes.

    Args:
        all: select every stack (``--all``; default false).
        app: the command that runs the app (``--app``; default from ``cdk.json``).
        asset_metadata: include asset metadata in templates (``--asset-metadata``; default true).
        ca_bundle_path: a CA bundle for HTTPS requests (``--ca-bundle-path``; default none).
        color: colour the output (default true).
        context: context values (``--context``; default none).
        debug: print debug information (``--debug``; default false).
        ec2_creds: try the EC2 instance metadata service for credentials (default guessed).
        ignore_errors: ignore synthesis errors (default false).
        json: print JSON instead of YAML (``--json``; default false).
        lookups: allow context lookups (default true).
        notices: show notices (default true).
        output: the directory the assembly is written to (``--output``; default ``cdk.out``).
        path_metadata: include construct paths in templates (default true).
        profile: the AWS profile (``--profile``; default the default profile).
        proxy: an HTTP proxy (``--proxy``; default none).
        role_arn: the role CloudFormation deploys with (``--role-arn``; default the current credentials).
        stacks: the stacks to select (default none).
        staging: copy assets to the output directory (default true).
        strict: leave out stacks with warnings (default false).
        trace: print stack traces of errors (``--trace``; default false).
        verbose: print more (``--verbose``; default false).
        version_reporting: add the version-reporting resource (default true).
    """

    all: bool | None = None
    app: str | None = None
    asset_metadata: bool | None = None
    ca_bundle_path: str | None = None
    color: bool | None = None
    context: Mapping[str, str] | None = None
    debug: bool | None = None
    ec2_creds: bool | None = None
    ignore_errors: bool | None = None
    json: bool | None = None
    lookups: bool | None = None
    notices: bool | None = None
    output: str | None = None
    path_metadata: bool | None = None
    profile: str | None = None
    proxy: str | None = None
    role_arn: str | None = None
    stacks: Sequence[str] | None = None
    staging: bool | None = None
    strict: bool | None = None
    trace: bool | None = None
    verbose: bool | None = None
    version_reporting: bool | None = None


@structs.frozen(kw_only=True)
class DeployCommand(CdkCommand):
    """How ``cdk deploy`` runs in an integration test. Also takes the keyword arguments of ``CdkCommand`` (see that class).

    Args:
        args: the options the command runs with (default none).
    """

    args: DeployOptions | None = None


@structs.frozen(kw_only=True)
class DeployOptions(DefaultCdkOptions):
    """Options of ``cdk deploy``. Also takes the keyword arguments of ``DefaultCdkOptions`` (see that class).

    Args:
        change_set_name: the name of the change set (default generated).
        ci: run in CI mode (``--ci``; default false).
        concurrency: how many stacks to deploy at once (default 1).
        exclusively: only the selected stacks, not their dependencies (default false).
        execute: execute the change set after creating it (default true).
        force: do it without asking (default false).
        notification_arns: SNS topics notified of stack events (default none).
        outputs_file: a file the stack outputs are written to (default none).
        parameters: values for the stacks' parameters (default none).
        require_approval: which security changes need approval (default ``BROADENING``).
        reuse_assets: asset ids to reuse without building (default none).
        rollback: roll back on failure (default true).
        toolkit_stack_name: the bootstrap stack's name (default ``CDKToolkit``).
        use_previous_parameters: keep parameter values of the deployed stack (default true).
    """

    change_set_name: str | None = None
    ci: bool | None = None
    concurrency: float | None = None
    exclusively: bool | None = None
    execute: bool | None = None
    force: bool | None = None
    notification_arns: Sequence[str] | None = None
    outputs_file: str | None = None
    parameters: Mapping[str, str] | None = None
    require_approval: RequireApproval | None = None
    reuse_assets: Sequence[str] | None = None
    rollback: bool | None = None
    toolkit_stack_name: str | None = None
    use_previous_parameters: bool | None = None


@structs.frozen(kw_only=True)
class DestroyCommand(CdkCommand):
    """How ``cdk destroy`` runs in an integration test. Also takes the keyword arguments of ``CdkCommand`` (see that class).

    Args:
        args: the options the command runs with (default none).
    """

    args: DestroyOptions | None = None


@structs.frozen(kw_only=True)
class DestroyOptions(DefaultCdkOptions):
    """Options of ``cdk destroy``. Also takes the keyword arguments of ``DefaultCdkOptions`` (see that class).

    Args:
        exclusively: only the selected stacks, not their dependencies (default false).
        force: do it without asking (default false).
    """

    exclusively: bool | None = None
    force: bool | None = None


@structs.frozen(kw_only=True)
class DockerCacheOption:
    """A Docker build cache (``--cache-from`` / ``--cache-to``).

    Args:
        params: the cache backend's parameters (default none).
        type: the type of cache backend.
    """

    type: str
    params: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class DockerImageAsset:
    """A container image asset of an asset manifest.

    Args:
        destinations: where the asset is published, by destination id.
        display_name: a name to show for the asset (default none).
        source: how the image is built.
    """

    destinations: Mapping[str, DockerImageDestination]
    source: DockerImageSource
    display_name: str | None = None


@structs.frozen(kw_only=True)
class DockerImageDestination(AwsDestination):
    """Where a container image asset is pushed. Also takes the keyword arguments of ``AwsDestination`` (see that class).

    Args:
        image_tag: the tag of the image.
        repository_name: the ECR repository the image is pushed to.
    """

    image_tag: str
    repository_name: str


@structs.frozen(kw_only=True)
class DockerImageSource:
    """How a container image asset is built.

    Args:
        cache_disabled: build without the Docker cache (``--no-cache``; default false).
        cache_from: caches the build reads from (``--cache-from``; default none).
        cache_to: the cache the build writes to (``--cache-to``; default none).
        directory: the directory holding the Docker build context (default none: ``executable`` builds the
            image).
        docker_build_args: ``--build-arg`` values (default none).
        docker_build_contexts: ``--build-context`` values (default none).
        docker_build_secrets: ``--secret`` values (default none).
        docker_build_ssh: the ``--ssh`` value (default none).
        docker_build_target: the Dockerfile stage to build (``--target``; default the last).
        docker_file: the Dockerfile, relative to ``directory`` (default ``Dockerfile``).
        docker_outputs: ``--output`` values of the build (default none).
        executable: a command that builds the image and prints its name (default none).
        network_mode: the network mode of ``RUN`` instructions (``--network``; default ``default``).
        platform: the target platform of the build (``--platform``; default the host's).
    """

    cache_disabled: bool | None = None
    cache_from: Sequence[DockerCacheOption] | None = None
    cache_to: DockerCacheOption | None = None
    directory: str | None = None
    docker_build_args: Mapping[str, str] | None = None
    docker_build_contexts: Mapping[str, str] | None = None
    docker_build_secrets: Mapping[str, str] | None = None
    docker_build_ssh: str | None = None
    docker_build_target: str | None = None
    docker_file: str | None = None
    docker_outputs: Sequence[str] | None = None
    executable: Sequence[str] | None = None
    network_mode: str | None = None
    platform: str | None = None


@structs.frozen(kw_only=True)
class EndpointServiceAvailabilityZonesContextQuery(ContextLookupRoleOptions):
    """The query for the availability zones of a VPC endpoint service. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        service_name: the VPC endpoint service's name.
    """

    service_name: str


@structs.frozen(kw_only=True)
class FeatureFlag:
    """A feature flag of the feature-flag report.

    Args:
        explanation: what the flag does (default none).
        recommended_value: the value new projects get.
        unconfigured_behaves_like: what an unset flag does in each major version (default unknown).
        user_value: the value the app set (default unset).
    """

    explanation: str | None = None
    recommended_value: object | None = None
    unconfigured_behaves_like: UnconfiguredBehavesLike | None = None
    user_value: object | None = None


@structs.frozen(kw_only=True)
class FeatureFlagReportProperties:
    """The properties of the feature-flag report artifact.

    Args:
        flags: the flags, by name.
        module: the library the flags belong to.
    """

    flags: Mapping[str, FeatureFlag]
    module: str


@structs.frozen(kw_only=True)
class FileAsset:
    """A file asset of an asset manifest.

    Args:
        destinations: where the asset is published, by destination id.
        display_name: a name to show for the asset (default none).
        source: where the file comes from.
    """

    destinations: Mapping[str, FileDestination]
    source: FileSource
    display_name: str | None = None


@structs.frozen(kw_only=True)
class FileAssetMetadataEntry:
    """The metadata entry of a file asset (legacy synthesis).

    Args:
        artifact_hash_parameter: the name of the template parameter that receives the artifact hash.
        id: the asset's id (its source hash).
        packaging: how the asset is packaged (``file`` or ``zip``).
        path: the asset's path, relative to the assembly.
        s3_bucket_parameter: the name of the template parameter that receives the bucket name.
        s3_key_parameter: the name of the template parameter that receives the object key.
        source_hash: the hash of the asset's source.
    """

    artifact_hash_parameter: str
    id: str
    packaging: str
    path: str
    s3_bucket_parameter: str
    s3_key_parameter: str
    source_hash: str


@structs.frozen(kw_only=True)
class FileDestination(AwsDestination):
    """Where a file asset is uploaded. Also takes the keyword arguments of ``AwsDestination`` (see that class).

    Args:
        bucket_name: the bucket the file is uploaded to.
        object_key: the object key the file is uploaded to.
    """

    bucket_name: str
    object_key: str


@structs.frozen(kw_only=True)
class FileSource:
    """Where a file asset comes from.

    Args:
        executable: a command that produces the file and prints its path (default none).
        packaging: how the file is packaged (default ``FILE``).
        path: the file or directory, relative to the asset manifest (default none: ``executable`` produces it).
    """

    executable: Sequence[str] | None = None
    packaging: FileAssetPackaging | None = None
    path: str | None = None


@structs.frozen(kw_only=True)
class Hooks:
    """Commands run around an integration test's deployment and destruction.

    Args:
        post_deploy: commands run after the deployment (default none).
        post_destroy: commands run after the destruction (default none).
        pre_deploy: commands run before the deployment (default none).
        pre_destroy: commands run before the destruction (default none).
    """

    post_deploy: Sequence[str] | None = None
    post_destroy: Sequence[str] | None = None
    pre_deploy: Sequence[str] | None = None
    pre_destroy: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class HostedZoneContextQuery(ContextLookupRoleOptions):
    """The query for a Route 53 hosted zone lookup. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        domain_name: the domain name of the hosted zone to look up.
        private_zone: look up a private zone (default false).
        vpc_id: the VPC a private zone must be associated with (default any).
    """

    domain_name: str
    private_zone: bool | None = None
    vpc_id: str | None = None


@structs.frozen(kw_only=True)
class IntegManifest:
    """An integration test manifest (``integ.json``).

    Args:
        enable_lookups: whether the test app may do context lookups (default false).
        synth_context: context values for synthesis (default none).
        test_cases: the test cases, by name.
        version: the schema version of the manifest.
    """

    test_cases: Mapping[str, TestCase]
    version: str
    enable_lookups: bool | None = None
    synth_context: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class KeyContextQuery(ContextLookupRoleOptions):
    """The query for a KMS key lookup by alias. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        alias_name: the KMS key alias to look up (``alias/...``).
    """

    alias_name: str


@structs.frozen(kw_only=True)
class LoadBalancerFilter(ContextLookupRoleOptions):
    """What a load balancer lookup matches. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        load_balancer_arn: the ARN of the load balancer to look up (default found by tags).
        load_balancer_tags: tags the load balancer must have (default none).
        load_balancer_type: the type of load balancer to look up.
    """

    load_balancer_type: LoadBalancerType
    load_balancer_arn: str | None = None
    load_balancer_tags: Sequence[Tag] | None = None


@structs.frozen(kw_only=True)
class LoadBalancerContextQuery(LoadBalancerFilter):
    """The query for a load balancer lookup. Also takes the keyword arguments of ``LoadBalancerFilter`` (see that class).
    """


@structs.frozen(kw_only=True)
class LoadBalancerListenerContextQuery(LoadBalancerFilter):
    """The query for a load balancer listener lookup. Also takes the keyword arguments of ``LoadBalancerFilter`` (see that class).

    Args:
        listener_arn: the ARN of the listener to look up (default found by load balancer and port).
        listener_port: the port of the listener to look up (default any).
        listener_protocol: the protocol of the listener to look up (default any).
    """

    listener_arn: str | None = None
    listener_port: float | None = None
    listener_protocol: LoadBalancerListenerProtocol | None = None


@structs.frozen(kw_only=True)
class LoadManifestOptions:
    """Options of reading a manifest.

    Args:
        skip_enum_check: accept enum values this library does not know (default false).
        skip_version_check: read manifests of a newer schema major version (default false).
        topo_sort: order the artifacts by their dependencies (default true).
        validate_schema: validate the manifest against the JSON schema (default false).
    """

    skip_enum_check: bool | None = None
    skip_version_check: bool | None = None
    topo_sort: bool | None = None
    validate_schema: bool | None = None


@structs.frozen(kw_only=True)
class MetadataEntry:
    """A metadata entry of a construct.

    Args:
        data: the entry's value (default none).
        trace: where in the app the entry was added (default none).
        type: the entry's type.
    """

    type: str
    data: str | float | bool | FileAssetMetadataEntry | ContainerImageAssetMetadataEntry | PropertyMutationMetadataEntry | Sequence[object] | Mapping[str, object] | None = None
    trace: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class MissingContext:
    """A context value that synthesis needed and did not have.

    Args:
        key: the context key.
        props: the query that provides the value.
        provider: the context provider that answers the query.
    """

    key: str
    props: AmiContextQuery | AvailabilityZonesContextQuery | HostedZoneContextQuery | SSMParameterContextQuery | VpcContextQuery | EndpointServiceAvailabilityZonesContextQuery | LoadBalancerContextQuery | LoadBalancerListenerContextQuery | SecurityGroupContextQuery | KeyContextQuery | CcApiContextQuery | PluginContextQuery | Mapping[str, object]
    provider: ContextProvider


@structs.frozen(kw_only=True)
class NestedCloudAssemblyProperties:
    """The properties of a nested cloud assembly artifact.

    Args:
        directory_name: the nested assembly's directory, relative to the parent assembly.
        display_name: a name to show for the nested assembly (default the directory name).
    """

    directory_name: str
    display_name: str | None = None


@structs.frozen(kw_only=True)
class PluginContextQuery:
    """The query answered by a context provider plugin.

    Args:
        plugin_name: the plugin's name.
    """

    plugin_name: str


@structs.frozen(kw_only=True)
class PluginReportJson:
    """The report of one policy validation plugin.

    Args:
        conclusion: the plugin's overall result (``success`` or ``failure``).
        metadata: more information from the plugin (default none).
        plugin_name: the plugin's name.
        plugin_version: the plugin's version (default unknown).
        preamble: text shown before the plugin's findings (default none).
        suppressed_violations: violations the app acknowledged (default none).
        violations: the violations found.
    """

    conclusion: str
    plugin_name: str
    violations: Sequence[PolicyViolationJson]
    metadata: Mapping[str, str] | None = None
    plugin_version: str | None = None
    preamble: str | None = None
    suppressed_violations: Sequence[SuppressedViolationJson] | None = None


@structs.frozen(kw_only=True)
class PolicyValidationReportJson:
    """The policy validation report (``policy-validation-report.json``).

    Args:
        plugin_reports: one report per plugin.
        title: the report's title (default none).
        version: the report format's version.
    """

    plugin_reports: Sequence[PluginReportJson]
    version: str
    title: str | None = None


@structs.frozen(kw_only=True)
class PolicyViolationJson:
    """A rule violation a policy validation plugin found.

    Args:
        custom_severity: the severity the user set for the rule (default none).
        description: what the rule checks.
        rule_metadata: more information about the rule (default none).
        rule_name: the rule's name.
        severity: the rule's severity.
        suggested_fix: how to fix a violation (default none).
        violating_constructs: the constructs that violate the rule.
    """

    description: str
    rule_name: str
    severity: str
    violating_constructs: Sequence[ViolatingConstructJson]
    custom_severity: str | None = None
    rule_metadata: Mapping[str, str] | None = None
    suggested_fix: str | None = None


@structs.frozen(kw_only=True)
class PropertyMutationMetadataEntry:
    """The metadata entry of a property set after construction.

    Args:
        property_name: the name of the property that was set.
        stack_trace: where in the app the property was set.
    """

    property_name: str
    stack_trace: Sequence[str]


@structs.frozen(kw_only=True)
class RuntimeInfo:
    """Versions of the libraries used to synthesize.

    Args:
        libraries: the versions of the libraries the app used, by name.
    """

    libraries: Mapping[str, str]


@structs.frozen(kw_only=True)
class SSMParameterContextQuery(ContextLookupRoleOptions):
    """The query for an SSM parameter lookup. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        parameter_name: the name of the SSM parameter to read.
    """

    parameter_name: str


@structs.frozen(kw_only=True)
class SecurityGroupContextQuery(ContextLookupRoleOptions):
    """The query for a security group lookup. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        security_group_id: the id of the security group to look up (default found by name).
        security_group_name: the name of the security group to look up (default found by id).
        vpc_id: the VPC of the security group (default any).
    """

    security_group_id: str | None = None
    security_group_name: str | None = None
    vpc_id: str | None = None


@structs.frozen(kw_only=True)
class SuppressedViolationJson(PolicyViolationJson):
    """A rule violation that the app acknowledged. Also takes the keyword arguments of ``PolicyViolationJson`` (see that class).

    Args:
        acknowledged_at: when the violation was acknowledged (default unknown).
        acknowledged_id: the id the violation was acknowledged with.
        acknowledged_stack_trace: where in the app the acknowledgement was made (default unknown).
        reason: why the violation was acknowledged (default none).
    """

    acknowledged_id: str
    acknowledged_at: str | None = None
    acknowledged_stack_trace: str | None = None
    reason: str | None = None


@structs.frozen(kw_only=True)
class Tag:
    """A key and a value.

    Args:
        key: the tag's key.
        value: the tag's value.
    """

    key: str
    value: str


@structs.frozen(kw_only=True)
class TestOptions:
    """Options of an integration test case.

    Args:
        allow_delete_failures: whether a failed stack deletion still counts as a passed test (default false).
        allow_destroy: resource types the update workflow may destroy (default none).
        cdk_command_options: the options of the ``cdk`` commands the test runs (default the defaults).
        diff_assets: compare the assets too when diffing (default false).
        hooks: commands run around the test's deployment and destruction (default none).
        regions: the regions the test may run in (default any).
        stack_update_workflow: deploy the previous version first, then update (default true).
    """

    allow_delete_failures: bool | None = None
    allow_destroy: Sequence[str] | None = None
    cdk_command_options: CdkCommands | None = None
    diff_assets: bool | None = None
    hooks: Hooks | None = None
    regions: Sequence[str] | None = None
    stack_update_workflow: bool | None = None


@structs.frozen(kw_only=True)
class TestCase(TestOptions):
    """An integration test case. Also takes the keyword arguments of ``TestOptions`` (see that class).

    Args:
        assertion_stack: the path of the stack holding the test's assertions (default none).
        assertion_stack_name: the name of the stack holding the test's assertions (default none).
        stacks: the stacks the test deploys.
    """

    stacks: Sequence[str]
    assertion_stack: str | None = None
    assertion_stack_name: str | None = None


@structs.frozen(kw_only=True)
class TreeArtifactProperties:
    """The properties of the construct tree artifact.

    Args:
        file: the file, relative to the assembly's directory.
    """

    file: str


@structs.frozen(kw_only=True)
class UnconfiguredBehavesLike:
    """What an unset feature flag does in each CDK major version.

    Args:
        v1: the value in CDK v1 (default unknown).
        v2: the value in CDK v2 (default unknown).
    """

    v1: object | None = None
    v2: object | None = None


@structs.frozen(kw_only=True)
class ViolatingConstructJson:
    """A construct that violates a rule.

    Args:
        cloud_formation_resource: the resource of the template that violates the rule.
        construct_fqn: the fully qualified name of the construct's class (default unknown).
        construct_path: the construct's path in the tree.
        library_version: the version of the library defining the construct (default unknown).
        stack_traces: where in the app the construct was created (default none).
    """

    construct_path: str
    cloud_formation_resource: CloudFormationResourceJson | None = None
    construct_fqn: str | None = None
    library_version: str | None = None
    stack_traces: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class VpcContextQuery(ContextLookupRoleOptions):
    """The query for a VPC lookup. Also takes the keyword arguments of ``ContextLookupRoleOptions`` (see that class).

    Args:
        filter: the VPC attributes and tags to match (EC2 ``DescribeVpcs`` filters).
        return_asymmetric_subnets: return the subnets as they are, not grouped symmetrically per zone (default
            false).
        return_vpn_gateways: return the VPN gateway id (default true).
        subnet_group_name_tag: the tag naming each subnet's group (default ``aws-cdk:subnet-name``).
    """

    filter: Mapping[str, str]
    return_asymmetric_subnets: bool | None = None
    return_vpn_gateways: bool | None = None
    subnet_group_name_tag: str | None = None

