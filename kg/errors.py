"""Errors that reach the user as one clear line."""


class KgError(Exception):
    """Base class: the CLI prints ``str(error)`` and exits non-zero, no traceback."""


class InputError(KgError):
    """An input file cannot be read as articles (names the file and the problem)."""


class ModelError(KgError):
    """The spaCy pipeline cannot be loaded (names the path and how to fix it)."""


class GraphError(KgError):
    """A saved graph cannot be read (malformed Turtle/TriG, missing build)."""
