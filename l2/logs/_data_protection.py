"""``DataProtectionPolicy`` (with ``DataIdentifier`` / ``CustomDataIdentifier``) and ``FieldIndexPolicy``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Stack, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.s3 import IBucket

    from ._interfaces import ILogGroup


class DataIdentifier:
    """A managed data identifier of CloudWatch Logs data protection (``DataIdentifier.EMAILADDRESS``, ...).

    Args:
        name: the managed identifier's name (e.g. ``EmailAddress``).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def to_string(self) -> str:
        """The identifier's name."""
        return self.name

    def __str__(self) -> str:
        return self.to_string()


_MANAGED = """ADDRESS=Address AWSSECRETKEY=AwsSecretKey BANKACCOUNTNUMBER_DE=BankAccountNumber-DE
BANKACCOUNTNUMBER_ES=BankAccountNumber-ES BANKACCOUNTNUMBER_FR=BankAccountNumber-FR
BANKACCOUNTNUMBER_GB=BankAccountNumber-GB BANKACCOUNTNUMBER_IT=BankAccountNumber-IT
BANKACCOUNTNUMBER_US=BankAccountNumber-US CEPCODE_BR=CepCode-BR CNPJ_BR=Cnpj-BR CPFCODE_BR=CpfCode-BR
CREDITCARDEXPIRATION=CreditCardExpiration CREDITCARDNUMBER=CreditCardNumber
CREDITCARDSECURITYCODE=CreditCardSecurityCode DRIVERSLICENSE_AT=DriversLicense-AT
DRIVERSLICENSE_AU=DriversLicense-AU DRIVERSLICENSE_BE=DriversLicense-BE DRIVERSLICENSE_BG=DriversLicense-BG
DRIVERSLICENSE_CA=DriversLicense-CA DRIVERSLICENSE_CY=DriversLicense-CY DRIVERSLICENSE_CZ=DriversLicense-CZ
DRIVERSLICENSE_DE=DriversLicense-DE DRIVERSLICENSE_DK=DriversLicense-DK DRIVERSLICENSE_EE=DriversLicense-EE
DRIVERSLICENSE_ES=DriversLicense-ES DRIVERSLICENSE_FI=DriversLicense-FI DRIVERSLICENSE_FR=DriversLicense-FR
DRIVERSLICENSE_GB=DriversLicense-GB DRIVERSLICENSE_GR=DriversLicense-GR DRIVERSLICENSE_HR=DriversLicense-HR
DRIVERSLICENSE_HU=DriversLicense-HU DRIVERSLICENSE_IE=DriversLicense-IE DRIVERSLICENSE_IT=DriversLicense-IT
DRIVERSLICENSE_LT=DriversLicense-LT DRIVERSLICENSE_LU=DriversLicense-LU DRIVERSLICENSE_LV=DriversLicense-LV
DRIVERSLICENSE_MT=DriversLicense-MT DRIVERSLICENSE_NL=DriversLicense-NL DRIVERSLICENSE_PL=DriversLicense-PL
DRIVERSLICENSE_PT=DriversLicense-PT DRIVERSLICENSE_RO=DriversLicense-RO DRIVERSLICENSE_SE=DriversLicense-SE
DRIVERSLICENSE_SI=DriversLicense-SI DRIVERSLICENSE_SK=DriversLicense-SK DRIVERSLICENSE_US=DriversLicense-US
DRUGENFORCEMENTAGENCYNUMBER_US=DrugEnforcementAgencyNumber-US ELECTORALROLLNUMBER_GB=ElectoralRollNumber-GB
EMAILADDRESS=EmailAddress HEALTHINSURANCECARDNUMBER_EU=HealthInsuranceCardNumber-EU
HEALTHINSURANCECLAIMNUMBER_US=HealthInsuranceClaimNumber-US HEALTHINSURANCENUMBER_FR=HealthInsuranceNumber-FR
HEALTHCAREPROCEDURECODE_US=HealthcareProcedureCode-US
INDIVIDUALTAXIDENTIFICATIONNUMBER_US=IndividualTaxIdentificationNumber-US INSEECODE_FR=InseeCode-FR
IPADDRESS=IpAddress LATLONG=LatLong MEDICAREBENEFICIARYNUMBER_US=MedicareBeneficiaryNumber-US NAME=Name
NATIONALDRUGCODE_US=NationalDrugCode-US NATIONALIDENTIFICATIONNUMBER_DE=NationalIdentificationNumber-DE
NATIONALIDENTIFICATIONNUMBER_ES=NationalIdentificationNumber-ES
NATIONALIDENTIFICATIONNUMBER_IT=NationalIdentificationNumber-IT
NATIONALINSURANCENUMBER_GB=NationalInsuranceNumber-GB NATIONALPROVIDERID_US=NationalProviderId-US
NHSNUMBER_GB=NhsNumber-GB NIENUMBER_ES=NieNumber-ES NIFNUMBER_ES=NifNumber-ES OPENSSHPRIVATEKEY=OpenSshPrivateKey
PASSPORTNUMBER_CA=PassportNumber-CA PASSPORTNUMBER_DE=PassportNumber-DE PASSPORTNUMBER_ES=PassportNumber-ES
PASSPORTNUMBER_FR=PassportNumber-FR PASSPORTNUMBER_GB=PassportNumber-GB PASSPORTNUMBER_IT=PassportNumber-IT
PASSPORTNUMBER_US=PassportNumber-US PERMANENTRESIDENCENUMBER_CA=PermanentResidenceNumber-CA
PERSONALHEALTHNUMBER_CA=PersonalHealthNumber-CA PGPPRIVATEKEY=PgpPrivateKey PHONENUMBER_BR=PhoneNumber-BR
PHONENUMBER_DE=PhoneNumber-DE PHONENUMBER_ES=PhoneNumber-ES PHONENUMBER_FR=PhoneNumber-FR
PHONENUMBER_GB=PhoneNumber-GB PHONENUMBER_IT=PhoneNumber-IT PHONENUMBER_US=PhoneNumber-US
PKCSPRIVATEKEY=PkcsPrivateKey POSTALCODE_CA=PostalCode-CA PUTTYPRIVATEKEY=PuttyPrivateKey RGNUMBER_BR=RgNumber-BR
SOCIALINSURANCENUMBER_CA=SocialInsuranceNumber-CA SSN_ES=Ssn-ES SSN_US=Ssn-US TAXID_DE=TaxId-DE TAXID_ES=TaxId-ES
TAXID_FR=TaxId-FR TAXID_GB=TaxId-GB VEHICLEIDENTIFICATIONNUMBER=VehicleIdentificationNumber ZIPCODE_US=ZipCode-US"""

for _pair in _MANAGED.split():
    _attr, _name = _pair.split("=")
    setattr(DataIdentifier, _attr, DataIdentifier(_name))


class CustomDataIdentifier(DataIdentifier):
    """A custom data identifier: a ``name`` and the ``regex`` it matches.

    Args:
        name: the identifier's name, as the policy refers to it.
        regex: the regular expression that finds the sensitive data.
    """

    def __init__(self, name: str, regex: str) -> None:
        super().__init__(name)
        self.regex = regex

    def to_string(self) -> str:
        """``<name>: <regex>``."""
        return f"{self.name}: {self.regex}"


@structs.frozen(kw_only=True)
class DataProtectionPolicyProps:
    """The properties of a ``DataProtectionPolicy`` (see there)."""

    identifiers: Sequence[DataIdentifier]
    delivery_stream_name_audit_destination: str | None = None
    description: str | None = None
    log_group_audit_destination: ILogGroup | None = None
    name: str | None = None
    s3_bucket_audit_destination: IBucket | None = None


class DataProtectionPolicy:
    """A data protection policy of a log group: audit and mask the given data identifiers.

    Args:
        identifiers: managed (``DataIdentifier.*``) and custom identifiers (at least one).
        name: default ``data-protection-policy-cdk``.
        description: default ``cdk generated data protection policy``.
        log_group_audit_destination / s3_bucket_audit_destination / delivery_stream_name_audit_destination:
            where audit findings go.

    Raises:
        UnscopedValidationError: no identifiers.
    """

    def __init__(
        self,
        *,
        identifiers: Sequence[DataIdentifier],
        delivery_stream_name_audit_destination: str | None = None,
        description: str | None = None,
        log_group_audit_destination: ILogGroup | None = None,
        name: str | None = None,
        s3_bucket_audit_destination: IBucket | None = None,
    ) -> None:
        if len(identifiers) == 0:
            raise UnscopedValidationError("DataIdentifier cannot be empty")
        self._props = DataProtectionPolicyProps(
            identifiers=identifiers,
            delivery_stream_name_audit_destination=delivery_stream_name_audit_destination,
            description=description,
            log_group_audit_destination=log_group_audit_destination,
            name=name,
            s3_bucket_audit_destination=s3_bucket_audit_destination,
        )

    def _bind(self, scope: Construct) -> dict[str, Any]:
        props = self._props
        findings: dict[str, Any] = {}
        if props.log_group_audit_destination is not None:
            findings["CloudWatchLogs"] = {"LogGroup": props.log_group_audit_destination.log_group_name}
        if props.s3_bucket_audit_destination is not None:
            findings["S3"] = {"Bucket": props.s3_bucket_audit_destination.bucket_name}
        if props.delivery_stream_name_audit_destination:
            findings["Firehose"] = {"DeliveryStream": props.delivery_stream_name_audit_destination}
        identifiers: list[Any] = []
        custom: list[dict[str, str]] = []
        for identifier in props.identifiers:
            if isinstance(identifier, CustomDataIdentifier):
                identifiers.append(identifier.name)
                custom.append({"Name": identifier.name, "Regex": identifier.regex})
            else:
                identifiers.append(Stack.of(scope).format_arn(
                    resource="data-identifier", region="", account="aws", service="dataprotection",
                    resource_name=identifier.name))
        return {
            "Name": props.name or "data-protection-policy-cdk",
            "Description": props.description or "cdk generated data protection policy",
            "Version": "2021-06-01",
            "Statement": [
                {"Sid": "audit-statement-cdk", "DataIdentifier": identifiers,
                 "Operation": {"Audit": {"FindingsDestination": findings}}},
                {"Sid": "redact-statement-cdk", "DataIdentifier": identifiers,
                 "Operation": {"Deidentify": {"MaskConfig": {}}}},
            ],
            "Configuration": {"CustomDataIdentifier": custom},
        }


@structs.frozen(kw_only=True)
class FieldIndexPolicyProps:
    """The properties of a ``FieldIndexPolicy``: the fields to index.

    Args:
        fields: the log fields to index (at most 20), so queries filtering on them scan less.
    """

    fields: Sequence[str]


class FieldIndexPolicy:
    """A field index policy of a log group.

    Args:
        fields: up to 20 fields to index.

    Raises:
        UnscopedValidationError: more than 20 fields.
    """

    def __init__(self, *, fields: Sequence[str]) -> None:
        if len(fields) > 20:
            raise UnscopedValidationError("A maximum of 20 fields can be indexed per log group")
        self._fields = list(fields)

    def _bind(self, scope: Construct) -> dict[str, Any]:
        return {"Fields": self._fields}
