"""The benchmarks' shared fixtures."""

from bench.xdisplay import display

__all__ = ["display"]
