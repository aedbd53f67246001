"""``Artifact`` and ``ArtifactPath``: the files actions pass to each other."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Lazy, Token, UnscopedValidationError
from l2.codepipeline._validation import validate_against_regex

if TYPE_CHECKING:
    from l2.s3 import Location


class Artifact:
    """An output of one action and input of others; unnamed artifacts get a name when the pipeline renders.

    Args:
        artifact_name: the artifact's name (default generated from the stage and action that produce it).
        artifact_files: the files the artifact holds (1 to 10 paths; default the whole output).
    """

    def __init__(self, artifact_name: str | None = None, artifact_files: Sequence[str] | None = None) -> None:
        validate_against_regex(None, _ARTIFACT_NAME, "Artifact", artifact_name)
        if artifact_files is not None and not 1 <= len(artifact_files) <= 10:
            raise UnscopedValidationError(
                f"The length of the artifactFiles array must be between 1 and 10, got: {len(artifact_files)}")
        self._artifact_name = artifact_name
        self._artifact_files = list(artifact_files) if artifact_files is not None else None
        self._metadata: dict[str, object] = {}
        self._name_token = Token.as_string(Lazy.uncached_any(lambda _ctx=None: self._artifact_name))

    @staticmethod
    def artifact(name: str, files: Sequence[str] | None = None) -> Artifact:
        """An artifact named ``name`` (holding ``files``)."""
        return Artifact(name, files)

    @property
    def artifact_name(self) -> str | None:
        """The artifact's name (``None`` until the pipeline names an unnamed artifact)."""
        return self._artifact_name

    @property
    def artifact_files(self) -> list[str] | None:
        """The files the artifact holds."""
        return self._artifact_files

    def at_path(self, file_name: str) -> ArtifactPath:
        """The file ``file_name`` inside this artifact."""
        return ArtifactPath(self, file_name)

    @property
    def bucket_name(self) -> str:
        """The artifact's S3 bucket (``Fn::GetArtifactAtt``; for CloudFormation parameter overrides)."""
        return self._attribute("BucketName")

    @property
    def object_key(self) -> str:
        """The artifact's S3 object key (``Fn::GetArtifactAtt``)."""
        return self._attribute("ObjectKey")

    @property
    def url(self) -> str:
        """The artifact's S3 URL (``Fn::GetArtifactAtt``)."""
        return self._attribute("URL")

    def get_param(self, json_file: str, key_name: str) -> str:
        """The value of ``key_name`` in the JSON file ``json_file`` of the artifact (``Fn::GetParam``)."""
        return Token.as_string({"Fn::GetParam": [self._name_token, json_file, key_name]})

    @property
    def s3_location(self) -> Location:
        """The artifact's bucket and object key, as an ``aws_s3.Location``."""
        from l2.s3 import Location

        return Location(bucket_name=self.bucket_name, object_key=self.object_key)

    def set_metadata(self, key: str, value: object) -> None:
        """Attach ``value`` to the artifact under ``key`` (read back with ``get_metadata``)."""
        self._metadata[key] = value

    def get_metadata(self, key: str) -> object:
        """The value attached under ``key`` (``None`` if none)."""
        return self._metadata.get(key)

    def to_string(self) -> str | None:
        """The artifact's name."""
        return self._artifact_name

    def __str__(self) -> str:
        return str(self._artifact_name)

    def _set_name(self, name: str) -> None:
        if self._artifact_name:
            raise UnscopedValidationError(
                f"Artifact already has name '{self._artifact_name}', cannot override it")
        self._artifact_name = name

    def _attribute(self, attribute_name: str) -> str:
        return Token.as_string({"Fn::GetArtifactAtt": [self._name_token, attribute_name]})


_ARTIFACT_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,100}$")


class ArtifactPath:
    """A file inside an artifact: ``<artifact name>::<file name>``.

    Args:
        artifact: the artifact.
        file_name: the file's path inside it.
    """

    def __init__(self, artifact: Artifact, file_name: str) -> None:
        self.artifact = artifact
        self.file_name = file_name

    @staticmethod
    def artifact_path(artifact_name: str, file_name: str) -> ArtifactPath:
        """The file ``file_name`` of the artifact named ``artifact_name``."""
        return ArtifactPath(Artifact.artifact(artifact_name), file_name)

    @property
    def location(self) -> str:
        """``<artifact name>::<file name>``."""
        name = self.artifact.artifact_name or self.artifact._name_token
        return f"{name}::{self.file_name}"
