"""``Catalog``: the account's Data Catalog, named catalogs and their encryption settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Resource, Stack, Token, ValidationError
from constructs.internals import structs
from l1.interfaces.glue import CatalogReference
from l2.glue._constants import CatalogEncryptionMode

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kms import IKey

_ACCOUNT_CATALOG_ID = "@aws-cdk.aws-glue-alpha.AccountCatalog"


class DataCatalogEncryptionAtRest:
    """How the Data Catalog's metadata is encrypted at rest; build one with the static methods.

    Args:
        mode: the encryption mode (prefer the static methods).
        kms_key: the KMS key of ``SSE_KMS`` (default: the AWS managed key).
        service_role: the role Glue assumes to use the key (default: none).
    """

    def __init__(self, mode: CatalogEncryptionMode, kms_key: IKey | None = None,
                 service_role: IRole | None = None) -> None:
        self.mode = mode
        """The encryption mode."""
        self.kms_key = kms_key
        """The KMS key (default the AWS managed key)."""
        self.service_role = service_role
        """The role Glue assumes to use the key."""

    @staticmethod
    def disabled() -> DataCatalogEncryptionAtRest:
        """No encryption at rest."""
        return DataCatalogEncryptionAtRest(CatalogEncryptionMode.DISABLED)

    @staticmethod
    def kms(key: IKey | None = None) -> DataCatalogEncryptionAtRest:
        """SSE-KMS with ``key`` (default the AWS managed key)."""
        return DataCatalogEncryptionAtRest(CatalogEncryptionMode.SSE_KMS, key)

    @staticmethod
    def kms_with_service_role(role: IRole, key: IKey | None = None) -> DataCatalogEncryptionAtRest:
        """SSE-KMS used through ``role`` (granted encrypt/decrypt on ``key``)."""
        return DataCatalogEncryptionAtRest(CatalogEncryptionMode.SSE_KMS_WITH_SERVICE_ROLE, key, role)


@structs.frozen(kw_only=True)
class ConnectionPasswordEncryption:
    """How connection passwords are encrypted.

    Args:
        kms_key: the key (default the AWS managed key).
        return_connection_password_encrypted: return passwords encrypted from the API (default true).
    """

    kms_key: IKey | None = None
    return_connection_password_encrypted: bool | None = None


@structs.frozen(kw_only=True)
class CatalogEncryptionOptions:
    """The encryption settings of a catalog (``Catalog.encrypt_account``).

    Args:
        connection_password_encryption: how connection passwords are encrypted (default: left unset).
        encryption_at_rest: how the catalog's metadata is encrypted at rest (default: left unset).
    """

    connection_password_encryption: ConnectionPasswordEncryption | None = None
    encryption_at_rest: DataCatalogEncryptionAtRest | None = None


@structs.frozen(kw_only=True)
class CatalogProps:
    """The properties of a ``Catalog`` (see ``Catalog``)."""

    connection_password_encryption: ConnectionPasswordEncryption | None = None
    encryption_at_rest: DataCatalogEncryptionAtRest | None = None
    catalog_name: str
    description: str | None = None


class CatalogBase(Resource):
    """What every catalog has: id, ARN and the keys of its encryption settings."""

    catalog_id: str
    catalog_arn: str

    def __init__(self, scope: Construct, id: str, *, account: str | None = None,
                 environment_from_arn: str | None = None, physical_name: str | None = None,
                 region: str | None = None) -> None:
        super().__init__(scope, id, account=account, environment_from_arn=environment_from_arn,
                         physical_name=physical_name, region=region)
        self._encryption_key: IKey | None = None
        self._connection_password_key: IKey | None = None

    @property
    def encryption_key(self) -> IKey | None:
        """The key encrypting the catalog's metadata at rest, if configured here."""
        return self._encryption_key

    @property
    def connection_password_key(self) -> IKey | None:
        """The key encrypting connection passwords, if configured here."""
        return self._connection_password_key

    @property
    def catalog_ref(self) -> CatalogReference:
        """A reference to this catalog (its ARN)."""
        return CatalogReference(resource_arn=self.catalog_arn)

    def _configure_encryption(self, encryption_at_rest: DataCatalogEncryptionAtRest | None,
                              password: ConnectionPasswordEncryption | None) -> None:
        if encryption_at_rest is None and password is None:
            return
        from l1.glue import CfnDataCatalogEncryptionSettings

        at_rest = encryption_at_rest
        self._encryption_key = at_rest.kms_key if at_rest else None
        self._connection_password_key = password.kms_key if password else None
        if at_rest is not None and at_rest.service_role is not None and at_rest.kms_key is not None:
            from l2.kms import KeyGrants

            KeyGrants.from_key(at_rest.kms_key).encrypt_decrypt(at_rest.service_role)
        settings: dict[str, object] = {}
        if at_rest is not None:
            settings["encryption_at_rest"] = {
                "catalog_encryption_mode": at_rest.mode.value,
                "sse_aws_kms_key_id": at_rest.kms_key.key_arn if at_rest.kms_key else None,
                "catalog_encryption_service_role": at_rest.service_role.role_arn if at_rest.service_role else None,
            }
        if password is not None:
            settings["connection_password_encryption"] = {
                "kms_key_id": password.kms_key.key_arn if password.kms_key else None,
                "return_connection_password_encrypted": (
                    True if password.return_connection_password_encrypted is None
                    else password.return_connection_password_encrypted),
            }
        CfnDataCatalogEncryptionSettings(self, "EncryptionSettings", catalog_id=self.catalog_id,
                                         data_catalog_encryption_settings=settings)


class _AccountCatalog(CatalogBase):
    def __init__(self, scope: Construct, id: str, encryption_at_rest: DataCatalogEncryptionAtRest | None = None,
                 connection_password_encryption: ConnectionPasswordEncryption | None = None) -> None:
        super().__init__(scope, id)
        stack = Stack.of(self)
        self.catalog_id = stack.account
        self.catalog_arn = stack.format_arn(service="glue", resource="catalog")
        self._configure_encryption(encryption_at_rest, connection_password_encryption)


class _ImportedCatalog(CatalogBase):
    def __init__(self, scope: Construct, id: str, catalog_id: str, catalog_arn: str) -> None:
        super().__init__(scope, id)
        self.catalog_id = catalog_id
        self.catalog_arn = catalog_arn


class Catalog(CatalogBase):
    """A named Glue Data Catalog (``AWS::Glue::Catalog``), optionally with encryption settings.

    Args:
        catalog_name: the catalog's name.
        description: a description.
        connection_password_encryption: how connection passwords are encrypted.
        encryption_at_rest: how metadata is encrypted at rest.
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.Catalog"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, catalog_name: str, description: str | None = None,
                 connection_password_encryption: ConnectionPasswordEncryption | None = None,
                 encryption_at_rest: DataCatalogEncryptionAtRest | None = None) -> None:
        super().__init__(scope, id)
        from l1.glue import CfnCatalog

        self.resource = CfnCatalog(self, "Resource", name=catalog_name, description=description)
        self.catalog_id = self.resource.attr_catalog_id
        self.catalog_arn = self.resource.attr_resource_arn
        self._configure_encryption(encryption_at_rest, connection_password_encryption)

    @staticmethod
    def for_account(scope: Construct) -> CatalogBase:
        """The account's Data Catalog in ``scope``'s stack (one construct per stack)."""
        stack = Stack.of(scope)
        found = stack.node.try_find_child(_ACCOUNT_CATALOG_ID)
        if isinstance(found, CatalogBase):
            return found
        return _AccountCatalog(stack, _ACCOUNT_CATALOG_ID)

    @staticmethod
    def encrypt_account(scope: Construct, *, connection_password_encryption: ConnectionPasswordEncryption | None = None,
                        encryption_at_rest: DataCatalogEncryptionAtRest | None = None) -> CatalogBase:
        """The account's Data Catalog with encryption settings (call before anything uses the account catalog)."""
        stack = Stack.of(scope)
        if stack.node.try_find_child(_ACCOUNT_CATALOG_ID) is not None:
            raise ValidationError(
                "the account catalog has already been used in this stack; call Catalog.encryptAccount() before "
                "Catalog.forAccount() or any Database that uses the account catalog", scope)
        return _AccountCatalog(stack, _ACCOUNT_CATALOG_ID, encryption_at_rest, connection_password_encryption)

    @staticmethod
    def from_catalog_arn(scope: Construct, id: str, catalog_arn: str) -> CatalogBase:
        """An existing catalog by ARN (``arn:<partition>:glue:<region>:<account>:catalog[/<name>]``)."""
        stack = Stack.of(scope)
        arn = stack.split_arn(catalog_arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not Token.is_unresolved(catalog_arn) and (arn.service != "glue" or arn.resource != "catalog"):
            raise ValidationError(
                "expected a Glue catalog ARN (arn:<partition>:glue:<region>:<account>:catalog[/<name>]), "
                f'got "{catalog_arn}"', scope)
        catalog_id = arn.resource_name or arn.account or stack.account
        return _ImportedCatalog(scope, id, catalog_id, catalog_arn)

    @staticmethod
    def from_catalog_id(scope: Construct, id: str, catalog_id: str) -> CatalogBase:
        """An existing catalog by id."""
        catalog_arn = Stack.of(scope).format_arn(service="glue", resource="catalog", resource_name=catalog_id)
        return _ImportedCatalog(scope, id, catalog_id, catalog_arn)
