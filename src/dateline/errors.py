"""Named errors. The library raises these; the CLI turns them into one-line messages."""


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""


class ModelNotFound(DatelineError):
    """The configured spaCy model is not installed."""


class StoreError(DatelineError):
    """The store cannot be opened or migrated."""


class ReadError(DatelineError):
    """A file (or a line of it) cannot be read as an article."""


class RegistryError(DatelineError):
    """An extractor or linker registry is inconsistent (unknown requirement, cycle, clash)."""


class DataFileError(DatelineError):
    """A shipped or user data file (a word list, a dictionary) is missing or malformed."""


class EvaluationError(DatelineError):
    """A scorer cannot run: its data set is missing, or an option does not apply to it."""


class WorkerDied(DatelineError):
    """A worker process died mid-analysis (killed, out of memory): the run stops cleanly."""


class DataNotFound(EvaluationError, FileNotFoundError):
    """A scorer's data set is not where it was pointed (also a FileNotFoundError)."""
