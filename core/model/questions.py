"""Questions the import asks the user when the data does not decide.

Silent wrong is the one outcome not allowed: when two columns are close candidates for a role, or the
evidence for the only candidate is weak (a firm link that matches 60 % of workers, a pay column whose
period no column states), the proposal keeps its best guess *and* records a :class:`Question`. The
import review shows the questions first; ``inspect --json`` lists them as ``questions``; ``analyze``
prints each as a warning ("assumed …; answer it in the import review"). A person's answer (a role
set in the review, or a hand-written project) closes the question: a study read from a project file
has none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Candidate:
    """One possible answer, best first in :attr:`Question.candidates`."""

    column: str | None
    """The column proposed (None for "none of these / not in this survey")."""
    score: float
    """0..1, comparable between the candidates of one question."""
    evidence: str
    """Plain words: why this candidate ("92 % of worker rows match a firm", "name says 2019")."""
    value: Any = None
    """For a question about a value rather than a column (a pay period, a unit): the value."""


@dataclass
class Question:
    """One plain question with its best guesses first; the first candidate is what was assumed."""

    id: str
    """Stable key, e.g. ``"workers.firm_id"`` or ``"workers.pay_period"``."""
    side: str
    """'firms' or 'workers'."""
    role: str
    """The canonical role the question decides."""
    text: str
    """The question in plain words: "Which column links workers to their firm?"."""
    candidates: list[Candidate] = field(default_factory=list)
    why: str = ""
    """Why it is asked: "two columns fit almost equally well", "only 61 % of rows match"."""

    @property
    def assumed(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "side": self.side, "role": self.role, "text": self.text,
            "why": self.why,
            "assumed": (self.assumed.column if self.assumed and self.assumed.value is None
                        else self.assumed.value if self.assumed else None),
            "candidates": [
                {"column": c.column, "score": round(float(c.score), 2), "evidence": c.evidence,
                 **({"value": c.value} if c.value is not None else {})}
                for c in self.candidates
            ],
        }


def question_from_json(data: dict[str, Any]) -> Question:
    """A question as :meth:`Question.to_json` wrote it (a project saved before it was answered);
    KeyError/TypeError/ValueError for a malformed entry (the project reader words it)."""
    candidates = [Candidate(c.get("column"), float(c.get("score", 0.0)), str(c.get("evidence", "")),
                            c.get("value")) for c in data.get("candidates", [])]
    return Question(str(data["id"]), str(data["side"]), str(data["role"]), str(data["text"]),
                    candidates, str(data.get("why", "")))
