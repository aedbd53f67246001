"""``l2.codebuild`` fleets and build-image validation: the errors of aws-cdk-lib 2.275's aws_codebuild.

The messages are aws-cdk-lib's (its ``Fleet``, ``Project`` and image ``validate`` texts); the golden apps in
``tests/golden/l2_codebuild`` (``integ_project_*fleet*``, ``fleet_features``) pin the templates.
"""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Size, Stack, UnscopedValidationError, ValidationError
from l2 import codebuild, ec2

BUILD_SPEC = codebuild.BuildSpec.from_object({"version": "0.2"})


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def _fleet(stack: Stack, **kwargs: Any) -> codebuild.Fleet:
    props: dict[str, Any] = {"base_capacity": 1, "compute_type": codebuild.FleetComputeType.SMALL,
                             "environment_type": codebuild.EnvironmentType.LINUX_CONTAINER}
    props.update(kwargs)
    return codebuild.Fleet(stack, "Fleet", **props)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"fleet_name": "a"}, "Fleet name can not be shorter than 2 characters but has 1 characters."),
    ({"fleet_name": "a" * 129}, "Fleet name can not be longer than 128 characters but has 129 characters."),
    ({"base_capacity": 0}, "baseCapacity must be greater than or equal to 1"),
    ({"compute_type": codebuild.FleetComputeType.ATTRIBUTE_BASED},
     "At least one compute configuration criteria must be specified if computeType is ATTRIBUTE_BASED"),
    ({"compute_type": codebuild.FleetComputeType.ATTRIBUTE_BASED,
      "compute_configuration": codebuild.ComputeConfiguration(
          v_cpu=2, instance_type=ec2.InstanceType("t3.medium"))},
     "instanceType can only be specified in computeConfiguration if computeType is CUSTOM_INSTANCE_TYPE"),
    ({"compute_type": codebuild.FleetComputeType.ATTRIBUTE_BASED,
      "compute_configuration": codebuild.ComputeConfiguration(v_cpu=1.5)},
     "vCPU count must be a positive integer, got: 1.5"),
    ({"compute_type": codebuild.FleetComputeType.CUSTOM_INSTANCE_TYPE},
     "instanceType must be specified in computeConfiguration if computeType is CUSTOM_INSTANCE_TYPE"),
    ({"compute_type": codebuild.FleetComputeType.CUSTOM_INSTANCE_TYPE,
      "compute_configuration": codebuild.ComputeConfiguration(instance_type=ec2.InstanceType("t3.medium"),
                                                              memory=Size.gibibytes(4))},
     "computeConfiguration attributes can only be used if computeType is ATTRIBUTE_BASED"),
    ({"compute_configuration": codebuild.ComputeConfiguration(v_cpu=2)},
     "computeConfiguration can only be specified if computeType is ATTRIBUTE_BASED or CUSTOM_INSTANCE_TYPE, "
     "got: BUILD_GENERAL1_SMALL"),
])
def test_fleet_validation_errors_name_the_construct(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        _fleet(stack, **kwargs)
    assert str(error.value) == f"{message}\n    at path [S/Fleet]"


def test_fleet_vpc_options_need_a_vpc(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Cannot configure subnetSelection without configuring a VPC"):
        _fleet(stack, subnet_selection=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))


def test_fleet_connections_need_a_vpc(stack: Stack) -> None:
    fleet = _fleet(stack)
    with pytest.raises(ValidationError, match="Only VPC-associated Fleets have security groups to manage"):
        fleet.connections  # noqa: B018


def test_imported_fleet_has_no_types(stack: Stack) -> None:
    fleet = codebuild.Fleet.from_fleet_arn(stack, "F", "arn:aws:codebuild:us-east-1:111122223333:fleet/f:1")
    assert fleet.fleet_name == "f"
    with pytest.raises(UnscopedValidationError, match="Cannot retrieve computeType property from an imported Fleet"):
        fleet.compute_type  # noqa: B018
    with pytest.raises(UnscopedValidationError, match="Cannot retrieve environmentType property"):
        fleet.environment_type  # noqa: B018


def test_fleet_environment_type_must_match_the_image(stack: Stack) -> None:
    fleet = _fleet(stack, environment_type=codebuild.EnvironmentType.ARM_CONTAINER)
    with pytest.raises(ValidationError, match=r"The environment type of the fleet \(ARM_CONTAINER\) must match the "
                                              r"environment type of the build image \(LINUX_CONTAINER\)"):
        codebuild.Project(stack, "P", build_spec=BUILD_SPEC, environment=codebuild.BuildEnvironment(fleet=fleet))


@pytest.mark.parametrize(("image", "env", "message"), [
    (codebuild.LinuxBuildImage.STANDARD_7_0, {"compute_type": codebuild.ComputeType.LAMBDA_1GB},
     "x86-64 images do not support Lambda compute types"),
    (codebuild.LinuxArmBuildImage.AMAZON_LINUX_2_STANDARD_3_0, {"compute_type": codebuild.ComputeType.LAMBDA_2GB},
     "ARM images do not support Lambda ComputeTypes, got BUILD_LAMBDA_2GB"),
    (codebuild.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE_3_0, {"compute_type": codebuild.ComputeType.X_LARGE},
     "Windows images do not support the 'BUILD_GENERAL1_XLARGE' compute type"),
    (codebuild.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE_3_0, {"privileged": True},
     "Windows images do not support privileged mode"),
    (codebuild.LinuxLambdaBuildImage.AMAZON_LINUX_2_NODE_18, {"host_kernel": codebuild.HostKernel.LINUX_KERNEL_6},
     "Lambda images do not support host kernel selection"),
    (codebuild.MacBuildImage.BASE_15, {}, "Mac images must be used with a fleet"),
])
def test_build_image_validation(stack: Stack, image: codebuild.IBuildImage, env: dict[str, Any],
                                message: str) -> None:
    with pytest.raises(ValidationError) as error:
        codebuild.Project(stack, "P", build_spec=BUILD_SPEC,
                          environment=codebuild.BuildEnvironment(build_image=image, **env))
    assert str(error.value).startswith(f"Invalid CodeBuild environment: {message}")


def test_plaintext_variables_holding_a_secret_are_rejected(stack: Stack) -> None:
    from constructs import SecretValue, Token

    secret = Token.as_string(SecretValue.secrets_manager("my-secret"))
    variables = {"PW": codebuild.BuildEnvironmentVariable(value=f"a-{secret}")}
    with pytest.raises(UnscopedValidationError, match="Plaintext environment variable 'PW' contains a secret value!"):
        codebuild.Project(stack, "P", build_spec=BUILD_SPEC, environment_variables=variables)
    # the check can be switched off, as in aws-cdk-lib
    codebuild.Project(stack, "Q", build_spec=BUILD_SPEC, environment_variables=variables,
                      check_secrets_in_plain_text_env_variables=False)
