"""The one firm grouping the research question asks about: upgraded (any type) vs did not.

Why its own module: the findings, the worker-outcomes view's default grouping and the exported
tables all compare these two groups, and they must split firms the same way. A firm whose highest
type is "unknown" is in neither group (DOMAIN.md: unknown is not a "no").
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.analysis.rules import RANKED_TYPES

UPGRADED = "upgraded"
NOT_UPGRADED = "not upgraded"
UPGRADED_GROUPING = "upgraded_any"
"""The grouping's name (a firm grouping derived from ``highest_type``, not a stored column)."""


def upgraded_groups(firms: pd.DataFrame) -> pd.Series:
    """Each firm as "upgraded" (any ranked type), "not upgraded" (none) or missing (unknown)."""
    if "highest_type" not in firms.columns:
        return pd.Series(pd.Categorical([None] * len(firms), [NOT_UPGRADED, UPGRADED]),
                         index=firms.index)
    highest = firms["highest_type"].astype(object)
    values = np.select([highest.isin(list(RANKED_TYPES)).to_numpy(),
                        (highest == "none").to_numpy()], [UPGRADED, NOT_UPGRADED], "")
    return pd.Series(pd.Categorical(np.where(values == "", None, values),
                                    [NOT_UPGRADED, UPGRADED]), index=firms.index)


def with_upgraded(firms: pd.DataFrame) -> pd.DataFrame:
    """The firm table with the grouping as a column (a copy only when it has to add it)."""
    if UPGRADED_GROUPING in firms.columns or "highest_type" not in firms.columns:
        return firms
    return firms.assign(**{UPGRADED_GROUPING: upgraded_groups(firms)})


__all__ = ["NOT_UPGRADED", "UPGRADED", "UPGRADED_GROUPING", "upgraded_groups", "with_upgraded"]
