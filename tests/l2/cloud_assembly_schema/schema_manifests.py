"""Manifests built from the schema's structs, the same way with aws-cdk-lib's module (``oracle_expected.py``,
in the oracle venv) and pycdk's (``test_manifest.py``): ``m`` is ``aws_cdk.cloud_assembly_schema`` or
``l2.cloud_assembly_schema``."""

from typing import Any


def assembly_manifest(m: Any) -> Any:
    return m.AssemblyManifest(
        version="0.0.0",
        artifacts={
            "Stack.assets": m.ArtifactManifest(
                type=m.ArtifactType.ASSET_MANIFEST,
                properties=m.AssetManifestProperties(
                    file="Stack.assets.json", requires_bootstrap_stack_version=6,
                    bootstrap_stack_version_ssm_parameter="/cdk-bootstrap/hnb659fds/version",
                ),
            ),
            "Stack": m.ArtifactManifest(
                type=m.ArtifactType.AWS_CLOUDFORMATION_STACK,
                environment="aws://123456789012/eu-west-1",
                dependencies=["Stack.assets"],
                display_name="App/Stack",
                properties=m.AwsCloudFormationStackProperties(
                    template_file="Stack.template.json",
                    stack_name="my-stack",
                    tags={"team": "a"},
                    parameters={"Env": "prod"},
                    termination_protection=True,
                    notification_arns=["arn:aws:sns:eu-west-1:123456789012:t"],
                    lookup_role=m.BootstrapRole(arn="arn:aws:iam::123456789012:role/lookup",
                                                requires_bootstrap_stack_version=8),
                    assume_role_additional_options={"Tags": [{"Key": "k", "Value": "v"}]},
                ),
                metadata={
                    "/Stack": [m.MetadataEntry(type="aws:cdk:stack-tags", data=[m.Tag(key="team", value="a")])],
                    "/Stack/Queue": [
                        m.MetadataEntry(type="aws:cdk:warning", data="look at this", trace=["at line 1"]),
                        m.MetadataEntry(type="aws:cdk:logicalId", data="Queue4A7E3555"),
                    ],
                },
            ),
            "Tree": m.ArtifactManifest(type=m.ArtifactType.CDK_TREE, properties=m.TreeArtifactProperties(file="tree.json")),
            "assembly-Beta": m.ArtifactManifest(
                type=m.ArtifactType.NESTED_CLOUD_ASSEMBLY,
                properties=m.NestedCloudAssemblyProperties(directory_name="assembly-Beta", display_name="Beta"),
            ),
        },
        missing=[
            m.MissingContext(
                key="availability-zones:account=123456789012:region=eu-west-1",
                provider=m.ContextProvider.AVAILABILITY_ZONE_PROVIDER,
                props=m.AvailabilityZonesContextQuery(account="123456789012", region="eu-west-1"),
            ),
            m.MissingContext(
                key="key-provider:account=123456789012:aliasName=alias/k:region=eu-west-1",
                provider=m.ContextProvider.KEY_PROVIDER,
                props=m.KeyContextQuery(account="123456789012", region="eu-west-1", alias_name="alias/k",
                                        lookup_role_arn="arn:aws:iam::123456789012:role/lookup"),
            ),
        ],
        runtime=m.RuntimeInfo(libraries={"aws-cdk-lib": "2.275.0"}),
    )


def asset_manifest(m: Any) -> Any:
    return m.AssetManifest(
        version="0.0.0",
        files={
            "abc": m.FileAsset(
                display_name="Code",
                source=m.FileSource(path="asset.abc", packaging=m.FileAssetPackaging.ZIP_DIRECTORY),
                destinations={"dest": m.FileDestination(
                    bucket_name="bucket", object_key="abc.zip", region="eu-west-1",
                    assume_role_arn="arn:aws:iam::123456789012:role/publish",
                )},
            ),
        },
        docker_images={
            "def": m.DockerImageAsset(
                source=m.DockerImageSource(
                    directory="asset.def", docker_build_args={"A": "1"}, platform="linux/arm64",
                    cache_from=[m.DockerCacheOption(type="registry", params={"ref": "r:latest"})],
                ),
                destinations={"dest": m.DockerImageDestination(repository_name="repo", image_tag="def")},
            ),
        },
    )


def integ_manifest(m: Any) -> Any:
    return m.IntegManifest(
        version="0.0.0",
        enable_lookups=True,
        test_cases={
            "Case": m.TestCase(
                stacks=["Stack"],
                assertion_stack="Assertions",
                diff_assets=True,
                hooks=m.Hooks(pre_deploy=["echo hi"]),
                cdk_command_options=m.CdkCommands(
                    deploy=m.DeployCommand(args=m.DeployOptions(require_approval=m.RequireApproval.NEVER,
                                                                 json=True)),
                    destroy=m.DestroyCommand(enabled=False, args=m.DestroyOptions(force=True)),
                ),
            ),
        },
    )
