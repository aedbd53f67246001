"""Private helpers of the ELBv2 package."""
