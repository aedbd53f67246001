"""CodeBuild artifacts: none, CodePipeline's, or S3."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class ArtifactsConfig:
    """What ``IArtifacts.bind`` returns.

    Args:
        artifacts_property: the ``Artifacts`` property of the project.
    """

    artifacts_property: Any


@structs.frozen(kw_only=True)
class ArtifactsProps:
    """Properties common to all artifacts.

    Args:
        identifier: the artifact identifier (required for secondary artifacts).
    """

    identifier: str | None = None


@structs.frozen(kw_only=True)
class S3ArtifactsProps(ArtifactsProps):
    """Properties of ``Artifacts.s3`` (see there).

    Args:
        bucket: the bucket the build output is written to.
        encryption: whether the output is encrypted (default true; turn off for e.g. a static website).
        include_build_id: whether the build ID is part of the object path (default true).
        name: the name of the output ZIP file or folder (default the name the buildspec gives).
        package_zip: whether all output is packed into one ZIP file (default true).
        path: the folder in the bucket that holds the output (default the bucket's root).
    """

    bucket: IBucket
    encryption: bool | None = None
    include_build_id: bool | None = None
    name: str | None = None
    package_zip: bool | None = None
    path: str | None = None


@runtime_checkable
class IArtifacts(Protocol):
    """A build output (aws-cdk-lib's ``IArtifacts``)."""

    @property
    def type(self) -> str:
        """The CodeBuild artifacts type."""
        ...

    @property
    def identifier(self) -> str | None:
        """The artifact identifier (required for secondary artifacts)."""
        ...

    def bind(self, scope: Construct, project: Any) -> ArtifactsConfig:
        """Called by the project the artifacts are used in."""
        ...


class Artifacts:
    """Where a project's build output goes.

    Args:
        identifier: the artifact identifier (required for secondary artifacts).
    """

    type: str = ""

    def __init__(self, *, identifier: str | None = None) -> None:
        self.identifier = identifier

    @staticmethod
    def s3(*, bucket: IBucket, encryption: bool | None = None, include_build_id: bool | None = None,
           name: str | None = None, package_zip: bool | None = None, path: str | None = None,
           identifier: str | None = None) -> IArtifacts:
        """Build output in an S3 bucket.

        Args:
            bucket: the bucket.
            encryption: ``False`` leaves the output unencrypted (default encrypted).
            include_build_id: put the output under ``<build-id>/`` (default true).
            name: the output ZIP file or folder name (default the buildspec's).
            package_zip: zip the output (default true).
            path: the path in the bucket (default the root).
            identifier: the artifact identifier (required for secondary artifacts).
        """
        return _S3Artifacts(bucket=bucket, encryption=encryption, include_build_id=include_build_id, name=name,
                            package_zip=package_zip, path=path, identifier=identifier)

    def bind(self, _scope: Construct, _project: Any) -> ArtifactsConfig:
        """The artifacts property of ``_project`` (subclasses add their location and grants).

        Args:
            _scope: the binding scope.
            _project: the project.
        """
        return ArtifactsConfig(artifacts_property={"artifactIdentifier": self.identifier, "type": self.type})


class _NoArtifacts(Artifacts):
    type = "NO_ARTIFACTS"


class _CodePipelineArtifacts(Artifacts):
    type = "CODEPIPELINE"


class _S3Artifacts(Artifacts):
    type = "S3"

    def __init__(self, *, bucket: IBucket, encryption: bool | None, include_build_id: bool | None,
                 name: str | None, package_zip: bool | None, path: str | None, identifier: str | None) -> None:
        super().__init__(identifier=identifier)
        self._bucket = bucket
        self._encryption = encryption
        self._include_build_id = include_build_id
        self._name = name
        self._package_zip = package_zip
        self._path = path

    def bind(self, scope: Construct, project: Any) -> ArtifactsConfig:
        self._bucket.grant_read_write(project)
        prop = {
            **super().bind(scope, project).artifacts_property,
            "location": self._bucket.bucket_name,
            "path": self._path,
            "namespaceType": "NONE" if self._include_build_id is False else "BUILD_ID",
            "name": self._name,
            "packaging": "NONE" if self._package_zip is False else "ZIP",
            "encryptionDisabled": True if self._encryption is False else None,
            "overrideArtifactName": True if self._name is None else None,
        }
        return ArtifactsConfig(artifacts_property=prop)
