"""Facts about AWS regions (aws-cdk-lib: ``aws_cdk.region_info``): partitions, domain suffixes, service accounts
and the ARNs of the layers AWS publishes per region (Lambda Insights, ADOT, Parameters and Secrets, AppConfig).

The built-in facts are aws-cdk-lib 2.275.0's, extracted into a data file loaded on first use
(``l2/region_info/_private/extract.py``).
"""

from constructs.internals import check_public_classes

from ._facts import Default, Fact, FactName, IFact, RegionInfo

__all__ = ["Default", "Fact", "FactName", "IFact", "RegionInfo"]

check_public_classes(globals())
