"""Private helpers shared by the L2 packages."""
