"""Equity in the open: anonymous demand, coverage gaps and participation proportionality."""
