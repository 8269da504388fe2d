"""The errors a user meets when a name or a data file is wrong."""

from __future__ import annotations

from dataclasses import dataclass


class UnknownDatasetError(KeyError):
    """A dataset name that the data package does not describe."""

    def __init__(self, name: str, valid: list[str], suggestion: str | None):
        self.name, self.valid, self.suggestion = name, valid, suggestion
        hint = f" Did you mean {suggestion!r}?" if suggestion else ""
        super().__init__(f"unknown dataset {name!r}.{hint} Valid names: {', '.join(valid)}")

    def __str__(self) -> str:  # KeyError would quote the whole message
        return self.args[0]


@dataclass(frozen=True)
class Problem:
    """One failure: where (line and column of the CSV file, when known) and what."""

    message: str
    line: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class DataValidationError(ValueError):
    """A data file that does not match its descriptor; nothing of it is returned."""

    MAX_SHOWN = 20

    def __init__(self, path, problems: list[Problem]):
        self.path, self.problems = path, list(problems)
        shown = [f"  {p}" for p in self.problems[: self.MAX_SHOWN]]
        if len(self.problems) > self.MAX_SHOWN:
            shown.append(f"  ... and {len(self.problems) - self.MAX_SHOWN} more")
        super().__init__(f"{path}: {len(self.problems)} problem(s)\n" + "\n".join(shown))


class NotACheckoutError(RuntimeError):
    """A command that writes project files (notebooks, figures, docs) run outside a rucn-data checkout."""

    def __init__(
        self,
        folder,
        how: str = "the current folder is",
        what: str = "which is not in a rucn-data checkout (no pyproject.toml naming rucn-data here or above)",
    ):
        self.folder = folder
        super().__init__(
            f"{how} {folder}, {what}: `reproduce` and `figures` write into a checkout's notebooks/, "
            "figures/ and docs/; run them in a clone of the repository, or use `rucn figures --out DIR`"
        )


class NotebookError(RuntimeError):
    """A notebook that cannot be read or whose cell failed; names the notebook."""

    def __init__(self, path, reason: str):
        self.path = path
        super().__init__(f"{path}: {reason}")
