"""The enums of ``l2.ssm``: value types, parameter types, data types and tiers."""

from __future__ import annotations

import enum


class ParameterValueType(enum.Enum):
    """The value type of an imported parameter (``AWS::SSM::Parameter::Value<type>``)."""

    STRING = "String"
    AWS_EC2_AVAILABILITYZONE_NAME = "AWS::EC2::AvailabilityZone::Name"
    AWS_EC2_IMAGE_ID = "AWS::EC2::Image::Id"
    AWS_EC2_INSTANCE_ID = "AWS::EC2::Instance::Id"
    AWS_EC2_KEYPAIR_KEYNAME = "AWS::EC2::KeyPair::KeyName"
    AWS_EC2_SECURITYGROUP_GROUPNAME = "AWS::EC2::SecurityGroup::GroupName"
    AWS_EC2_SECURITYGROUP_ID = "AWS::EC2::SecurityGroup::Id"
    AWS_EC2_SUBNET_ID = "AWS::EC2::Subnet::Id"
    AWS_EC2_VOLUME_ID = "AWS::EC2::Volume::Id"
    AWS_EC2_VPC_ID = "AWS::EC2::VPC::Id"
    AWS_ROUTE53_HOSTEDZONE_ID = "AWS::Route53::HostedZone::Id"


class ParameterType(enum.Enum):
    """The type of a parameter (deprecated in aws-cdk-lib in favour of ``ParameterValueType``)."""

    STRING = "String"
    SECURE_STRING = "SecureString"
    STRING_LIST = "StringList"
    AWS_EC2_IMAGE_ID = "AWS::EC2::Image::Id"


class ParameterDataType(enum.Enum):
    """The data type of a ``String`` parameter."""

    TEXT = "text"
    AWS_EC2_IMAGE = "aws:ec2:image"


class ParameterTier(enum.Enum):
    """The storage tier of a parameter."""

    ADVANCED = "Advanced"
    INTELLIGENT_TIERING = "Intelligent-Tiering"
    STANDARD = "Standard"
