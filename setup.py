"""Build the optional C kernel of ``analysis.normalize``; the metadata is in pyproject.toml.

``optional=True``: where no C compiler is available the install still succeeds and
normalization runs on its numpy kernel (same results, slower).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("analysis._normalize_c", ["analysis/_normalize_c.c"], optional=True)])
