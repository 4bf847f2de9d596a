"""The amounts extractor's registry entry."""

from dateline.analyse.amounts import extract_amounts
from dateline.analyse.registry import Extractor
from dateline.models import Amount

COMPONENT = Extractor(
    name="amounts",
    function=extract_amounts,
    record=Amount,
    table="amounts",
    doc="numbers with what they count",
)
