"""The content of aws-cdk-lib's bundled Lambda layers (the AWS CLI, proxy-agent), taken from the PyPI distribution
aws-cdk-lib ships it in, when that distribution is installed.

pycdk cannot ship these binary bundles itself (tens of MB of third-party code). The layer classes read
``package/lib/layer.zip`` from the distribution's jsii tarball (a plain file read: jsii is not imported) and
fail with a clear error when the distribution is absent."""

from __future__ import annotations

from pathlib import Path

from constructs import IConstruct, ValidationError

_MEMBER = "package/lib/layer.zip"


def _path(scope: IConstruct, id: str) -> str:
    return f"{scope.node.path}/{id}" if scope.node.path else id


def _tarball(distribution: str) -> Path | None:
    from importlib import metadata  # imported on use: the layer modules stay cheap to import

    try:
        dist = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name.endswith(".jsii.tgz"):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                return path
    return None


def bundled_layer_zip(scope: IConstruct, id: str, distribution: str, what: str) -> str:
    """The path of the layer zip of ``distribution`` (extracted once into the temp directory).

    Raises:
        ValidationError: the distribution (or its layer zip) is not installed.
    """
    import hashlib
    import tarfile
    import tempfile

    tarball = _tarball(distribution)
    if tarball is None:
        raise ValidationError(
            f"{_path(scope, id)}: the {what} layer content is not bundled with pycdk; install the PyPI "
            f"distribution '{distribution}' (it holds the layer zip) next to pycdk to use this layer",
            scope,
        )
    key = hashlib.sha256(f"{tarball}:{tarball.stat().st_size}:{tarball.stat().st_mtime_ns}".encode()).hexdigest()
    target = Path(tempfile.gettempdir()) / "pycdk-bundled-layers" / key[:32] / "layer.zip"
    if not target.is_file():
        with tarfile.open(tarball, "r:gz") as archive:
            member = archive.extractfile(_MEMBER) if _MEMBER in archive.getnames() else None
            if member is None:
                raise ValidationError(f"{_path(scope, id)}: '{distribution}' holds no {_MEMBER}", scope)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".partial")
            partial.write_bytes(member.read())
            partial.replace(target)
    return str(target)
