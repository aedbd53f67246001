"""The ``*_ref`` structs of API Gateway resources (aws-cdk-lib's ``aws_cdk.interfaces.aws_apigateway.*Reference``).

Each names a resource by the identifiers other resources use to point at it.
"""

from __future__ import annotations

from l1._private.interfaces.apigateway import ApiKeyReference as ApiKeyReference
from l1._private.interfaces.apigateway import DomainNameReference as DomainNameReference
from l1._private.interfaces.apigateway import GatewayResponseReference as GatewayResponseReference
from l1._private.interfaces.apigateway import RequestValidatorReference as RequestValidatorReference
from l1._private.interfaces.apigateway import ResourceReference as ResourceReference
from l1._private.interfaces.apigateway import RestApiReference as RestApiReference
from l1._private.interfaces.apigateway import StageReference as StageReference
from l1._private.interfaces.apigateway import UsagePlanReference as UsagePlanReference
from l1._private.interfaces.apigateway import VpcLinkReference as VpcLinkReference
