"""What the Lambda, server and ECS applications share, and importing existing applications."""

from __future__ import annotations

from typing import Any, ClassVar

from constructs import Arn, ArnFormat, Construct, Resource, Stack
from constructs.internals import cached_property
from l1.codedeploy import CfnApplication
from l2.codedeploy._private.utils import NameValidation, arn_for_application
from l2.codedeploy._references import ApplicationReference


class _ImportedApplication(Resource):
    def __init__(self, scope: Construct, id: str, arn: str, name: str, *, environment_from_arn: str | None = None) -> None:
        super().__init__(scope, id, environment_from_arn=environment_from_arn)
        self.application_arn = arn
        self.application_name = name

    @property
    def application_ref(self) -> ApplicationReference:
        return ApplicationReference(application_name=self.application_name)


def import_application_by_name(scope: Construct, id: str, name: str) -> Any:
    """An application of ``scope``'s stack environment, by name."""
    return _ImportedApplication(scope, id, arn_for_application(Stack.of(scope), name), name)


def import_application_by_arn(scope: Construct, id: str, arn: str) -> Any:
    """An application by ARN (its environment is the ARN's)."""
    name = Arn.split(arn, ArnFormat.COLON_RESOURCE_NAME).resource_name or "<invalid arn>"
    return _ImportedApplication(scope, id, arn, name, environment_from_arn=arn)


class ApplicationBase(Resource):
    """A new CodeDeploy application (``AWS::CodeDeploy::Application``) for one compute platform."""

    _compute_platform: ClassVar[str]

    def __init__(self, scope: Construct, id: str, *, application_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=application_name)
        self._resource = CfnApplication(self, "Resource", application_name=self.physical_name,
                                        compute_platform=self._compute_platform)
        self.node.add_validation(NameValidation("Application", lambda: self.physical_name))

    @cached_property
    def application_arn(self) -> str:
        """The application's ARN."""
        return self.get_resource_arn_attribute(
            arn_for_application(Stack.of(self), self._resource.ref),
            {"service": "codedeploy", "resource": "application", "resource_name": self.physical_name,
             "arn_format": ArnFormat.COLON_RESOURCE_NAME},
        )

    @cached_property
    def application_name(self) -> str:
        """The application's name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def application_ref(self) -> ApplicationReference:
        """The application's name, as a reference."""
        return ApplicationReference(application_name=self.application_name)
