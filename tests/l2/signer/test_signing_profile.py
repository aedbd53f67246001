"""``l2.signer``: platforms, imports and type errors (expected values from aws-cdk-lib 2.275)."""

from __future__ import annotations

import pytest

from constructs import Stack
from l2 import signer


def test_platform_ids() -> None:
    # aws-cdk-lib 2.275's values
    assert signer.Platform.AWS_IOT_DEVICE_MANAGEMENT_SHA256_ECDSA.platform_id == "AWSIoTDeviceManagement-SHA256-ECDSA"
    assert signer.Platform.AWS_LAMBDA_SHA384_ECDSA.platform_id == "AWSLambda-SHA384-ECDSA"
    assert signer.Platform.AMAZON_FREE_RTOS_TI_CC3220_SF.platform_id == "AmazonFreeRTOS-TI-CC3220SF"
    assert signer.Platform.AMAZON_FREE_RTOS_DEFAULT.platform_id == "AmazonFreeRTOS-Default"
    assert signer.Platform.NOTATION_OCI_SHA384_ECDSA.platform_id == "Notation-OCI-SHA384-ECDSA"
    assert signer.Platform.of("Custom-Id").platform_id == "Custom-Id"


def test_new_and_imported_profiles_are_signing_profiles(stack: Stack) -> None:
    new = signer.SigningProfile(stack, "New", platform=signer.Platform.AWS_LAMBDA_SHA384_ECDSA)
    imported = signer.SigningProfile.from_signing_profile_attributes(
        stack, "Imported", signing_profile_name="n", signing_profile_version="v")
    assert isinstance(new, signer.ISigningProfile)
    assert isinstance(imported, signer.ISigningProfile)
    assert (imported.signing_profile_name, imported.signing_profile_version) == ("n", "v")


def test_platform_must_be_a_platform(stack: Stack) -> None:
    with pytest.raises(TypeError, match="platform"):
        signer.SigningProfile(stack, "Bad", platform="AWSLambda-SHA384-ECDSA")  # type: ignore[arg-type]


def test_attributes_are_required() -> None:
    with pytest.raises(TypeError):
        signer.SigningProfileAttributes(signing_profile_name="n")  # type: ignore[call-arg]
