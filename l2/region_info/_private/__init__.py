"""Private helpers of ``l2.region_info``: the data file's loader and its extraction script."""
