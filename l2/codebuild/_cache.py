"""``Cache``: none, local (source, Docker layers, custom paths) or an S3 bucket."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Aws, Fn
from constructs.internals import structs
from l2.codebuild._enums import LocalCacheMode

if TYPE_CHECKING:
    from l2.s3 import IBucket


@structs.frozen(kw_only=True)
class BucketCacheOptions:
    """Options of ``Cache.bucket``.

    Args:
        cache_namespace: share the cache between projects with this namespace.
        prefix: the key prefix in the bucket.
    """

    cache_namespace: str | None = None
    prefix: str | None = None


class Cache:
    """What a project caches between builds.

    Args:
        render: a callable returning the project's ``Cache`` property.
        bind: a callable run with the project when the cache is attached to it (default none).
    """

    def __init__(self, render: Any, bind: Any = None) -> None:
        self._render = render
        self._bind_fn = bind

    @staticmethod
    def none() -> Cache:
        """No cache."""
        return Cache(lambda: {"type": "NO_CACHE"})

    @staticmethod
    def local(*modes: LocalCacheMode) -> Cache:
        """A cache on the build host.

        Args:
            modes: what to cache.
        """
        return Cache(lambda: {"type": "LOCAL", "modes": [m.value for m in modes]})

    @staticmethod
    def bucket(bucket: IBucket, *, cache_namespace: str | None = None, prefix: str | None = None) -> Cache:
        """A cache in an S3 bucket.

        Args:
            bucket: the bucket.
            cache_namespace: share the cache between projects with this namespace.
            prefix: the key prefix in the bucket.
        """
        return Cache(
            lambda: {
                "type": "S3",
                "location": Fn.join("/", [bucket.bucket_name, prefix or Aws.NO_VALUE]),
                "cacheNamespace": cache_namespace,
            },
            lambda project: bucket.grant_read_write(project),
        )

    def _to_cloud_formation(self) -> Any:
        return self._render()

    def _bind(self, project: Any) -> None:
        if self._bind_fn is not None:
            self._bind_fn(project)
