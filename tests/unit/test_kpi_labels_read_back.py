"""Every KPI label kpibot prints, in each language, is read back as that KPI by `/kpi goal`
("Vundne aftaler 2 pr. uge", "Omsetning fra nye kunder 2 mill per kvartal")."""

from __future__ import annotations

import pytest

from bot import i18n
from bot.rendering.status import KPI_LABELS
from bot.services.kpi_args import _take_kpi


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
@pytest.mark.parametrize("kpi", sorted(KPI_LABELS))
def test_a_printed_label_names_its_kpi(language: str, kpi: str) -> None:
    shown = i18n.translate(language, KPI_LABELS[kpi])
    assert _take_kpi([*shown.split(), "2", "/", "week"]) == (kpi, ["2", "/", "week"]), shown
