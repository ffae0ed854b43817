"""Findings are values: collected by every check, never raised one at a time.

A `Report` holds them and renders to text (terminal), JSON (machines) and rows (the "Kiểm tra"
sheet written into the workbook by the Excel bridge or into a checked copy).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

ERROR, WARNING = "error", "warning"
SEVERITY_VI = {ERROR: "lỗi", WARNING: "cảnh báo"}


@dataclass(frozen=True)
class Finding:
    """One problem: a stable code, its severity, where it is, what was found and what to do."""

    code: str
    severity: str
    sheet: str
    cell: str
    value: str
    message: str

    @property
    def severity_vi(self) -> str:
        """"lỗi" or "cảnh báo"."""
        return SEVERITY_VI[self.severity]

    @property
    def place(self) -> str:
        """"Đảng viên!C7", or the sheet name alone."""
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet


def show(value) -> str:
    """The value as the user typed it, short enough for one line."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


@dataclass
class Report:
    """Every finding of one check run, in the order the checks ran."""

    findings: list[Finding] = field(default_factory=list)

    def add(self, code, severity, sheet, cell, value, message) -> None:
        """Record one finding."""
        self.findings.append(Finding(code, severity, sheet, cell or "", show(value), message))

    def error(self, code, sheet, cell, value, message) -> None:
        """Record a finding that blocks the build."""
        self.add(code, ERROR, sheet, cell, value, message)

    def warn(self, code, sheet, cell, value, message) -> None:
        """Record a finding a person should look at."""
        self.add(code, WARNING, sheet, cell, value, message)

    def extend(self, other: "Report") -> None:
        """Append another report's findings."""
        self.findings.extend(other.findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def exit_code(self) -> int:
        """0 clean, 1 warnings only, 2 errors."""
        return 2 if self.errors else 1 if self.findings else 0

    def codes(self) -> list[str]:
        """The codes in order (handy in tests)."""
        return [f.code for f in self.findings]

    def summary(self) -> str:
        """One Vietnamese line: how many errors and warnings."""
        if not self.findings:
            return "Không có lỗi hay cảnh báo nào."
        return f"{len(self.errors)} lỗi, {len(self.warnings)} cảnh báo."

    def to_text(self) -> str:
        """One line a finding, then the summary."""
        lines = [f"[{f.severity_vi}] {f.place}: {f.message}"
                 + (f" (giá trị: «{f.value}»)" if f.value else "") + f" [{f.code}]"
                 for f in self.findings]
        lines.append(self.summary())
        return "\n".join(lines)

    def to_dicts(self) -> list[dict]:
        """Plain dicts, one a finding (the JSON form)."""
        return [dict(asdict(f), severity_vi=f.severity_vi) for f in self.findings]

    def to_json(self) -> str:
        """The findings as a JSON document."""
        return json.dumps({"errors": len(self.errors), "warnings": len(self.warnings),
                           "findings": self.to_dicts()}, ensure_ascii=False, indent=2)

    ROW_HEADERS = ("Mức độ", "Trang", "Ô", "Giá trị", "Nội dung", "Mã")

    def to_rows(self) -> list[tuple]:
        """Rows for the "Kiểm tra" sheet (headers in `ROW_HEADERS`)."""
        return [(f.severity_vi, f.sheet, f.cell, f.value, f.message, f.code)
                for f in self.findings]
