"""``Database``: a database in a Glue Data Catalog."""

from __future__ import annotations

from constructs import (
    ArnFormat,
    Construct,
    Lazy,
    Names,
    RemovalPolicy,
    Resource,
    Stack,
    UnscopedValidationError,
)
from constructs.internals import cached_property, structs
from l1.interfaces.glue import DatabaseReference
from l2.glue._catalog import Catalog
from l2.glue._interfaces import ICatalog, IDatabase  # runtime: the argument checks resolve them


@structs.frozen(kw_only=True)
class DatabaseProps:
    """The properties of a ``Database`` (see ``Database``)."""

    catalog: ICatalog | None = None
    database_name: str | None = None
    description: str | None = None
    location_uri: str | None = None
    removal_policy: RemovalPolicy | None = None


class _ImportedDatabase(Resource):
    def __init__(self, scope: Construct, id: str, database_arn: str) -> None:
        super().__init__(scope, id)
        self.database_arn = database_arn
        self.database_name: str = Stack.of(scope).split_arn(
            database_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""

    @property
    def database_ref(self) -> DatabaseReference:
        return DatabaseReference(database_name=self.database_name)

    @cached_property
    def catalog(self) -> ICatalog:
        return Catalog.for_account(self)


class Database(Resource):
    """A Glue database (``AWS::Glue::Database``), retained on stack deletion by default.

    Args:
        catalog: the catalog (default the account's Data Catalog).
        database_name: the name (default generated from the construct path, lower case).
        description: up to 2048 characters.
        location_uri: where the database's data lives (1 to 1024 characters).
        removal_policy: default ``RemovalPolicy.RETAIN``.
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.Database"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, catalog: ICatalog | None = None,
                 database_name: str | None = None, description: str | None = None,
                 location_uri: str | None = None, removal_policy: RemovalPolicy | None = None) -> None:
        super().__init__(scope, id, physical_name=database_name if database_name is not None else Lazy.string(
            lambda: Names.unique_resource_name(self).lower()))
        from l1.glue import CfnDatabase

        if description is not None and len(description) > 2048:
            raise UnscopedValidationError(
                f"description length must be less than or equal to 2048, got {len(description)}")
        database_input: dict[str, object] = {"name": self.physical_name, "description": description}
        self.location_uri: str | None = None
        """The database's location URI, if given."""
        if location_uri is not None:
            if len(location_uri) < 1 or len(location_uri) > 1024:
                raise UnscopedValidationError(
                    f"locationUri length must be (inclusively) between 1 and 1024, got {len(location_uri)}")
            self.location_uri = location_uri
            database_input = {"location_uri": location_uri, **database_input}
        self._catalog = catalog
        catalog_id = catalog.catalog_id if catalog is not None else Stack.of(self).account
        self.resource = CfnDatabase(self, "Resource", catalog_id=catalog_id, database_input=database_input)
        self.resource.apply_removal_policy(removal_policy, default=RemovalPolicy.RETAIN)

    @cached_property
    def catalog(self) -> ICatalog:
        """The catalog the database is in."""
        return self._catalog if self._catalog is not None else Catalog.for_account(self)

    @cached_property
    def database_name(self) -> str:
        """The database's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @cached_property
    def database_arn(self) -> str:
        """The database's ARN."""
        return self.stack.format_arn(service="glue", resource="database", resource_name=self.database_name)

    @property
    def database_ref(self) -> DatabaseReference:
        """A reference to this database (its name)."""
        return DatabaseReference(database_name=self.database_name)

    @staticmethod
    def from_database_arn(scope: Construct, id: str, database_arn: str) -> IDatabase:
        """An existing database by ARN (``arn:...:database/<name>``)."""
        return _ImportedDatabase(scope, id, database_arn)
