"""The requirement line ``pycdk init`` writes for pycdk, from pip's record of where pycdk came from (PEP 610)."""

from __future__ import annotations

from pathlib import Path

from pycdk.cli._private.origin import requirement_from_direct_url, source_checkout


def test_an_editable_checkout_is_installed_editable_from_its_folder() -> None:
    direct_url = {"url": "file:///home/me/src/pycdk", "dir_info": {"editable": True}}
    assert requirement_from_direct_url(direct_url, "0.1.0") == "-e /home/me/src/pycdk"


def test_a_folder_is_a_file_url() -> None:
    direct_url = {"url": "file:///home/me/src/pycdk", "dir_info": {}}
    assert requirement_from_direct_url(direct_url, "0.1.0") == "pycdk @ file:///home/me/src/pycdk"


def test_a_wheel_keeps_its_url_and_hash() -> None:
    direct_url = {
        "url": "https://example.com/pycdk-0.1.0-py3-none-any.whl",
        "archive_info": {"hashes": {"sha256": "0123abcd"}, "hash": "sha256=0123abcd"},
    }
    assert requirement_from_direct_url(direct_url, "0.1.0") == (
        "pycdk @ https://example.com/pycdk-0.1.0-py3-none-any.whl#sha256=0123abcd"
    )


def test_a_legacy_archive_hash_is_kept() -> None:
    direct_url = {"url": "file:///tmp/pycdk-0.1.0.tar.gz", "archive_info": {"hash": "sha256:beef"}}
    assert requirement_from_direct_url(direct_url, "0.1.0") == "pycdk @ file:///tmp/pycdk-0.1.0.tar.gz#sha256=beef"


def test_a_vcs_checkout_is_pinned_to_its_commit() -> None:
    direct_url = {
        "url": "https://github.com/example/pycdk.git",
        "vcs_info": {"vcs": "git", "commit_id": "7c0ffee", "requested_revision": "main"},
    }
    assert requirement_from_direct_url(direct_url, "0.1.0") == (
        "pycdk @ git+https://github.com/example/pycdk.git@7c0ffee"
    )


def test_without_a_record_pycdk_came_from_an_index() -> None:
    assert requirement_from_direct_url(None, "0.1.0") == "pycdk==0.1.0"
    assert requirement_from_direct_url({}, "0.2.0") == "pycdk==0.2.0"


def test_a_source_checkout_that_pip_never_installed_is_found_by_its_pyproject() -> None:
    assert source_checkout() == Path(__file__).resolve().parents[2]
