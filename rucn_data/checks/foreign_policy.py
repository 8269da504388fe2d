"""Chapter 1, foreign policy: checks of the chapter's numbers against the report's other numbers and the data."""
from __future__ import annotations
