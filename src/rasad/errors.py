"""Rasad's exceptions.

    RasadError                  base of everything Rasad raises on purpose
    ├── InputError              an article or input file cannot be read (bad JSON, missing text, wrong type)
    ├── StageError              a pipeline stage failed on one article (a bug: the batch records it and goes on)
    ├── KnowledgeBaseError      a knowledge-base file is invalid (message names FILE:LINE FIELD)
    └── GoldError               a gold annotation file is invalid or names an unknown article

In a batch, an InputError for one article is recorded in that article's output line
(`errors`) and the batch goes on.
"""


class RasadError(Exception):
    """Base class of Rasad's errors."""


class InputError(RasadError):
    """An article or an input file cannot be used. The message says which and why."""


class KnowledgeBaseError(RasadError):
    """A knowledge-base file is invalid. `problems` lists every `FILE:LINE FIELD: message`."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("knowledge base is invalid:\n" + "\n".join(problems))


class GoldError(RasadError):
    """A gold file is invalid or refers to an article that cannot be found."""


class StageError(RasadError):
    """A stage failed on one article. `stage` names it; the original exception is chained."""

    def __init__(self, stage: str, exc: BaseException):
        self.stage = stage
        super().__init__(f"stage '{stage}' failed: {type(exc).__name__}: {exc}")
