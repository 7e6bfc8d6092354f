"""geokg: knowledge graphs from geopolitical news."""

__version__ = "0.1.0"
