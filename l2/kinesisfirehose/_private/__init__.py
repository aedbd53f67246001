"""Private helpers of ``l2.kinesisfirehose``."""
