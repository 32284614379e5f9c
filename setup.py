# Only for `scrapyd-deploy`, which builds its egg by running `python setup.py
# bdist_egg` and, where no setup.py exists, writes one into the checkout whose
# name and Scrapy settings entry point pyproject.toml would override anyway.
# Everything (packages, package data, the `scrapy` entry point) is in
# pyproject.toml; pip and other builds do not need this file.
from setuptools import setup

setup()
