"""Stillpoint's domain, storage and services. Pure Python: never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "Stillpoint"
