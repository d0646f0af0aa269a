"""Chat-log importers: exported logs → core events (and RowErrors for lines that cannot be read).

`read_export(path)` detects the layout (qungui JSON Lines, WeChatMsg/留痕 CSV), decodes the file and
returns an iterator of `Event | RowError` in file order.
"""

from qungui.adapters.exports.base import ReadResult, RowError, decode_export
from qungui.adapters.exports.jsonl import dump_event, parse_line, read_jsonl_bytes, read_jsonl_lines
from qungui.adapters.exports.reader import ExportFormat, count_lines, detect_format, read_export
from qungui.adapters.exports.wechat import read_wechat_csv

__all__ = [
    "ExportFormat",
    "ReadResult",
    "RowError",
    "count_lines",
    "decode_export",
    "detect_format",
    "dump_event",
    "parse_line",
    "read_export",
    "read_jsonl_bytes",
    "read_jsonl_lines",
    "read_wechat_csv",
]
