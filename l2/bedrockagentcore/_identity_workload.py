"""``WorkloadIdentity``: an identity in the account's AgentCore workload identity directory."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Construct, Lazy, Names, Resource, Token, ValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.bedrockagentcore._identity import (
    WORKLOAD_IDENTITY_PARENT_RESOURCES,
    cfn_tags,
    grant_read_with_list,
    identity_resource_arns,
    tags_errors,
)
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import WorkloadIdentityReference
    from l2.iam import Grant, IGrantable, IPrincipal


class WorkloadIdentityPerms:
    """The IAM actions of workload identities."""

    READ_PERMS = ["bedrock-agentcore:GetWorkloadIdentity"]
    """Read one identity."""
    LIST_PERMS = ["bedrock-agentcore:ListWorkloadIdentities"]
    """List identities."""
    ADMIN_PERMS = ["bedrock-agentcore:CreateWorkloadIdentity", "bedrock-agentcore:GetWorkloadIdentity",
                   "bedrock-agentcore:UpdateWorkloadIdentity", "bedrock-agentcore:DeleteWorkloadIdentity"]
    """Create, read, update and delete identities."""
    USE_PERMS = ["bedrock-agentcore:GetWorkloadAccessToken", "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
                 "bedrock-agentcore:GetWorkloadAccessTokenForUserId"]
    """Obtain workload access tokens."""
    FULL_ACCESS_PERMS = list(dict.fromkeys([*READ_PERMS, *LIST_PERMS, *ADMIN_PERMS, *USE_PERMS]))
    """All of the above."""


@runtime_checkable
class IWorkloadIdentity(Protocol):
    """A workload identity: ``WorkloadIdentity`` or an imported one."""

    @property
    def workload_identity_arn(self) -> str:
        """The ARN of the identity."""
        ...

    @property
    def workload_identity_name(self) -> str:
        """The name of the identity."""
        ...

    @property
    def created_time(self) -> str | None:
        """When it was created."""
        ...

    @property
    def last_updated_time(self) -> str | None:
        """When it was last updated."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal (an unknown one)."""
        ...

    @property
    def workload_identity_ref(self) -> WorkloadIdentityReference:
        """A reference to the identity."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the identity."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading and listing."""
        ...

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Grant managing the identity."""
        ...

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant obtaining access tokens."""
        ...

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant everything."""
        ...


@structs.frozen(kw_only=True)
class WorkloadIdentityProps:
    """The properties of a ``WorkloadIdentity``."""

    allowed_resource_oauth2_return_urls: Sequence[str] | None = None
    """The OAuth2 return URLs allowed for resources."""
    tags: Mapping[str, str] | None = None
    """Tags of the identity."""
    workload_identity_name: str | None = None
    """The name (default generated)."""


@structs.frozen(kw_only=True)
class WorkloadIdentityAttributes:
    """What ``WorkloadIdentity.from_workload_identity_attributes`` needs to know."""

    workload_identity_arn: str
    """The ARN of the identity."""
    workload_identity_name: str
    """The name of the identity."""
    created_time: str | None = None
    """When it was created."""
    last_updated_time: str | None = None
    """When it was last updated."""


class _WorkloadIdentityBase(Resource):
    workload_identity_arn: str
    workload_identity_name: str

    def __init__(self, scope: Construct, id: str, *, physical_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=physical_name)
        self.grant_principal: IPrincipal = iam().UnknownPrincipal(resource=self)
        """Workload identities do not act: an unknown principal."""

    @property
    def created_time(self) -> str | None:
        """When it was created."""
        return None

    @property
    def last_updated_time(self) -> str | None:
        """When it was last updated."""
        return None

    @property
    def workload_identity_ref(self) -> WorkloadIdentityReference:
        """A reference to the identity."""
        from l1._private.interfaces.bedrockagentcore import WorkloadIdentityReference

        return WorkloadIdentityReference(workload_identity_name=self.workload_identity_name,
                                         workload_identity_arn=self.workload_identity_arn)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this identity (and the directory it lives in)."""
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=identity_resource_arns(
            self, self.workload_identity_arn, WORKLOAD_IDENTITY_PARENT_RESOURCES))

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading this identity and listing identities."""
        return grant_read_with_list(self, grantee, self.workload_identity_arn, WorkloadIdentityPerms.READ_PERMS,
                                    WorkloadIdentityPerms.LIST_PERMS, WORKLOAD_IDENTITY_PARENT_RESOURCES)

    def grant_admin(self, grantee: IGrantable) -> Grant:
        """Grant managing this identity."""
        return self.grant(grantee, *WorkloadIdentityPerms.ADMIN_PERMS)

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant obtaining workload access tokens."""
        return self.grant(grantee, *WorkloadIdentityPerms.USE_PERMS)

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant every action on this identity."""
        return self.grant(grantee, *WorkloadIdentityPerms.FULL_ACCESS_PERMS)


class _ImportedWorkloadIdentity(_WorkloadIdentityBase):
    def __init__(self, scope: Construct, id: str, attrs: WorkloadIdentityAttributes) -> None:
        super().__init__(scope, id)
        self.workload_identity_arn = attrs.workload_identity_arn
        self.workload_identity_name = attrs.workload_identity_name
        self._created = attrs.created_time
        self._updated = attrs.last_updated_time

    @property
    def created_time(self) -> str | None:
        """When it was created (as given)."""
        return self._created

    @property
    def last_updated_time(self) -> str | None:
        """When it was last updated (as given)."""
        return self._updated


class WorkloadIdentity(_WorkloadIdentityBase):
    """A workload identity in the account-wide AgentCore identity directory
    (``AWS::BedrockAgentCore::WorkloadIdentity``).

    Args:
        allowed_resource_oauth2_return_urls: the OAuth2 return URLs allowed for resources (1-2048 characters each).
        tags: tags of the identity.
        workload_identity_name: the name (default generated; 3-255 letters, digits, ``.``, ``_``, ``-``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.WorkloadIdentity"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, allowed_resource_oauth2_return_urls: Sequence[str] | None = None,
                 tags: Mapping[str, str] | None = None, workload_identity_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=workload_identity_name if workload_identity_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=255)))
        self.workload_identity_name = self.physical_name
        name = self.workload_identity_name
        name_errs = length_errors(name, "Workload identity name", 3, 255) + pattern_errors(
            name, "Workload identity name", r"^[A-Za-z0-9_.-]+$",
            "Workload identity name may only contain letters, numbers, dots, underscores, and hyphens.")
        url_errs: list[str] = []
        urls = allowed_resource_oauth2_return_urls
        if urls is not None and not Token.is_unresolved(urls):
            if len(urls) == 0:
                url_errs.append("Allowed OAuth2 return URLs must contain at least one URL when specified.")
            for url in urls:
                url_errs += length_errors(url, "Allowed OAuth2 return URL", 1, 2048)
        for errors in (name_errs, url_errs, tags_errors(tags)):
            if errors:
                raise ValidationError("\n".join(errors), self)
        from l1.bedrockagentcore import CfnWorkloadIdentity

        self._resource = CfnWorkloadIdentity(
            self, "Resource", name=name,
            allowed_resource_oauth2_return_urls=list(urls) if urls is not None else None, tags=cfn_tags(tags))
        self.workload_identity_arn = self._resource.attr_workload_identity_arn

    @property
    def created_time(self) -> str | None:
        """When it was created."""
        return Token.as_string(self._resource.attr_created_time)

    @property
    def last_updated_time(self) -> str | None:
        """When it was last updated."""
        return Token.as_string(self._resource.attr_last_updated_time)

    @staticmethod
    def from_workload_identity_attributes(scope: Construct, id: str, *, workload_identity_arn: str,
                                          workload_identity_name: str, created_time: str | None = None,
                                          last_updated_time: str | None = None) -> IWorkloadIdentity:
        """An identity made outside this app."""
        return _ImportedWorkloadIdentity(scope, id, WorkloadIdentityAttributes(
            workload_identity_arn=workload_identity_arn, workload_identity_name=workload_identity_name,
            created_time=created_time, last_updated_time=last_updated_time))
