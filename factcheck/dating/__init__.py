"""The dating stage: when an article appeared (a date it states, else the bounds its text and the
official figures it quotes give) and the release of official statistics it reports."""

from factcheck.dating.calendar import ReleaseCalendar
from factcheck.dating.figures import date_by_figures, vintage
from factcheck.dating.inferred import infer_published, statistics_date

__all__ = ["ReleaseCalendar", "date_by_figures", "vintage", "infer_published", "statistics_date"]
